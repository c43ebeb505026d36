"""Question banks as a spreadsheet (CSV), one question a row, with Indonesian
column names so trainers can fill it in Excel or LibreOffice:

    kategori;jenis;nama;pertanyaan;jawaban_benar;pilihan_a;…;pilihan_f;umpan_balik;poin

- ``jenis``: pilihan_ganda, pilihan_ganda_kompleks, benar_salah, isian_singkat,
  numerik, menjodohkan, esai.
- ``jawaban_benar``: option letters ("A", "A,C"); "benar"/"salah"; accepted short
  answers separated by "|"; numbers "12" or "12±0.5" (several separated by "|");
  for an essay, the grading guide (rubric).
- ``pilihan_a`` … : the options; for matching "kiri=kanan", and "=kanan" for a
  right-hand answer that matches nothing. More columns (pilihan_g …) may follow.

Reading sniffs comma or semicolon from the header and decodes UTF-8 (with or without
BOM), else Windows-1252. Writing gives UTF-8 with BOM and semicolons, which Excel
opens correctly in an Indonesian locale.

A text a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``) is written with a leading apostrophe, as ``courses/exports.py`` does, and the
apostrophe is removed again on reading, so an exported bank reads back unchanged.

In a pilihan_ganda_kompleks question each correct option is worth 1/n of the points
and each wrong one -1/m (n correct, m wrong), so ticking everything earns nothing.
"""

import csv
import io
import math
import re
import string
from collections.abc import Iterable

from django.utils.translation import gettext as _

from courses.question_formats.model import (
    Kind,
    ParsedQuestion,
    ParseProblem,
    ParseResult,
    default_name,
    excerpt,
    quote,
    too_large,
)

KIND_OF_JENIS: dict[str, Kind] = {
    "pilihan_ganda": "single",
    "pilihan_ganda_kompleks": "multiple",
    "benar_salah": "true_false",
    "isian_singkat": "short_answer",
    "numerik": "numeric",
    "menjodohkan": "matching",
    "esai": "essay",
}
JENIS_OF_KIND: dict[str, str] = {kind: jenis for jenis, kind in KIND_OF_JENIS.items()}
OPTION_LETTERS = "abcdef"
COLUMNS = (
    "kategori",
    "jenis",
    "nama",
    "pertanyaan",
    "jawaban_benar",
    *(f"pilihan_{letter}" for letter in OPTION_LETTERS),
    "umpan_balik",
    "poin",
)
_REQUIRED = ("jenis", "pertanyaan")
_OPTION_COLUMN = re.compile(r"pilihan_([a-z])")
_TRUE_FALSE = {"benar": True, "salah": False, "true": True, "false": False}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_TOLERANCE = re.compile(r"±|\+/-|\+-")


class _Invalid(Exception):
    pass


def parse(content: bytes) -> ParseResult:
    """Every question row of a CSV file, and a problem for each row that could not
    be read (line numbers are the file's lines). Never raises on bad input."""
    if refused := too_large(content):
        return refused
    text = _decode(content)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    questions: list[ParsedQuestion] = []
    problems: list[ParseProblem] = []
    positions: dict[str, int] | None = None
    start = 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if positions is None:
                positions = _header(row)
                missing = [name for name in _REQUIRED if name not in positions]
                if missing:
                    message = _(
                        "Header row is missing %(missing)s; expected %(columns)s"
                    ) % {"missing": ", ".join(missing), "columns": ";".join(COLUMNS)}
                    problems.append(
                        ParseProblem(line, message, excerpt(delimiter.join(row)))
                    )
                    break
                continue
            cells = {
                name: _cell(row[index]) if index < len(row) else ""
                for name, index in positions.items()
            }
            try:
                questions.append(_question(cells))
            except _Invalid as invalid:
                problems.append(
                    ParseProblem(line, str(invalid), excerpt(delimiter.join(row)))
                )
    except csv.Error as error:
        message = _("The CSV file is malformed: %(error)s") % {"error": error}
        problems.append(ParseProblem(start, message, ""))
    if positions is None and not problems:
        problems.append(
            ParseProblem(1, _("The file has no header row and no questions"), "")
        )
    return ParseResult(questions=questions, problems=problems)


