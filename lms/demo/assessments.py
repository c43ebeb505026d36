"""Demo question banks and assessments.

Each demo course's bank is a real GIFT file (``lms/demo/questions/<code>.gift``)
imported through the same services a trainer's upload goes through, so the demo
also proves the importer. Every demo cohort then gets a pre-test, a post-test (the
same fixed questions, so the learning gain compares like with like) and a short
quiz with an essay, timed for the cohort's dates in its own time zone:

- finished cohort: everything closed in the past;
- running cohort: pre-test closed yesterday, post-test and quiz open today;
- open cohort: everything in the future.

Idempotent: a course whose bank already has questions is not imported again, and an
assessment that exists (same cohort, kind and title) is left as it is.
"""

import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from courses.models import Assessment, Cohort, Course, Question, QuestionKind
from courses.services.assessment_setup import (
    assessment_create,
    assessment_item_add_draw,
    assessment_item_add_questions,
)
from courses.services.question_bank import (
    question_file_read,
    question_import_confirm,
)

QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"
TEST_QUESTIONS = 12
ESSAY_CATEGORY = "Latihan esai"


class DemoBankInvalid(Exception):
    """A demo GIFT file has a problem: the demo must import cleanly."""


def demo_bank_read(*, code: str) -> list:
    """The questions of a demo course's GIFT file; any problem is an error."""
    path = QUESTIONS_DIR / f"{code}.gift"
    read = question_file_read(filename=path.name, content=path.read_bytes())
    if read.result.problems:
        lines = "; ".join(f"{p.line}: {p.message}" for p in read.result.problems)
        raise DemoBankInvalid(f"{path.name}: {lines}")
    return read.result.questions


def seed_question_bank(*, course: Course) -> list[Question]:
    """Import the course's demo bank unless the bank already has questions."""
    existing = list(Question.objects.filter(course=course).order_by("pk"))
    if existing:
        return existing
    return question_import_confirm(
        course=course, questions=demo_bank_read(code=course.code)
    )


def _test_questions(questions: list[Question]) -> list[Question]:
    """Up to TEST_QUESTIONS automatically scored questions, taken in turn from each
    category so that every topic of the course is covered."""
    by_category: dict[int | None, list[Question]] = {}
    for question in questions:
        if question.kind != QuestionKind.ESSAY and not question.is_archived:
            by_category.setdefault(question.category_id, []).append(question)
    chosen: list[Question] = []
    queues = list(by_category.values())
    while len(chosen) < TEST_QUESTIONS and any(queues):
        for queue in queues:
            if queue and len(chosen) < TEST_QUESTIONS:
                chosen.append(queue.pop(0))
    return chosen


def _at(day: datetime.date, hour: int, minute: int, zone: str) -> datetime.datetime:
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=ZoneInfo(zone)
    )


def _windows(cohort: Cohort) -> dict[str, tuple[datetime.datetime, datetime.datetime]]:
    """Opening and closing times per kind, in the cohort's zone. A running cohort's
    post-test and quiz open from the start of today so that the demo can take them."""
    zone, first, last = cohort.time_zone, cohort.starts_on, cohort.ends_on
    today = timezone.localdate()
    post_opens = _at(last, 13, 0, zone)
    quiz_opens = _at(first, 13, 0, zone)
    if first <= today <= last:
        post_opens = min(post_opens, _at(today, 0, 0, zone))
        quiz_opens = min(quiz_opens, _at(today, 0, 0, zone))
    return {
        Assessment.Kind.PRE_TEST.value: (
            _at(first, 7, 30, zone),
            _at(first, 12, 0, zone),
        ),
        Assessment.Kind.POST_TEST.value: (
            post_opens,
            _at(last + datetime.timedelta(days=2), 23, 59, zone),
        ),
        Assessment.Kind.QUIZ.value: (quiz_opens, _at(last, 23, 59, zone)),
    }


