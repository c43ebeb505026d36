"""Taking an assessment: draw, deadline, autosave and resume, submit once, scoring
with a bounded number of queries, versions that never change a taken attempt."""

import datetime
import random
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from courses.exceptions import (
    AssessmentClosed,
    AssessmentHasNoQuestions,
    AttemptAlreadySubmitted,
    DeadlinePassed,
    EnrolmentWithdrawn,
    NoAttemptsLeft,
)
from courses.models import (
    Assessment,
    AssessmentItem,
    Attempt,
    Question,
    QuestionCategory,
    QuestionVersion,
)
from courses.services.assessments import (
    answers_save,
    attempt_start,
    attempt_submit,
    draw_questions,
)
from tests.factories_cohorts import EnrolmentFactory

pytestmark = pytest.mark.django_db


def make_question(course, category=None, *, name="Q", correct=0, points="1"):
    question = Question.objects.create(
        course=course, category=category, kind="single", name=name
    )
    QuestionVersion.objects.create(
        question=question,
        number=1,
        text=f"{name}: manakah yang benar?",
        points=Decimal(points),
        data={
            "options": [
                {"text": f"Pilihan {i}", "fraction": 1 if i == correct else 0}
                for i in range(4)
            ]
        },
    )
    return question


def make_assessment(enrolment, *, questions=5, kind_quiz=False, **fields):
    course = enrolment.cohort.course
    assessment = Assessment.objects.create(
        cohort=enrolment.cohort,
        kind="quiz" if kind_quiz else "post_test",
        title="Kuis" if kind_quiz else "Post-test",
        **fields,
    )
    for n in range(questions):
        AssessmentItem.objects.create(
            assessment=assessment,
            position=n,
            question=make_question(course, name=f"Soal {n + 1}"),
        )
    return assessment


def correct_responses(attempt):
    return {
        answer.position: next(
            i
            for i, option in enumerate(answer.question_version.data["options"])
            if option["fraction"] == 1
        )
        for answer in attempt.answers.select_related("question_version")
    }


def test_full_marks_pass_and_wrong_answers_fail():
    enrolment = EnrolmentFactory()
    assessment = make_assessment(
        enrolment,
        attempts_allowed=2,
        pass_mark=Decimal("70"),
        retake_only_if_failed=False,
    )

    attempt = attempt_start(assessment=assessment, enrolment=enrolment)
    graded = attempt_submit(attempt=attempt, responses=correct_responses(attempt))
    assert (graded.score, graded.max_score, graded.is_passed) == (5, 5, True)

    second = attempt_start(assessment=assessment, enrolment=enrolment)
    graded = attempt_submit(attempt=second, responses={1: 3, 2: 3})
    assert graded.number == 2 and not graded.is_passed


def test_random_draw_is_reproducible_from_the_seed():
    enrolment = EnrolmentFactory()
    course = enrolment.cohort.course
    category = QuestionCategory.objects.create(course=course, name="Klasifikasi arsip")
    for n in range(12):
        make_question(course, category, name=f"Klasifikasi {n}")
    assessment = Assessment.objects.create(
        cohort=enrolment.cohort, kind="quiz", title="Kuis"
    )
    item = AssessmentItem.objects.create(
        assessment=assessment, category=category, draw_count=5
    )

    first = draw_questions(items=[item], seed=42)
    assert first == draw_questions(items=[item], seed=42)
    assert len(set(first)) == 5
    assert first != draw_questions(items=[item], seed=43)

    attempt = attempt_start(assessment=assessment, enrolment=enrolment)
    assert assessment.shuffle_questions
    drawn = list(
        attempt.answers.order_by("position").values_list(
            "question_version__question_id", flat=True
        )
    )
    # The attempt's order is the seed's draw, shuffled by the same seed.
    expected = draw_questions(items=[item], seed=attempt.seed)
    random.Random(attempt.seed).shuffle(expected)
    assert drawn == expected


def test_a_draw_never_repeats_a_fixed_question_placed_after_it():
    enrolment = EnrolmentFactory()
    course = enrolment.cohort.course
    category = QuestionCategory.objects.create(course=course, name="Retensi arsip")
    questions = [make_question(course, category, name=f"Retensi {n}") for n in range(4)]
    assessment = Assessment.objects.create(
        cohort=enrolment.cohort, kind="quiz", title="Kuis", attempts_allowed=30
    )
    draw = AssessmentItem.objects.create(
        assessment=assessment, position=1, category=category, draw_count=3
    )
    fixed = AssessmentItem.objects.create(
        assessment=assessment, position=2, question=questions[0]
    )

    for seed in range(30):
        chosen = draw_questions(items=[draw, fixed], seed=seed)
        assert len(chosen) == len(set(chosen)) == 4
        assert chosen[-1] == questions[0].pk  # only the fixed item gives it
        assert chosen == draw_questions(items=[draw, fixed], seed=seed)

    attempt = attempt_start(assessment=assessment, enrolment=enrolment)
    attempt = attempt_submit(attempt=attempt, responses=correct_responses(attempt))
    assert attempt.answers.count() == 4
    assert (attempt.score, attempt.max_score) == (4, 4)


