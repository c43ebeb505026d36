"""Nominations by DPK offices: reading files, every row error, preview that saves
nothing, the all-or-nothing import, one-by-one nomination, templates, office scope,
emails and account activation."""

import csv
import datetime
import io
import re
import time

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from openpyxl import Workbook, load_workbook

from courses import tasks
from courses.models import (
    Cohort,
    Enrolment,
    EnrolmentEvent,
    Institution,
    NominationImport,
    Office,
    Profile,
    Region,
    RegionQuota,
    User,
)
from courses.nominations_file import (
    COLUMN_KEYS,
    EXAMPLE_VALUES,
    MAX_ROWS,
    NominationFileInvalid,
    nomination_file_read,
    row_error_text,
    template_csv,
)
from courses.roles import OFFICE_STAFF, role_groups_ensure
from courses.services.nominations import (
    NominationImportHasErrors,
    NominationImportNotPending,
    NominationRowInvalid,
    nomination_import_confirm,
    nomination_import_preview,
    nomination_rows_check,
    nomination_single_create,
)
from courses.tasks import nominations as nominations_tasks
from tests.factories import (
    DEMO_FREE_PASSWORD,
    InstitutionFactory,
    ProfileFactory,
    UserFactory,
)
from tests.factories_cohorts import CohortFactory

S = Enrolment.Status


# --- Helpers ------------------------------------------------------------------------


def make_office(code: str = "62.71", username: str = "dpk-uji") -> Office:
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


def staff_of(office: Office) -> User:
    return office.staff.get()


def person(n: int = 1, **overrides) -> dict[str, str]:
    values = {
        "nama_lengkap": f"Rahmat Hidayat {n}, S.Sos.",
        "email": f"rahmat{n}@palangkaraya.go.id",
        "nip": f"1985031520100{n:05d}"[:18],
        "jabatan": "Arsiparis Ahli Pertama",
        "pangkat_golongan": "Penata Muda (III/a)",
        "jenis_kelamin": "L",
        "telepon": "081250001111",
        "instansi": "Dinas Pendidikan Kota Palangka Raya",
        "jenis_instansi": "perangkat_daerah",
        "kode_wilayah": "62.71",
    }
    return {**values, **overrides}


def rows_of(*people: dict) -> list[dict]:
    return [
        {"line": line, "values": values} for line, values in enumerate(people, start=2)
    ]


