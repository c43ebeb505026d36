"""Scoring one response to one question version: pure functions, no database.

``QuestionVersion.data`` and ``Answer.response`` per kind (the same shapes the
GIFT/Aiken/CSV importers produce):

- single: data ``{"options": [{"text", "fraction", "feedback"}]}``; response: the
  chosen option's index in ``options`` (display order is stored separately).
- multiple: same data; response: a list of indices. Fractions of the options chosen
  are added (wrong options carry negative fractions), then kept within 0..1.
- true_false: data ``{"answer": bool}``; response: bool.
- short_answer: data ``{"accepted": [{"text", "fraction"}]}``; response: text,
  compared without case and with spaces collapsed.
- numeric: data ``{"answers": [{"value", "tolerance", "fraction"}]}``; response: a
  number or text ("12,5" and "12.5" both read as 12.5).
- matching: data ``{"pairs": [{"left", "right"}], "distractors": [...]}``; response:
  ``{"<pair index>": "<right text chosen>"}``; each correct pair earns its share.
- essay: no automatic score (None): a trainer grades it.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ZERO, ONE = Decimal("0"), Decimal("1")


def _fraction(value: object) -> Decimal:
    return Decimal(str(value))


def _clamp(value: Decimal) -> Decimal:
    return max(ZERO, min(ONE, value))


def normalise_text(text: object) -> str:
    """Case- and space-insensitive form of a short answer."""
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


def parse_number(value: object) -> Decimal | None:
    """A learner's number: "12,5", "12.5", " 1.000,5 " (Indonesian thousands) or 12.5."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = str(value).strip().replace(" ", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _single(data: dict, response: object) -> Decimal:
    options = data.get("options", [])
    if isinstance(response, bool) or not isinstance(response, int):
        return ZERO
    if not 0 <= response < len(options):
        return ZERO
    return _clamp(_fraction(options[response].get("fraction", 0)))


def _multiple(data: dict, response: object) -> Decimal:
    options = data.get("options", [])
    if not isinstance(response, list):
        return ZERO
    chosen = {i for i in response if isinstance(i, int) and not isinstance(i, bool)}
    if any(not 0 <= i < len(options) for i in chosen):
        return ZERO
    return _clamp(sum((_fraction(options[i].get("fraction", 0)) for i in chosen), ZERO))


def _true_false(data: dict, response: object) -> Decimal:
    return (
        ONE
        if isinstance(response, bool) and response == bool(data.get("answer"))
        else ZERO
    )


def _short_answer(data: dict, response: object) -> Decimal:
    given = normalise_text(response)
    if not given:
        return ZERO
    matches = [
        _fraction(accepted.get("fraction", 1))
        for accepted in data.get("accepted", [])
        if normalise_text(accepted.get("text")) == given
    ]
    return _clamp(max(matches, default=ZERO))


def _numeric(data: dict, response: object) -> Decimal:
    number = parse_number(response)
    if number is None:
        return ZERO
    matches = [
        _fraction(answer.get("fraction", 1))
        for answer in data.get("answers", [])
        if abs(number - _fraction(answer["value"]))
        <= _fraction(answer.get("tolerance", 0))
    ]
    return _clamp(max(matches, default=ZERO))


def _matching(data: dict, response: object) -> Decimal:
    pairs = data.get("pairs", [])
    if not pairs or not isinstance(response, dict):
        return ZERO
    right = sum(
        1
        for index, pair in enumerate(pairs)
        if normalise_text(response.get(str(index))) == normalise_text(pair["right"])
    )
    return Decimal(right) / Decimal(len(pairs))


SCORERS = {
    "single": _single,
    "multiple": _multiple,
    "true_false": _true_false,
    "short_answer": _short_answer,
    "numeric": _numeric,
    "matching": _matching,
}


def response_fraction(*, kind: str, data: dict, response: object) -> Decimal | None:
    """Share of the question's points the response earns (0..1), or None when a
    person must grade it (essays). An unanswered question earns 0."""
    if kind == "essay":
        return None
    if response is None:
        return ZERO
    return SCORERS[kind](data, response)


def response_points(
    *, kind: str, data: dict, points: Decimal, response: object
) -> Decimal | None:
    fraction = response_fraction(kind=kind, data=data, response=response)
    if fraction is None:
        return None
    return (fraction * points).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
