"""Assessments: starting and submitting a 40-question attempt (issue: assessments)."""

import datetime

from django.utils import timezone

from bench.harness import Section, measure
from courses.models import (
    Assessment,
    AssessmentItem,
    Cohort,
    Course,
    Enrolment,
    Question,
    QuestionVersion,
    User,
)
from courses.services.assessments import attempt_start, attempt_submit

TITLE = "Assessments (40-question attempts)"
QUESTIONS = 40
RUNS = 20


def _assessment() -> tuple[Assessment, list[Enrolment]]:
    course = Course.objects.get(code="ARS-KONV")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=course,
        title=f"Bench {timezone.now():%H%M%S%f}",
        starts_on=today,
        ends_on=today + datetime.timedelta(days=3),
        capacity=RUNS + 5,
    )
    assessment = Assessment.objects.create(
        cohort=cohort,
        kind=Assessment.Kind.POST_TEST,
        title="Post-test bench",
        attempts_allowed=1,
    )
    for n in range(QUESTIONS):
        question = Question.objects.create(
            course=course, kind="single", name=f"Bench {n}"
        )
        QuestionVersion.objects.create(
            question=question,
            number=1,
            text=f"Soal {n + 1}",
            data={
                "options": [{"text": str(i), "fraction": int(i == 0)} for i in range(4)]
            },
        )
        AssessmentItem.objects.create(
            assessment=assessment, position=n, question=question
        )
    learners = [
        User.objects.create(username=f"bench-{cohort.pk}-{n}") for n in range(RUNS + 1)
    ]
    enrolments = [
        Enrolment.objects.create(
            cohort=cohort, learner=learner, status=Enrolment.Status.ACTIVE
        )
        for learner in learners
    ]
    return assessment, enrolments


def run() -> Section:
    section = Section(
        title=TITLE,
        target="submitting a 40-question attempt takes a bounded number of queries (asserted in tests)",
    )
    assessment, enrolments = _assessment()
    section.measures.append(
        measure(
            "start a 40-question attempt (draw, shuffle, 40 answers)",
            lambda enrolment: attempt_start(assessment=assessment, enrolment=enrolment),
            setup=lambda run: enrolments[run],
            runs=RUNS,
        )
    )

    def started(run: int):
        attempt = attempt_start(assessment=assessment, enrolment=enrolments[run])
        return attempt, {answer.position: 0 for answer in attempt.answers.all()}

    section.measures.append(
        measure(
            "submit a 40-question attempt (score and save)",
            lambda prepared: attempt_submit(attempt=prepared[0], responses=prepared[1]),
            setup=started,
            runs=RUNS,
            extra=f"{QUESTIONS} single-choice questions",
        )
    )
    return section