def _cell(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if value.startswith("'") and value[1:2] in _GUARDED:
        return value[1:]
    return value


# What a spreadsheet reads as a formula; an apostrophe before one is a guard (and
# an apostrophe before an apostrophe keeps a text that really starts with one).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = frozenset({*_FORMULA_STARTS, "'"}) - {""}


def _guarded(value: str) -> str:
    """``value`` safe to open in a spreadsheet; ``_cell`` reads it back."""
    if value.startswith(_FORMULA_STARTS) or (
        value.startswith("'") and value[1:2] in _GUARDED
    ):
        return "'" + value
    return value


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV" on Windows; the few bytes cp1252 leaves undefined are replaced.
        return content.decode("cp1252", errors="replace")


def _sniff_delimiter(text: str) -> str:
    """Semicolon (Excel in an Indonesian locale) or comma: whichever the header has
    more of."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    return "," if first_line.count(",") > first_line.count(";") else ";"


def _header(row: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = re.sub(r"[\s-]+", "_", cell.strip().lstrip("\ufeff").lower())
        positions.setdefault(name, index)
    return positions


def _question(cells: dict[str, str]) -> ParsedQuestion:
    jenis = re.sub(r"[\s-]+", "_", cells["jenis"].lower())
    if jenis not in KIND_OF_JENIS:
        if not jenis:
            raise _Invalid(_("Question type (jenis) is empty"))
        raise _Invalid(
            _("Unknown question type %(kind)s; use one of %(kinds)s")
            % {"kind": quote(cells["jenis"]), "kinds": ", ".join(KIND_OF_JENIS)}
        )
    kind = KIND_OF_JENIS[jenis]
    text = cells["pertanyaan"]
    if not text:
        raise _Invalid(_("Question text (pertanyaan) is empty"))
    options = {
        match.group(1).upper(): value
        for name, value in sorted(cells.items())
        if (match := _OPTION_COLUMN.fullmatch(name))
    }
    answer = cells.get("jawaban_benar", "")
    if kind == "single":
        data = _single(answer, options)
    elif kind == "multiple":
        data = _multiple(answer, options)
    elif kind == "true_false":
        data = _true_false(answer)
    elif kind == "short_answer":
        data = _short_answer(answer)
    elif kind == "numeric":
        data = _numeric(answer)
    elif kind == "matching":
        data = _matching(options)
    else:
        data = {"rubric": answer}
    return ParsedQuestion(
        kind=kind,
        name=cells.get("nama", "") or default_name(text),
        text=text,
        data=data,
        points=_points(cells.get("poin", "")),
        general_feedback=cells.get("umpan_balik", ""),
        category=cells.get("kategori", ""),
    )


def _letters(answer: str, options: dict[str, str]) -> list[str]:
    if not answer:
        raise _Invalid(_("Correct answer (jawaban_benar) is empty"))
    letters = [token.upper() for token in re.split(r"[\s,;|]+", answer) if token]
    if not all(re.fullmatch(r"[A-Z]", letter) for letter in letters):
        raise _Invalid(
            _('Correct answer %(answer)s must be option letters, e.g. "A" or "A,C"')
            % {"answer": quote(answer)}
        )
    for letter in letters:
        if not options.get(letter):
            raise _Invalid(
                _("Correct answer %(letter)s points to an empty option")
                % {"letter": letter}
            )
    return letters


def _filled(options: dict[str, str]) -> list[tuple[str, str]]:
    filled = [(letter, text) for letter, text in options.items() if text]
    if len(filled) < 2:
        raise _Invalid(_("Multiple choice question needs at least 2 options"))
    return filled


def _single(answer: str, options: dict[str, str]) -> dict:
    filled = _filled(options)
    letters = _letters(answer, options)
    if len(letters) > 1:
        raise _Invalid(
            _(
                "pilihan_ganda has exactly one correct letter; "
                "use pilihan_ganda_kompleks for more"
            )
        )
    return {
        "options": [
            {
                "text": text,
                "fraction": 1.0 if letter in letters else 0.0,
                "feedback": "",
            }
            for letter, text in filled
        ],
        "shuffle": True,
    }


def _multiple(answer: str, options: dict[str, str]) -> dict:
    filled = _filled(options)
    letters = set(_letters(answer, options))
    right = round(1 / len(letters), 7)
    wrong = (
        round(-1 / (len(filled) - len(letters)), 7) if len(filled) > len(letters) else 0
    )
    return {
        "options": [
            {
                "text": text,
                "fraction": right if letter in letters else wrong,
                "feedback": "",
            }
            for letter, text in filled
        ],
        "shuffle": True,
    }


def _true_false(answer: str) -> dict:
    value = _TRUE_FALSE.get(answer.lower())
    if value is None:
        raise _Invalid(
            _('Correct answer must be "benar" or "salah", not %(answer)s')
            % {"answer": quote(answer)}
        )
    return {"answer": value, "feedback_true": "", "feedback_false": ""}


def _short_answer(answer: str) -> dict:
    accepted = [text.strip() for text in answer.split("|") if text.strip()]
    if not accepted:
        raise _Invalid(_("Correct answer (jawaban_benar) is empty"))
    return {
        "accepted": [
            {"text": text, "fraction": 1.0, "feedback": ""} for text in accepted
        ]
    }


def _numeric(answer: str) -> dict:
    items = [item.strip() for item in answer.split("|") if item.strip()]
    if not items:
        raise _Invalid(_("Correct answer (jawaban_benar) is empty"))
    answers = []
    for item in items:
        parts = _TOLERANCE.split(item, maxsplit=1)
        value_text, tolerance_text = parts[0], parts[1] if len(parts) > 1 else "0"
        value = _number(value_text, "Numeric answer")
        tolerance = _number(tolerance_text, "Tolerance")
        if tolerance < 0:
            raise _Invalid(
                _("Tolerance %(tolerance)s must not be negative")
                % {"tolerance": quote(tolerance_text)}
            )
        answers.append(
            {"value": value, "tolerance": tolerance, "fraction": 1.0, "feedback": ""}
        )
    return {"answers": answers}


_NOT_A_NUMBER = {
    "Numeric answer": lambda: _("Numeric answer %(text)s is not a number"),
    "Tolerance": lambda: _("Tolerance %(text)s is not a number"),
    "Points": lambda: _("Points %(text)s is not a number"),
}


def _number(text: str, what: str) -> float:
    text = text.strip()
    number = text.replace(",", ".") if "." not in text else text
    if not _NUMBER.fullmatch(number) or not math.isfinite(float(number)):
        raise _Invalid(_NOT_A_NUMBER[what]() % {"text": quote(text)})
    return float(number)


def _matching(options: dict[str, str]) -> dict:
    pairs, distractors = [], []
    for letter, item in options.items():
        if not item:
            continue
        if "=" not in item:
            raise _Invalid(
                _('Matching option %(letter)s must be written "left=right"')
                % {"letter": letter}
            )
        left, right = (part.strip() for part in item.split("=", 1))
        if not right:
            raise _Invalid(
                _('Matching option %(letter)s has nothing after "="')
                % {"letter": letter}
            )
        if left:
            pairs.append({"left": left, "right": right})
        else:
            distractors.append(right)
    if len(pairs) < 2:
        raise _Invalid(_("Matching question needs at least 2 pairs"))
    return {"pairs": pairs, "distractors": distractors}


def _points(text: str) -> float:
    if not text:
        return 1.0
    points = _number(text, "Points")
    if points < 0:
        raise _Invalid(
            _("Points %(text)s must not be negative") % {"text": quote(text)}
        )
    return points


# Writing -------------------------------------------------------------------------


def export(questions: Iterable[ParsedQuestion]) -> bytes:
    """A CSV file (UTF-8 with BOM, semicolons) that ``parse`` reads back the same.
    What the columns cannot hold is left out: per-answer feedback, partial credit
    other than pilihan_ganda_kompleks' own, and true/false feedback."""
    rows = [_row(question) for question in questions]
    width = max([len(OPTION_LETTERS), *(len(options) for _, options, _ in rows)])
    letters = string.ascii_lowercase[: min(width, 26)]
    header = [
        *COLUMNS[:5],
        *(f"pilihan_{letter}" for letter in letters),
        "umpan_balik",
        "poin",
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for head, options, tail in rows:
        options = options[: len(letters)]
        cells = [*head, *options, *[""] * (len(letters) - len(options)), *tail]
        writer.writerow([_guarded(cell) for cell in cells])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _row(question: ParsedQuestion) -> tuple[list[str], list[str], list[str]]:
    data = question.data
    options: list[str] = []
    if question.kind in ("single", "multiple"):
        options = [option["text"] for option in data["options"]]
        fractions = [option.get("fraction", 0) for option in data["options"]]
        if question.kind == "single":
            correct = [
                i for i, fraction in enumerate(fractions) if fraction == max(fractions)
            ]
        else:
            correct = [i for i, fraction in enumerate(fractions) if fraction > 0]
        answer = ",".join(string.ascii_uppercase[i] for i in correct if i < 26)
    elif question.kind == "true_false":
        answer = "benar" if data["answer"] else "salah"
    elif question.kind == "short_answer":
        answer = "|".join(item["text"] for item in _best(data["accepted"]))
    elif question.kind == "numeric":
        answer = "|".join(
            _number_text(item["value"])
            + (
                f"±{_number_text(item.get('tolerance', 0))}"
                if item.get("tolerance", 0)
                else ""
            )
            for item in _best(data["answers"])
        )
    elif question.kind == "matching":
        options = [f"{pair['left']}={pair['right']}" for pair in data["pairs"]]
        options += [f"={right}" for right in data.get("distractors", [])]
        answer = ""
    elif question.kind == "essay":
        answer = data.get("rubric", "")
    else:
        raise ValueError(f"Unknown question kind {question.kind!r}")
    head = [
        question.category,
        JENIS_OF_KIND[question.kind],
        question.name,
        question.text,
        answer,
    ]
    return head, options, [question.general_feedback, _number_text(question.points)]


def _best(items: list[dict]) -> list[dict]:
    """The full-credit answers (or the best ones when none is worth 100%): a
    CSV row gives every listed answer full credit."""
    best = max((item.get("fraction", 1) for item in items), default=1)
    return [item for item in items if item.get("fraction", 1) == best]


def _number_text(number: float) -> str:
    if float(number).is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(float(number))
