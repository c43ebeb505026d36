"""Writes to a course's question bank: categories, questions and their versions,
archiving, and importing a GIFT, Aiken or CSV file.

A question's content is never changed in place: ``question_version_create`` adds a
version, and attempts already taken keep pointing at the version they showed.
Importing is two steps: ``question_file_read`` parses the file and saves nothing
(the preview); ``question_import_confirm`` saves every readable question in one
transaction.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from courses.exceptions import (
    CategoryNameTaken,
    CategoryNotEmpty,
    NothingToImport,
    QuestionFileInvalid,
    QuestionInvalid,
)
from courses.models import (
    AssessmentItem,
    Course,
    Question,
    QuestionCategory,
    QuestionKind,
    QuestionVersion,
    User,
)
from courses.question_formats import aiken, csv_format, gift
from courses.question_formats.model import ParsedQuestion, ParseResult, default_name

MAX_IMPORT_BYTES = 2 * 1024 * 1024
IMPORT_FORMATS = ("gift", "aiken", "csv")
NAME_LENGTH = 200
CATEGORY_NAME_LENGTH = 150


# Categories -------------------------------------------------------------------


def _category_name(name: str) -> str:
    name = " ".join(name.split())[:CATEGORY_NAME_LENGTH]
    if not name:
        raise QuestionInvalid([_("The category needs a name.")])
    return name


@transaction.atomic
def category_create(*, course: Course, name: str) -> QuestionCategory:
    """A new category in the course's bank; names are unique within a course."""
    name = _category_name(name)
    if QuestionCategory.objects.filter(course=course, name__iexact=name).exists():
        raise CategoryNameTaken(name)
    try:
        with transaction.atomic():
            return QuestionCategory.objects.create(course=course, name=name)
    except IntegrityError as error:
        raise CategoryNameTaken(name) from error


@transaction.atomic
def category_rename(*, category: QuestionCategory, name: str) -> QuestionCategory:
    name = _category_name(name)
    taken = QuestionCategory.objects.filter(
        course_id=category.course_id, name__iexact=name
    ).exclude(pk=category.pk)
    if taken.exists():
        raise CategoryNameTaken(name)
    category.name = name
    category.save(update_fields=["name"])
    return category


@transaction.atomic
def category_delete(*, category: QuestionCategory) -> None:
    """Delete a category that holds no question (archived ones included) and that
    no assessment draws from."""
    if (
        category.questions.exists()
        or AssessmentItem.objects.filter(category=category).exists()
    ):
        raise CategoryNotEmpty(category.pk)
    category.delete()


# Questions --------------------------------------------------------------------


def _percent_ok(fraction: object) -> bool:
    return (
        isinstance(fraction, int | float)
        and not isinstance(fraction, bool)
        and math.isfinite(fraction)
        and -1 <= fraction <= 1
    )


def question_data_problems(*, kind: str, data: dict) -> list[str]:
    """What is wrong with a question's answers for its kind (empty when it can be
    saved). The shapes per kind are those of ``courses/scoring.py``."""
    problems: list[str] = []
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        options = data.get("options") or []
        if len(options) < 2:
            problems.append(_("Give at least 2 options."))
        if any(not str(option.get("text", "")).strip() for option in options):
            problems.append(_("Every option needs a text."))
        fractions = [option.get("fraction") for option in options]
        if not all(_percent_ok(fraction) for fraction in fractions):
            problems.append(_("Each option's score lies between -100% and 100%."))
            return problems
        if kind == QuestionKind.SINGLE:
            if sum(1 for fraction in fractions if math.isclose(fraction, 1)) != 1:
                problems.append(
                    _("A single-choice question has exactly one option worth 100%.")
                )
        else:
            correct = sum(fraction for fraction in fractions if fraction > 0)
            if not math.isclose(correct, 1, abs_tol=0.01):
                problems.append(
                    _(
                        "In a multiple-choice question the scores of the correct "
                        "options add up to 100%% (now %(total)s%%)."
                    )
                    % {"total": f"{correct * 100:.4g}"}
                )
    elif kind == QuestionKind.TRUE_FALSE:
        if not isinstance(data.get("answer"), bool):
            problems.append(_("Choose whether the statement is true or false."))
    elif kind == QuestionKind.SHORT_ANSWER:
        accepted = data.get("accepted") or []
        if not accepted:
            problems.append(_("Give at least one accepted answer."))
        if any(not str(item.get("text", "")).strip() for item in accepted):
            problems.append(_("Every accepted answer needs a text."))
        fractions = [item.get("fraction") for item in accepted]
        if not all(_percent_ok(f) and f >= 0 for f in fractions):
            problems.append(_("Each answer's score lies between 0% and 100%."))
        elif accepted and not any(math.isclose(f, 1) for f in fractions):
            problems.append(_("At least one accepted answer is worth 100%."))
    elif kind == QuestionKind.NUMERIC:
        answers = data.get("answers") or []
        if not answers:
            problems.append(_("Give at least one correct number."))
        for item in answers:
            value, tolerance = item.get("value"), item.get("tolerance", 0)
            if not isinstance(value, int | float) or not math.isfinite(value):
                problems.append(_("Every answer needs a number."))
            if not isinstance(tolerance, int | float) or not tolerance >= 0:
                problems.append(_("The tolerance cannot be negative."))
        fractions = [item.get("fraction") for item in answers]
        if not all(_percent_ok(f) and f >= 0 for f in fractions):
            problems.append(_("Each answer's score lies between 0% and 100%."))
        elif answers and not any(math.isclose(f, 1) for f in fractions):
            problems.append(_("At least one number is worth 100%."))
    elif kind == QuestionKind.MATCHING:
        pairs = data.get("pairs") or []
        if len(pairs) < 2:
            problems.append(_("A matching question needs at least 2 pairs."))
        if any(
            not str(pair.get("left", "")).strip()
            or not str(pair.get("right", "")).strip()
            for pair in pairs
        ):
            problems.append(_("Every pair needs both sides."))
        lefts = [
            " ".join(str(pair.get("left", "")).split()).casefold() for pair in pairs
        ]
        if len(set(lefts)) != len(lefts):
            problems.append(_("Two pairs have the same left-hand item."))
        if any(not str(item).strip() for item in data.get("distractors") or []):
            problems.append(_("An extra right-hand answer is empty."))
    elif kind == QuestionKind.ESSAY:
        if not isinstance(data.get("rubric", ""), str):
            problems.append(_("The grading guide must be text."))
    else:
        problems.append(_("Unknown question type."))
    return list(dict.fromkeys(problems))