@pytest.mark.parametrize("archived", [False, True])
def test_an_assessment_without_questions_cannot_be_started(archived):
    enrolment = EnrolmentFactory(status="approved")
    assessment = make_assessment(enrolment, questions=0)
    if archived:
        # Its only item draws from a category whose questions are all archived.
        category = QuestionCategory.objects.create(
            course=enrolment.cohort.course, name="Kosong"
        )
        make_question(enrolment.cohort.course, category)
        category.questions.update(is_archived=True)
        AssessmentItem.objects.create(
            assessment=assessment, category=category, draw_count=2
        )

    with pytest.raises(AssessmentHasNoQuestions) as refused:
        attempt_start(assessment=assessment, enrolment=enrolment)

    with translation.override("en"):
        assert "no questions yet" in str(refused.value.message)
    assert "belum memiliki soal" in str(refused.value.message)  # Indonesian first
    assert not Attempt.objects.exists()
    enrolment.refresh_from_db()
    assert enrolment.status == "approved"  # starting nothing activates nothing


def test_autosave_and_resume_keep_answers():
    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment)
    attempt = attempt_start(assessment=assessment, enrolment=enrolment)

    answers_save(attempt=attempt, responses={1: 2, 3: 1})
    resumed = attempt_start(assessment=assessment, enrolment=enrolment)  # reconnect

    assert resumed.pk == attempt.pk
    saved = dict(
        resumed.answers.exclude(response=None).values_list("position", "response")
    )
    assert saved == {1: 2, 3: 1}


def test_deadline_is_set_on_the_server_and_late_answers_are_refused():
    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, time_limit_minutes=30)
    start = timezone.now()
    attempt = attempt_start(assessment=assessment, enrolment=enrolment, at=start)
    assert attempt.deadline == start + datetime.timedelta(minutes=30)
    answers_save(attempt=attempt, responses=correct_responses(attempt), at=start)

    late = start + datetime.timedelta(minutes=31)
    with pytest.raises(DeadlinePassed):
        answers_save(attempt=attempt, responses={1: 3}, at=late)
    graded = attempt_submit(attempt=attempt, responses={1: 3, 2: 3}, at=late)

    assert graded.score == 5  # the late changes were dropped, the saved answers scored
    assert graded.submitted_at == attempt.deadline


def test_double_submit_is_refused_and_changes_nothing():
    enrolment = EnrolmentFactory()
    attempt = attempt_start(assessment=make_assessment(enrolment), enrolment=enrolment)
    attempt_submit(attempt=attempt, responses={1: 0})

    with pytest.raises(AttemptAlreadySubmitted):
        attempt_submit(attempt=attempt, responses=correct_responses(attempt))
    with pytest.raises(AttemptAlreadySubmitted):
        answers_save(attempt=attempt, responses={1: 1})


def test_closed_assessment_and_exhausted_attempts_refused():
    enrolment = EnrolmentFactory()
    closed = make_assessment(
        enrolment,
        closes_at=timezone.now() - datetime.timedelta(hours=1),
        opens_at=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(AssessmentClosed):
        attempt_start(assessment=closed, enrolment=enrolment)

    once = make_assessment(enrolment, attempts_allowed=1)
    attempt_submit(attempt=attempt_start(assessment=once, enrolment=enrolment))
    with pytest.raises(NoAttemptsLeft):
        attempt_start(assessment=once, enrolment=enrolment)


def test_editing_a_question_never_changes_an_attempt_already_taken():
    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, questions=1)
    attempt = attempt_start(assessment=assessment, enrolment=enrolment)
    attempt_submit(attempt=attempt, responses={1: 0})
    question = assessment.items.get().question

    QuestionVersion.objects.create(
        question=question,
        number=2,
        text="Teks baru",
        data={"options": [{"text": "x", "fraction": 1}]},
    )

    answer = Attempt.objects.get(pk=attempt.pk).answers.get()
    assert answer.question_version.number == 1
    assert answer.question_version.text.startswith("Soal 1")