def csv_bytes(*people: dict, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(COLUMN_KEYS)
    for values in people:
        writer.writerow([values.get(key, "") for key in COLUMN_KEYS])
    return out.getvalue().encode(encoding)


def codes(row: dict) -> list[str]:
    return [error["code"] for error in row["errors"]]


def counts() -> tuple[int, ...]:
    return (
        User.objects.count(),
        Profile.objects.count(),
        Institution.objects.count(),
        Enrolment.objects.count(),
        EnrolmentEvent.objects.count(),
    )


@pytest.fixture
def office(regions) -> Office:
    return make_office()


@pytest.fixture
def cohort(db) -> Cohort:
    return CohortFactory()


@pytest.fixture
def office_client(office) -> Client:
    client = Client()
    client.force_login(staff_of(office))
    return client


def upload(client: Client, cohort: Cohort, name: str, content: bytes):
    return client.post(
        reverse("courses:nomination_upload", args=[cohort.pk]),
        {"file": SimpleUploadedFile(name, content)},
    )


def profile_in(code: str, **fields) -> Profile:
    """An existing person whose institution lies in region ``code``."""
    region = Region.objects.get(code=code)
    return ProfileFactory(institution=InstitutionFactory(region=region), **fields)


# --- Reading files ------------------------------------------------------------------


def test_comma_and_semicolon_csv_read_the_same():
    people = [person(1), person(2, nama_lengkap="Dra. Siti Aminah, M.Si.")]

    comma = nomination_file_read(name="a.csv", content=csv_bytes(*people))
    semicolon = nomination_file_read(
        name="a.csv", content=csv_bytes(*people, delimiter=";")
    )

    assert comma == semicolon
    assert [row["line"] for row in comma] == [2, 3]
    assert comma[1]["values"]["nama_lengkap"] == "Dra. Siti Aminah, M.Si."


def test_cp1252_csv_from_old_excel_is_read():
    content = csv_bytes(person(1, nama_lengkap="Drs. Andi Ma’ruf"), encoding="cp1252")

    [row] = nomination_file_read(name="usulan.csv", content=content)

    assert row["values"]["nama_lengkap"] == "Drs. Andi Ma’ruf"


def test_values_are_normalised():
    content = csv_bytes(
        person(
            1,
            email=" Rahmat1@PalangkaRaya.go.id ",
            nip="19850315 201001 1 001",
            jenis_kelamin="perempuan",
            jenis_instansi="Perguruan Tinggi",
            kode_wilayah="62,71",
        ),
        person(2, kode_wilayah="62.1"),
    )

    first, second = nomination_file_read(name="a.csv", content=content)

    assert first["values"]["email"] == "rahmat1@palangkaraya.go.id"
    assert first["values"]["nip"] == "198503152010011001"
    assert first["values"]["jenis_kelamin"] == "P"
    assert first["values"]["jenis_instansi"] == "perguruan_tinggi"
    assert first["values"]["kode_wilayah"] == "62.71"
    assert second["values"]["kode_wilayah"] == "62.10"


def test_xlsx_is_read_with_numbers_turned_back_into_text():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama Lengkap*", *COLUMN_KEYS[1:], "catatan"])
    sheet.append([None] * 11)  # blank rows are skipped, line numbers kept
    values = person(1)
    sheet.append(
        [
            *[values[key] for key in COLUMN_KEYS[:9]],
            62.71,
            "abaikan",
        ]
    )
    # What Excel stores when a NIP is typed into a number cell: a float that has
    # already lost its last digits; and 62.10 typed as a number.
    sheet.append(
        [
            *[person(2)[key] for key in COLUMN_KEYS[:2]],
            1.97805122005012e17,
            *[person(2)[key] for key in COLUMN_KEYS[3:9]],
            62.1,
        ]
    )
    out = io.BytesIO()
    workbook.save(out)

    first, second = nomination_file_read(name="usulan.xlsx", content=out.getvalue())

    assert first["line"] == 3
    assert first["values"] == values
    assert second["values"]["nip"] == "1.97805122005012e+17"
    assert second["values"]["kode_wilayah"] == "62.10"
    assert "nip_as_number" in [e["code"] for e in _field_errors(second)]


def _field_errors(row: dict) -> list[dict]:
    from courses.nominations_file import row_field_errors

    return row_field_errors(row["values"])


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("usulan.pdf", b"%PDF-1.4 ...", "CSV or XLSX"),
        ("usulan.csv", b"", "empty"),
        ("usulan.csv", b"\xef\xbb\xbf\r\n\r\n", "empty"),
        ("usulan.csv", b"nama_lengkap,email\nSiti,s@x.id\n", "Missing"),
        ("usulan.csv", ",".join(COLUMN_KEYS).encode() + b"\n", "no one"),
        ("usulan.csv", b"nama_lengkap;email\n\x81\x8d\x8f\n", "cannot be read"),
        ("usulan.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xls"),
        ("usulan.xlsx", b"PK\x03\x04 not really a zip", "XLSX"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(name, content, fragment):
    with translation.override("en"):
        with pytest.raises(NominationFileInvalid) as error:
            nomination_file_read(name=name, content=content)
        message = str(error.value.message)  # lazy: translate while English is active

    assert fragment in message


def test_more_than_the_row_limit_is_refused():
    header = ",".join(COLUMN_KEYS) + "\n"
    line = ",".join(person(1)[key] for key in COLUMN_KEYS) + "\n"
    content = (header + line * (MAX_ROWS + 1)).encode()

    with pytest.raises(NominationFileInvalid):
        nomination_file_read(name="besar.csv", content=content)


def test_a_file_over_10_mb_is_refused():
    with pytest.raises(NominationFileInvalid):
        nomination_file_read(name="besar.csv", content=b"a" * (10 * 1024 * 1024 + 1))


# --- Row checks, one per error kind -------------------------------------------------


def check(office, cohort, *people) -> list[dict]:
    return nomination_rows_check(
        office=office, cohort=cohort, rows=rows_of(*people_normalised(people))
    )


def people_normalised(people) -> list[dict]:
    from courses.nominations_file import row_normalise

    return [row_normalise(values) for values in people]


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"nama_lengkap": ""}, "required"),
        ({"instansi": ""}, "required"),
        ({"email": "rahmat.palangkaraya.go.id"}, "email"),
        ({"nip": "12345"}, "nip"),
        ({"nip": "19850315201001100X"}, "nip"),
        ({"nip": "1.98503E+17"}, "nip_as_number"),
        ({"jenis_kelamin": "X"}, "sex"),
        ({"jenis_instansi": "koperasi"}, "institution_type"),
        ({"kode_wilayah": "Palangka Raya"}, "region_code"),
        ({"kode_wilayah": "62.99"}, "region_unknown"),
        ({"kode_wilayah": "64.72"}, "region_outside"),
        ({"jabatan": "x" * 151}, "too_long"),
        (
            {"nip": EXAMPLE_VALUES["nip"], "email": EXAMPLE_VALUES["email"]},
            "example_row",
        ),
    ],
)
def test_row_error(office, cohort, overrides, code):
    [row] = check(office, cohort, person(1, **overrides))

    assert code in codes(row)


