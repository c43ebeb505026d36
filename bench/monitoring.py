"""Monitoring at scale (issue 7): with 100,000 learners and 1,000,000 attendance and
lesson-progress rows, the dashboard of a province, the 100k-row export (memory stays
flat) and the JP below-target report.

The 100k/1M dataset only makes sense on PostgreSQL (the production database), so the
figures are taken in a dedicated PostgreSQL database, ``lms_bench_monitoring``, on
the server of ``BENCH_DATABASE_URL`` or ``DATABASE_URL`` when either is a PostgreSQL
URL, else on ``postgres://postgres@127.0.0.1:5432`` when that answers. The bench
creates the database, migrates it and runs ``generate_monitoring_data`` there (reused
on the next run when it already holds the same dataset; set
``LMS_BENCH_MONITORING_FRESH=1`` to rebuild), in a child process (``python -m
bench.monitoring``) so the other benchmarks keep their own database. Without any
PostgreSQL server the section runs on the bench's own database at a tenth of the
scale and says so.
"""

import json
import os
import subprocess
import sys
import time
import tracemalloc
from dataclasses import asdict
from urllib.parse import urlsplit, urlunsplit

from bench.harness import Measure, Section, measure

TITLE = "Monitoring (100,000 learners, 1,000,000 attendance/progress rows)"
DATABASE = "lms_bench_monitoring"
LEARNERS, ROWS = 100_000, 1_000_000
LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"


def _postgres_server() -> str | None:
    """A PostgreSQL URL (to any database of the server) or None."""
    for name in ("BENCH_DATABASE_URL", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith(("postgres://", "postgresql://", "pgsql://")):
            return url
    try:
        import psycopg

        with psycopg.connect(_dsn(LOCAL_SERVER), connect_timeout=3):
            return LOCAL_SERVER
    except Exception:  # noqa: BLE001 - no server: fall back to the small run
        return None


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _dsn(url: str) -> str:
    return url.replace("pgsql://", "postgresql://", 1)


def _database_ensure(server: str) -> None:
    import psycopg

    with psycopg.connect(
        _dsn(_with_database(server, "postgres")), autocommit=True
    ) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]
        ).fetchone()
        if exists and os.environ.get("LMS_BENCH_MONITORING_FRESH") == "1":
            conn.execute(f'DROP DATABASE "{DATABASE}"')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')


def run() -> Section:
    server = _postgres_server()
    if server is None:
        return measure_here(
            learners=LEARNERS // 10,
            rows=ROWS // 10,
            note="no PostgreSQL server answered: run on the bench's own database at "
            "a tenth of the scale (10,000 learners, 100,000 rows)",
        )
    _database_ensure(server)
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": _with_database(server, DATABASE),
        "DJANGO_SETTINGS_MODULE": "lms.settings.bench",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bench.monitoring"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise RuntimeError("bench.monitoring failed on PostgreSQL")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return Section(
        title=data["title"],
        target=data["target"],
        measures=[Measure(**m) for m in data["measures"]],
        notes=data["notes"],
    )


# --- In the process that owns the monitoring database --------------------------------


def _peak_export(rows_iter_factory, limit: int, fmt: str) -> tuple[float, int, float]:
    """Stream ``limit`` rows through the shared CSV/XLSX writers; return (peak MB
    of Python allocations, rows, seconds)."""
    from io import BytesIO

    from courses.exports import csv_rows, xlsx_write

    header = [f"c{i}" for i in range(15)]
    tracemalloc.start()
    tracemalloc.reset_peak()
    start = time.perf_counter()
    count = 0

    def counted():
        nonlocal count
        for row in rows_iter_factory(limit):
            count += 1
            yield row

    if fmt == "csv":
        size = 0
        for line in csv_rows(header, counted()):
            size += len(line)  # consumed like a streamed response
    else:
        target = BytesIO()  # the response spills to a temporary file past 8 MB
        xlsx_write(sheet_title="bench", header=header, rows=counted(), target=target)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024 / 1024, count, seconds


