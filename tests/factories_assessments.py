"""Factories for the question bank, assessments and attempts.

``QuestionFactory`` builds a question WITH its first version (kind "single", four
options, option 0 correct unless ``correct=`` says otherwise). Other kinds take
``kind=`` and ``data=`` (shapes in ``courses/scoring.py``).
"""

from decimal import Decimal

import factory

from courses.models import (
    Assessment,
    AssessmentItem,
    Question,
    QuestionCategory,
    QuestionVersion,
)
from courses.services.assessments import attempt_start
from tests.factories import CourseFactory
from tests.factories_cohorts import CohortFactory, EnrolmentFactory


def single_choice_data(*, correct: int = 0, options: int = 4) -> dict:
    return {
        "options": [
            {"text": f"Pilihan {chr(65 + i)}", "fraction": 1 if i == correct else 0}
            for i in range(options)
        ]
    }


class QuestionCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionCategory

    course = factory.SubFactory(CourseFactory)
    name = factory.Sequence(lambda n: f"Kategori {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question and its version 1. ``text``, ``data``, ``points``, ``correct``
    and ``feedback`` go to the version."""

    class Meta:
        model = Question

    course = factory.SubFactory(CourseFactory)
    category = None
    kind = "single"
    name = factory.Sequence(lambda n: f"Soal {n}")
    text = factory.LazyAttribute(lambda q: f"{q.name}: manakah yang benar?")
    correct = 0
    data = factory.LazyAttribute(lambda q: single_choice_data(correct=q.correct))
    points = Decimal("1")
    feedback = ""

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        version = {
            "text": kwargs.pop("text"),
            "data": kwargs.pop("data"),
            "points": Decimal(str(kwargs.pop("points"))),
            "general_feedback": kwargs.pop("feedback"),
        }
        kwargs.pop("correct")
        question = model_class.objects.create(*args, **kwargs)
        QuestionVersion.objects.create(question=question, number=1, **version)
        return question


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A post-test of a running cohort, no items; ``questions=N`` adds N fixed
    single-choice questions from the cohort's course bank."""

    class Meta:
        model = Assessment
        skip_postgeneration_save = True

    cohort = factory.SubFactory(CohortFactory)
    kind = Assessment.Kind.POST_TEST
    title = factory.LazyAttribute(lambda a: a.kind.replace("_", "-").title())
    time_limit_minutes = None
    attempts_allowed = 1
    shuffle_questions = False
    shuffle_options = False

    @factory.post_generation
    def questions(self, create: bool, extracted, **kwargs) -> None:
        if not create or not extracted:
            return
        for position in range(int(extracted)):
            AssessmentItem.objects.create(
                assessment=self,
                position=position,
                question=QuestionFactory(
                    course=self.cohort.course, name=f"Soal {position + 1}"
                ),
            )


def attempt_for(assessment: Assessment, enrolment=None, **kwargs):
    """Start an attempt through the real service (draws, deadline, answers)."""
    if enrolment is None:
        enrolment = EnrolmentFactory(cohort=assessment.cohort)
    return attempt_start(assessment=assessment, enrolment=enrolment, **kwargs)


def correct_responses(attempt) -> dict[int, object]:
    """Full-marks responses of a single-choice attempt, by position."""
    return {
        answer.position: next(
            i
            for i, option in enumerate(answer.question_version.data["options"])
            if option["fraction"] == 1
        )
        for answer in attempt.answers.select_related("question_version")
    }
