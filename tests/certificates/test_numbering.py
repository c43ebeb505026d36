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
    ],
)
def test_patterns_fill_in(pattern, expected):
    numbering.validate_pattern(pattern)
    on = datetime.date(2026, 11, 25)
    assert numbering.format_number(pattern, seq=7, on=on, course="ARS-KONV") == expected


@pytest.mark.parametrize(
    "pattern",
    [
        "800/{nomor}/DPK/{year}",  # unknown placeholder
        "800/DPK/{year}",  # no running number
        "800/{seq:03d/{year}",  # unbalanced brace
        "800/{seq:abc}/{year}",  # impossible format
        "{seq}/{0}",  # positional
    ],
)
def test_bad_patterns_are_refused_with_a_message(pattern):
    with pytest.raises(ValidationError) as error:
        numbering.validate_pattern(pattern)
    assert error.value.messages[0]


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
