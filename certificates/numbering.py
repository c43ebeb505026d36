"""Certificate number patterns and body text placeholders: checking and filling them.

A number pattern is a Python format string such as
``800/{seq:03d}/DPK-KT/{roman_month}/{year}``; only the placeholders below are
allowed, and ``{seq}`` and ``{year}`` must be there.

Numbers are unique because each *register* counts on its own: the numbers that
share their fixed text in a year (``register_for``). The fixed text is the pattern
with the issuer's and the course's codes filled in, so two offices using the
default pattern (which prints the issuer's code) count separately, while two
offices whose templates print the same hard-coded text, e.g. ``DPK-KT``, share one
register instead of giving the same number twice.
"""

import datetime
import string

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_PATTERN = "{seq:04d}/SERT/{issuer}/{course}/{roman_month}/{year}"
DEFAULT_BODY = (
    "telah mengikuti {pelatihan} yang diselenggarakan oleh {penyelenggara} "
    "pada tanggal {tanggal} di {tempat} sebanyak {jp} jam pelajaran (JP)"
)

NUMBER_PLACEHOLDERS = ("seq", "year", "month", "roman_month", "course", "issuer")
# Filled into a register's fixed text: numbers with other codes never meet.
FIXED_PLACEHOLDERS = ("course", "issuer")
# A register without {year} in its pattern never restarts (legacy templates).
YEARLESS = 0
BODY_PLACEHOLDERS = (
    "nama",
    "pelatihan",
    "penyelenggara",
    "tanggal",
    "tempat",
    "jp",
    "angkatan",
    "predikat",
)
ROMAN_MONTHS = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)


def _fields(text: str) -> list[tuple[str, str]]:
    """(name, format spec) of every placeholder; ValidationError when malformed."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:
        raise ValidationError(
            _("The braces { } do not match: %(error)s"), params={"error": error}
        ) from error
    return [
        (name, spec or "") for _lit, name, spec, _conv in parsed if name is not None
    ]


def validate_pattern(pattern: str) -> None:
    """Reject unknown placeholders, a missing {seq} or {year}, a running number
    that touches digits or another placeholder, or a pattern that cannot format."""
    fields = _fields(pattern)
    unknown = sorted({name for name, _spec in fields} - set(NUMBER_PLACEHOLDERS))
    if unknown:
        raise ValidationError(
            _("Unknown placeholder(s) %(names)s. Allowed: %(allowed)s."),
            params={
                "names": ", ".join(f"{{{name}}}" for name in unknown),
                "allowed": ", ".join(f"{{{name}}}" for name in NUMBER_PLACEHOLDERS),
            },
        )
    names = {name for name, _spec in fields}
    if "seq" not in names:
        raise ValidationError(
            _("The pattern needs {seq}, the running number, e.g. {seq:03d}.")
        )
    if "year" not in names:
        raise ValidationError(
            _(
                "The pattern needs {year}: the running number starts again each "
                "year, so without the year two certificates would get the same "
                "number."
            )
        )
    if not _seq_is_delimited(pattern):
        raise ValidationError(
            _(
                "Put a separator such as / or - on both sides of {seq}: next to "
                "digits or another placeholder, the running number could be read "
                "as part of them."
            )
        )
    try:
        format_number(
            pattern, seq=1, on=datetime.date(2026, 1, 1), course="KODE", issuer="62"
        )
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise ValidationError(
            _("This pattern cannot be filled in: %(error)s"), params={"error": error}
        ) from error


def _seq_is_delimited(pattern: str) -> bool:
    """No digit and no other placeholder right before or after any {seq}: "1{seq}"
    would print 11 for the 1st number, which a "{seq}" register prints for its 11th.
    """
    tokens: list[tuple[str, str]] = []  # ("text", literal) or ("field", name)
    for literal, name, _spec, _conversion in string.Formatter().parse(pattern):
        if literal:
            tokens.append(("text", literal))
        if name is not None:
            tokens.append(("field", name))
    for index, (kind, value) in enumerate(tokens):
        if kind != "field" or value != "seq":
            continue
        for neighbour, edge in ((index - 1, -1), (index + 1, 0)):
            if not 0 <= neighbour < len(tokens):
                continue
            other_kind, other = tokens[neighbour]
            if other_kind == "field" or other[edge].isdigit():
                return False
    return True


def validate_body(body: str) -> None:
    fields = _fields(body)
    unknown = sorted({name for name, _spec in fields} - set(BODY_PLACEHOLDERS))
    if unknown or any(spec for _name, spec in fields):
        raise ValidationError(
            _("Unknown placeholder(s) %(names)s. Allowed: %(allowed)s."),
            params={
                "names": ", ".join(f"{{{name}}}" for name in unknown) or "{…:…}",
                "allowed": ", ".join(f"{{{name}}}" for name in BODY_PLACEHOLDERS),
            },
        )


def format_number(
    pattern: str, *, seq: int, on: datetime.date, course: str, issuer: str
) -> str:
    return pattern.format(
        seq=seq,
        year=on.year,
        month=f"{on.month:02d}",
        roman_month=ROMAN_MONTHS[on.month - 1],
        course=course,
        issuer=issuer,
    )


def register_for(
    pattern: str, *, on: datetime.date, course: str, issuer: str
) -> tuple[int, str]:
    """(year, fixed text) of the register that numbers with ``pattern`` on ``on``.

    The fixed text is the pattern with the course's and issuer's codes filled in
    and the running number and date parts left as placeholders; the running
    number's padding is left out, so a template changed from {seq:03d} to
    {seq:04d} continues its register. A pattern without {year} (saved before it
    was required) has one register for all years, which never restarts.
    """
    formatter = string.Formatter()
    parts = []
    names = set()
    for literal, name, spec, conversion in formatter.parse(pattern):
        parts.append(_escape(literal))
        if name is None:
            continue
        names.add(name)
        if name in FIXED_PLACEHOLDERS:
            value = course if name == "course" else issuer
            value = formatter.convert_field(value, conversion)
            parts.append(_escape(formatter.format_field(value, spec or "")))
        elif name == "seq":
            parts.append("{seq}")
        else:
            conversion_text = f"!{conversion}" if conversion else ""
            spec_text = f":{spec}" if spec else ""
            parts.append(f"{{{name}{conversion_text}{spec_text}}}")
    year = on.year if "year" in names else YEARLESS
    return year, "".join(parts)


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def fill_body(body: str, values: dict[str, str]) -> str:
    """The body with its placeholders replaced (it was validated when saved)."""
    return body.format(**{name: values.get(name, "") for name in BODY_PLACEHOLDERS})
