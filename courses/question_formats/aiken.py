"""The Aiken format: single-choice questions only, no feedback, no names.

    Arsip yang frekuensi penggunaannya tinggi disebut
    A. Arsip statis
    B) Arsip aktif
    ANSWER: B

The question text runs until the first option line (a capital letter, "." or ")",
then a space); "ANSWER: X" ends the question. Blank lines between questions are
optional, as in Moodle.
"""

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from courses.question_formats.model import (
    ParsedQuestion,
    ParseProblem,
    ParseResult,
    default_name,
    excerpt,
    quote,
    too_large,
)

_OPTION = re.compile(r"([A-Z])[.)](?:[ \t]+(.*))?")
_ANSWER = re.compile(r"ANSWER\s*:(.*)", re.IGNORECASE)
_LETTER = re.compile(r"([A-Za-z])[.)]?")


@dataclass
class _Pending:
    line: int
    lines: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)
    broken: str = ""


class _Invalid(Exception):
    pass


def parse(text: str) -> ParseResult:
    """Every question of an Aiken file, and a problem for each one that could not
    be read. Never raises on bad input; over 5 MB gives one problem only."""
    if refused := too_large(text):
        return refused
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")

    questions: list[ParsedQuestion] = []
    problems: list[ParseProblem] = []
    pending: _Pending | None = None

    def unfinished(pending: _Pending) -> None:
        message = pending.broken or _("Question has no ANSWER line")
        problems.append(
            ParseProblem(pending.line, message, excerpt("\n".join(pending.lines)))
        )

    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if answer := _ANSWER.match(line):
            if pending is None:
                problems.append(
                    ParseProblem(
                        number, _("ANSWER line without a question"), excerpt(line)
                    )
                )
                continue
            pending.lines.append(line)
            try:
                questions.append(_finish(pending, answer.group(1)))
            except _Invalid as invalid:
                block = "\n".join(pending.lines)
                problems.append(
                    ParseProblem(pending.line, str(invalid), excerpt(block))
                )
            pending = None
        elif option := _OPTION.fullmatch(line):
            if pending is None:
                message = _("Option %(letter)s comes before any question text") % {
                    "letter": option.group(1)
                }
                pending = _Pending(line=number, broken=message)
            pending.lines.append(line)
            pending.options.append((option.group(1), (option.group(2) or "").strip()))
        else:
            if pending is not None and pending.options:
                unfinished(pending)
                pending = None
            if pending is None:
                pending = _Pending(line=number)
            pending.lines.append(line)
            pending.text.append(line)
    if pending is not None:
        unfinished(pending)
    return ParseResult(questions=questions, problems=problems)


def _finish(pending: _Pending, answer: str) -> ParsedQuestion:
    if pending.broken:
        raise _Invalid(pending.broken)
    letters = [letter for letter, _ in pending.options]
    for letter, text in pending.options:
        if letters.count(letter) > 1:
            raise _Invalid(
                _("Option %(letter)s appears more than once") % {"letter": letter}
            )
        if not text:
            raise _Invalid(_("Option %(letter)s is empty") % {"letter": letter})
    if len(pending.options) < 2:
        raise _Invalid(_("Question needs at least 2 options"))
    answer = answer.strip()
    if not answer:
        raise _Invalid(_("ANSWER line has no letter"))
    if not (match := _LETTER.fullmatch(answer)):
        raise _Invalid(
            _("ANSWER must be one option letter, not %(answer)s")
            % {"answer": quote(answer)}
        )
    correct = match.group(1).upper()
    if correct not in letters:
        raise _Invalid(
            _("ANSWER %(letter)s is not one of the options %(letters)s")
            % {"letter": correct, "letters": ", ".join(letters)}
        )
    text = "\n".join(pending.text)
    return ParsedQuestion(
        kind="single",
        name=default_name(text),
        text=text,
        data={
            "options": [
                {
                    "text": text,
                    "fraction": 1.0 if letter == correct else 0.0,
                    "feedback": "",
                }
                for letter, text in pending.options
            ],
            "shuffle": True,
        },
    )


def export(questions: Iterable[ParsedQuestion]) -> tuple[str, list[ParsedQuestion]]:
    """The questions Aiken can hold, as an Aiken file, and the ones it cannot: any
    kind but single choice, partial credit, or more than 26 options. Names,
    categories, points and feedback are not part of Aiken and are left out."""
    blocks, skipped = [], []
    for question in questions:
        block = _write(question)
        if block is None:
            skipped.append(question)
        else:
            blocks.append(block)
    return "".join(f"{block}\n\n" for block in blocks).removesuffix("\n"), skipped


def _write(question: ParsedQuestion) -> str | None:
    if question.kind != "single":
        return None
    options = question.data["options"]
    fractions = [option.get("fraction", 0) for option in options]
    if not 2 <= len(options) <= 26 or fractions.count(1) != 1:
        return None
    if any(fraction not in (0, 1) for fraction in fractions):
        return None
    text = _one_line(question.text)
    texts = [_one_line(option["text"]) for option in options]
    if not text or not all(texts) or _OPTION.fullmatch(text) or _ANSWER.match(text):
        return None
    lines = [text]
    lines += [
        f"{string.ascii_uppercase[index]}. {text}" for index, text in enumerate(texts)
    ]
    lines.append(f"ANSWER: {string.ascii_uppercase[fractions.index(1)]}")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
