"""The neutral question model every converter (GIFT, Aiken, CSV) reads into and
writes from. Pure data: no Django, no database.

``ParsedQuestion.data`` has one shape per kind, the same one ``courses/scoring.py``
scores:

- single / multiple: ``{"options": [{"text", "fraction", "feedback"}],
  "shuffle": True}``; fractions lie in -1..1 (a single-choice correct option is 1.0).
- true_false: ``{"answer": bool, "feedback_true": str, "feedback_false": str}``,
  where ``feedback_true`` is shown to whoever answered "true".
- short_answer: ``{"accepted": [{"text", "fraction", "feedback"}]}``.
- numeric: ``{"answers": [{"value", "tolerance", "fraction", "feedback"}]}``.
- matching: ``{"pairs": [{"left", "right"}], "distractors": [str]}``.
- essay: ``{"rubric": str}``.
"""

import html
import re
from dataclasses import dataclass
from typing import Any, Literal

from django.utils.translation import gettext as _

Kind = Literal[
    "single", "multiple", "true_false", "short_answer", "numeric", "matching", "essay"
]
KINDS: tuple[Kind, ...] = (
    "single",
    "multiple",
    "true_false",
    "short_answer",
    "numeric",
    "matching",
    "essay",
)

MAX_INPUT_BYTES = 5 * 1024 * 1024
NAME_LENGTH = 60
EXCERPT_LENGTH = 80


@dataclass(frozen=True)
class ParsedQuestion:
    kind: Kind
    name: str
    text: str
    data: dict[str, Any]
    points: float = 1.0
    general_feedback: str = ""
    category: str = ""


@dataclass(frozen=True)
class ParseProblem:
    """Why the question starting at ``line`` (1-based) was not imported."""

    line: int
    message: str
    excerpt: str


@dataclass(frozen=True)
class ParseResult:
    questions: list[ParsedQuestion]
    problems: list[ParseProblem]


_BLOCK_TAG = re.compile(
    r"<(?:br|/?(?:p|div|li|h[1-6]|tr|td|th|blockquote))\b[^>]*>", re.IGNORECASE
)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


def default_name(text: str) -> str:
    """A question's name when the file gives none: the first 60 characters of its
    text as a learner reads it (no HTML tags or entities), on one line."""
    plain = html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", text)))
    plain = _SPACES.sub(" ", plain).strip() or _SPACES.sub(" ", text).strip()
    return plain[:NAME_LENGTH].strip()


def excerpt(block: str) -> str:
    return block.strip()[:EXCERPT_LENGTH]


def too_large(content: str | bytes) -> ParseResult | None:
    """The single-problem result that refuses an input over 5 MB (counted in UTF-8
    bytes for text), or None when the input is small enough to parse."""
    if isinstance(content, bytes):
        size, head = len(content), content[:200].decode("utf-8", errors="replace")
    else:
        # Every character is at least one byte: skip encoding a text that is
        # already too long.
        size = len(content)
        if size <= MAX_INPUT_BYTES:
            size = len(content.encode("utf-8", errors="replace"))
        head = content[:200]
    if size <= MAX_INPUT_BYTES:
        return None
    limit = MAX_INPUT_BYTES // (1024 * 1024)
    message = _("File is too large (%(size)s MB; the limit is %(limit)s MB)") % {
        "size": f"{size / (1024 * 1024):.1f}",
        "limit": limit,
    }
    return ParseResult(questions=[], problems=[ParseProblem(1, message, excerpt(head))])


def quote(text: str, limit: int = 40) -> str:
    """File text inside a problem message: quoted, on one line, cut to ``limit``."""
    text = " ".join(text.split())
    return f'"{text[:limit]}…"' if len(text) > limit else f'"{text}"'
