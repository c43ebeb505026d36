"""Grading essays and practical tasks, regrading when a key is fixed, and the
grading pages' permissions."""

import html
import re
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from courses.exceptions import (
    AnswerNotGradable,
    PointsOutOfRange,
    RegradeAnswersUnmappable,
    RegradeNotPossible,
)
from courses.models import (
    Answer,
    Assessment,
    AssessmentItem,
    Attempt,
    Enrolment,
    QuestionVersion,
    RegradeEvent,
)
from courses.selectors.assessments import attempt_answers_for
from courses.selectors.completion import practical_task_accepted_for
from courses.selectors.grading import grading_queue_for, regrade_plan_for
from courses.services.assessments import attempt_start, attempt_submit
from courses.services.grading import answer_grade, question_regrade
from tests.factories_assessments import (
    AssessmentFactory,
    QuestionFactory,
    single_choice_data,
)
from tests.factories_cohorts import (
    CohortFactory,
    EnrolmentFactory,
    LearnerFactory,
    TrainerFactory,
)

pytestmark = pytest.mark.django_db

D = Decimal


def essay_assessment(
    cohort, *, kind=Assessment.Kind.POST_TEST, choices=2, pass_mark=70
):
    """``choices`` single-choice questions (1 point each, option 0 right) and one
    essay worth 8 points."""
    assessment = AssessmentFactory(cohort=cohort, kind=kind, pass_mark=D(pass_mark))
    for position in range(choices):
        AssessmentItem.objects.create(
            assessment=assessment,
            position=position,
            question=QuestionFactory(course=cohort.course, name=f"Pilihan {position}"),
        )
    essay = QuestionFactory(
        course=cohort.course, kind="essay", data={}, points=8, name="Uraian"
    )
    AssessmentItem.objects.create(assessment=assessment, position=99, question=essay)
    return assessment


def submitted(assessment, enrolment=None, *, right=True, essay="Jawaban uraian"):
    enrolment = enrolment or EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_start(assessment=assessment, enrolment=enrolment)
    responses = {}
    for answer in attempt.answers.select_related("question_version__question"):
        kind = answer.question_version.question.kind
        responses[answer.position] = essay if kind == "essay" else (0 if right else 1)
    return attempt_submit(attempt=attempt, responses=responses)


def essay_answer(attempt):
    return attempt.answers.get(question_version__question__kind="essay")


# --- answer_grade --------------------------------------------------------------


def test_essay_waits_in_the_queue_until_graded():
    cohort = CohortFactory()
    attempt = submitted(essay_assessment(cohort))
    assert attempt.status == Attempt.Status.SUBMITTED
    assert list(grading_queue_for(cohort=cohort)) == [essay_answer(attempt)]
    assert list(grading_queue_for(cohort=CohortFactory())) == []


def test_grading_the_last_answer_grades_the_attempt_and_completes_the_enrolment():
    trainer = TrainerFactory()
    cohort = CohortFactory(
        trainers=[trainer], min_attendance_percent=0, requires_all_lessons=False
    )
    assessment = essay_assessment(cohort)
    attempt = submitted(assessment)

    answer_grade(
        answer=essay_answer(attempt), points=D("6"), comment=" Baik ", by=trainer
    )

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score == D("8.00")  # 2 choice points + 6
    assert attempt.is_passed  # 80% >= 70%
    answer = essay_answer(attempt)
    assert (answer.points, answer.grader_comment, answer.graded_by) == (
        D("6.00"),
        "Baik",
        trainer,
    )
    assert answer.graded_at is not None
    assert not grading_queue_for(cohort=cohort).exists()
    assert Enrolment.objects.get(pk=attempt.enrolment_id).status == "completed"


def test_changing_a_grade_recomputes_the_graded_score():
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    attempt = submitted(essay_assessment(cohort))
    answer_grade(answer=essay_answer(attempt), points=D("2"), comment="", by=trainer)
    answer_grade(answer=essay_answer(attempt), points=D("7.5"), comment="", by=trainer)
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score) == (Attempt.Status.GRADED, D("9.50"))


