"""A DPK office nominates three people with a CSV file, on a phone: log in, download
the template, upload, read the preview, confirm, see the import done."""

import datetime
import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Cohort, Enrolment, Institution, NominationImport, Office
from courses.roles import OFFICE_STAFF, role_groups_ensure
from tests.factories import DEMO_FREE_PASSWORD, CourseFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    b"nama_lengkap;email;nip;jabatan;pangkat_golongan;jenis_kelamin;telepon;"
    b"instansi;jenis_instansi;kode_wilayah\n"
    b"Dra. Siti Aminah, M.Si.;siti.aminah@bappeda.palangkaraya.go.id;"
    b"197805122005012004;Arsiparis Ahli Muda;Penata Tingkat I (III/d);P;"
    b"081251234567;Badan Perencanaan Pembangunan Daerah Kota Palangka Raya;"
    b"perangkat_daerah;62.71\n"
    b"Rahmat Hidayat, S.Kom.;rahmat.hidayat@disdik.palangkaraya.go.id;;"
    b"Pengelola Arsip;;L;081349876543;Dinas Pendidikan Kota Palangka Raya;"
    b"perangkat_daerah;62.71\n"
    b"Nur Aisyah, S.IP.;nur.aisyah@sman2palangkaraya.sch.id;;Pustakawan;;P;;"
    b"SMA Negeri 2 Palangka Raya;sekolah;62.71\n"
)


def login_url() -> str:
    try:
        return reverse("account_login")
    except NoReverseMatch:
        return reverse("login")


def office_user():
    role_groups_ensure()
    institution = Institution.objects.create(
        name="Dinas Perpustakaan dan Kearsipan Kota Palangka Raya",
        type=Institution.Type.DPK,
        region_id="62.71",
    )
    office = Office.objects.create(institution=institution, region_id="62.71")
    user = UserFactory(username="dpk-palangkaraya-uji", email="dpk@palangkaraya.go.id")
    user.groups.add(role_groups_ensure()[OFFICE_STAFF])
    office.staff.add(user)
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=True
        )
    return user


def test_office_nominates_three_people_with_a_csv_file_on_a_phone(
    live_server, phone_page, artifacts_dir
):
    call_command("loaddata", "regions", verbosity=0)
    user = office_user()
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=CourseFactory(title="Pengelolaan Arsip Dinamis Konvensional"),
        title="Angkatan I 2026",
        starts_on=today + datetime.timedelta(days=14),
        ends_on=today + datetime.timedelta(days=17),
        venue="Aula DPK Provinsi Kalimantan Tengah, Palangka Raya",
        capacity=30,
    )
    page = phone_page

    home = reverse("courses:office_home")
    page.goto(f"{live_server.url}{login_url()}?next={home}")
    page.locator("input[name=login], input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(DEMO_FREE_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}{home}")
    assert page.get_by_text("Pengelolaan Arsip Dinamis Konvensional").is_visible()
    page.screenshot(path=artifacts_dir / "office-home-phone.png", full_page=True)

    template = reverse("courses:nomination_template_xlsx")
    with page.expect_download() as download_info:
        page.locator(f"a[href='{template}']").first.click()
    download = download_info.value
    assert download.suggested_filename == "templat-usulan.xlsx"
    workbook = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))
    assert workbook.sheetnames == ["Usulan", "Petunjuk"]

    page.locator(
        f"a[href='{reverse('courses:nomination_upload', args=[cohort.pk])}']"
    ).click()
    page.locator("input[type=file]").set_input_files(
        files=[
            {"name": "usulan-palangkaraya.csv", "mimeType": "text/csv", "buffer": CSV}
        ]
    )
    page.locator("main form button[type=submit]").click()

    nomination_import = NominationImport.objects.get()
    page.wait_for_url(
        f"{live_server.url}"
        f"{reverse('courses:nomination_import', args=[nomination_import.pk])}"
    )
    assert (nomination_import.row_count, nomination_import.error_count) == (3, 0)
    assert page.locator("main ol.list-group > li").count() == 3
    assert page.get_by_text("Dra. Siti Aminah, M.Si.").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not Enrolment.objects.exists()
    page.screenshot(path=artifacts_dir / "office-preview-phone.png", full_page=True)

    page.locator("form[action$='/konfirmasi/'] button").click()
    page.wait_for_load_state()

    nomination_import.refresh_from_db()
    assert nomination_import.status == NominationImport.Status.IMPORTED
    assert Enrolment.objects.filter(cohort=cohort, office__isnull=False).count() == 3
    assert page.locator(".badge.text-bg-success").first.is_visible()
    assert page.locator("form[action$='/konfirmasi/']").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "office-import-done-phone.png", full_page=True)