def test_a_valid_row_has_no_error_and_no_match(office, cohort):
    [row] = check(office, cohort, person(1))

    assert row["errors"] == []
    assert row["user_id"] is None


def test_same_nip_or_email_twice_in_a_file(office, cohort):
    rows = check(
        office,
        cohort,
        person(1),
        person(2, nip=person(1)["nip"]),
        person(3, email="RAHMAT1@palangkaraya.go.id"),
    )

    assert codes(rows[0]) == []
    assert rows[1]["errors"] == [
        {"field": "nip", "code": "duplicate_nip", "params": {"line": 2}}
    ]
    assert codes(rows[2]) == ["duplicate_email"]


def test_two_rows_that_resolve_to_the_same_account(office, cohort):
    existing = profile_in("62.71", nip=person(1)["nip"])
    rows = check(
        office,
        cohort,
        person(1, email="lain@palangkaraya.go.id", nip=existing.nip),
        person(2, email=existing.user.email, nip=""),
    )

    assert rows[0]["user_id"] == existing.user_id
    assert codes(rows[1]) == ["duplicate_person"]


def test_existing_people_match_by_nip_first_then_by_email(office, cohort):
    by_nip = profile_in("62.71", nip=person(1)["nip"])
    by_email = profile_in("62.71", user__email="rahmat2@palangkaraya.go.id")

    rows = check(
        office,
        cohort,
        person(1, email="baru@palangkaraya.go.id"),
        person(2, email="Rahmat2@PalangkaRaya.go.id", nip=""),
    )

    assert [row["user_id"] for row in rows] == [by_nip.user_id, by_email.user_id]
    assert all(row["errors"] == [] for row in rows)


def test_nip_of_one_account_and_email_of_another_is_a_conflict(office, cohort):
    profile_in("62.71", nip=person(1)["nip"])
    other = profile_in("62.71")

    [row] = check(office, cohort, person(1, email=other.user.email))

    assert codes(row) == ["conflict"]


def test_email_of_an_account_with_another_nip_is_a_conflict(office, cohort):
    other = profile_in("62.71", nip="199001012015031001")

    [row] = check(office, cohort, person(1, email=other.user.email))

    assert codes(row) == ["conflict_nip"]


def test_existing_person_registered_outside_the_office_region(office, cohort):
    samarinda = profile_in("64.72", nip=person(1)["nip"])

    [row] = check(office, cohort, person(1, nip=samarinda.nip))

    assert codes(row) == ["person_outside"]


def test_deactivated_account_cannot_be_nominated(office, cohort):
    inactive = profile_in("62.71", nip=person(1)["nip"], user__is_active=False)

    [row] = check(office, cohort, person(1, nip=inactive.nip))

    assert codes(row) == ["inactive"]