def measure_here(*, learners: int, rows: int, note: str = "") -> Section:
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from courses.models import (
        Attendance,
        Cohort,
        Course,
        Enrolment,
        Institution,
        LessonProgress,
        Office,
        User,
    )
    from courses.roles import OFFICE_STAFF, role_groups_ensure
    from courses.selectors.monitoring import (
        enrolment_export_rows,
        enrolments_for_office,
    )

    section = Section(
        title=TITLE,
        target="province dashboard < 1 s on PostgreSQL; export memory flat "
        "(100k rows ≈ 10k rows)",
    )
    if note:
        section.notes.append(note)
    section.notes.append(
        f"database: {connection.vendor} `{connection.settings_dict['NAME']}`"
    )
    wanted = User.objects.filter(username__startswith="gen-0").count()
    if wanted != learners or not Course.objects.filter(code="GEN-01").exists():
        start = time.perf_counter()
        call_command(
            "generate_monitoring_data",
            learners=learners,
            rows=rows,
            seed=7,
            replace=True,
            verbosity=0,
        )
        section.notes.append(
            f"`generate_monitoring_data --learners {learners} --rows {rows}` took "
            f"{time.perf_counter() - start:.0f} s"
        )
    else:
        section.notes.append("dataset reused from the previous run")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    section.notes.append(
        f"{User.objects.filter(username__startswith='gen-0').count():,} learners, "
        f"{Enrolment.objects.count():,} enrolments, "
        f"{Attendance.objects.count():,} attendance + "
        f"{LessonProgress.objects.count():,} lesson-progress rows, "
        f"{Cohort.objects.count():,} cohorts"
    )

    province = Office.objects.get(region_id="62")
    city = Office.objects.get(region_id="62.71")
    # A national office (no region) sees everyone: the largest export.
    institution, _ = Institution.objects.get_or_create(
        name="Gen Perpustakaan Nasional",
        region_id="62",
        defaults={"type": Institution.Type.DPK},
    )
    national, _ = Office.objects.get_or_create(
        institution=institution, defaults={"region": None}
    )
    if not national.staff.exists():
        staff = User.objects.create(username="gen-dpk-nasional", password="!")
        staff.groups.add(role_groups_ensure()[OFFICE_STAFF])
        national.staff.add(staff)

    def client_for(office: Office) -> Client:
        client = Client()
        client.force_login(office.staff.first())
        return client

    dashboard = reverse("courses:monitoring_dashboard")
    for label, office, runs in (
        ("province dashboard (62 Kalimantan Tengah)", province, 7),
        ("kota dashboard (62.71 Palangka Raya)", city, 7),
        ("national dashboard (every region)", national, 3),
    ):
        client = client_for(office)
        section.measures.append(
            measure(
                f"GET /dpk/pantauan/ — {label}",
                lambda c=client: _ok(c.get(dashboard)),
                runs=runs,
                extra=f"{enrolments_for_office(office=office).count():,} enrolments",
            )
        )
    if connection.vendor == "postgresql":
        # The settings switch PostgreSQL's JIT off for every connection (it compiled
        # the dashboard's queries for longer than they ran); the same page with
        # PostgreSQL's default, for comparison.
        client = client_for(province)
        with connection.cursor() as cursor:
            cursor.execute("SET jit = on")
        section.measures.append(
            measure(
                "GET /dpk/pantauan/ — province, PostgreSQL default jit = on",
                lambda: _ok(client.get(dashboard)),
                runs=7,
                extra="for comparison; the settings use jit = off",
            )
        )
        with connection.cursor() as cursor:
            cursor.execute("SET jit = off")
    year = Cohort.objects.latest("ends_on").ends_on.year - 1
    client = client_for(province)
    section.measures.append(
        measure(
            f"GET /dpk/jp/?tahun={year} — province below-target report",
            lambda: _ok(
                client.get(reverse("courses:office_jp_report"), {"tahun": year})
            ),
            runs=7,
        )
    )
    export = reverse("courses:office_jp_report_export", args=["csv"])
    section.measures.append(
        measure(
            "JP below-target CSV — province, streamed to the end",
            lambda: sum(
                len(c) for c in client.get(export, {"tahun": year}).streaming_content
            ),
            runs=3,
        )
    )
    people = reverse("courses:monitoring_export", args=["peserta", "csv"])
    national_client = client_for(national)
    section.measures.append(
        measure(
            "GET /dpk/pantauan/unduh/peserta.csv — national, streamed to the end",
            lambda: sum(len(c) for c in national_client.get(people).streaming_content),
            runs=2,
            warm_up=False,
            extra=f"{enrolments_for_office(office=national).count():,} rows",
        )
    )
    people_xlsx = reverse("courses:monitoring_export", args=["peserta", "xlsx"])
    section.measures.append(
        measure(
            "GET /dpk/pantauan/unduh/peserta.xlsx — national, to the last byte",
            lambda: sum(
                len(c) for c in national_client.get(people_xlsx).streaming_content
            ),
            runs=1,
            warm_up=False,
            extra="the workbook is complete before its first byte (XlsxWriter)",
        )
    )

    everyone = enrolments_for_office(office=national)

    def first(limit: int):
        """The export rows of the first ``limit`` enrolments (by id)."""
        cutoff = everyone.order_by("pk").values_list("pk", flat=True)[limit - 1]
        return enrolment_export_rows(enrolments=everyone.filter(pk__lte=cutoff))

    for fmt in ("csv", "xlsx"):
        for limit in (10_000, 100_000):
            peak, count, seconds = _peak_export(first, limit, fmt)
            section.measures.append(
                Measure(
                    name=f"export {fmt.upper()} of {count:,} rows: peak Python memory",
                    runs=1,
                    median_ms=seconds * 1000,
                    p95_ms=seconds * 1000,
                    extra=f"peak {peak:.1f} MB (tracemalloc; timed with it on, slower)",
                )
            )
    return section


def _ok(response) -> None:
    assert response.status_code == 200, response.status_code


def main() -> int:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    section = measure_here(learners=LEARNERS, rows=ROWS)
    sys.stdout.write(
        json.dumps(
            {
                "title": section.title,
                "target": section.target,
                "measures": [asdict(m) for m in section.measures],
                "notes": section.notes,
            }
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.bench")
    sys.exit(main())