def test_submitting_40_questions_takes_the_same_queries_as_5():
    counts = {}
    for size in (1, 5, 40):  # the first run warms caches (content types, sites)
        enrolment = EnrolmentFactory()
        attempt = attempt_start(
            assessment=make_assessment(enrolment, questions=size), enrolment=enrolment
        )
        responses = correct_responses(attempt)
        with CaptureQueriesContext(connection) as queries:
            graded = attempt_submit(attempt=attempt, responses=responses)
        assert graded.score == size
        counts[size] = len(queries)

    # Scoring takes 8; the rest is the completion rule, evaluated in the same
    # transaction: this pass completes the enrolment, which issues its certificate.
    assert counts[5] == counts[40] <= 40


def test_time_limit_and_close_time_pick_the_earlier_deadline():
    enrolment = EnrolmentFactory()
    now = timezone.now()
    assessment = make_assessment(
        enrolment, time_limit_minutes=60, closes_at=now + datetime.timedelta(minutes=20)
    )
    with time_machine.travel(now, tick=False):
        attempt = attempt_start(assessment=assessment, enrolment=enrolment)

    assert attempt.deadline == assessment.closes_at


def test_best_attempt_counts_and_feeds_the_completion_rule():
    from courses.selectors.assessments import counted_attempt_for, post_test_passed_for

    enrolment = EnrolmentFactory()
    assessment = make_assessment(
        enrolment,
        attempts_allowed=3,
        pass_mark=Decimal("60"),
        retake_only_if_failed=False,
    )
    assert post_test_passed_for(enrolment=enrolment) is False  # none taken yet

    first = attempt_start(assessment=assessment, enrolment=enrolment)
    attempt_submit(attempt=first, responses=correct_responses(first))
    second = attempt_start(assessment=assessment, enrolment=enrolment)
    attempt_submit(attempt=second, responses={})

    assert (
        counted_attempt_for(assessment=assessment, enrolment=enrolment).pk == first.pk
    )
    assert post_test_passed_for(enrolment=enrolment) is True

    assessment.grading = Assessment.Grading.LAST
    assessment.save()
    assert (
        counted_attempt_for(assessment=assessment, enrolment=enrolment).pk == second.pk
    )
    assert post_test_passed_for(enrolment=enrolment) is False


def test_remedial_rule_refuses_a_retake_after_a_pass_but_not_after_a_fail():
    from courses.exceptions import RetakeNotAllowed

    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, attempts_allowed=3, kind_quiz=True)
    failed = attempt_start(assessment=assessment, enrolment=enrolment)
    attempt_submit(attempt=failed, responses={})
    passed = attempt_start(assessment=assessment, enrolment=enrolment)
    assert passed.number == 2
    attempt_submit(attempt=passed, responses=correct_responses(passed))

    with pytest.raises(RetakeNotAllowed):
        attempt_start(assessment=assessment, enrolment=enrolment)
    assessment.retake_only_if_failed = False
    assessment.save()
    assert attempt_start(assessment=assessment, enrolment=enrolment).number == 3


def test_remedial_rule_waits_for_an_essay_to_be_graded():
    from courses.exceptions import AttemptAwaitingGrading
    from tests.factories_assessments import QuestionFactory

    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, questions=0, attempts_allowed=2)
    AssessmentItem.objects.create(
        assessment=assessment,
        question=QuestionFactory(
            course=enrolment.cohort.course, kind="essay", data={"rubric": ""}
        ),
    )
    attempt = attempt_start(assessment=assessment, enrolment=enrolment)
    submitted = attempt_submit(attempt=attempt, responses={1: "Jadwal retensi..."})
    assert submitted.status == Attempt.Status.SUBMITTED

    with pytest.raises(AttemptAwaitingGrading):
        attempt_start(assessment=assessment, enrolment=enrolment)


@pytest.mark.parametrize("status", ["requested", "waitlisted", "withdrawn"])
def test_only_learners_holding_a_seat_can_start(status):
    from courses.exceptions import NotEnrolled

    enrolment = EnrolmentFactory(status=status)
    assessment = make_assessment(enrolment)
    with pytest.raises(NotEnrolled):
        attempt_start(assessment=assessment, enrolment=enrolment)
    other_cohort = EnrolmentFactory()
    with pytest.raises(NotEnrolled):
        attempt_start(assessment=assessment, enrolment=other_cohort)
    assert not Attempt.objects.exists()