def _checked(*, kind: str, name: str, text: str, data: dict, points: Decimal) -> str:
    problems = question_data_problems(kind=kind, data=data)
    if not text.strip():
        problems.insert(0, _("The question needs a text."))
    if points < 0:
        problems.append(_("Points cannot be negative."))
    if problems:
        raise QuestionInvalid(problems)
    return (" ".join(name.split()) or default_name(text))[:NAME_LENGTH]


def _same_course(course_id: int, category: QuestionCategory | None) -> None:
    if category is not None and category.course_id != course_id:
        raise QuestionInvalid([_("The category belongs to another course.")])


@transaction.atomic
def question_create(
    *,
    course: Course,
    kind: str,
    text: str,
    data: dict,
    name: str = "",
    category: QuestionCategory | None = None,
    points: Decimal = Decimal("1"),
    general_feedback: str = "",
    actor: User | None = None,
) -> Question:
    """A new question of the course's bank with its version 1."""
    _same_course(course.pk, category)
    name = _checked(kind=kind, name=name, text=text, data=data, points=points)
    question = Question.objects.create(
        course=course, category=category, kind=kind, name=name
    )
    QuestionVersion.objects.create(
        question=question,
        number=1,
        text=text.strip(),
        data=data,
        points=points,
        general_feedback=general_feedback.strip(),
        created_by=actor,
    )
    return question


class KeepCategory:
    """Marker: an edit that leaves the question in its category."""


KEEP_CATEGORY = KeepCategory()


@transaction.atomic
def question_version_create(
    *,
    question: Question,
    text: str,
    data: dict,
    points: Decimal,
    general_feedback: str = "",
    name: str | None = None,
    category: QuestionCategory | None | KeepCategory = KEEP_CATEGORY,
    actor: User | None = None,
) -> QuestionVersion:
    """Edit a question by adding a version; earlier versions (and the attempts
    that showed them) stay as they were. Saving the same content again adds no
    version. Name and category are labels of the question, not of a version, and
    change in place (``name=None`` and ``category=KEEP_CATEGORY`` keep them). The
    kind never changes."""
    question = (
        Question.objects.select_for_update(of=("self",))
        .select_related("category")
        .get(pk=question.pk)
    )
    if isinstance(category, KeepCategory):
        category = question.category
    _same_course(question.course_id, category)
    new_name = _checked(
        kind=question.kind,
        name=question.name if name is None else name,
        text=text,
        data=data,
        points=points,
    )
    latest = question.versions.order_by("-number").first()
    unchanged = latest is not None and (
        latest.text,
        latest.data,
        latest.points,
        latest.general_feedback,
    ) == (text.strip(), data, points, general_feedback.strip())
    if unchanged:
        version = latest
    else:
        version = _version_add(
            question, latest, text, data, points, general_feedback, actor
        )
    if (new_name, category and category.pk) != (question.name, question.category_id):
        question.name, question.category = new_name, category
        question.save(update_fields=["name", "category"])
    return version


