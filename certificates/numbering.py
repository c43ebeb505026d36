"""Certificate number patterns and body text placeholders: checking and filling them.

A number pattern is a Python format string such as
``800/{seq:03d}/DPK-KT/{roman_month}/{year}``; only the placeholders below are
allowed, and ``{seq}`` must be there (it is what makes numbers unique).
"""

import datetime
import string

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_PATTERN = "{seq:04d}/SERT/{course}/{roman_month}/{year}"
DEFAULT_BODY = (
    "telah mengikuti {pelatihan} yang diselenggarakan oleh {penyelenggara} "
    "pada tanggal {tanggal} di {tempat} sebanyak {jp} jam pelajaran (JP)"
)

NUMBER_PLACEHOLDERS = ("seq", "year", "month", "roman_month", "course")
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
    """Reject unknown placeholders, a missing {seq}, or a pattern that cannot format."""
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
    if "seq" not in {name for name, _spec in fields}:
        raise ValidationError(
            _("The pattern needs {seq}, the running number, e.g. {seq:03d}.")
        )
    try:
        format_number(pattern, seq=1, on=datetime.date(2026, 1, 1), course="KODE")
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise ValidationError(
            _("This pattern cannot be filled in: %(error)s"), params={"error": error}
        ) from error


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


def format_number(pattern: str, *, seq: int, on: datetime.date, course: str) -> str:
    return pattern.format(
        seq=seq,
        year=on.year,
        month=f"{on.month:02d}",
        roman_month=ROMAN_MONTHS[on.month - 1],
        course=course,
    )


def fill_body(body: str, values: dict[str, str]) -> str:
    """The body with its placeholders replaced (it was validated when saved)."""
    return body.format(**{name: values.get(name, "") for name in BODY_PLACEHOLDERS})
