"""Reads of a course's question bank: who may manage it, its questions with their
latest version, counts, and the bank as files (GIFT, Aiken, CSV)."""

from dataclasses import dataclass, field

from django.db.models import Count, F, Max, OuterRef, Q, QuerySet, Subquery
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.models import (
    AssessmentItem,
    Course,
    Question,
    QuestionCategory,
    QuestionKind,
    QuestionVersion,
    User,
)
from courses.permissions import is_trainer, role_names
from courses.question_formats import aiken, csv_format, gift
from courses.question_formats.model import ParsedQuestion

# The Wagtail group of a course's editing team, as cms.services.team_group_name
# names it ("Tim ARS-KONV"); read here by name because courses never imports cms.
TEAM_GROUP_PREFIX = "Tim "

EXPORT_FORMATS = ("gift", "aiken", "csv")


def course_list_for_bank_manager(*, user: User) -> QuerySet[Course]:
    """Courses whose question bank the user may manage: members of the course's
    team and trainers of any of its cohorts; administrators manage every bank."""
    if not user.is_authenticated:
        return Course.objects.none()
    if user.is_superuser:
        return Course.objects.all()
    if not is_trainer(user):
        return Course.objects.none()
    team_codes = [
        name.removeprefix(TEAM_GROUP_PREFIX)
        for name in role_names(user)
        if name.startswith(TEAM_GROUP_PREFIX)
    ]
    return Course.objects.filter(
        Q(code__in=team_codes) | Q(pk__in=user.cohorts_trained.values("course_id"))
    ).distinct()


def can_manage_bank(user: User, course: Course) -> bool:
    return course_list_for_bank_manager(user=user).filter(pk=course.pk).exists()


def _latest(field_name: str) -> Subquery:
    return Subquery(
        QuestionVersion.objects.filter(question=OuterRef("pk"))
        .order_by("-number")
        .values(field_name)[:1]
    )


def question_list_for_bank(
    *,
    course: Course,
    category_id: int | None = None,
    uncategorised: bool = False,
    kind: str = "",
    archived: bool | None = False,
) -> QuerySet[Question]:
    """The bank's questions with ``version_count``, ``latest_points`` and
    ``latest_text`` of their latest version, by category (uncategorised first, on
    every database) and name. ``archived=None`` gives both."""
    questions = Question.objects.filter(course=course).select_related("category")
    if uncategorised:
        questions = questions.filter(category__isnull=True)
    elif category_id:
        questions = questions.filter(category_id=category_id)
    if kind:
        questions = questions.filter(kind=kind)
    if archived is not None:
        questions = questions.filter(is_archived=archived)
    return questions.annotate(
        version_count=Count("versions"),
        latest_points=_latest("points"),
        latest_text=_latest("text"),
    ).order_by(F("category__name").asc(nulls_first=True), "name", "pk")


@dataclass(frozen=True)
class BankCounts:
    active: int
    archived: int
    by_kind: dict[str, int] = field(default_factory=dict)


def bank_counts_for(*, course: Course) -> BankCounts:
    """How many active and archived questions the bank holds, and active ones per
    kind (every kind listed, zero included)."""
    rows = Question.objects.filter(course=course).values("kind", "is_archived")
    rows = rows.annotate(n=Count("pk"))
    by_kind = dict.fromkeys(QuestionKind.values, 0)
    active = archived = 0
    for row in rows:
        if row["is_archived"]:
            archived += row["n"]
        else:
            active += row["n"]
            by_kind[row["kind"]] += row["n"]
    return BankCounts(active=active, archived=archived, by_kind=by_kind)


def category_list_for_course(*, course: Course) -> QuerySet[QuestionCategory]:
    """The bank's categories with ``active_count`` and ``archived_count``, and
    ``draw_count_items``: how many assessment items draw from each."""
    draws = (
        AssessmentItem.objects.filter(category=OuterRef("pk"))
        .values("category")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return QuestionCategory.objects.filter(course=course).annotate(
        active_count=Count("questions", filter=Q(questions__is_archived=False)),
        archived_count=Count("questions", filter=Q(questions__is_archived=True)),
        draw_items=Subquery(draws),
    )


def question_latest_version(*, question: Question) -> QuestionVersion:
    return question.versions.order_by("-number").first()


def question_version_list(*, question: Question) -> QuerySet[QuestionVersion]:
    return question.versions.select_related("created_by__profile").order_by("-number")


def latest_versions_for(*, question_ids: list[int]) -> dict[int, QuestionVersion]:
    """The latest version of each question, in two queries whatever their number."""
    latest = (
        QuestionVersion.objects.filter(question_id__in=question_ids)
        .values("question_id")
        .annotate(number=Max("number"))
    )
    wanted = {(row["question_id"], row["number"]) for row in latest}
    versions = QuestionVersion.objects.filter(question_id__in=question_ids)
    return {v.question_id: v for v in versions if (v.question_id, v.number) in wanted}


def parsed_question_for(
    *, question: Question, version: QuestionVersion
) -> ParsedQuestion:
    """A stored question in the neutral model the file formats write."""
    return ParsedQuestion(
        kind=question.kind,
        name=question.name,
        text=version.text,
        data=version.data,
        points=float(version.points),
        general_feedback=version.general_feedback,
        category=question.category.name if question.category_id else "",
    )


def bank_parsed_questions(
    *, course: Course, category: QuestionCategory | None = None
) -> list[ParsedQuestion]:
    """The bank's active questions (or one category's) at their latest version,
    grouped by category."""
    questions = list(
        question_list_for_bank(
            course=course, category_id=category.pk if category else None
        )
    )
    versions = latest_versions_for(question_ids=[q.pk for q in questions])
    return [
        parsed_question_for(question=q, version=versions[q.pk])
        for q in questions
        if q.pk in versions
    ]


@dataclass(frozen=True)
class BankExport:
    filename: str
    content: bytes
    content_type: str
    count: int
    skipped: list[str]  # names of questions the format cannot hold


def bank_export_for(
    *, course: Course, file_format: str, category: QuestionCategory | None = None
) -> BankExport:
    """The bank (or one category) as a GIFT, Aiken or CSV file. Aiken holds only
    single-choice questions with one correct option: the others are named in
    ``skipped``."""
    questions = bank_parsed_questions(course=course, category=category)
    stem = course.code.lower() + (f"-{_slug(category.name)}" if category else "")
    skipped: list[ParsedQuestion] = []
    if file_format == "gift":
        content = gift.export(questions).encode("utf-8")
        name, content_type = f"{stem}.gift.txt", "text/plain; charset=utf-8"
    elif file_format == "aiken":
        text, skipped = aiken.export(questions)
        content = text.encode("utf-8")
        name, content_type = f"{stem}.aiken.txt", "text/plain; charset=utf-8"
    elif file_format == "csv":
        content = csv_format.export(questions)
        name, content_type = f"{stem}.csv", "text/csv; charset=utf-8"
    else:
        raise ValueError(_("Unknown file format %(format)s") % {"format": file_format})
    return BankExport(
        filename=name,
        content=content,
        content_type=content_type,
        count=len(questions) - len(skipped),
        skipped=[question.name for question in skipped],
    )


def _slug(text: str) -> str:
    return slugify(text)[:40] or "kategori"