def test_person_already_in_the_cohort(office, cohort):
    enrolled = profile_in("62.71", nip=person(1)["nip"])
    Enrolment.objects.create(cohort=cohort, learner=enrolled.user, status=S.WITHDRAWN)

    [row] = check(office, cohort, person(1))

    assert row["errors"] == [
        {"field": "", "code": "already_enrolled", "params": {"status": "withdrawn"}}
    ]


def test_rows_beyond_the_free_seats_are_cohort_full(office):
    cohort = CohortFactory(capacity=4)
    for status in (S.REQUESTED, S.WAITLISTED, S.REJECTED, S.WITHDRAWN):
        Enrolment.objects.create(
            cohort=cohort, learner=ProfileFactory().user, status=status
        )

    rows = check(office, cohort, person(1), person(2, nip="x"), person(3), person(4))

    # Two seats free (requested and waiting-listed people claim theirs); the row
    # with an error does not take one.
    assert [codes(row) for row in rows] == [[], ["nip"], [], ["cohort_full"]]
    assert rows[3]["errors"][0]["params"] == {"seats": 2}


def test_a_full_region_quota(office):
    cohort = CohortFactory()
    RegionQuota.objects.create(cohort=cohort, region_id="62.71", seats=1)

    rows = check(office, cohort, person(1), person(2))

    assert [codes(row) for row in rows] == [[], ["region_quota"]]


def test_row_errors_read_in_indonesian_and_english():
    error = {"field": "kode_wilayah", "code": "region_unknown", "params": {"code": "9"}}

    with translation.override("en"):
        assert row_error_text(error) == "Region code: Region code 9 does not exist."


# --- Preview saves nothing ----------------------------------------------------------


def test_file_with_bad_rows_is_previewed_with_every_error_and_nothing_saved(
    office, cohort, office_client
):
    profile_in("62.71", nip="199001012015031001")
    before = counts()
    content = csv_bytes(
        person(1),
        person(2, nip="123"),
        person(3, kode_wilayah="64.72"),
        person(4, kode_wilayah="99.99"),
        person(5, email=person(1)["email"]),
        person(6, jenis_instansi="koperasi"),
        delimiter=";",
    )

    response = upload(office_client, cohort, "usulan.csv", content)

    nomination_import = NominationImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "courses:nomination_import", args=[nomination_import.pk]
    )
    assert counts() == before
    assert nomination_import.status == NominationImport.Status.PREVIEWED
    assert (nomination_import.row_count, nomination_import.error_count) == (6, 5)
    assert nomination_import.uploaded_by == staff_of(office)
    page = office_client.get(response["Location"])
    assert page.status_code == 200
    assert not page.context["can_confirm"]
    with translation.override("id"):
        for row in nomination_import.rows[1:]:
            for error in row["errors"]:
                assert escape(row_error_text(error)) in page.text
    all_rows = office_client.get(response["Location"] + "?tampil=semua")
    assert "Rahmat Hidayat 1, S.Sos." in all_rows.text
    assert "Rahmat Hidayat 1, S.Sos." not in page.text  # errors only by default


def test_confirm_is_refused_while_the_preview_has_errors(office, cohort, office_client):
    upload(office_client, cohort, "u.csv", csv_bytes(person(1), person(2, nip="1")))
    nomination_import = NominationImport.objects.get()
    before = counts()

    response = office_client.post(
        reverse("courses:nomination_import_confirm", args=[nomination_import.pk])
    )

    assert response.status_code == 302
    assert counts() == before
    nomination_import.refresh_from_db()
    assert nomination_import.status == NominationImport.Status.PREVIEWED
    with pytest.raises(NominationImportHasErrors):
        nomination_import_confirm(
            nomination_import=nomination_import, actor=staff_of(office)
        )


def test_bad_file_is_a_form_error_and_saves_nothing(office, cohort, office_client):
    response = upload(office_client, cohort, "usulan.docx", b"PK-not-a-sheet")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not NominationImport.objects.exists()


# --- Import -------------------------------------------------------------------------