def test_first_attempt_of_an_approved_enrolment_activates_it():
    enrolment = EnrolmentFactory(status="approved")
    attempt_start(assessment=make_assessment(enrolment), enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.status == "active"


def test_passing_the_post_test_completes_the_enrolment_but_a_quiz_does_not():
    enrolment = EnrolmentFactory()  # no lessons, no sessions: the post-test decides
    quiz = make_assessment(enrolment, kind_quiz=True)
    attempt = attempt_start(assessment=quiz, enrolment=enrolment)
    attempt_submit(attempt=attempt, responses=correct_responses(attempt))
    enrolment.refresh_from_db()
    assert enrolment.status == "active"

    post_test = make_assessment(enrolment)
    attempt = attempt_start(assessment=post_test, enrolment=enrolment)
    attempt_submit(attempt=attempt, responses=correct_responses(attempt))
    enrolment.refresh_from_db()
    assert enrolment.status == "completed"


def test_attempt_after_grading_ignores_attempts_still_waiting():
    from courses.services.assessments import attempt_after_grading

    enrolment = EnrolmentFactory()
    attempt = attempt_start(assessment=make_assessment(enrolment), enrolment=enrolment)
    assert attempt_after_grading(attempt=attempt) is None  # in progress
    attempt = attempt_submit(attempt=attempt, responses=correct_responses(attempt))
    enrolment.refresh_from_db()
    assert enrolment.status == "completed"
    assert attempt_after_grading(attempt=attempt).passed  # idempotent


def test_a_running_attempt_past_its_deadline_is_closed_when_the_learner_returns():
    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, time_limit_minutes=10, attempts_allowed=2)
    start = timezone.now()
    first = attempt_start(assessment=assessment, enrolment=enrolment, at=start)
    answers_save(attempt=first, responses={1: 0, 2: 0}, at=start)

    later = start + datetime.timedelta(minutes=15)
    second = attempt_start(assessment=assessment, enrolment=enrolment, at=later)

    first.refresh_from_db()
    assert first.status == Attempt.Status.GRADED and first.score == 2
    assert first.submitted_at == first.deadline
    assert second.number == 2


def test_practical_task_file_is_saved_and_replaced():
    from django.core.files.base import ContentFile

    enrolment = EnrolmentFactory()
    attempt = attempt_start(assessment=make_assessment(enrolment), enrolment=enrolment)
    answers_save(
        attempt=attempt, responses={}, files={1: ContentFile(b"%PDF-1", "a.pdf")}
    )
    answers_save(
        attempt=attempt, responses={1: 1}, files={1: ContentFile(b"%PDF-2", "b.pdf")}
    )
    answer = attempt.answers.get(position=1)
    assert answer.file.name.endswith(".pdf") and "b" in answer.file.name
    assert answer.file.read() == b"%PDF-2"
    assert answer.response == 1


def test_abandoned_attempts_are_closed_in_bulk_with_what_was_saved():
    from courses.services.assessments import attempts_close_expired

    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, time_limit_minutes=10)
    start = timezone.now()
    abandoned = attempt_start(assessment=assessment, enrolment=enrolment, at=start)
    answers_save(attempt=abandoned, responses=correct_responses(abandoned), at=start)
    running = attempt_start(
        assessment=make_assessment(enrolment, time_limit_minutes=60),
        enrolment=enrolment,
        at=start,
    )

    closed = attempts_close_expired(at=start + datetime.timedelta(minutes=11))

    assert closed == 1
    abandoned.refresh_from_db()
    running.refresh_from_db()
    assert abandoned.status == Attempt.Status.GRADED and abandoned.score == 5
    assert running.status == Attempt.Status.IN_PROGRESS


@pytest.mark.parametrize("status", ["withdrawn", "rejected"])
def test_a_withdrawn_learner_can_no_longer_save_or_submit(status):
    from courses.services.assessments import attempts_close_expired

    enrolment = EnrolmentFactory()
    assessment = make_assessment(enrolment, time_limit_minutes=10)
    start = timezone.now()
    attempt = attempt_start(assessment=assessment, enrolment=enrolment, at=start)
    answers_save(attempt=attempt, responses={1: 0}, at=start)
    enrolment.status = status
    enrolment.save(update_fields=["status"])

    with pytest.raises(EnrolmentWithdrawn) as refused:
        answers_save(attempt=attempt, responses={1: 1, 2: 0}, at=start)
    with translation.override("en"):
        assert "withdrawn or cancelled" in str(refused.value.message)
    with pytest.raises(EnrolmentWithdrawn):
        attempt_submit(attempt=attempt, responses={2: 0}, at=start)
    # Nor does the clock close it for them.
    assert attempts_close_expired(at=start + datetime.timedelta(minutes=11)) == 0

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS and attempt.score is None
    saved = dict(attempt.answers.values_list("position", "response"))
    assert saved[1] == 0 and saved[2] is None
