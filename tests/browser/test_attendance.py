"""A trainer takes attendance on a phone; a learner checks in with the QR code's link.

Both log in through a session cookie made by Django's test client, so the test does
not depend on the login page. Radios are chosen by value: the labels change language
when the Indonesian catalogue is compiled."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.checkin import checkin_token
from courses.models import Attendance
from tests.factories_cohorts import (
    AttendanceFactory,
    CohortFactory,
    EnrolmentFactory,
    SessionFactory,
    TrainerFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def logged_in_context(browser, live_server, user, viewport=PHONE):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=viewport, locale="id-ID")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context


def test_trainer_marks_the_roster_and_a_learner_checks_in(
    browser, live_server, artifacts_dir
):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer], title="Angkatan I 2026")
    now = timezone.now()
    yesterday = SessionFactory(
        cohort=cohort,
        starts_at=now - timedelta(days=1),
        ends_at=now - timedelta(days=1) + timedelta(hours=2),
    )
    session = SessionFactory(
        cohort=cohort,
        starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(hours=2),
        topic="Penyusunan daftar arsip aktif",
    )
    siti, budi, rina = (
        EnrolmentFactory(cohort=cohort, learner__profile__full_name=name)
        for name in ("Siti Aminah, S.Sos.", "Budi Santoso, A.Md.", "Rina Wulandari")
    )
    AttendanceFactory(session=yesterday, enrolment=siti)
    AttendanceFactory(session=yesterday, enrolment=budi, status="excused")

    trainer_context = logged_in_context(browser, live_server, trainer)
    page = trainer_context.new_page()
    roster = live_server.url + reverse(
        "courses:attendance_roster", kwargs={"session_id": session.pk}
    )
    page.goto(roster)
    assert page.locator("form[data-roster] fieldset").count() == 3
    page.screenshot(path=artifacts_dir / "attendance-roster-phone.png", full_page=True)

    def row(name):
        return page.locator("form[data-roster] fieldset", has_text=name)

    row("Siti Aminah").locator('input[value="present"]').check()
    row("Budi Santoso").locator('label:has(input[value="absent"])').click()
    page.locator("form[data-roster] button[type=submit]").click()
    page.wait_for_url(roster)

    assert dict(
        Attendance.objects.filter(session=session).values_list("enrolment", "status")
    ) == {siti.pk: "present", budi.pk: "absent"}
    assert row("Siti Aminah").locator('input[value="present"]').is_checked()
    assert row("Siti Aminah").locator(".badge").inner_text() == "100%"  # 2 of 2
    assert row("Budi Santoso").locator(".badge").inner_text() == "0%"  # 0 of 1
    assert row("Rina Wulandari").locator(".badge").inner_text() == "0%"  # 0 of 2
    assert page.locator(".alert-success").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(
        path=artifacts_dir / "attendance-roster-saved-phone.png", full_page=True
    )

    # The projector page, on a laptop.
    projector = logged_in_context(
        browser, live_server, trainer, viewport={"width": 1280, "height": 800}
    ).new_page()
    projector.goto(
        live_server.url
        + reverse("courses:attendance_qr", kwargs={"session_id": session.pk})
    )
    assert projector.locator("[data-qr] svg").is_visible()
    projector.screenshot(path=artifacts_dir / "attendance-qr-projector.png")
    projector.context.close()

    # Rina scans the code with her phone.
    learner_page = logged_in_context(browser, live_server, rina.learner).new_page()
    learner_page.goto(
        live_server.url
        + reverse(
            "courses:attendance_check_in",
            kwargs={"session_id": session.pk, "token": checkin_token(session=session)},
        )
    )
    learner_page.screenshot(path=artifacts_dir / "attendance-check-in-phone.png")
    learner_page.locator("main form button[type=submit]").click()
    learner_page.wait_for_url(
        live_server.url
        + reverse(
            "courses:attendance_check_in_result", kwargs={"session_id": session.pk}
        )
    )
    assert learner_page.locator(".alert-success").is_visible()
    learner_page.screenshot(path=artifacts_dir / "attendance-checked-in-phone.png")
    learner_page.context.close()

    attendance = Attendance.objects.get(session=session, enrolment=rina)
    assert (attendance.status, attendance.method) == ("present", "qr")

    page.reload()
    assert row("Rina Wulandari").locator('input[value="present"]').is_checked()
    assert row("Rina Wulandari").locator(".badge").inner_text() == "50%"  # 1 of 2
    trainer_context.close()
