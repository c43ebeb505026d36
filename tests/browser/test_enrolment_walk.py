"""The whole enrolment path in a browser, on phones: a DPK office nominates by file,
the trainer approves, the nominated learner activates their account, signs in,
studies a lesson, and is marked present at the session."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.models import Attendance, Cohort, Enrolment, LessonProgress, Session
from courses.roles import TRAINER, role_groups_ensure
from courses.services.people import email_address_verify
from tests.browser.test_office_nominations import office_user
from tests.conftest import PHONE
from tests.factories import DEMO_FREE_PASSWORD, UserFactory, course_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    b"nama_lengkap;email;nip;jabatan;pangkat_golongan;jenis_kelamin;telepon;"
    b"instansi;jenis_instansi;kode_wilayah\n"
    b"Fransiska Dewi Lestari, S.Hum.;fransiska.dewi@arsip.palangkaraya.go.id;"
    b"199004182015032006;Arsiparis Ahli Pertama;Penata Muda Tingkat I (III/b);P;"
    b"081255501234;Dinas Perpustakaan dan Kearsipan Kota Palangka Raya;dpk;62.71\n"
)
PASSWORD = "Sandi-Baru-2026!"


def _log_in(page, base: str, username: str, password: str, next_url: str) -> None:
    page.goto(f"{base}{reverse('account_login')}?next={next_url}")
    page.locator("input[name=login]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{base}{next_url}")


def test_office_nominates_trainer_approves_learner_studies_and_is_present(
    live_server, browser, artifacts_dir
):
    call_command("loaddata", "regions", verbosity=0)
    _, course_page, _, lessons = course_tree(modules=1, lessons_per_module=2)
    now = timezone.now()
    cohort = Cohort.objects.create(
        course=course_page.course,
        title="Angkatan I 2026",
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate() + datetime.timedelta(days=3),
        venue="Aula DPK Kota Palangka Raya",
        capacity=30,
        requires_post_test=False,
    )
    session = Session.objects.create(
        cohort=cohort,
        topic="Klasifikasi arsip",
        starts_at=now - datetime.timedelta(minutes=10),
        ends_at=now + datetime.timedelta(hours=2),
    )
    trainer = UserFactory(username="pelatih-uji", email="pelatih@contoh.go.id")
    trainer.groups.add(role_groups_ensure()[TRAINER])
    email_address_verify(user=trainer)
    cohort.trainers.add(trainer)
    office = office_user()
    base = live_server.url

    def phone():
        return browser.new_context(viewport=PHONE, locale="id-ID").new_page()

    # 1. The office nominates with a file: preview, then confirm.
    page = phone()
    _log_in(
        page, base, office.username, DEMO_FREE_PASSWORD, reverse("courses:office_home")
    )
    page.goto(base + reverse("courses:nomination_upload", args=[cohort.pk]))
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "usulan.csv", "mimeType": "text/csv", "buffer": CSV}]
    )
    page.locator("main form button[type=submit]").click()
    page.locator("form[action$='/konfirmasi/'] button").click()
    page.wait_for_load_state()
    enrolment = Enrolment.objects.get(cohort=cohort)
    assert enrolment.status == Enrolment.Status.REQUESTED
    page.screenshot(path=artifacts_dir / "walk-1-office.png", full_page=True)

    # 2. The trainer approves on the cohort roster.
    page = phone()
    cohort_url = reverse("courses:trainer_cohort", args=[cohort.pk])
    _log_in(page, base, trainer.username, DEMO_FREE_PASSWORD, cohort_url)
    page.locator(f"form[action$='/pendaftaran/{enrolment.pk}/setujui/'] button").click()
    page.wait_for_url(base + cohort_url)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.APPROVED
    page.screenshot(path=artifacts_dir / "walk-2-trainer.png", full_page=True)

    # 3. The learner activates the account from the invitation, signs in, studies.
    invitation = next(m for m in mail.outbox if "/dpk/aktivasi/" in m.body)
    link = re.search(r"https?://\S+/dpk/aktivasi/\S+/", invitation.body).group(0)
    page = phone()
    page.goto(base + link[link.index("/dpk/aktivasi/") :])
    page.locator("input[name=new_password1]").fill(PASSWORD)
    page.locator("input[name=new_password2]").fill(PASSWORD)
    consent = page.locator("input[type=checkbox]")
    if consent.count():
        consent.first.check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    username = enrolment.learner.username
    _log_in(page, base, username, PASSWORD, reverse("courses:my_courses"))
    assert page.get_by_text(course_page.course.title).first.is_visible()
    page.goto(base + lessons[0].url)
    page.locator(
        f"form[action='{reverse('courses:lesson_complete', args=[lessons[0].pk])}'] button"
    ).click()
    page.wait_for_url(base + lessons[1].url)
    page.screenshot(path=artifacts_dir / "walk-3-learner.png", full_page=True)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE
    assert LessonProgress.objects.get(
        enrolment=enrolment, lesson=lessons[0]
    ).completed_at

    # 4. The trainer marks the learner present on the session roster.
    page = phone()
    roster_url = reverse("courses:attendance_roster", args=[session.pk])
    _log_in(page, base, trainer.username, DEMO_FREE_PASSWORD, roster_url)
    page.locator("input[type=radio][value=present]").first.check()
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    page.screenshot(path=artifacts_dir / "walk-4-roster.png", full_page=True)
    attendance = Attendance.objects.get(session=session, enrolment=enrolment)
    assert attendance.status == Attendance.Status.PRESENT
    assert attendance.recorded_by == trainer
