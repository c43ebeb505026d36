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
  number or text ("12,5" and "12.5" both read as 12.5, "1.000,5" as 1000.5). In
  Indonesian "1.000" is one thousand, in English one: such a text is scored with
  both readings and earns the better one.
- matching: data ``{"pairs": [{"left", "right"}], "distractors": [...]}``; response:
  ``{"<pair index>": "<right text chosen>"}``; each correct pair earns its share.
- essay: no automatic score (None): a trainer grades it.

A response is stored as given to one version of a question; ``response_in_version``
reads it as a response to another version (a regrade, or a report on the latest
version) by finding the chosen options and matching items again by their text.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ZERO, ONE = Decimal("0"), Decimal("1")


def _fraction(value: object) -> Decimal:
    return Decimal(str(value))


def _clamp(value: Decimal) -> Decimal:
    return max(ZERO, min(ONE, value))


def normalise_text(text: object) -> str:
    """Case- and space-insensitive form of a short answer."""
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


# "1.000" or "-12.500": one dot before exactly three digits, no comma. In
# Indonesian the dot groups thousands (one thousand), in English it is the
# decimal point (one). Only a well-formed thousands group (1-3 digits, no leading
# zero) makes it ambiguous: "0.500" and "1234.567" are decimals.
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")
# Indonesian thousands dots, optionally a decimal comma: "1.000.000", "1.000,5".
_DOT_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?")
# English thousands commas before a decimal point: "1,000.5".
_COMMA_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}(,\d{3})+\.\d+")


def _finite(text: str) -> Decimal | None:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def number_readings(value: object) -> list[Decimal]:
    """Every number a learner's text may mean, the decimal-point reading first:
    "12,5" and "12.5" -> [12.5]; "1.000,5" and "1000.5" -> [1000.5];
    "1.000.000" -> [1000000]; the ambiguous "1.000" -> [1, 1000]; "x" -> []."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int | float | Decimal):
        number = _finite(str(value))
        return [] if number is None else [number]
    text = re.sub(r"\s+", "", str(value))  # also no-break and thin spaces
    if _AMBIGUOUS.fullmatch(text):
        readings = [_finite(text), _finite(text.replace(".", ""))]
        return [number for number in readings if number is not None]
    if _DOT_THOUSANDS.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _COMMA_THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    elif "," in text:
        if "." in text or text.count(",") > 1:
            return []
        text = text.replace(",", ".")
    number = _finite(text)
    return [] if number is None else [number]


def parse_number(value: object) -> Decimal | None:
    """A learner's number: "12,5", "12.5", " 1.000,5 " (Indonesian thousands) or
    12.5; None when it is not one. An ambiguous "1.000" gives its decimal-point
    reading (1): scoring a numeric answer uses ``number_readings`` instead."""
    readings = number_readings(value)
    return readings[0] if readings else None


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


def numeric_answer_for(*, data: dict, response: object) -> dict | None:
    """The accepted number (an item of ``data["answers"]``) that gives the response
    its best fraction, over every reading of the response; None if none matches."""
    best, best_fraction = None, None
    for number in number_readings(response):
        for answer in data.get("answers", []):
            if abs(number - _fraction(answer["value"])) > _fraction(
                answer.get("tolerance", 0)
            ):
                continue
            fraction = _fraction(answer.get("fraction", 1))
            if best_fraction is None or fraction > best_fraction:
                best, best_fraction = answer, fraction
    return best


def _numeric(data: dict, response: object) -> Decimal:
    answer = numeric_answer_for(data=data, response=response)
    return ZERO if answer is None else _clamp(_fraction(answer.get("fraction", 1)))


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


# --- A response given to one version, read against another -----------------------


@dataclass(frozen=True)
class MappedResponse:
    """A response translated to another version of its question. ``missing`` holds
    the texts the learner chose that the other version does not have, and
    ``ambiguous`` those it has more than once: then ``response`` is the original
    one and must not be scored against the other version."""

    response: object
    missing: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.missing and not self.ambiguous


def _option_texts(data: dict) -> list[str]:
    return [str(option.get("text", "")) for option in data.get("options", [])]


def _left_texts(data: dict) -> list[str]:
    return [str(pair.get("left", "")) for pair in data.get("pairs", [])]


def _positions(texts: list[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        found[normalise_text(text)].append(index)
    return found


def index_map(from_texts: list[str], to_texts: list[str]) -> dict[int, int]:
    """Index in ``from_texts`` -> index in ``to_texts`` of the same text
    (normalised), for the texts found exactly once in ``to_texts``."""
    targets = _positions(to_texts)
    return {
        index: targets[key][0]
        for index, text in enumerate(from_texts)
        if len(targets.get(key := normalise_text(text), [])) == 1
    }


def choice_index_map(*, from_data: dict, to_data: dict) -> dict[int, int]:
    """Option index in one version -> the same option's index in another."""
    return index_map(_option_texts(from_data), _option_texts(to_data))


def pair_index_map(*, from_data: dict, to_data: dict) -> dict[int, int]:
    """Matching item index in one version -> the same item's index in another."""
    return index_map(_left_texts(from_data), _left_texts(to_data))


def _chosen_indices(kind: str, response: object, count: int) -> list[int] | None:
    """The option indices a choice response holds; None when it holds something
    that is not an option (it scores 0 under any version)."""
    if response is None:
        return []
    values = [response] if kind == "single" else response
    if not isinstance(values, list):
        return None
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        if not 0 <= value < count:
            return None
    return list(values)


def _translate(
    indices: list[int], from_texts: list[str], to_texts: list[str]
) -> tuple[list[int], list[str], list[str]]:
    targets = _positions(to_texts)
    mapped, missing, ambiguous = [], [], []
    for index in indices:
        hits = targets.get(normalise_text(from_texts[index]), [])
        if not hits:
            missing.append(from_texts[index])
        elif len(hits) > 1:
            ambiguous.append(from_texts[index])
        else:
            mapped.append(hits[0])
    return mapped, missing, ambiguous


def response_in_version(
    *, kind: str, from_data: dict, to_data: dict, response: object
) -> MappedResponse:
    """``response``, given to the version holding ``from_data``, as a response to
    the version holding ``to_data``: chosen options (single, multiple) and the
    items of a matching question are found again by their text, without case and
    extra spaces, never by their position. Other kinds store no positions and are
    returned as they are."""
    if kind in ("single", "multiple"):
        from_texts, to_texts = _option_texts(from_data), _option_texts(to_data)
        chosen = _chosen_indices(kind, response, len(from_texts))
        if chosen is None:
            return MappedResponse(None)
        mapped, missing, ambiguous = _translate(chosen, from_texts, to_texts)
        if missing or ambiguous:
            return MappedResponse(response, tuple(missing), tuple(ambiguous))
        if kind == "single":
            return MappedResponse(mapped[0] if mapped else None)
        return MappedResponse(sorted(set(mapped)))
    if kind == "matching" and isinstance(response, dict):
        from_texts, to_texts = _left_texts(from_data), _left_texts(to_data)
        answered = {}
        for key, value in response.items():
            if str(key).isdigit() and int(key) < len(from_texts):
                if str(value or "").strip():
                    answered[int(key)] = value
        result, missing, ambiguous = {}, [], []
        for index, value in answered.items():
            mapped, lost, twice = _translate([index], from_texts, to_texts)
            missing += lost
            ambiguous += twice
            if mapped:
                result[str(mapped[0])] = value
        if missing or ambiguous:
            return MappedResponse(response, tuple(missing), tuple(ambiguous))
        return MappedResponse(result)
    return MappedResponse(response)