def _version_add(
    question: Question,
    latest: QuestionVersion | None,
    text: str,
    data: dict,
    points: Decimal,
    general_feedback: str,
    actor: User | None,
) -> QuestionVersion:
    number = (latest.number if latest else 0) + 1
    return QuestionVersion.objects.create(
        question=question,
        number=number,
        text=text.strip(),
        data=data,
        points=points,
        general_feedback=general_feedback.strip(),
        created_by=actor,
    )


def question_archive(*, question: Question, archived: bool = True) -> Question:
    """Archived questions leave the bank's list and random draws; assessments that
    name them as fixed items and attempts already taken keep them."""
    Question.objects.filter(pk=question.pk).update(is_archived=archived)
    question.is_archived = archived
    return question


# Import -------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionFile:
    """A question file read but not saved: what the preview shows."""

    file_format: str
    result: ParseResult


def _format_of(filename: str, text: str | None) -> str:
    suffixes = [suffix.lower() for suffix in PurePath(filename).suffixes]
    if ".csv" in suffixes:
        return "csv"
    if ".gift" in suffixes:
        return "gift"
    if ".aiken" in suffixes:
        return "aiken"
    # A plain .txt: GIFT has braces, Aiken has "ANSWER:" lines and none.
    if text is not None and "{" not in text and "ANSWER:" in text.upper():
        return "aiken"
    return "gift"


def question_file_read(
    *, filename: str, content: bytes, file_format: str = ""
) -> QuestionFile:
    """Parse a GIFT, Aiken or CSV file (``file_format`` empty: from the file's name
    and content). Saves nothing. A file that cannot be read at all (empty, over
    2 MB, binary, not UTF-8 text) raises QuestionFileInvalid; a file with some bad
    questions gives them as problems with their line numbers."""
    if not content.strip():
        raise QuestionFileInvalid(_("The file is empty."))
    if len(content) > MAX_IMPORT_BYTES:
        raise QuestionFileInvalid(
            _("The file is larger than %(mb)s MB; split it into several files.")
            % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
        )
    if b"\x00" in content[:8192] or content.startswith((b"PK\x03\x04", b"%PDF")):
        raise QuestionFileInvalid(
            _(
                "This is not a text file (perhaps a Word, PDF or Excel file). Save "
                "the questions as plain text (GIFT or Aiken) or as CSV."
            )
        )
    if file_format and file_format not in IMPORT_FORMATS:
        raise QuestionFileInvalid(_("Unknown file format."))
    if file_format == "csv" or (
        not file_format and _format_of(filename, None) == "csv"
    ):
        # The CSV reader accepts UTF-8 and the Windows-1252 of Excel.
        return QuestionFile(file_format="csv", result=csv_format.parse(content))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuestionFileInvalid(
            _(
                "The file is not UTF-8 text (byte %(position)s cannot be read). "
                "Save it again choosing the UTF-8 encoding."
            )
            % {"position": error.start + 1}
        ) from error
    file_format = file_format or _format_of(filename, text)
    reader = aiken if file_format == "aiken" else gift
    return QuestionFile(file_format=file_format, result=reader.parse(text))


def _points(value: float) -> Decimal:
    points = Decimal(str(value)).quantize(Decimal("0.01"))
    return min(max(points, Decimal("0")), Decimal("9999.99"))


@transaction.atomic
def question_import_confirm(
    *,
    course: Course,
    questions: list[ParsedQuestion],
    category: QuestionCategory | None = None,
    new_category: str = "",
    use_file_categories: bool = True,
    actor: User | None = None,
) -> list[Question]:
    """Save every question read from a file, all or nothing. With
    ``use_file_categories`` a question goes to the category its file names
    (created when missing) and ``category`` only takes those that name none;
    otherwise every question goes to ``category``. A ``new_category`` name is
    created (in the same transaction) and used instead of ``category``."""
    if not questions:
        raise NothingToImport()
    _same_course(course.pk, category)
    if new_category.strip():
        category = category_create(course=course, name=new_category)
    categories = {c.name.casefold(): c for c in course.question_categories.all()}
    targets: list[QuestionCategory | None] = []
    for parsed in questions:
        name = " ".join(parsed.category.split())[:CATEGORY_NAME_LENGTH]
        if not use_file_categories or not name:
            targets.append(category)
            continue
        if name.casefold() not in categories:
            categories[name.casefold()] = QuestionCategory.objects.create(
                course=course, name=name
            )
        targets.append(categories[name.casefold()])
    created = Question.objects.bulk_create(
        [
            Question(
                course=course,
                category=target,
                kind=parsed.kind,
                name=(parsed.name or parsed.text)[:NAME_LENGTH],
            )
            for parsed, target in zip(questions, targets, strict=True)
        ]
    )
    QuestionVersion.objects.bulk_create(
        [
            QuestionVersion(
                question=question,
                number=1,
                text=parsed.text,
                data=parsed.data,
                points=_points(parsed.points),
                general_feedback=parsed.general_feedback,
                created_by=actor,
            )
            for question, parsed in zip(created, questions, strict=True)
        ]
    )
    return created
