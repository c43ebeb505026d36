"""Moodle's GIFT format: reading a question bank into ParsedQuestion and writing one.

Reading follows Moodle's own importer (question/format/gift/format.php): questions
are separated by blank lines, whole-line ``//`` comments are dropped, the first
``{`` and ``}`` hold the answers, and the kind is decided the way Moodle decides it
(``{}`` essay, ``{#`` numeric, any ``~`` multiple choice, ``=`` with ``->``
matching, ``T``/``TRUE``/``F``/``FALSE`` true/false, otherwise short answer).
Text with no braces is a Moodle "description" and is skipped without a problem.

Where Moodle would import something surprising, this reader reports a problem
instead: text before the first answer marker, an answer without ``=`` in a short
answer, numbers that are not numbers, weights that do not reach 100%.
It is also more forgiving in one place: a ``$CATEGORY:`` line directly followed by
a question (no blank line) sets the category and keeps the question.
"""

import math
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

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

# While a block is parsed, escaped characters are private-use placeholders so that
# "\{" or "\#" never act as syntax; _unmask turns them back into the characters.
_PLACEHOLDER = {
    "\\": "\U0010ff00",
    "~": "\U0010ff01",
    "=": "\U0010ff02",
    "#": "\U0010ff03",
    "{": "\U0010ff04",
    "}": "\U0010ff05",
    ":": "\U0010ff06",
    "n": "\U0010ff07",
}
_UNMASK = str.maketrans(
    {mark: "\n" if char == "n" else char for char, mark in _PLACEHOLDER.items()}
)
_STRAY_PLACEHOLDERS = str.maketrans(dict.fromkeys(map(ord, _PLACEHOLDER.values())))
_ESCAPE = re.compile(r"\\([\\~=#{}:n])")

_FORMAT_MARKER = re.compile(r"\[(html|moodle|plain|markdown)\]")
_HTML_TAG = re.compile(r"<[a-zA-Z/!][^<>]*>")
_WEIGHT = re.compile(r"%(-?\d{1,9}(?:\.\d{0,15})?)%")
_WEIGHT_LIKE = re.compile(r"%[-+\d.,\s]*%")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_CATEGORY = "$CATEGORY:"
_DIRECTIVE = re.compile(r"\$[A-Za-z_]+\s*:|\$CATEGORY\b", re.IGNORECASE)
_CONTEXT_PREFIX = re.compile(r"\$(?:course|cat|module|system)\$(?:/|$)")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_BLANK = "_____"


class _Invalid(Exception):
    """A question that cannot be imported; the message says why."""


def parse(text: str) -> ParseResult:
    """Every question of a GIFT file, and a problem for each one that could not be
    read. Never raises on bad input; over 5 MB gives one problem and no questions."""
    if refused := too_large(text):
        return refused
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_STRAY_PLACEHOLDERS)

    questions: list[ParsedQuestion] = []
    problems: list[ParseProblem] = []
    category = ""
    for lines in _blocks(text):
        line_number, first = lines[0]
        if _DIRECTIVE.match(first):
            category, message = _category_line(first, category)
            if message:
                problems.append(ParseProblem(line_number, message, excerpt(first)))
            lines = lines[1:]
            if not lines:
                continue
        block = "\n".join(line for _, line in lines)
        try:
            question = _question(block, category)
        except _Invalid as invalid:
            problems.append(ParseProblem(lines[0][0], str(invalid), excerpt(block)))
            continue
        if question is not None:
            questions.append(question)
    return ParseResult(questions=questions, problems=problems)


def _blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    """Blank-line separated blocks as (1-based line number, trimmed line), without
    comment lines. A block made only of comments yields nothing."""
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if block:
                yield block
            block = []
        elif not line.startswith("//"):
            block.append((number, line))
    if block:
        yield block