@pytest.mark.parametrize("points", [D("-1"), D("8.01"), D("NaN"), D("Infinity")])
def test_points_outside_the_question_range_are_refused(points):
    trainer = TrainerFactory()
    attempt = submitted(essay_assessment(CohortFactory(trainers=[trainer])))
    with pytest.raises(PointsOutOfRange):
        answer_grade(
            answer=essay_answer(attempt), points=points, comment="", by=trainer
        )
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert essay_answer(attempt).points is None


def test_only_essays_of_submitted_attempts_are_graded_by_hand():
    trainer = TrainerFactory()
    assessment = essay_assessment(CohortFactory(trainers=[trainer]))
    attempt = submitted(assessment)
    choice = attempt.answers.exclude(question_version__question__kind="essay").first()
    with pytest.raises(AnswerNotGradable):
        answer_grade(answer=choice, points=D("0"), comment="", by=trainer)
    running = attempt_start(
        assessment=assessment, enrolment=EnrolmentFactory(cohort=assessment.cohort)
    )
    with pytest.raises(AnswerNotGradable):
        answer_grade(
            answer=essay_answer(running), points=D("1"), comment="", by=trainer
        )


def test_practical_task_accepted_only_when_graded_and_passed():
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    enrolment = EnrolmentFactory(cohort=cohort)
    assert practical_task_accepted_for(enrolment=enrolment) is None
    task = essay_assessment(
        cohort, kind=Assessment.Kind.PRACTICAL_TASK, choices=0, pass_mark=60
    )
    attempt = submitted(task, enrolment)
    assert practical_task_accepted_for(enrolment=enrolment) is False
    answer_grade(answer=essay_answer(attempt), points=D("4"), comment="", by=trainer)
    assert practical_task_accepted_for(enrolment=enrolment) is False  # 50%
    answer_grade(answer=essay_answer(attempt), points=D("5"), comment="", by=trainer)
    assert practical_task_accepted_for(enrolment=enrolment) is True  # 62.5%


# --- question_regrade --------------------------------------------------------------


def regrade_setup(learners=3):
    """A post-test of 4 single-choice questions (pass mark 100%); the first one's
    key said option 0 but option 1 is right. Learner k chose option k % 2 on it
    and was right on the others."""
    cohort = CohortFactory(min_attendance_percent=0, requires_all_lessons=False)
    assessment = AssessmentFactory(cohort=cohort, questions=4, pass_mark=D("100"))
    question = assessment.items.order_by("position").first().question
    attempts = []
    for k in range(learners):
        attempt = attempt_start(
            assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)
        )
        responses = {a.position: 0 for a in attempt.answers.all()}
        first = attempt.answers.get(question_version__question=question)
        responses[first.position] = k % 2
        attempts.append(attempt_submit(attempt=attempt, responses=responses))
    fixed = QuestionVersion.objects.create(
        question=question,
        number=2,
        text="Soal diperbaiki",
        data=single_choice_data(correct=1),
    )
    return question, fixed, attempts


def test_regrade_dry_run_counts_changes_and_writes_nothing():
    question, fixed, attempts = regrade_setup()
    plan = regrade_plan_for(question=question, to_version=fixed)
    assert plan.answers_checked == 3
    assert {(c.attempt_id, c.before, c.after) for c in plan.changes} == {
        (attempts[0].pk, D("4.00"), D("3.00")),
        (attempts[1].pk, D("3.00"), D("4.00")),
        (attempts[2].pk, D("4.00"), D("3.00")),
    }
    assert not RegradeEvent.objects.exists()
    assert [Attempt.objects.get(pk=a.pk).score for a in attempts] == [
        D("4.00"),
        D("3.00"),
        D("4.00"),
    ]


