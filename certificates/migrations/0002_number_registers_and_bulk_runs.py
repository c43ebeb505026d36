"""Number registers keyed by the number's fixed text, and recorded bulk runs.

A NumberSequence was one counter per issuer and year, so two issuers (or two
years of a pattern without {year}) could print the same number. It is now a
register: the numbers that share their fixed text (the pattern with the course and
issuer codes filled in) in a year. Existing counters are converted: each
certificate's number is matched against the pattern that made it (its template's,
else the old built-in one); each register found starts from the highest serial it
already used, so no number is given twice. A counter whose certificates belong to
several registers (or to none found) is kept as a legacy row under its own key,
and its certificates keep pointing at it.
"""

import datetime
import string

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

# Frozen copies (the app's code may change after this migration).
OLD_DEFAULT_PATTERN = "{seq:04d}/SERT/{course}/{roman_month}/{year}"
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _format(pattern, *, seq, on, course):
    return pattern.format(
        seq=seq,
        year=on.year,
        month=f"{on.month:02d}",
        roman_month=ROMAN_MONTHS[on.month - 1],
        course=course,
        issuer="",
    )


def _register(pattern, *, on, course):
    formatter = string.Formatter()
    parts, names = [], set()
    for literal, name, spec, conversion in formatter.parse(pattern):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        names.add(name)
        if name in ("course", "issuer"):
            value = formatter.convert_field(course if name == "course" else "", conversion)
            value = formatter.format_field(value, spec or "")
            parts.append(value.replace("{", "{{").replace("}", "}}"))
        elif name == "seq":
            parts.append("{seq}")
        else:
            conversion_text = f"!{conversion}" if conversion else ""
            spec_text = f":{spec}" if spec else ""
            parts.append(f"{{{name}{conversion_text}{spec_text}}}")
    return (on.year if "year" in names else 0), "".join(parts)


def _key_of(certificate):
    """(year, fixed text) of the register that printed this number, or None."""
    data = certificate.data or {}
    try:
        on = datetime.date.fromisoformat(data["signed_on"])
    except (KeyError, TypeError, ValueError):
        return None
    course = data.get("course_code", "")
    patterns = [OLD_DEFAULT_PATTERN]
    if certificate.template_id and certificate.template is not None:
        patterns.insert(0, certificate.template.number_pattern)
    for pattern in patterns:
        try:
            printed = _format(pattern, seq=certificate.serial, on=on, course=course)
        except (KeyError, IndexError, ValueError, TypeError):
            continue
        if printed == certificate.number:
            return _register(pattern, on=on, course=course)
    return None


def assign_registers(apps, schema_editor):
    NumberSequence = apps.get_model("certificates", "NumberSequence")
    Certificate = apps.get_model("certificates", "Certificate")
    for old in list(NumberSequence.objects.order_by("pk")):
        highest = {}
        certificates = Certificate.objects.filter(sequence=old).select_related(
            "template"
        )
        unmatched = False
        for certificate in certificates.iterator():
            key = _key_of(certificate)
            if key is None:
                unmatched = True
                continue
            highest[key] = max(highest.get(key, 0), certificate.serial)
        converted = False
        for (year, fixed_text), top in highest.items():
            register = NumberSequence.objects.filter(
                year=year, fixed_text=fixed_text
            ).first()
            if register is not None:
                register.last_number = max(register.last_number, top)
                register.save(update_fields=["last_number"])
            elif len(highest) == 1 and not unmatched:
                old.year, old.fixed_text = year, fixed_text
                old.save(update_fields=["year", "fixed_text"])
                converted = True
            else:
                NumberSequence.objects.create(
                    issuer_key=old.issuer_key,
                    year=year,
                    fixed_text=fixed_text,
                    last_number=top,
                )
        if not converted:
            old.fixed_text = f"legacy:{old.pk}"
            old.save(update_fields=["fixed_text"])


class Migration(migrations.Migration):

    dependencies = [
        ("certificates", "0001_initial"),
        ("courses", "0006_answer_file_random_folder"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="numbersequence",
            name="sequence_one_per_issuer_and_year",
        ),
        migrations.AddField(
            model_name="numbersequence",
            name="fixed_text",
            field=models.CharField(blank=True, max_length=255),
        ),
        migrations.RunPython(assign_registers, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="numbersequence",
            constraint=models.UniqueConstraint(
                fields=("year", "fixed_text"),
                name="sequence_one_per_fixed_text_and_year",
            ),
        ),
        migrations.AlterField(
            model_name="certificatetemplate",
            name="number_pattern",
            field=models.CharField(
                default="{seq:04d}/SERT/{issuer}/{course}/{roman_month}/{year}",
                help_text=(
                    "e.g. 800/{seq:03d}/DPK-KT/{roman_month}/{year}. Placeholders: "
                    "{seq} (required; {seq:03d} pads to 3 digits), {year} "
                    "(required), {month}, {roman_month}, {course}, {issuer} (the "
                    "issuing office's region code, e.g. 62.71). Numbers with the "
                    "same fixed text share one running number per year."
                ),
                max_length=120,
                verbose_name="number pattern",
            ),
        ),
        migrations.CreateModel(
            name="CertificateBatch",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("issue", "Issue"), ("reissue", "Reissue")],
                        max_length=10,
                    ),
                ),
                ("reason", models.TextField(blank=True)),
                ("counts", models.JSONField(blank=True, default=dict)),
                ("failures", models.JSONField(blank=True, default=list)),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now),
                ),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "cohort",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="certificate_batches",
                        to="courses.cohort",
                    ),
                ),
                (
                    "requested_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "bulk certificate run",
                "verbose_name_plural": "bulk certificate runs",
                "ordering": ["-created_at", "-pk"],
            },
        ),
    ]
