"""Number patterns and body placeholders are checked when a template is saved."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from certificates import numbering
from certificates.models import CertificateTemplate


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("800/{seq:03d}/DPK-KT/{roman_month}/{year}", "800/007/DPK-KT/XI/2026"),
        ("{seq}/{course}/{month}/{year}", "7/ARS-KONV/11/2026"),
        ("SERT-{year}-{seq:05d}", "SERT-2026-00007"),
        (numbering.DEFAULT_PATTERN, "0007/SERT/62.71/ARS-KONV/XI/2026"),
    ],
)
def test_patterns_fill_in(pattern, expected):
    numbering.validate_pattern(pattern)
    on = datetime.date(2026, 11, 25)
    number = numbering.format_number(
        pattern, seq=7, on=on, course="ARS-KONV", issuer="62.71"
    )
    assert number == expected


@pytest.mark.parametrize(
    "pattern",
    [
        "800/{nomor}/DPK/{year}",  # unknown placeholder
        "800/DPK/{year}",  # no running number
        "800/{seq:03d}/DPK-KT/{roman_month}",  # no year
        "800/1{seq}/DPK/{year}",  # a digit glued to the running number
        "800/{course}{seq}/{year}",  # a placeholder glued to it
        "800/{seq:03d/{year}",  # unbalanced brace
        "800/{seq:abc}/{year}",  # impossible format
        "{seq}/{0}",  # positional
    ],
)
def test_bad_patterns_are_refused_with_a_message(pattern):
    with pytest.raises(ValidationError) as error:
        numbering.validate_pattern(pattern)
    assert error.value.messages[0]


def test_a_pattern_without_the_year_is_refused_with_a_message_naming_it():
    with pytest.raises(ValidationError) as error:
        numbering.validate_pattern("800/{seq:03d}/DPK-KT/{roman_month}")
    assert "{year}" in error.value.messages[0]
    template = CertificateTemplate(name="x", number_pattern="{seq}/SERT/KT")
    with pytest.raises(ValidationError) as error:
        template.clean()
    assert "{year}" in error.value.message_dict["number_pattern"][0]


def test_the_register_is_the_fixed_text_with_the_codes_filled_in():
    on = datetime.date(2026, 11, 25)
    demo = "800/{seq:03d}/DPK-KT/{roman_month}/{year}"
    assert numbering.register_for(demo, on=on, course="ARS", issuer="62") == (
        2026,
        "800/{seq}/DPK-KT/{roman_month}/{year}",
    )
    # The default pattern prints the issuer: one register per office.
    default = numbering.DEFAULT_PATTERN
    kalteng = numbering.register_for(default, on=on, course="ARS", issuer="62")
    kaltim = numbering.register_for(default, on=on, course="ARS", issuer="64")
    assert kalteng == (2026, "{seq}/SERT/62/ARS/{roman_month}/{year}")
    assert kalteng != kaltim
    # A new padding continues the register; a pattern without year never restarts.
    padded = "800/{seq:04d}/DPK-KT/{roman_month}/{year}"
    assert numbering.register_for(padded, on=on, course="", issuer="") == (
        numbering.register_for(demo, on=on, course="", issuer="")
    )
    assert numbering.register_for("{seq}/KT", on=on, course="", issuer="") == (
        numbering.YEARLESS,
        "{seq}/KT",
    )


def test_template_clean_reports_both_fields():
    template = CertificateTemplate(
        name="x", number_pattern="{tahun}/{seq}", body="telah mengikuti {kursus}"
    )
    with pytest.raises(ValidationError) as error:
        template.clean()
    assert set(error.value.message_dict) == {"number_pattern", "body"}


def test_body_placeholders():
    numbering.validate_body(numbering.DEFAULT_BODY)
    with pytest.raises(ValidationError):
        numbering.validate_body("telah mengikuti {pelatihan:>10}")
    filled = numbering.fill_body(
        "telah mengikuti {pelatihan} sebanyak {jp} JP",
        {"pelatihan": "Bimtek", "jp": "32"},
    )
    assert filled == "telah mengikuti Bimtek sebanyak 32 JP"