def test_regrade_rescores_audits_and_lets_a_learner_pass():
    question, fixed, attempts = regrade_setup()
    trainer = TrainerFactory()

    events = question_regrade(
        question=question, to_version=fixed, reason="Kunci salah", by=trainer
    )

    scores = [Attempt.objects.get(pk=a.pk).score for a in attempts]
    assert scores == [D("3.00"), D("4.00"), D("3.00")]
    (event,) = events
    event.refresh_from_db()
    assert event.from_version.number == 1 and event.to_version == fixed
    assert event.reason == "Kunci salah" and event.regraded_by == trainer
    assert event.attempts_affected == 3
    assert {(c["attempt"], c["before"], c["after"]) for c in event.changes} == {
        (attempts[0].pk, "4.00", "3.00"),
        (attempts[1].pk, "3.00", "4.00"),
        (attempts[2].pk, "4.00", "3.00"),
    }
    # The answer keeps the version the learner saw.
    answer = attempts[1].answers.get(question_version__question=question)
    assert answer.question_version.number == 1 and answer.points == D("1.00")
    # The learner who chose the right option now passes and completes.
    assert Enrolment.objects.get(pk=attempts[1].enrolment_id).status == "completed"


def test_regrade_leaves_answers_right_under_both_keys_untouched():
    question, _, attempts = regrade_setup(learners=2)
    # Version 3 accepts both options A and B (and drops D, which nobody chose).
    both = QuestionVersion.objects.create(
        question=question,
        number=3,
        text="Dua jawaban benar",
        data={
            "options": [
                {"text": "Pilihan A", "fraction": 1},
                {"text": "Pilihan B", "fraction": 1},
                {"text": "Pilihan C", "fraction": 0},
            ]
        },
    )
    untouched = attempts[0].answers.get(question_version__question=question)

    (event,) = question_regrade(
        question=question, to_version=both, reason="Dua kunci", by=TrainerFactory()
    )

    assert event.attempts_affected == 1
    assert [c["attempt"] for c in event.changes] == [attempts[1].pk]
    refreshed = attempts[0].answers.get(pk=untouched.pk)
    assert refreshed.points == untouched.points == D("1.00")
    assert Attempt.objects.get(pk=attempts[0].pk).score == D("4.00")
    assert Attempt.objects.get(pk=attempts[1].pk).score == D("4.00")


def test_regrade_is_refused_for_essays_old_versions_and_without_reason():
    question, fixed, _ = regrade_setup(learners=1)
    trainer = TrainerFactory()
    with pytest.raises(RegradeNotPossible):
        question_regrade(question=question, to_version=fixed, reason=" ", by=trainer)
    first = question.versions.get(number=1)
    with pytest.raises(RegradeNotPossible):
        question_regrade(question=question, to_version=first, reason="x", by=trainer)
    essay = QuestionFactory(kind="essay", data={})
    essay_v2 = QuestionVersion.objects.create(question=essay, number=2, text="t")
    with pytest.raises(RegradeNotPossible):
        question_regrade(question=essay, to_version=essay_v2, reason="x", by=trainer)
    assert not RegradeEvent.objects.exists()


def _regrade_queries(learners):
    question, fixed, _ = regrade_setup(learners=learners)
    # Keep the count to the rescoring itself: nobody's pass/fail changes when
    # every learner was wrong under both keys.
    QuestionVersion.objects.filter(pk=fixed.pk).update(
        data=single_choice_data(correct=2)
    )
    fixed.refresh_from_db()
    Attempt.objects.update(status=Attempt.Status.SUBMITTED)
    trainer = TrainerFactory()
    with CaptureQueriesContext(connection) as queries:
        question_regrade(question=question, to_version=fixed, reason="x", by=trainer)
    return len(queries)


def test_regrade_queries_do_not_grow_with_attempts():
    assert _regrade_queries(2) == _regrade_queries(12)


def reordered_fix(question, *, drop=None, extra=()):
    """Version 2 of a ``regrade_setup`` question: its options in reverse order
    (D, C, B, A) with B right, less ``drop``, plus ``extra`` option texts."""
    options = [
        {"text": f"Pilihan {letter}", "fraction": 1 if letter == "B" else 0}
        for letter in "DCBA"
        if letter != drop
    ] + [{"text": text, "fraction": 0} for text in extra]
    return QuestionVersion.objects.create(
        question=question,
        number=2,
        text="Soal diperbaiki",
        data={"options": options},
    )


