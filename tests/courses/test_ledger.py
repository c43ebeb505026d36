"""JP ledger: a person's completed trainings per year, the office's report of civil
servants below 20 JP a year and its downloads, all kept to the office's region."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Enrolment, Institution, Office, Region
from courses.roles import OFFICE_STAFF, role_groups_ensure
from courses.selectors.ledger import jp_below_target_for, jp_ledger_for
from tests.factories import (
    CourseFactory,
    InstitutionFactory,
    ProfileFactory,
    UserFactory,
)
from tests.factories_cohorts import CohortFactory, EnrolmentFactory

S = Enrolment.Status


def make_office(code: str, username: str) -> Office:
    region = Region.objects.get(code=code)
    institution = Institution.objects.create(
        name=f"Dinas Perpustakaan dan Kearsipan {region.name}",
        type=Institution.Type.DPK,
        region=region,
    )
    office = Office.objects.create(institution=institution, region=region)
    user = UserFactory(username=username)
    user.groups.add(role_groups_ensure()[OFFICE_STAFF])
    office.staff.add(user)
    return office


def client_of(office: Office) -> Client:
    client = Client()
    client.force_login(office.staff.get())
    return client


def person_in(code: str, nip: str = "", name: str = "Peserta"):
    institution = InstitutionFactory(region=Region.objects.get(code=code))
    return ProfileFactory(full_name=name, nip=nip, institution=institution).user


def completed(learner, *, jp: str, ends_on: date, status=S.COMPLETED) -> Enrolment:
    cohort = CohortFactory(
        course=CourseFactory(jp=Decimal(jp)),
        starts_on=ends_on.replace(day=1),
        ends_on=ends_on,
    )
    return EnrolmentFactory(cohort=cohort, learner=learner, status=status)


@pytest.fixture
def world(regions):
    """Offices of Kota Palangka Raya (62.71), Kalimantan Tengah (62) and Kalimantan
    Timur (64), with civil servants and others in 62.71, 62.01 and 64.72."""
    offices = {
        "62.71": make_office("62.71", "dpk-palangkaraya"),
        "62": make_office("62", "dpk-kalteng"),
        "64": make_office("64", "dpk-kaltim"),
    }
    siti = person_in("62.71", "198503152010012001", "Siti Aminah, S.Sos.")
    completed(siti, jp="12", ends_on=date(2025, 3, 10))
    completed(siti, jp="6.5", ends_on=date(2025, 11, 30))
    completed(siti, jp="24", ends_on=date(2026, 2, 5))
    completed(siti, jp="30", ends_on=date(2025, 6, 1), status=S.NOT_COMPLETED)
    budi = person_in("62.71", "198703202011011002", "Budi Santoso")
    completed(budi, jp="20", ends_on=date(2025, 12, 31))
    rina = person_in("62.71", "199001012015032003", "Rina Wulandari")  # nothing
    no_nip = person_in("62.71", "", "Tanpa NIP")
    completed(no_nip, jp="2", ends_on=date(2025, 5, 1))
    kabupaten = person_in("62.01", "198001012005011004", "Ahmad Kotawaringin")
    completed(kabupaten, jp="8", ends_on=date(2025, 4, 1))
    samarinda = person_in("64.72", "198201012006041005", "Dewi Samarinda")
    completed(samarinda, jp="4", ends_on=date(2025, 4, 1))
    return {
        "offices": offices,
        "siti": siti,
        "budi": budi,
        "rina": rina,
        "no_nip": no_nip,
        "kabupaten": kabupaten,
        "samarinda": samarinda,
    }


def test_ledger_groups_completed_trainings_by_the_year_the_cohort_ended(world):
    years = jp_ledger_for(learner=world["siti"])
    assert [y.year for y in years] == [2026, 2025]
    assert years[0].total_jp == Decimal("24")
    assert years[1].total_jp == Decimal("18.5")  # 12 + 6.5; not-completed 30 left out
    assert len(years[1].entries) == 2
    assert years[1].shortfall == Decimal("1.5")
    assert years[0].meets_target and not years[1].meets_target


def expected_below(year: int, people: list) -> dict[str, Decimal]:
    """Independently: sum JP of completed enrolments ending in ``year``."""
    result = {}
    for user in people:
        if not user.profile.nip:
            continue
        total = sum(
            (
                e.cohort.course.jp
                for e in Enrolment.objects.filter(learner=user, status=S.COMPLETED)
                if e.cohort.ends_on.year == year
            ),
            Decimal("0"),
        )
        if total < 20:
            result[user.profile.nip] = total
    return result


def test_below_target_report_sums_in_the_database_within_the_region(world):
    city, province = world["offices"]["62.71"], world["offices"]["62"]
    got = {p.nip: p.jp_year for p in jp_below_target_for(office=city, year=2025)}
    city_people = [world[k] for k in ("siti", "budi", "rina", "no_nip")]
    assert got == expected_below(2025, city_people)
    assert got == {
        "198503152010012001": Decimal("18.5"),
        "199001012015032003": Decimal("0"),
    }
    shortfall = {
        p.nip: p.shortfall for p in jp_below_target_for(office=city, year=2025)
    }
    assert shortfall["199001012015032003"] == Decimal("20")

    got = {p.nip for p in jp_below_target_for(office=province, year=2025)}
    assert got == {
        "198503152010012001",
        "199001012015032003",
        "198001012005011004",
    }
    # 2026: Siti has 24, everyone else of the city nothing.
    got = {p.nip for p in jp_below_target_for(office=city, year=2026)}
    assert got == {"198703202011011002", "199001012015032003"}


def test_report_page_and_downloads_never_show_another_province(world):
    city = world["offices"]["62.71"]
    client = client_of(city)
    response = client.get(reverse("courses:office_jp_report"), {"tahun": 2025})
    assert response.status_code == 200
    content = response.content.decode()
    assert "198503152010012001" in content
    assert "198201012006041005" not in content  # Samarinda
    assert "198001012005011004" not in content  # another kabupaten of 62

    response = client.get(
        reverse("courses:office_jp_report_export", args=["csv"]), {"tahun": 2025}
    )
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == [
        "199001012015032003",
        "198503152010012001",
    ]
    assert rows[2][4] == "18.5" and rows[2][5] == "1.5"

    response = client.get(
        reverse("courses:office_jp_report_export", args=["xlsx"]), {"tahun": 2025}
    )
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert [row[1] for row in values[1:]] == [
        "199001012015032003",
        "198503152010012001",
    ]
    assert values[1][4] == 0 and values[1][5] == 20

    response = client.get(reverse("courses:office_jp_report_export", args=["pdf"]))
    assert response.status_code == 404


def test_office_sees_a_persons_ledger_only_within_its_region(world):
    city, kaltim = world["offices"]["62.71"], world["offices"]["64"]
    url = reverse("courses:office_person_ledger", args=[world["siti"].pk])
    response = client_of(city).get(url)
    assert response.status_code == 200
    assert 'data-year="2025"' in response.content.decode()
    assert client_of(kaltim).get(url).status_code == 404
    samarinda = reverse("courses:office_person_ledger", args=[world["samarinda"].pk])
    assert client_of(city).get(samarinda).status_code == 404
    assert client_of(kaltim).get(samarinda).status_code == 200


def test_office_search_finds_only_people_of_its_region(world):
    response = client_of(world["offices"]["62.71"]).get(
        reverse("courses:office_jp_report"), {"cari": "Samarinda"}
    )
    assert "Dewi Samarinda" not in response.content.decode()
    response = client_of(world["offices"]["64"]).get(
        reverse("courses:office_jp_report"), {"cari": "Samarinda"}
    )
    assert "Dewi Samarinda" in response.content.decode()


def test_learner_sees_own_ledger_and_learners_cannot_open_office_pages(world):
    client = Client()
    client.force_login(world["siti"])
    response = client.get(reverse("courses:my_jp_ledger"))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'data-total-jp="18.5"' in content and 'data-total-jp="24.0"' in content
    assert client.get(reverse("courses:office_jp_report")).status_code == 403


def test_bad_year_falls_back_to_this_year(world):
    response = client_of(world["offices"]["62.71"]).get(
        reverse("courses:office_jp_report"), {"tahun": "dua ribu"}
    )
    assert response.status_code == 200
    assert response.context["year"] == timezone.localdate().year


def test_report_page_reads_a_fixed_number_of_queries(world):
    client = client_of(world["offices"]["62"])
    url = reverse("courses:office_jp_report")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, {"tahun": 2025}).status_code == 200
        return len(captured)

    before = queries()
    for n in range(8):
        person_in("62.71", f"19900101201503{n:04d}", f"Tambahan {n}")
    assert queries() == before


# --- downloads of a person's ledger, administrators, reading in chunks --------------


def ledger_rows_of(response) -> list[list[str]]:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def expected_ledger(learner) -> list[tuple]:
    """Independently: completed enrolments, most recent last day first, each with
    the total JP of its year."""
    done = [
        e
        for e in Enrolment.objects.filter(learner=learner).select_related(
            "cohort__course"
        )
        if e.status == S.COMPLETED
    ]
    totals: dict[int, Decimal] = {}
    for e in done:
        year = e.cohort.ends_on.year
        totals[year] = totals.get(year, Decimal("0")) + e.cohort.course.jp
    done.sort(key=lambda e: e.cohort.ends_on, reverse=True)
    return [
        (
            str(e.cohort.ends_on.year),
            e.cohort.course.code,
            e.cohort.ends_on.isoformat(),
            str(e.cohort.course.jp),
            str(totals[e.cohort.ends_on.year]),
        )
        for e in done
    ]


def test_learner_downloads_own_ledger(world):
    client = Client()
    client.force_login(world["siti"])
    page = client.get(reverse("courses:my_jp_ledger")).content.decode()
    assert 'data-export="ledger-csv"' in page
    rows = ledger_rows_of(
        client.get(reverse("courses:my_jp_ledger_export", args=["csv"]))
    )
    assert len(rows[0]) == 8
    got = [(r[0], r[1], r[5], r[6], r[7]) for r in rows[1:]]
    assert got == expected_ledger(world["siti"])
    assert [r[7] for r in rows[1:]] == ["24.0", "18.5", "18.5"]
    response = client.get(reverse("courses:my_jp_ledger_export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert [row[6] for row in values[1:]] == [24, 6.5, 12]
    assert (
        client.get(reverse("courses:my_jp_ledger_export", args=["pdf"])).status_code
        == 404
    )


def test_office_downloads_a_persons_ledger_within_its_region_only(world):
    city, kaltim = world["offices"]["62.71"], world["offices"]["64"]
    siti = world["siti"]
    page = client_of(city).get(reverse("courses:office_person_ledger", args=[siti.pk]))
    assert 'data-export="ledger-xlsx"' in page.content.decode()
    url = reverse("courses:office_person_ledger_export", args=[siti.pk, "csv"])
    rows = ledger_rows_of(client_of(city).get(url))
    assert [(r[0], r[1], r[5], r[6], r[7]) for r in rows[1:]] == expected_ledger(siti)
    assert client_of(kaltim).get(url).status_code == 404
    samarinda = reverse(
        "courses:office_person_ledger_export", args=[world["samarinda"].pk, "xlsx"]
    )
    assert client_of(city).get(samarinda).status_code == 404
    assert client_of(kaltim).get(samarinda).status_code == 200


def test_administrator_without_office_sees_the_national_report(world):
    admin = UserFactory(username="admin-jp", is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(admin)
    response = client.get(reverse("courses:office_jp_report"), {"tahun": 2025})
    assert response.status_code == 200
    nips = {p.nip for p in response.context["page"]}
    everyone = [world[k] for k in ("siti", "budi", "rina", "no_nip", "kabupaten")]
    everyone.append(world["samarinda"])
    assert nips == set(expected_below(2025, everyone))
    assert "198201012006041005" in nips  # Samarinda (64) with Palangka Raya (62.71)
    response = client.get(
        reverse("courses:office_jp_report_export", args=["csv"]), {"tahun": 2025}
    )
    rows = ledger_rows_of(response)
    assert {r[1] for r in rows[1:]} == nips
    url = reverse("courses:office_person_ledger", args=[world["samarinda"].pk])
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("chunk", [1, 2, 2000])
def test_report_download_reads_in_chunks_in_the_pages_order(world, monkeypatch, chunk):
    """The export continues after the last row read (JP, name, id): the same rows,
    in the same order, whatever the size of a chunk."""
    from courses.selectors import monitoring
    from courses.selectors.ledger import jp_below_target_rows

    province = world["offices"]["62"]
    for n in range(3):  # same JP and same name: only the id tells them apart
        person_in("62.71", f"19900101201503{n:04d}", "Nama Sama")
    monkeypatch.setattr(monitoring, "EXPORT_CHUNK_ROWS", chunk)
    got = list(jp_below_target_rows(office=province, year=2025))
    wanted = [
        (p.nip, p.jp_year) for p in jp_below_target_for(office=province, year=2025)
    ]
    assert [(row[1], row[4]) for row in got] == wanted
    assert len(wanted) == 6


@pytest.mark.django_db(transaction=True)
def test_another_connection_writes_while_the_report_download_is_paused(
    regions, monkeypatch
):
    from courses.selectors import monitoring
    from courses.selectors.ledger import jp_below_target_rows
    from tests.courses.test_monitoring import write_from_another_connection

    office = make_office("62", "dpk-kalteng")
    for n in range(4):
        person_in("62.71", f"19900101201503{n:04d}", f"Peserta {n}")
    CohortFactory()  # something for the other connection to update
    monkeypatch.setattr(monitoring, "EXPORT_CHUNK_ROWS", 1)
    rows = jp_below_target_rows(office=office, year=2025)
    first = next(rows)
    write_from_another_connection()
    assert len([first, *rows]) == 4