def test_confirm_imports_everyone_all_at_once(
    office, cohort, office_client, django_capture_on_commit_callbacks
):
    existing = profile_in("62.71", nip=person(1)["nip"], user__email="lama@x.id")
    Institution.objects.create(
        name="DINAS PENDIDIKAN KOTA PALANGKA RAYA",
        type=Institution.Type.GOVERNMENT_UNIT,
        region_id="62.71",
    )
    upload(
        office_client,
        cohort,
        "usulan-angkatan-1.csv",
        csv_bytes(
            person(1), person(2), person(3, instansi="SMA Negeri 2 Palangka Raya")
        ),
    )
    nomination_import = NominationImport.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(
            reverse("courses:nomination_import_confirm", args=[nomination_import.pk])
        )

    assert response.status_code == 302
    nomination_import.refresh_from_db()
    assert nomination_import.status == NominationImport.Status.IMPORTED
    assert nomination_import.imported_at is not None
    enrolments = Enrolment.objects.filter(cohort=cohort).order_by("pk")
    assert enrolments.count() == 3
    assert {e.status for e in enrolments} == {S.REQUESTED}
    assert {e.nominated_by for e in enrolments} == {staff_of(office)}
    assert {e.office for e in enrolments} == {office}
    assert enrolments[0].learner == existing.user
    events = EnrolmentEvent.objects.filter(enrolment__cohort=cohort)
    assert [(e.from_status, e.to_status, e.actor) for e in events] == [
        ("", S.REQUESTED, staff_of(office))
    ] * 3
    assert {e.reason for e in events} == {
        "Diusulkan melalui berkas usulan-angkatan-1.csv"
    }
    new = Profile.objects.get(nip=person(2)["nip"])
    assert new.consented_at is None
    assert not new.user.has_usable_password()
    assert new.user.username == "rahmat2"
    assert new.user.email == "rahmat2@palangkaraya.go.id"
    assert new.institution.name == "DINAS PENDIDIKAN KOTA PALANGKA RAYA"  # matched
    assert Institution.objects.filter(name="SMA Negeri 2 Palangka Raya").count() == 1
    existing.refresh_from_db()
    assert existing.user.email == "lama@x.id"  # existing people are left as they are
    # One email each: two invitations with an activation link, one notice.
    assert sorted(m.to[0] for m in mail.outbox) == [
        "lama@x.id",
        "rahmat2@palangkaraya.go.id",
        "rahmat3@palangkaraya.go.id",
    ]
    invitation = next(m for m in mail.outbox if m.to == [new.user.email])
    assert "/dpk/aktivasi/" in invitation.body
    assert (
        "/dpk/aktivasi/"
        not in next(m for m in mail.outbox if m.to == ["lama@x.id"]).body
    )


def test_without_approval_nominations_take_seats_at_once(office):
    cohort = CohortFactory(requires_approval=False, capacity=2)
    nomination_import = nomination_import_preview(
        office=office,
        cohort=cohort,
        actor=staff_of(office),
        filename="u.csv",
        rows=rows_of(*people_normalised([person(1), person(2)])),
    )

    nomination_import_confirm(
        nomination_import=nomination_import, actor=staff_of(office)
    )

    assert set(cohort.enrolments.values_list("status", flat=True)) == {S.APPROVED}
    assert set(EnrolmentEvent.objects.values_list("to_status", flat=True)) == {
        S.APPROVED
    }


def test_confirm_checks_again_and_saves_nothing_when_seats_went_meanwhile(office):
    cohort = CohortFactory(capacity=2)
    nomination_import = nomination_import_preview(
        office=office,
        cohort=cohort,
        actor=staff_of(office),
        filename="u.csv",
        rows=rows_of(*people_normalised([person(1), person(2)])),
    )
    assert nomination_import.error_count == 0
    Enrolment.objects.create(cohort=cohort, learner=ProfileFactory().user)
    before = counts()

    with pytest.raises(NominationImportHasErrors):
        nomination_import_confirm(
            nomination_import=nomination_import, actor=staff_of(office)
        )

    assert counts() == before
    nomination_import.refresh_from_db()
    assert nomination_import.status == NominationImport.Status.PREVIEWED
    assert nomination_import.error_count == 1
    assert codes(nomination_import.rows[1]) == ["cohort_full"]