def _category_line(line: str, current: str) -> tuple[str, str]:
    """The category a "$CATEGORY:" line switches to, and a problem ("" if none).
    A "$..." line that is not a category line keeps the current category."""
    if not line.startswith(_CATEGORY):
        message = _('Unknown line %(line)s; write categories as "$CATEGORY: name"')
        return current, message % {"line": quote(line)}
    if name := line.removeprefix(_CATEGORY).strip():
        return _category_name(name), ""
    return current, _("Category line has no category name")


def _category_name(raw: str) -> str:
    """ "$course$/top/Arsip/Dasar" -> "Arsip/Dasar"; "$course$/top" -> ""."""
    name = _CONTEXT_PREFIX.sub("", raw, count=1).strip()
    if name == "top":
        return ""
    return name.removeprefix("top/").strip()


def _mask(text: str) -> str:
    return _ESCAPE.sub(lambda match: _PLACEHOLDER[match.group(1)], text)


def _unmask(text: str) -> str:
    return text.translate(_UNMASK)


def _piece(masked: str) -> str:
    """A piece of text as the learner sees it: without its [format] marker, with
    escapes resolved, trimmed. HTML is kept as written."""
    masked = masked.strip()
    if marker := _FORMAT_MARKER.match(masked):
        masked = masked[marker.end() :]
    return _unmask(masked).strip()


def _question(block: str, category: str) -> ParsedQuestion | None:
    text = _mask(block)
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            text = text[2:]  # Moodle too reads an unclosed title as question text
        else:
            name = _unmask(text[2:end]).strip()
            text = text[end + 2 :].strip()

    start, end = _answer_block(text)
    if start is None:
        return None  # a description: nothing to answer
    answers = text[start + 1 : end].strip()
    if text.endswith("}"):
        question_text = text[:start]
    else:
        question_text = text[:start] + _BLANK + text[end + 1 :]

    general_feedback = ""
    separator = answers.rfind("####")
    if separator != -1:
        general_feedback = _piece(answers[separator + 4 :])
        answers = answers[:separator].strip()

    kind, data = _answers(answers)
    question_text = _piece(question_text)
    if not question_text:
        raise _Invalid(_("Question text is empty"))
    return ParsedQuestion(
        kind=kind,
        name=name or default_name(question_text),
        text=question_text,
        data=data,
        points=1.0,
        general_feedback=general_feedback,
        category=category,
    )


def _answer_block(text: str) -> tuple[int | None, int]:
    """Where the answer braces are, or (None, -1) when there are none."""
    opens, closes = text.count("{"), text.count("}")
    if opens == closes == 0:
        return None, -1
    if opens > closes:
        raise _Invalid(_('Unbalanced braces: a "{" is never closed'))
    if closes > opens or text.find("}") < text.find("{"):
        raise _Invalid(_('Unbalanced braces: a "}" has no opening "{"'))
    if opens > 1:
        raise _Invalid(
            _(r"More than one answer block {…}; write literal braces as \{ \}")
        )
    return text.find("{"), text.find("}")


def _answers(answers: str) -> tuple[Kind, dict]:
    if not answers:
        return "essay", {"rubric": ""}
    if answers.startswith("#"):
        return "numeric", _numeric(answers[1:])
    if "~" in answers:
        return _choice(answers)
    if "=" in answers and "->" in answers:
        return "matching", _matching(answers)
    value = answers.split("#", 1)[0].strip() if "#" in answers[1:] else answers
    if value in _TRUE_FALSE:
        return "true_false", _true_false(answers)
    return "short_answer", _short_answer(answers)


def _weight(answer: str) -> tuple[float | None, str]:
    """A leading "%50%" as 0.5 and the rest of the answer; (None, answer) if none."""
    if match := _WEIGHT.match(answer):
        fraction = _fraction(match.group(1))
        if not -1 <= fraction <= 1:
            raise _Invalid(
                _("Answer weight %(weight)s is not between -100%% and 100%%")
                % {"weight": quote(match.group(0))}
            )
        return fraction, answer[match.end() :]
    if match := _WEIGHT_LIKE.match(answer):
        raise _Invalid(
            _("Answer weight %(weight)s is not a percentage")
            % {"weight": quote(_unmask(match.group(0)))}
        )
    return None, answer