def _rules(kind: str, cohort: Cohort) -> dict[str, object]:
    opens, closes = _windows(cohort)[kind]
    common = {
        "kind": kind,
        "opens_at": opens,
        "closes_at": closes,
        "grading": Assessment.Grading.BEST,
        "shuffle_questions": True,
        "shuffle_options": True,
        "rubric": "",
    }
    if kind == Assessment.Kind.PRE_TEST:
        return {
            **common,
            "title": "Pre-test",
            "instructions": (
                "Kerjakan sebelum sesi pertama dimulai. Nilai pre-test tidak "
                "menentukan kelulusan; hasilnya dipakai untuk mengukur peningkatan "
                "pemahaman Anda. Waktu 30 menit, satu kali kesempatan."
            ),
            "time_limit_minutes": 30,
            "attempts_allowed": 1,
            "pass_mark": Decimal("70"),
            "one_question_per_page": True,
            "feedback_timing": Assessment.FeedbackTiming.AFTER_CLOSE,
            "retake_only_if_failed": True,
        }
    if kind == Assessment.Kind.POST_TEST:
        return {
            **common,
            "title": "Post-test",
            "instructions": (
                "Post-test menentukan kelulusan: nilai minimal 70. Waktu 30 menit. "
                "Peserta yang belum lulus boleh mengikuti satu kali remedial."
            ),
            "time_limit_minutes": 30,
            "attempts_allowed": 2,
            "pass_mark": Decimal("70"),
            "one_question_per_page": True,
            "feedback_timing": Assessment.FeedbackTiming.IMMEDIATELY,
            "retake_only_if_failed": True,
        }
    return {
        **common,
        "title": "Kuis refleksi",
        "instructions": (
            "Dua soal acak untuk mengulang materi dan satu esai singkat yang dinilai "
            "pelatih. Tidak ada batas waktu."
        ),
        "time_limit_minutes": None,
        "attempts_allowed": 1,
        "pass_mark": Decimal("60"),
        "one_question_per_page": False,
        "feedback_timing": Assessment.FeedbackTiming.IMMEDIATELY,
        "retake_only_if_failed": True,
        "rubric": (
            "Nilai penuh bila jawaban runtut, memakai istilah yang benar, dan "
            "mengaitkan materi dengan pekerjaan di instansi peserta; setengah bila "
            "hanya menyebut langkah tanpa penjelasan."
        ),
    }


def _assessment(cohort: Cohort, kind: str, questions: list[Question]) -> Assessment:
    values = _rules(kind, cohort)
    existing = Assessment.objects.filter(
        cohort=cohort, kind=kind, title=values["title"]
    ).first()
    if existing is not None:
        return existing
    assessment = assessment_create(cohort=cohort, values=values)
    if kind == Assessment.Kind.QUIZ:
        essays = [q for q in questions if q.kind == QuestionKind.ESSAY]
        drawn_from = next(
            q.category
            for q in questions
            if q.kind != QuestionKind.ESSAY and q.category is not None
        )
        assessment_item_add_draw(assessment=assessment, category=drawn_from, count=2)
        assessment_item_add_questions(assessment=assessment, questions=essays[:1])
    else:
        assessment_item_add_questions(
            assessment=assessment, questions=_test_questions(questions)
        )
    return assessment


@transaction.atomic
def seed_assessments(*, cohorts: list[Cohort]) -> dict[str, dict[str, Assessment]]:
    """The demo banks and, per cohort, its assessments by kind, keyed by the
    cohort's course code (each demo course has one demo cohort):
    ``{"ARS-KONV": {"pre_test": ..., "post_test": ..., "quiz": ...}, ...}``."""
    seeded: dict[str, dict[str, Assessment]] = {}
    for cohort in cohorts:
        questions = seed_question_bank(course=cohort.course)
        # Plain string keys: a TextChoices member hashes by its name, not its value.
        seeded[cohort.course.code] = {
            kind.value: _assessment(cohort, kind.value, questions)
            for kind in (
                Assessment.Kind.PRE_TEST,
                Assessment.Kind.POST_TEST,
                Assessment.Kind.QUIZ,
            )
        }
    return seeded
