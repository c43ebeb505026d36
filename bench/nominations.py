"""Nominations: how long a DPK office waits for a 10,000-row file to be previewed and
imported (issue: nominations by DPK office users)."""

import csv
import datetime
import io
import time
from collections.abc import Callable
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook

from bench.harness import Measure, Section, measure
from courses.models import (
    Cohort,
    Course,
    Institution,
    NominationImport,
    Office,
    Region,
    User,
)
from courses.nominations_file import COLUMN_KEYS, nomination_file_read
from courses.roles import OFFICE_STAFF, role_groups_ensure
from courses.services.nominations import (
    nomination_import_confirm,
    nomination_import_preview,
)
from courses.tasks import nominations as nomination_tasks

TITLE = "Nominations (10,000-row files)"
ROWS = 10_000


def _timed(
    name: str,
    action: Callable[[object], object],
    *,
    setup: Callable[[int], object] = lambda run: None,
    runs: int = 3,
    extra: str = "",
) -> Measure:
    """An import benchmark: fresh data from ``setup`` before each (untimed) run."""
    return measure(name, action, runs=runs, extra=extra, setup=setup, warm_up=False)


def _people(batch: int) -> list[dict[str, str]]:
    """ROWS people of Kalimantan Tengah, unique per ``batch``."""
    regions = list(
        Region.objects.filter(code__startswith="62.").values_list("code", flat=True)
    )
    return [
        {
            "nama_lengkap": f"Peserta Bench {batch}-{n}, S.Sos.",
            "email": f"bench{batch}.{n}@kalteng.go.id",
            "nip": f"19{batch:08d}{n:08d}",
            "jabatan": "Arsiparis Ahli Pertama",
            "pangkat_golongan": "Penata Muda (III/a)",
            "jenis_kelamin": "LP"[n % 2],
            "telepon": f"0812{n:08d}",
            "instansi": f"Dinas Uji Bench {n % 200}",
            "jenis_instansi": "perangkat_daerah",
            "kode_wilayah": regions[n % len(regions)],
        }
        for n in range(ROWS)
    ]


def _csv(people: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(COLUMN_KEYS)
    writer.writerows([person[key] for key in COLUMN_KEYS] for person in people)
    return out.getvalue().encode("utf-8")


def _xlsx(people: list[dict]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Usulan")
    sheet.append(list(COLUMN_KEYS))
    for person in people:
        sheet.append([person[key] for key in COLUMN_KEYS])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _office() -> tuple[Office, User]:
    region = Region.objects.get(code="62")
    institution, _ = Institution.objects.get_or_create(
        name="DPK Bench Kalimantan Tengah",
        region=region,
        defaults={"type": Institution.Type.DPK},
    )
    office, _ = Office.objects.get_or_create(
        institution=institution, defaults={"region": region}
    )
    staff, _ = User.objects.get_or_create(username="bench-dpk")
    staff.groups.add(role_groups_ensure()[OFFICE_STAFF])
    office.staff.add(staff)
    return office, staff


def _cohort() -> Cohort:
    course, _ = Course.objects.get_or_create(
        code="BENCH-NOM",
        defaults={
            "title": "Bench nominasi",
            "jp": 8,
            "competency_area": Course.CompetencyArea.RECORDS,
            "delivery_mode": Course.DeliveryMode.ONLINE,
        },
    )
    today = timezone.localdate()
    return Cohort.objects.create(
        course=course,
        title=f"Bench {Cohort.objects.count()}",
        starts_on=today + datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=33),
        capacity=ROWS,
    )


def run() -> Section:
    if not Region.objects.filter(code="62").exists():
        call_command("loaddata", "regions", verbosity=0)
    section = Section(
        title=TITLE,
        target="10,000 rows previewed and imported in well under a minute",
    )
    office, staff = _office()
    # People unique to this run of the bench, even on a database kept from before.
    batch = int(time.time()) % 10**6 * 10
    people = _people(batch)
    content, workbook = _csv(people), _xlsx(people)
    section.notes.append(
        f"{ROWS:,} people of Kalimantan Tengah, 200 institutions, CSV "
        f"{len(content):,} B, XLSX {len(workbook):,} B; office scope 62."
    )
    rows = nomination_file_read(name="bench.csv", content=content)

    section.measures.append(
        _timed(
            "read 10,000-row CSV (semicolons)",
            lambda _: nomination_file_read(name="bench.csv", content=content),
        )
    )
    section.measures.append(
        _timed(
            "read 10,000-row XLSX",
            lambda _: nomination_file_read(name="bench.xlsx", content=workbook),
        )
    )
    preview_cohort = _cohort()
    section.measures.append(
        _timed(
            "preview 10,000 rows (check every row, store the import)",
            lambda _: nomination_import_preview(
                office=office,
                cohort=preview_cohort,
                actor=staff,
                filename="bench.csv",
                rows=rows,
            ),
            extra="all new people",
        )
    )

    def previewed(people_batch: int) -> NominationImport:
        batch_rows = nomination_file_read(
            name="bench.csv", content=_csv(_people(people_batch))
        )
        return nomination_import_preview(
            office=office,
            cohort=_cohort(),
            actor=staff,
            filename="bench.csv",
            rows=batch_rows,
        )

    def confirm(nomination_import: NominationImport) -> None:
        # Emails are measured apart, below.
        with mock.patch.object(nomination_tasks.nomination_import_notify, "delay"):
            nomination_import_confirm(nomination_import=nomination_import, actor=staff)

    imports: list[NominationImport] = []

    def previewed_new(run: int) -> NominationImport:
        imports.append(previewed(batch * 10 + run))
        return imports[-1]

    section.measures.append(
        _timed(
            "confirm: import 10,000 new people",
            confirm,
            setup=previewed_new,
            extra="users, profiles, enrolments, events",
        )
    )
    section.measures.append(
        _timed(
            "confirm: import 10,000 existing people",
            confirm,
            setup=lambda run: previewed(batch * 10),
            extra="matched by NIP, enrolments and events only",
        )
    )
    section.measures.append(
        _timed(
            "emails after an import (10,000 invitations, locmem backend)",
            lambda nomination_import: nomination_tasks.nomination_import_notify(
                nomination_import.pk
            ),
            setup=lambda run: imports[run],
            runs=1,
            extra="Celery task body",
        )
    )

    client = Client()
    client.force_login(staff)
    upload_url = reverse("courses:nomination_upload", args=[preview_cohort.pk])
    section.measures.append(
        _timed(
            "POST 10,000-row CSV → preview (HTTP)",
            lambda _: client.post(
                upload_url, {"file": SimpleUploadedFile("bench.csv", content)}
            ),
        )
    )
    latest = NominationImport.objects.filter(office=office).first()
    preview_url = reverse("courses:nomination_import", args=[latest.pk])
    section.measures.append(
        _timed(
            "GET preview page (100 of 10,000 rows)",
            lambda _: client.get(preview_url, {"halaman": 50}),
            runs=10,
        )
    )
    return section