def test_regrade_reads_each_answer_by_its_option_text_when_options_moved():
    """Learner k chose option k % 2 of version 1 (A or B). Version 2 lists the
    options in reverse, so position 0 is now D: read by position, learner 0 would
    get D's points and learner 1 C's."""
    question, _, attempts = regrade_setup(learners=3)
    question.versions.filter(number=2).delete()
    fixed = reordered_fix(question)

    question_regrade(question=question, to_version=fixed, reason="Kunci B", by=None)

    scores = [Attempt.objects.get(pk=a.pk).score for a in attempts]
    assert scores == [D("3.00"), D("4.00"), D("3.00")]  # A now wrong, B right
    answer = attempts[1].answers.get(question_version__question=question)
    assert answer.response == 1  # the stored response is never rewritten


def test_regrade_refuses_to_guess_an_option_that_is_gone_or_doubled():
    question, _, attempts = regrade_setup(learners=2)
    question.versions.filter(number=2).delete()
    fixed = reordered_fix(question, drop="A")  # learner 0 chose A
    trainer = TrainerFactory()

    plan = regrade_plan_for(question=question, to_version=fixed)
    assert not plan.can_apply
    ((unmappable),) = plan.unmappable
    assert unmappable.attempt_id == attempts[0].pk
    assert (unmappable.missing, unmappable.ambiguous) == (("Pilihan A",), ())
    with pytest.raises(RegradeAnswersUnmappable):
        question_regrade(question=question, to_version=fixed, reason="x", by=trainer)
    assert not RegradeEvent.objects.exists()
    assert [Attempt.objects.get(pk=a.pk).score for a in attempts] == [
        D("4.00"),
        D("3.00"),
    ]
    assert not Answer.objects.filter(graded_at__isnull=False).exists()

    QuestionVersion.objects.filter(pk=fixed.pk).update(
        data={
            "options": [
                {"text": "Pilihan A", "fraction": 0},
                {"text": "pilihan  a", "fraction": 0},
                {"text": "Pilihan B", "fraction": 1},
            ]
        }
    )
    fixed.refresh_from_db()
    plan = regrade_plan_for(question=question, to_version=fixed)
    assert [(u.attempt_id, u.ambiguous) for u in plan.unmappable] == [
        (attempts[0].pk, ("Pilihan A",))
    ]


def test_after_a_regrade_the_learner_sees_right_and_wrong_by_the_fixed_key():
    question, _, attempts = regrade_setup(learners=2)
    question.versions.filter(number=2).delete()
    QuestionVersion.objects.filter(question=question).update(
        data={
            "options": [
                {"text": f"Pilihan {letter}", "fraction": 1 if i == 0 else 0}
                for i, letter in enumerate("ABCD")
            ]
        },
        general_feedback="Kunci lama",
    )
    running = attempt_start(
        assessment=attempts[0].assessment,
        enrolment=EnrolmentFactory(cohort=attempts[0].assessment.cohort),
    )
    fixed = reordered_fix(question)
    data = fixed.data
    data["options"][2]["feedback"] = "Benar: B"  # B is at index 2 in version 2
    QuestionVersion.objects.filter(pk=fixed.pk).update(
        data=data, general_feedback="Kunci diperbaiki"
    )

    question_regrade(question=question, to_version=fixed, reason="x", by=None)

    def view_of(attempt):
        (view,) = [
            v
            for v in attempt_answers_for(attempt=attempt)
            if v.answer.question_version.question_id == question.pk
        ]
        return view

    chose_b = view_of(attempts[1])
    (chosen,) = [o for o in chose_b.options if o.chosen]
    assert (chosen.text, chosen.is_correct) == ("Pilihan B", True)
    assert chosen.index == 1  # still the option of the version the learner saw
    assert chose_b.feedback == ["Benar: B"]
    assert chose_b.general_feedback == "Kunci diperbaiki"
    assert chose_b.answer.points == chose_b.points == D("1")
    (chosen,) = [o for o in view_of(attempts[0]).options if o.chosen]
    assert (chosen.text, chosen.is_correct) == ("Pilihan A", False)
    # An attempt still running during the regrade was not rescored: old key.
    running = attempt_submit(attempt=running, responses={1: 0, 2: 0, 3: 0, 4: 0})
    old = view_of(running)
    assert [o.is_correct for o in old.options if o.chosen] == [True]
    assert old.general_feedback == "Kunci lama"


# --- pages -----------------------------------------------------------------------


