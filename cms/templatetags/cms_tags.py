"""Small presentation helpers for course pages."""

from decimal import Decimal
from pathlib import PurePosixPath

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def basename(value: str) -> str:
    """The last part of a storage path: "images/abc.jpg" -> "abc.jpg"."""
    return PurePosixPath(str(value)).name


@register.filter
def jp(value: Decimal | int | None) -> str:
    """A JP figure without a useless ".0": 2.0 -> "2", 1.5 -> "1,5" in Indonesian."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(int(value))
    return number_format(value.normalize(), use_l10n=True)


@register.filter
def get_item(mapping: dict, key):
    """``mapping[key]`` in a template, or None."""
    return mapping.get(key) if mapping else None