def _fraction(percent: str) -> float:
    """ "33.33333" -> 0.3333333 (through Decimal, so no 0.33333329999999994)."""
    return float(Decimal(percent) / 100)


def _text_and_feedback(answer: str) -> tuple[str, str]:
    text, _hash, feedback = answer.partition("#")
    return _piece(text), _piece(feedback)


def _leading_text(parts: list[str], message: str) -> list[str]:
    """The answers after the first marker; text before it is an error (``message``
    with a %(text)s placeholder)."""
    if before := parts[0].strip():
        raise _Invalid(message % {"text": quote(_unmask(before))})
    return parts[1:]


def _choice(answers: str) -> tuple[Kind, dict]:
    kind: Kind = "single" if "=" in answers else "multiple"
    parts = _leading_text(
        answers.replace("=", "~=").split("~"),
        _("Text %(text)s comes before the first ~ or = answer"),
    )
    options = []
    for number, part in enumerate(parts, start=1):
        part = part.strip()
        if part.startswith("="):
            fraction, part = 1.0, part[1:]
        else:
            weight, part = _weight(part)
            fraction = weight or 0.0
        text, feedback = _text_and_feedback(part)
        if not text:
            raise _Invalid(_("Answer %(number)s is empty") % {"number": number})
        options.append({"text": text, "fraction": fraction, "feedback": feedback})
    if len(options) < 2:
        raise _Invalid(_("Multiple choice question needs at least 2 answers"))
    correct = sum(option["fraction"] for option in options if option["fraction"] > 0)
    if correct == 0:
        raise _Invalid(_("Multiple choice question has no correct answer"))
    if kind == "multiple" and not math.isclose(correct, 1, abs_tol=0.01):
        raise _Invalid(
            _("Weights of the correct answers add up to %(total)s%%, not 100%%")
            % {"total": f"{correct * 100:.4g}"}
        )
    return kind, {"options": options, "shuffle": True}


def _matching(answers: str) -> dict:
    pairs, distractors = [], []
    items = _leading_text(
        answers.split("="), _("Text %(text)s comes before the first =")
    )
    for number, item in enumerate(items, start=1):
        item = item.strip()
        if not item or item == "->":
            raise _Invalid(_("Matching item %(number)s is empty") % {"number": number})
        if "->" not in item:
            raise _Invalid(
                _('Matching item %(item)s has no "->"') % {"item": quote(_unmask(item))}
            )
        left, right = item.split("->", 1)
        left, right = _piece(left), _unmask(right).strip()
        if not right:
            raise _Invalid(
                _('Matching item %(item)s has nothing after "->"')
                % {"item": quote(left)}
            )
        if left:
            pairs.append({"left": left, "right": right})
        else:
            distractors.append(right)
    if len(pairs) < 2:
        raise _Invalid(_("Matching question needs at least 2 pairs"))
    return {"pairs": pairs, "distractors": distractors}


def _true_false(answers: str) -> dict:
    bits = [_piece(bit) for bit in answers.split("#", 2)] + ["", ""]
    answer, wrong, right = _TRUE_FALSE[bits[0]], bits[1], bits[2]
    return {
        "answer": answer,
        "feedback_true": right if answer else wrong,
        "feedback_false": wrong if answer else right,
    }


def _short_answer(answers: str) -> dict:
    parts = answers.split("=")
    if before := _unmask(parts[0]).strip():
        if before.upper() in {"T", "TRUE", "F", "FALSE", "BENAR", "SALAH"}:
            message = _(
                'Answer %(answer)s must start with "=" (true/false is written {T} '
                "or {F})"
            )
        else:
            message = _('Answer %(answer)s must start with "="')
        raise _Invalid(message % {"answer": quote(before)})
    accepted = []
    for number, part in enumerate(parts[1:], start=1):
        weight, part = _weight(part.strip())
        text, feedback = _text_and_feedback(part)
        if not text:
            raise _Invalid(_("Answer %(number)s is empty") % {"number": number})
        fraction = 1.0 if weight is None else weight
        accepted.append({"text": text, "fraction": fraction, "feedback": feedback})
    if max(item["fraction"] for item in accepted) != 1:
        raise _Invalid(_("Short answer question has no answer worth 100%"))
    return {"accepted": accepted}