@pytest.fixture
def graded_setup(client):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    attempt = submitted(essay_assessment(cohort))
    answer = essay_answer(attempt)
    answer.file.save("laporan.pdf", ContentFile(b"%PDF-1.4 demo"))
    return trainer, cohort, attempt, answer


def test_queue_and_grading_page_are_for_the_cohorts_trainers_only(client, graded_setup):
    trainer, cohort, attempt, answer = graded_setup
    queue = reverse("courses:grading_queue", kwargs={"cohort_id": cohort.pk})
    grade = reverse("courses:answer_grade", kwargs={"answer_id": answer.pk})
    client.force_login(TrainerFactory())
    assert client.get(queue).status_code == 403
    assert client.get(grade).status_code == 403
    assert client.post(grade, {"points": "8"}).status_code == 403
    client.force_login(attempt.enrolment.learner)
    assert client.get(queue).status_code == 403
    assert client.get(grade).status_code == 403
    client.force_login(trainer)
    response = client.get(queue)
    assert response.status_code == 200
    assert f'data-answer="{answer.pk}"'.encode() in response.content
    assert client.get(grade).status_code == 200
    unknown = reverse("courses:answer_grade", kwargs={"answer_id": 999999})
    assert client.get(unknown).status_code == 404
    essay_answer(attempt).refresh_from_db()
    assert essay_answer(attempt).points is None


def test_grading_form_saves_and_moves_on(client, graded_setup):
    trainer, cohort, attempt, answer = graded_setup
    other = submitted(essay_assessment(cohort))
    client.force_login(trainer)
    url = reverse("courses:answer_grade", kwargs={"answer_id": answer.pk})

    bad = client.post(url, {"points": "9", "comment": "terlalu tinggi"})
    assert bad.status_code == 200
    assert essay_answer(attempt).points is None

    response = client.post(url, {"points": "7,5", "comment": "Lengkap"})
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "courses:answer_grade", kwargs={"answer_id": essay_answer(other).pk}
    )
    graded = essay_answer(attempt)
    assert (graded.points, graded.grader_comment) == (D("7.50"), "Lengkap")


def test_answer_file_is_for_the_learner_and_the_cohorts_trainers(client, graded_setup):
    trainer, cohort, attempt, answer = graded_setup
    url = reverse("courses:answer_file", kwargs={"answer_id": answer.pk})
    client.force_login(LearnerFactory())
    assert client.get(url).status_code == 404
    client.force_login(TrainerFactory())
    assert client.get(url).status_code == 404
    for user in (trainer, attempt.enrolment.learner):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 demo"


def test_regrade_page_previews_and_confirms(client):
    question, fixed, attempts = regrade_setup(learners=2)
    trainer = TrainerFactory()
    attempts[0].assessment.cohort.trainers.add(trainer)
    url = reverse("courses:question_regrade", kwargs={"question_id": question.pk})
    client.force_login(TrainerFactory())
    assert client.get(url).status_code == 403
    client.force_login(trainer)
    preview = client.get(url, {"version": fixed.pk})
    assert preview.status_code == 200
    assert b'data-attempts-affected="2"' in preview.content
    assert not RegradeEvent.objects.exists()

    missing_reason = client.post(url, {"version": fixed.pk, "reason": ""})
    assert missing_reason.status_code == 200
    assert not RegradeEvent.objects.exists()

    done = client.post(url, {"version": fixed.pk, "reason": "Kunci diperbaiki"})
    assert done.status_code == 302
    assert RegradeEvent.objects.get().attempts_affected == 2