def test_an_import_is_confirmed_once(office, cohort):
    nomination_import = nomination_import_preview(
        office=office,
        cohort=cohort,
        actor=staff_of(office),
        filename="u.csv",
        rows=rows_of(*people_normalised([person(1)])),
    )
    nomination_import_confirm(
        nomination_import=nomination_import, actor=staff_of(office)
    )

    with pytest.raises(NominationImportNotPending):
        nomination_import_confirm(
            nomination_import=nomination_import, actor=staff_of(office)
        )
    assert Enrolment.objects.count() == 1


def test_confirm_is_refused_once_enrolment_closed(office, cohort):
    from courses.exceptions import EnrolmentClosed

    nomination_import = nomination_import_preview(
        office=office,
        cohort=cohort,
        actor=staff_of(office),
        filename="u.csv",
        rows=rows_of(*people_normalised([person(1)])),
    )
    Cohort.objects.filter(pk=cohort.pk).update(enrolment_closes_at=timezone.now())

    with pytest.raises(EnrolmentClosed):
        nomination_import_confirm(
            nomination_import=nomination_import, actor=staff_of(office)
        )
    assert not Enrolment.objects.exists()


def test_usernames_from_emails_are_unique(office, cohort):
    UserFactory(username="siti")
    rows = [
        person(1, email="siti@kalteng.go.id"),
        person(2, email="SITI@palangkaraya.go.id"),
        person(3, email="+@palangkaraya.go.id"),
    ]
    nomination_import = nomination_import_preview(
        office=office,
        cohort=cohort,
        actor=staff_of(office),
        filename="u.csv",
        rows=rows_of(*people_normalised(rows)),
    )

    nomination_import_confirm(
        nomination_import=nomination_import, actor=staff_of(office)
    )

    assert sorted(
        Profile.objects.filter(nip__startswith="1985").values_list(
            "user__username", flat=True
        )
    ) == ["peserta", "siti2", "siti3"]


def test_ten_thousand_rows_import_and_a_second_file_matches_the_same_people(
    office,
):
    people = [
        person(
            n,
            nip=f"1985031520100{n:05d}",
            email=f"peserta{n}@palangkaraya.go.id",
            instansi=f"Sekolah Uji {n % 50}",
        )
        for n in range(10_000)
    ]
    content = csv_bytes(*people, delimiter=";")
    first, second = CohortFactory(capacity=10_000), CohortFactory(capacity=10_000)
    staff = staff_of(office)
    users_before = User.objects.count()

    start = time.perf_counter()
    rows = nomination_file_read(name="besar.csv", content=content)
    nomination_import = nomination_import_preview(
        office=office, cohort=first, actor=staff, filename="besar.csv", rows=rows
    )
    nomination_import_confirm(nomination_import=nomination_import, actor=staff)
    elapsed = time.perf_counter() - start

    assert elapsed < 60
    assert first.enrolments.count() == 10_000
    assert EnrolmentEvent.objects.filter(enrolment__cohort=first).count() == 10_000
    assert User.objects.count() == users_before + 10_000
    assert Institution.objects.filter(name__startswith="Sekolah Uji").count() == 50

    again = nomination_import_preview(
        office=office, cohort=second, actor=staff, filename="lagi.csv", rows=rows
    )
    assert again.error_count == 0
    assert all(row["user_id"] for row in again.rows)
    nomination_import_confirm(nomination_import=again, actor=staff)
    assert User.objects.count() == users_before + 10_000
    assert Profile.objects.filter(nip__startswith="1985").count() == 10_000
    assert second.enrolments.count() == 10_000


# --- One by one ---------------------------------------------------------------------


def test_one_person_is_nominated_through_the_form(office, cohort, office_client):
    data = person(1, nip="19850315 201001 1 001")

    response = office_client.post(
        reverse("courses:nomination_create", args=[cohort.pk]), data
    )

    assert response.status_code == 302
    enrolment = Enrolment.objects.get(cohort=cohort)
    assert enrolment.learner.profile.nip == "198503152010011001"
    assert enrolment.office == office
    assert enrolment.events.get().reason == "Diusulkan melalui formulir satu per satu"
    assert NominationImport.objects.get().status == NominationImport.Status.IMPORTED