def _numeric(answers: str) -> dict:
    # "~#feedback" is Moodle's feedback for any other answer; the model has no
    # place for it, so it is dropped.
    answers = answers.split("~", 1)[0]
    parts = answers.split("=")
    if not parts[0].strip():
        parts = parts[1:]
    if not parts:
        raise _Invalid(_("Numeric question has no answers"))
    results = []
    for number, part in enumerate(parts, start=1):
        weight, part = _weight(part.strip())
        text, feedback = _text_and_feedback(part)
        if not text:
            raise _Invalid(_("Numeric answer %(number)s is empty") % {"number": number})
        value, tolerance = _value_and_tolerance(text)
        fraction = 1.0 if weight is None else weight
        results.append(
            {
                "value": value,
                "tolerance": tolerance,
                "fraction": fraction,
                "feedback": feedback,
            }
        )
    if max(item["fraction"] for item in results) != 1:
        raise _Invalid(_("Numeric question has no answer worth 100%"))
    return {"answers": results}


def _value_and_tolerance(text: str) -> tuple[float, float]:
    if ".." in text[1:]:
        low_text, high_text = text.split("..", 1)
        low = Decimal(_checked(low_text, "Numeric answer"))
        high = Decimal(_checked(high_text, "Numeric answer"))
        if low > high:
            raise _Invalid(
                _("Range %(range)s starts above where it ends") % {"range": quote(text)}
            )
        # In decimal, so that 0.1..0.3 is 0.2 ± 0.1 and not ± 0.09999999999999998.
        return float((low + high) / 2), float((high - low) / 2)
    if ":" in text[1:]:
        value_text, tolerance_text = text.split(":", 1)
        value, tolerance = (
            _number(value_text, "Numeric answer"),
            _number(tolerance_text, "Tolerance"),
        )
        if tolerance < 0:
            raise _Invalid(
                _("Tolerance %(tolerance)s must not be negative")
                % {"tolerance": quote(tolerance_text)}
            )
        return value, tolerance
    return _number(text, "Numeric answer"), 0.0


# Messages per kind of number ("Numeric answer" or "Tolerance"), translated when
# a problem is reported.
_NOT_A_NUMBER = {
    "Numeric answer": lambda: _("Numeric answer %(text)s is not a number"),
    "Tolerance": lambda: _("Tolerance %(text)s is not a number"),
}
_NOT_A_NUMBER_DECIMAL_COMMA = {
    "Numeric answer": lambda: _(
        "Numeric answer %(text)s is not a number (use a dot for decimals)"
    ),
    "Tolerance": lambda: _(
        "Tolerance %(text)s is not a number (use a dot for decimals)"
    ),
}
_TOO_LARGE = {
    "Numeric answer": lambda: _("Numeric answer %(text)s is too large"),
    "Tolerance": lambda: _("Tolerance %(text)s is too large"),
}


def _number(text: str, what: str) -> float:
    return float(_checked(text, what))