def test_a_regraded_matching_answer_is_read_and_shown_by_its_items_texts():
    cohort = CohortFactory()
    assessment = AssessmentFactory(cohort=cohort)
    old = {
        "pairs": [
            {"left": "JRA", "right": "jadwal"},
            {"left": "SRIKANDI", "right": "surat"},
            {"left": "ANRI", "right": "lembaga"},
        ]
    }
    question = QuestionFactory(course=cohort.course, kind="matching", data=old)
    AssessmentItem.objects.create(assessment=assessment, question=question)
    attempt = attempt_start(
        assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)
    )
    attempt = attempt_submit(
        attempt=attempt, responses={1: {"0": "jadwal", "1": "aplikasi"}}
    )
    assert attempt.score == D("0.33")
    # The fix: SRIKANDI is an application; the items move and ANRI (never
    # answered) is dropped.
    fixed = QuestionVersion.objects.create(
        question=question,
        number=2,
        text="t",
        data={
            "pairs": [
                {"left": "SRIKANDI", "right": "aplikasi"},
                {"left": "JRA", "right": "jadwal"},
            ]
        },
    )

    question_regrade(question=question, to_version=fixed, reason="x", by=None)

    assert Attempt.objects.get(pk=attempt.pk).score == D("1.00")
    (view,) = attempt_answers_for(attempt=attempt)
    assert [(p.left, p.chosen, p.is_correct) for p in view.pairs] == [
        ("JRA", "jadwal", True),
        ("SRIKANDI", "aplikasi", True),
        ("ANRI", "", False),  # not in the fixed version: never marked right
    ]


def test_regrade_is_for_bank_editors_and_names_only_learners_of_own_cohorts(client):
    question, fixed, attempts = regrade_setup(learners=2)
    fixed.delete()  # made again once the other cohort's attempt used version 1
    own = attempts[0].assessment.cohort
    other = CohortFactory(course=own.course)
    other_assessment = AssessmentFactory(cohort=other, pass_mark=D("100"))
    AssessmentItem.objects.create(assessment=other_assessment, question=question)
    stranger = EnrolmentFactory(cohort=other)
    stranger.learner.profile.full_name = "Peserta Angkatan Lain"
    stranger.learner.profile.save()
    hidden = attempt_start(assessment=other_assessment, enrolment=stranger)
    attempt_submit(attempt=hidden, responses={1: 1})  # changes under the fix
    fixed = QuestionVersion.objects.create(
        question=question, number=2, text="t", data=single_choice_data(correct=1)
    )
    trainer = TrainerFactory()
    own.trainers.add(trainer)
    url = reverse("courses:question_regrade", kwargs={"question_id": question.pk})

    client.force_login(TrainerFactory())  # trains no cohort of this course
    assert client.get(url, {"version": fixed.pk}).status_code == 403
    assert client.post(url, {"version": fixed.pk, "reason": "x"}).status_code == 403
    assert not RegradeEvent.objects.exists()

    client.force_login(trainer)
    page = client.get(url, {"version": fixed.pk}).text
    assert 'data-attempts-affected="3"' in page
    names = [_learner_name(a) for a in attempts]
    assert all(name in page for name in names)
    assert "Peserta Angkatan Lain" not in page
    assert f'data-attempt="{hidden.pk}"' not in page
    other_rows = re.findall(
        r'<li data-cohort="(\d+)" data-changes="(\d+)" data-unmappable="(\d+)">', page
    )
    assert other_rows == [(str(other.pk), "1", "0")]
    assert str(other) in page

    # Anyone who may edit the bank may regrade: a key fix applies to all cohorts.
    done = client.post(url, {"version": fixed.pk, "reason": "Kunci diperbaiki"})
    assert done.status_code == 302
    assert RegradeEvent.objects.get().attempts_affected == 3


def test_regrade_page_lists_answers_that_cannot_be_matched_and_refuses(client):
    question, _, attempts = regrade_setup(learners=2)
    question.versions.filter(number=2).delete()
    fixed = reordered_fix(question, drop="A")
    trainer = TrainerFactory()
    attempts[0].assessment.cohort.trainers.add(trainer)
    client.force_login(trainer)
    url = reverse("courses:question_regrade", kwargs={"question_id": question.pk})

    page = client.get(url, {"version": fixed.pk}).text
    section = re.search(r'id="regrade-unmappable".*?</section>', page, re.S).group(0)
    assert _learner_name(attempts[0]) in section and "Pilihan A" in section
    assert re.search(r'<button class="btn btn-primary" type="submit" disabled>', page)

    refused = client.post(url, {"version": fixed.pk, "reason": "x"}, follow=True)
    with translation.override("id"):
        assert html.escape(str(RegradeAnswersUnmappable.message)) in refused.text
    assert not RegradeEvent.objects.exists()


def _learner_name(attempt):
    profile = attempt.enrolment.learner.profile
    return profile.full_name