def test_form_shows_row_errors_and_saves_nothing(office, cohort, office_client):
    profile_in("62.71", nip=person(1)["nip"])
    Enrolment.objects.create(
        cohort=cohort, learner=Profile.objects.get(nip=person(1)["nip"]).user
    )
    before = counts()

    response = office_client.post(
        reverse("courses:nomination_create", args=[cohort.pk]), person(1)
    )

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert counts() == before
    assert not NominationImport.objects.exists()


def test_form_offers_only_regions_of_the_office(office, cohort, office_client):
    response = office_client.get(reverse("courses:nomination_create", args=[cohort.pk]))

    choices = [
        code for code, _label in response.context["form"].fields["kode_wilayah"].choices
    ]
    assert choices == ["62.71"]


def test_single_nomination_service_raises_row_errors(office, cohort):
    with pytest.raises(NominationRowInvalid) as error:
        nomination_single_create(
            office=office,
            cohort=cohort,
            actor=staff_of(office),
            values=person(1, nip="123"),
        )

    assert [e["code"] for e in error.value.errors] == ["nip"]


# --- Office scope -------------------------------------------------------------------


def test_palangka_raya_office_cannot_nominate_a_samarinda_person(office, cohort):
    samarinda = person(1, instansi="Universitas Mulawarman", kode_wilayah="64.72")

    with pytest.raises(NominationRowInvalid) as error:
        nomination_single_create(
            office=office, cohort=cohort, actor=staff_of(office), values=samarinda
        )

    assert [e["code"] for e in error.value.errors] == ["region_outside"]


def test_provincial_office_may_nominate_from_its_cities(regions, cohort):
    kalteng = make_office("62", username="dpk-kalteng-uji")

    [row] = check(kalteng, cohort, person(1, kode_wilayah="62.03"))

    assert row["errors"] == []


def test_an_office_cannot_see_or_act_on_another_offices_import(office, cohort):
    kaltim = make_office("64", username="dpk-kaltim-uji")
    theirs = nomination_import_preview(
        office=kaltim,
        cohort=cohort,
        actor=staff_of(kaltim),
        filename="kaltim.csv",
        rows=rows_of(*people_normalised([person(1, kode_wilayah="64.72")])),
    )
    client = Client()
    client.force_login(staff_of(office))

    assert (
        client.get(reverse("courses:nomination_import", args=[theirs.pk])).status_code
        == 404
    )
    for name in (
        "courses:nomination_import_confirm",
        "courses:nomination_import_cancel",
    ):
        assert client.post(reverse(name, args=[theirs.pk])).status_code == 404
    assert "kaltim.csv" not in client.get(reverse("courses:office_home")).text
    theirs.refresh_from_db()
    assert theirs.status == NominationImport.Status.PREVIEWED


def test_office_pages_need_an_office(regions, cohort):
    client = Client()
    assert client.get(reverse("courses:office_home")).status_code == 302
    client.force_login(UserFactory())
    assert client.get(reverse("courses:office_home")).status_code == 403


def test_closed_cohorts_are_not_offered(office, office_client):
    closed = CohortFactory(
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=1)
    )
    open_ = CohortFactory(title="Angkatan II 2026", capacity=3)
    Enrolment.objects.create(cohort=open_, learner=ProfileFactory().user)

    response = office_client.get(reverse("courses:office_home"))

    assert [c.pk for c in response.context["cohorts"]] == [open_.pk]
    assert response.context["cohorts"][0].seats_left == 2
    upload_closed = reverse("courses:nomination_upload", args=[closed.pk])
    assert office_client.get(upload_closed).status_code == 404


def test_home_lists_the_office_imports_with_counts(office, cohort, office_client):
    upload(
        office_client, cohort, "usulan-a.csv", csv_bytes(person(1), person(2, nip="1"))
    )

    response = office_client.get(reverse("courses:office_home"))

    [item] = response.context["imports"]
    assert (item.filename, item.row_count, item.error_count) == ("usulan-a.csv", 2, 1)
    assert "usulan-a.csv" in response.text


