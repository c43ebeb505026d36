"""Setting up a cohort's assessments: rules, fixed and drawn items, the lock once an
attempt has started, totals, and the trainer pages."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from courses.exceptions import AssessmentItemsLocked, DrawTooLarge, QuestionNotInBank
from courses.models import Assessment, AssessmentItem, Attempt
from courses.selectors.assessment_setup import assessment_outline_for
from courses.services.assessment_setup import (
    assessment_create,
    assessment_item_add_draw,
    assessment_item_add_questions,
    assessment_item_move,
    assessment_item_remove,
    assessment_update,
)
from courses.services.question_bank import question_archive
from tests.factories_assessments import (
    AssessmentFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    attempt_for,
)
from tests.factories_cohorts import CohortFactory, EnrolmentFactory, TrainerFactory

pytestmark = pytest.mark.django_db


def rules(**overrides) -> dict:
    values = {
        "kind": Assessment.Kind.POST_TEST,
        "title": "Post-test",
        "instructions": "",
        "opens_at": None,
        "closes_at": None,
        "time_limit_minutes": 30,
        "attempts_allowed": 2,
        "grading": Assessment.Grading.BEST,
        "pass_mark": Decimal("70"),
        "shuffle_questions": True,
        "shuffle_options": True,
        "one_question_per_page": False,
        "feedback_timing": Assessment.FeedbackTiming.IMMEDIATELY,
        "retake_only_if_failed": True,
        "rubric": "",
    }
    return {**values, **overrides}


def test_create_checks_the_rules():
    cohort = CohortFactory()
    assessment = assessment_create(cohort=cohort, values=rules())
    assert assessment.pk and assessment.cohort == cohort

    opens = datetime.datetime(2026, 5, 1, 8, tzinfo=datetime.UTC)
    with pytest.raises(ValidationError):
        assessment_create(cohort=cohort, values=rules(opens_at=opens, closes_at=opens))
    with pytest.raises(ValidationError):
        assessment_create(cohort=cohort, values=rules(pass_mark=Decimal("120")))
    with pytest.raises(ValueError, match="Not a rule"):
        assessment_create(cohort=cohort, values={**rules(), "cohort": cohort})


def test_fixed_questions_and_draws_make_the_outline():
    assessment = AssessmentFactory()
    course = assessment.cohort.course
    category = QuestionCategoryFactory(course=course)
    for points in ("1", "2", "3"):
        QuestionFactory(course=course, category=category, points=Decimal(points))
    fixed = QuestionFactory(course=course, points=Decimal("5"))

    assessment_item_add_questions(assessment=assessment, questions=[fixed, fixed])
    assessment_item_add_draw(assessment=assessment, category=category, count=2)

    outline = assessment_outline_for(assessment=assessment)
    assert [line.question_count for line in outline.lines] == [1, 2]
    assert outline.question_count == 3
    assert (outline.points_min, outline.points_max) == (Decimal("8"), Decimal("10"))
    assert outline.points_vary and not outline.locked


def test_a_draw_cannot_ask_for_more_than_the_category_holds():
    assessment = AssessmentFactory()
    course = assessment.cohort.course
    category = QuestionCategoryFactory(course=course)
    questions = [QuestionFactory(course=course, category=category) for _ in range(3)]
    question_archive(question=questions[2])

    with pytest.raises(DrawTooLarge):
        assessment_item_add_draw(assessment=assessment, category=category, count=3)
    assessment_item_add_draw(assessment=assessment, category=category, count=1)
    with pytest.raises(DrawTooLarge):
        assessment_item_add_draw(assessment=assessment, category=category, count=2)
    # A fixed question of the category leaves one fewer to draw from.
    assessment_item_add_questions(assessment=assessment, questions=[questions[0]])
    with pytest.raises(DrawTooLarge):
        assessment_item_add_questions(assessment=assessment, questions=[questions[1]])
    assert assessment.items.count() == 2


def test_questions_of_another_course_or_archived_are_refused():
    assessment = AssessmentFactory()
    with pytest.raises(QuestionNotInBank):
        assessment_item_add_questions(
            assessment=assessment, questions=[QuestionFactory()]
        )
    archived = QuestionFactory(course=assessment.cohort.course)
    question_archive(question=archived)
    with pytest.raises(QuestionNotInBank):
        assessment_item_add_questions(assessment=assessment, questions=[archived])
    with pytest.raises(QuestionNotInBank):
        assessment_item_add_draw(
            assessment=assessment, category=QuestionCategoryFactory(), count=1
        )
    assert not assessment.items.exists()


def test_items_are_reordered_and_removed():
    assessment = AssessmentFactory(questions=3)
    first, second, third = assessment.items.all()

    assessment_item_move(item=third, offset=-1)
    assert list(assessment.items.all()) == [first, third, second]
    assessment_item_move(item=first, offset=-1)  # already first: nothing happens
    assessment_item_remove(item=third)
    assert [(i.pk, i.position) for i in assessment.items.all()] == [
        (first.pk, 1),
        (second.pk, 2),
    ]


def test_once_an_attempt_started_items_kind_and_shuffling_are_locked():
    assessment = AssessmentFactory(questions=2)
    attempt_for(assessment)
    item = assessment.items.first()
    question = QuestionFactory(course=assessment.cohort.course)

    with pytest.raises(AssessmentItemsLocked):
        assessment_item_add_questions(assessment=assessment, questions=[question])
    with pytest.raises(AssessmentItemsLocked):
        assessment_item_remove(item=item)
    with pytest.raises(AssessmentItemsLocked):
        assessment_item_move(item=item, offset=1)
    with pytest.raises(AssessmentItemsLocked):
        assessment_update(
            assessment=assessment, values={"kind": Assessment.Kind.PRE_TEST}
        )
    assert assessment.items.count() == 2

    closes = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    updated = assessment_update(
        assessment=assessment,
        values={
            "closes_at": closes,
            "pass_mark": Decimal("60"),
            "kind": assessment.kind,
        },
    )
    assert (updated.closes_at, updated.pass_mark) == (closes, Decimal("60"))
    assert assessment_outline_for(assessment=assessment).locked


def test_an_empty_attempt_left_from_before_does_not_lock_the_items():
    """Attempts of an assessment without questions are refused now; one started
    before that took no question, so the trainer may still add them."""
    assessment = AssessmentFactory()
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    Attempt.objects.create(
        assessment=assessment,
        enrolment=enrolment,
        seed=1,
        status=Attempt.Status.GRADED,
        score=0,
        max_score=0,
    )
    question = QuestionFactory(course=assessment.cohort.course)

    assessment_item_add_questions(assessment=assessment, questions=[question])

    assert list(assessment.items.values_list("question_id", flat=True)) == [question.pk]
    assert not assessment_outline_for(assessment=assessment).locked
    attempt_for(assessment, EnrolmentFactory(cohort=assessment.cohort))
    assert assessment_outline_for(assessment=assessment).locked


# Views --------------------------------------------------------------------------------


def test_only_the_cohort_trainers_set_up_its_assessments(client):
    cohort = CohortFactory()
    client.force_login(TrainerFactory())
    assert (
        client.get(
            reverse("courses:assessment_setup_list", args=[cohort.pk])
        ).status_code
        == 403
    )
    assessment = AssessmentFactory(cohort=cohort)
    url = reverse("courses:assessment_setup_detail", args=[cohort.pk, assessment.pk])
    assert client.get(url).status_code == 403
    other = CohortFactory()
    trainer = TrainerFactory()
    other.trainers.add(trainer)
    client.force_login(trainer)
    wrong_cohort = reverse(
        "courses:assessment_setup_detail", args=[other.pk, assessment.pk]
    )
    assert client.get(wrong_cohort).status_code == 404


def test_create_form_reads_times_in_the_cohort_zone(client):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer], time_zone="Asia/Makassar")
    client.force_login(trainer)
    url = reverse("courses:assessment_setup_create", args=[cohort.pk])
    assert (
        client.get(url, {"jenis": "post_test"}).context["form"].initial["kind"]
        == "post_test"
    )

    response = client.post(
        url,
        {
            "kind": "pre_test",
            "title": "Pre-test Angkatan II",
            "opens_at": "2026-06-01T08:00",
            "closes_at": "2026-06-01T07:00",
            "attempts_allowed": "1",
            "grading": "best",
            "pass_mark": "70",
            "feedback_timing": "after_close",
        },
    )
    assert response.status_code == 200 and response.context["form"].errors["closes_at"]

    response = client.post(
        url,
        {
            "kind": "pre_test",
            "title": "Pre-test Angkatan II",
            "opens_at": "2026-06-01T08:00",
            "closes_at": "2026-06-01T09:30",
            "time_limit_minutes": "30",
            "attempts_allowed": "1",
            "grading": "best",
            "pass_mark": "70",
            "feedback_timing": "after_close",
        },
    )
    assert response.status_code == 302
    assessment = Assessment.objects.get(cohort=cohort)
    wita = ZoneInfo("Asia/Makassar")
    assert assessment.opens_at == datetime.datetime(2026, 6, 1, 8, tzinfo=wita)
    assert assessment.closes_at == datetime.datetime(2026, 6, 1, 9, 30, tzinfo=wita)

    edit = client.get(
        reverse("courses:assessment_setup_edit", args=[cohort.pk, assessment.pk])
    )
    assert 'value="2026-06-01T08:00"' in edit.content.decode()


def test_items_through_the_pages(client):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    assessment = AssessmentFactory(cohort=cohort)
    category = QuestionCategoryFactory(course=cohort.course)
    bank = [QuestionFactory(course=cohort.course, category=category) for _ in range(4)]
    client.force_login(trainer)
    base = [cohort.pk, assessment.pk]

    client.post(
        reverse("courses:assessment_setup_add_questions", args=base),
        {"questions": [bank[0].pk, bank[1].pk]},
    )
    client.post(
        reverse("courses:assessment_setup_add_draw", args=base),
        {"category": category.pk, "count": "5"},
    )
    assert assessment.items.count() == 2  # the draw of 5 from 2 left was refused
    client.post(
        reverse("courses:assessment_setup_add_draw", args=base),
        {"category": category.pk, "count": "2"},
    )
    page = client.get(reverse("courses:assessment_setup_detail", args=base))
    assert page.context["outline"].question_count == 4
    draw = assessment.items.get(category=category)
    client.post(reverse("courses:assessment_setup_item", args=[*base, draw.pk, "naik"]))
    assert list(assessment.items.values_list("question_id", flat=True)) == [
        bank[0].pk,
        None,
        bank[1].pk,
    ]
    client.post(
        reverse("courses:assessment_setup_item", args=[*base, draw.pk, "hapus"])
    )
    assert not AssessmentItem.objects.filter(pk=draw.pk).exists()

    attempt_for(assessment)
    page = client.get(reverse("courses:assessment_setup_detail", args=base))
    assert page.context["outline"].locked
    item = assessment.items.first()
    client.post(
        reverse("courses:assessment_setup_item", args=[*base, item.pk, "hapus"])
    )
    assert AssessmentItem.objects.filter(pk=item.pk).exists()
    assert (
        client.get(
            reverse("courses:assessment_setup_list", args=[cohort.pk])
        ).status_code
        == 200
    )


# Demo ---------------------------------------------------------------------------------


def test_demo_assessments_follow_each_cohort_and_seeding_twice_changes_nothing():
    from courses.models import Question
    from lms.demo.assessments import seed_assessments
    from tests.factories import CourseFactory

    today = timezone.localdate()
    finished = CohortFactory(
        course=CourseFactory(code="ARS-KONV"),
        starts_on=today - datetime.timedelta(days=35),
        ends_on=today - datetime.timedelta(days=31),
    )
    running = CohortFactory(
        course=CourseFactory(code="BIMTEK-TPBIS"),
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=2),
        time_zone="Asia/Makassar",
    )
    upcoming = CohortFactory(
        course=CourseFactory(code="ARS-ELEK"),
        starts_on=today + datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=33),
    )

    seeded = seed_assessments(cohorts=[finished, running, upcoming])

    now = timezone.now()
    assert set(seeded) == {"ARS-KONV", "BIMTEK-TPBIS", "ARS-ELEK"}
    for code, tests in seeded.items():
        assert set(tests) == {"pre_test", "post_test", "quiz"}
        post = tests["post_test"]
        assert (post.pass_mark, post.time_limit_minutes, post.attempts_allowed) == (
            Decimal("70"),
            30,
            2,
        )
        assert post.retake_only_if_failed
        for kind in ("pre_test", "post_test"):
            outline = assessment_outline_for(assessment=tests[kind])
            assert outline.question_count >= 10, (code, kind)
            kinds = {line.item.question.kind for line in outline.lines}
            assert "essay" not in kinds and len(kinds) >= 3
        quiz_kinds = {
            i.question.kind for i in tests["quiz"].items.filter(question__isnull=False)
        }
        assert quiz_kinds == {"essay"}
    assert all(a.closes_at < now for a in seeded["ARS-KONV"].values())
    running_tests = seeded["BIMTEK-TPBIS"]
    assert running_tests["pre_test"].closes_at < now
    assert (
        running_tests["post_test"].opens_at
        <= now
        < running_tests["post_test"].closes_at
    )
    assert running_tests["post_test"].opens_at.tzinfo == ZoneInfo("Asia/Makassar")
    assert all(a.opens_at > now for a in seeded["ARS-ELEK"].values())

    counts = (
        Question.objects.count(),
        Assessment.objects.count(),
        AssessmentItem.objects.count(),
    )
    again = seed_assessments(cohorts=[finished, running, upcoming])
    assert again["ARS-KONV"]["post_test"] == seeded["ARS-KONV"]["post_test"]
    assert counts == (
        Question.objects.count(),
        Assessment.objects.count(),
        AssessmentItem.objects.count(),
    )
