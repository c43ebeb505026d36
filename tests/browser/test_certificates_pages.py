"""A trainer issues a cohort's certificates and watches the progress reach done, then
downloads the zip; a learner finds and downloads their certificate on a phone.

Celery runs eagerly in tests, so the button's task finishes within the request; the
htmx polling is exercised by issuing a late completer's certificate behind the
page's back (as a worker would) while the page polls."""

import hashlib
import io
import zipfile

import pytest
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import cohort_certificates_issue
from courses.models import Enrolment
from tests.browser.test_attendance import PHONE, logged_in_context
from tests.certificates.test_pages import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1280, "height": 900}


def test_trainer_issues_and_downloads_learner_gets_certificate(
    browser, live_server, regions, artifacts_dir
):
    world = build_world()
    cohort_url = live_server.url + reverse(
        "certificates_manage:cohort", args=[world.cohort.pk]
    )

    trainer = logged_in_context(browser, live_server, world.trainer, viewport=LAPTOP)
    page = trainer.new_page()
    page.goto(cohort_url)
    assert page.locator("#certificate-progress").get_attribute("data-done") == "0"
    assert page.locator('#certificates [data-badge="none"]').count() == 3
    page.screenshot(
        path=artifacts_dir / "certificates-cohort-before.png", full_page=True
    )

    page.locator("#issue-all").click()
    page.wait_for_selector('#certificate-progress[data-done="1"]')
    assert page.locator("#certificate-progress").get_attribute("data-percent") == "100"
    assert page.locator('#certificates li[data-status="valid"]').count() == 3
    page.screenshot(
        path=artifacts_dir / "certificates-cohort-issued.png", full_page=True
    )

    with page.expect_download() as download_info:
        page.locator("#download-zip").click()
    archive = zipfile.ZipFile(io.BytesIO(open(download_info.value.path(), "rb").read()))
    assert len(archive.namelist()) == 3
    assert all(archive.read(name).startswith(b"%PDF") for name in archive.namelist())

    # Dewi completes late: the page polls while her certificate is outstanding,
    # and reloads itself once a worker has issued and rendered it.
    Enrolment.objects.filter(
        cohort=world.cohort, status=Enrolment.Status.ACTIVE
    ).update(status=Enrolment.Status.COMPLETED)
    page.goto(cohort_url)
    progress = page.locator("#certificate-progress")
    assert progress.get_attribute("data-done") == "0"
    assert progress.get_attribute("hx-trigger") == "every 2s"
    page.screenshot(
        path=artifacts_dir / "certificates-cohort-progress.png", full_page=True
    )
    cohort_certificates_issue(cohort=world.cohort, by=world.trainer)
    page.wait_for_selector('#certificate-progress[data-done="1"]', timeout=15_000)
    page.wait_for_selector('#certificates li[data-status="valid"] >> nth=3')
    assert page.locator('#certificates li[data-status="valid"]').count() == 4

    # Fajar's certificate is revoked: a reason is required.
    fajar = Certificate.objects.get(enrolment=world.enrolments["fajar"])
    page.locator(f'#certificates li[data-certificate="{fajar.pk}"] a').last.click()
    page.locator("#revoke-form button[type=submit]").click()
    assert page.locator('#revoke-form [data-error="reason"]').is_visible()
    page.locator("#revoke-form textarea").fill("Peserta tidak hadir penuh")
    page.locator("#revoke-form button[type=submit]").click()
    page.wait_for_selector('#certificate-state[data-status="revoked"]')
    page.screenshot(
        path=artifacts_dir / "certificates-revoked-detail.png", full_page=True
    )
    trainer.close()

    # The office of Kalimantan Timur sees it revoked, on a phone.
    office = logged_in_context(
        browser, live_server, world.office_staff["64"]
    ).new_page()
    office.goto(live_server.url + reverse("certificates_manage:office"))
    row = office.locator(f'#office-certificates tr[data-certificate="{fajar.pk}"]')
    assert row.get_attribute("data-status") == "revoked"
    assert "Peserta tidak hadir penuh" in row.inner_text()
    assert office.locator("#office-certificates tbody tr").count() == 1
    office.screenshot(
        path=artifacts_dir / "certificates-office-phone.png", full_page=True
    )
    office.context.close()

    # Ani, on her phone.
    ani = Certificate.objects.get(enrolment=world.enrolments["ani"])
    phone = logged_in_context(browser, live_server, world.learners["ani"]).new_page()
    phone.goto(live_server.url + reverse("courses:my_courses"))
    block = phone.locator(f'[data-certificate-block="{world.enrolments["ani"].pk}"]')
    assert ani.number in block.inner_text()
    block.locator("a").click()
    card = phone.locator(f'#my-certificates [data-certificate="{ani.pk}"]')
    assert card.get_attribute("data-status") == "valid"
    assert card.locator("[data-pdf-link]").is_visible()
    assert card.locator("[data-badge-link]").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.screenshot(
        path=artifacts_dir / "certificates-learner-phone.png", full_page=True
    )
    with phone.expect_download() as download_info:
        card.locator("[data-pdf-link]").click()
    assert download_info.value.suggested_filename.endswith(".pdf")
    content = open(download_info.value.path(), "rb").read()
    assert content.startswith(b"%PDF")
    assert hashlib.sha256(content).hexdigest() == ani.sha256
    phone.context.close()