def _checked(text: str, what: str) -> str:
    """``text`` without surrounding spaces if it is a finite number in the dotted
    notation Moodle accepts."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        if re.fullmatch(r"-?\d+,\d+", text):
            message = _NOT_A_NUMBER_DECIMAL_COMMA[what]()
        else:
            message = _NOT_A_NUMBER[what]()
        raise _Invalid(message % {"text": quote(text)})
    if not math.isfinite(float(text)):
        raise _Invalid(_TOO_LARGE[what]() % {"text": quote(text)})
    return text


# Writing -------------------------------------------------------------------------


def export(questions: Iterable[ParsedQuestion]) -> str:
    """A GIFT file Moodle can import. Points and essay rubrics have no place in GIFT
    and are left out; a "$CATEGORY:" line is written whenever the category changes."""
    chunks = []
    category = ""
    for question in questions:
        if question.category != category:
            category = question.category
            path = f"$course$/top/{category}" if category else "$course$/top"
            chunks.append(f"{_CATEGORY} {_one_line(path)}\n")
        chunks.append(_write_question(question))
    return "\n".join(chunks)


def _write_question(question: ParsedQuestion) -> str:
    head = f"::{_escape(question.name)}::{_question_text(question.text)}"
    data = question.data
    general = question.general_feedback
    if question.kind == "essay":
        return f"{head}{{{_general(general)}}}\n"
    if question.kind == "true_false":
        answer = bool(data["answer"])
        right = (
            data.get("feedback_true", "") if answer else data.get("feedback_false", "")
        )
        wrong = (
            data.get("feedback_false", "") if answer else data.get("feedback_true", "")
        )
        body = "TRUE" if answer else "FALSE"
        if wrong or right:
            body += f"#{_answer_text(wrong)}"
        if right:
            body += f"#{_answer_text(right)}"
        return f"{head}{{{body}{_general(general)}}}\n"
    lines = [f"{head}{{"]
    if question.kind in ("single", "multiple"):
        for option in data["options"]:
            lines.append(
                f"\t{_choice_marker(question.kind, option)}{_with_feedback(option)}"
            )
    elif question.kind == "short_answer":
        for accepted in data["accepted"]:
            lines.append(f"\t={_weight_text(accepted)}{_with_feedback(accepted)}")
    elif question.kind == "numeric":
        lines[0] = f"{head}{{#"
        for answer in data["answers"]:
            value = f"{_number_text(answer['value'])}:{_number_text(answer.get('tolerance', 0))}"
            feedback = (
                f"#{_answer_text(answer.get('feedback', ''))}"
                if answer.get("feedback", "")
                else ""
            )
            lines.append(
                f"\t={_percent_prefix(answer.get('fraction', 1))}{value}{feedback}"
            )
    elif question.kind == "matching":
        for pair in data["pairs"]:
            lines.append(f"\t={_answer_text(pair['left'])} -> {_escape(pair['right'])}")
        for right in data.get("distractors", []):
            lines.append(f"\t= -> {_escape(right)}")
    else:
        raise ValueError(f"Unknown question kind {question.kind!r}")
    if general:
        lines.append(f"\t{_general(general)}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _question_text(text: str) -> str:
    if _HTML_TAG.search(text):
        return "[html]" + _escape(text)
    return _answer_text(text)


def _answer_text(text: str) -> str:
    """Escaped text; a leading "[html]" that is really text is kept by a marker."""
    if _FORMAT_MARKER.match(text.strip()):
        return "[moodle]" + _escape(text)
    return _escape(text)


def _with_feedback(answer: dict) -> str:
    text = _answer_text(answer["text"])
    if answer.get("feedback", ""):
        return f"{text}#{_answer_text(answer.get('feedback', ''))}"
    return text


def _choice_marker(kind: str, option: dict) -> str:
    fraction = option.get("fraction", 0)
    if kind == "single" and fraction == 1:
        return "="
    if fraction == 0 and not option["text"].startswith("%"):
        return "~"
    return f"~{_percent_prefix(fraction, always=True)}"


def _weight_text(accepted: dict) -> str:
    always = accepted["text"].startswith("%")
    return _percent_prefix(accepted.get("fraction", 1), always=always)


def _percent_prefix(fraction: float, *, always: bool = False) -> str:
    if fraction == 1 and not always:
        return ""
    return f"%{_percent(fraction)}%"


def _percent(fraction: float) -> str:
    """The shortest percentage that reads back as exactly ``fraction``."""
    for digits in range(18):
        text = f"{fraction * 100:.{digits}f}"
        if _fraction(text) == fraction:
            return text
    return f"{fraction * 100:.17f}"


def _number_text(number: float) -> str:
    if float(number).is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(float(number))


def _general(feedback: str) -> str:
    if not feedback:
        return ""
    return f"####{_answer_text(feedback)}"
