"""Results: the gradebook and item analysis of a 40-learner cohort with a 40-question
pre-test and post-test (issue: assessments)."""

import datetime
import random

from django.test import Client
from django.urls import reverse
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
from courses.roles import TRAINER, role_groups_ensure
from courses.selectors.results import gradebook_for, item_analysis_for
from courses.services.assessments import attempt_start, attempt_submit

TITLE = "Results (gradebook and item analysis, 40 learners × 40 questions)"
LEARNERS = 40
QUESTIONS = 40
RUNS = 20


def _cohort() -> tuple[Cohort, Assessment, User]:
    course = Course.objects.get(code="ARS-KONV")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=course,
        title=f"Bench hasil {timezone.now():%H%M%S%f}",
        starts_on=today,
        ends_on=today + datetime.timedelta(days=3),
        capacity=LEARNERS,
    )
    trainer = User.objects.create(username=f"bench-pelatih-{cohort.pk}")
    trainer.groups.add(role_groups_ensure()[TRAINER])
    cohort.trainers.add(trainer)
    questions = []
    for n in range(QUESTIONS):
        question = Question.objects.create(
            course=course, kind="single", name=f"Bench hasil {n}"
        )
        QuestionVersion.objects.create(
            question=question,
            number=1,
            text=f"Soal {n + 1}",
            data={
                "options": [{"text": str(i), "fraction": int(i == 0)} for i in range(4)]
            },
        )
        questions.append(question)
    tests = []
    for kind in (Assessment.Kind.PRE_TEST, Assessment.Kind.POST_TEST):
        assessment = Assessment.objects.create(
            cohort=cohort,
            kind=kind,
            title=str(kind),
            shuffle_questions=False,
            shuffle_options=False,
        )
        AssessmentItem.objects.bulk_create(
            AssessmentItem(assessment=assessment, position=n, question=question)
            for n, question in enumerate(questions)
        )
        tests.append(assessment)
    rng = random.Random(40)
    for n in range(LEARNERS):
        learner = User.objects.create(username=f"bench-hasil-{cohort.pk}-{n}")
        enrolment = Enrolment.objects.create(
            cohort=cohort, learner=learner, status=Enrolment.Status.ACTIVE
        )
        ability = rng.random()
        for assessment, boost in zip(tests, (0.0, 0.3), strict=True):
            attempt = attempt_start(assessment=assessment, enrolment=enrolment)
            responses = {
                position: 0 if rng.random() < min(1, ability + boost) else 1
                for position in range(1, QUESTIONS + 1)
            }
            attempt_submit(attempt=attempt, responses=responses)
    return cohort, tests[1], trainer


def run() -> Section:
    section = Section(
        title=TITLE,
        target="gradebook and item analysis in a bounded number of queries "
        "(gradebook asserted in tests: 5 and 30 learners, same count)",
    )
    cohort, post_test, trainer = _cohort()
    section.measures.append(
        measure(
            "gradebook_for (40 learners, 2 assessments, gain)",
            lambda: gradebook_for(cohort=cohort),
            runs=RUNS,
        )
    )
    section.measures.append(
        measure(
            "item_analysis_for (40 attempts × 40 questions)",
            lambda: item_analysis_for(assessment=post_test),
            runs=RUNS,
            extra="p, point-biserial, option counts",
        )
    )
    client = Client()
    client.force_login(trainer)
    for name, url in (
        ("gradebook page", reverse("courses:gradebook", args=[cohort.pk])),
        (
            "gradebook XLSX download",
            reverse("courses:gradebook_export", args=[cohort.pk, "xlsx"]),
        ),
        (
            "item analysis page",
            reverse("courses:item_analysis_for", args=[cohort.pk, post_test.pk]),
        ),
    ):

        def get(url: str = url) -> None:
            response = client.get(url)
            assert response.status_code == 200, response.status_code
            if response.streaming:
                b"".join(response.streaming_content)

        section.measures.append(measure(name, get, runs=RUNS))
    return section