def test_cancel_a_previewed_file(office, cohort, office_client):
    upload(office_client, cohort, "u.csv", csv_bytes(person(1)))
    nomination_import = NominationImport.objects.get()

    office_client.post(
        reverse("courses:nomination_import_cancel", args=[nomination_import.pk])
    )

    nomination_import.refresh_from_db()
    assert nomination_import.status == NominationImport.Status.CANCELLED
    assert not Enrolment.objects.exists()


# --- Templates ----------------------------------------------------------------------


def test_xlsx_template_opens_with_header_example_lists_and_guide(office_client):
    response = office_client.get(reverse("courses:nomination_template_xlsx"))

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Usulan", "Petunjuk"]
    sheet = workbook["Usulan"]
    assert [cell.value for cell in sheet[1]] == list(COLUMN_KEYS)
    assert [cell.value for cell in sheet[2]] == [EXAMPLE_VALUES[k] for k in COLUMN_KEYS]
    assert sheet["J2"].value == "62.71"  # the example is in Kalimantan Tengah
    lists = {
        str(v.sqref).split(":")[0][0]: v.formula1
        for v in sheet.data_validations.dataValidation
    }
    assert "perangkat_daerah" in lists["I"]
    assert lists["F"] == '"L,P"'
    assert "Petunjuk" in lists["J"]
    guide_codes = [row[0] for row in workbook["Petunjuk"].iter_rows(values_only=True)]
    assert "62.71" in guide_codes
    assert "nip" in guide_codes
    assert "64.72" not in guide_codes


def test_templates_read_back_and_flag_their_example_row(office, cohort, office_client):
    for name in ("nomination_template_csv", "nomination_template_xlsx"):
        response = office_client.get(reverse(f"courses:{name}"))
        filename = re.search(r'filename="(.+)"', response["Content-Disposition"])[1]
        [row] = nomination_file_read(name=filename, content=response.content)
        assert row["values"] == EXAMPLE_VALUES
        [checked] = check(office, cohort, row["values"])
        assert "example_row" in codes(checked)
    assert template_csv().startswith(b"\xef\xbb\xbf")


# --- Emails and activation ----------------------------------------------------------


def imported(office, cohort, *people) -> NominationImport:
    nomination_import = nomination_import_preview(
        office=office,
        cohort=cohort,
        actor=staff_of(office),
        filename="u.csv",
        rows=rows_of(*people_normalised(people)),
    )
    return nomination_import_confirm(
        nomination_import=nomination_import, actor=staff_of(office)
    )


def test_notification_task_is_idempotent(office, cohort):
    nomination_import = imported(office, cohort, person(1), person(2))

    assert tasks.nomination_import_notify(nomination_import.pk) == 2
    assert tasks.nomination_import_notify(nomination_import.pk) == 0
    assert len(mail.outbox) == 2
    assert "nomination_import_notify" in nominations_tasks.__all__


def test_invited_person_sets_a_password_and_accepts_the_privacy_notice(
    office, cohort, client
):
    imported(office, cohort, person(1))
    tasks.nomination_import_notify(NominationImport.objects.get().pk)
    link = re.search(r"https?://\S+(/dpk/aktivasi/\S+/)", mail.outbox[0].body)[1]
    user = User.objects.get(email="rahmat1@palangkaraya.go.id")

    assert client.get(link).status_code == 200
    refused = client.post(
        link, {"new_password1": DEMO_FREE_PASSWORD, "new_password2": DEMO_FREE_PASSWORD}
    )
    assert refused.status_code == 200  # consent is required
    response = client.post(
        link,
        {
            "new_password1": DEMO_FREE_PASSWORD,
            "new_password2": DEMO_FREE_PASSWORD,
            "accept_privacy": "on",
        },
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(DEMO_FREE_PASSWORD)
    assert user.profile.consented_at is not None
    # The link works once.
    again = client.get(link)
    assert again.context["invalid"]


def test_activation_link_with_a_bad_token_is_refused(office, cohort, client):
    imported(office, cohort, person(1))
    user = User.objects.get(email="rahmat1@palangkaraya.go.id")
    good = default_token_generator.make_token(user)

    response = client.get(
        reverse("courses:account_activate", args=["MQ", good[:-1] + "x"])
    )

    assert response.context["invalid"]
