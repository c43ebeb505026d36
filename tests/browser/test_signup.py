"""A newcomer signs up on a phone, confirms the email from the mailbox and logs in."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from courses.models import Profile
from tests.conftest import PHONE
from tests.factories import InstitutionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONFIRM_LINK = re.compile(r"https?://[^/\s]+/akun/confirm-email/[^/\s]+/")
PASSWORD = "Arsip-Kapuas-2026"


def test_a_visitor_signs_up_on_a_phone_confirms_the_email_and_logs_in(
    live_server, home_page, browser, phone_page, mailoutbox, artifacts_dir
):
    cache.clear()  # allauth's rate limits live in the cache
    institution = InstitutionFactory(
        name="Dinas Kearsipan dan Perpustakaan Kabupaten Kapuas"
    )
    page = phone_page

    page.goto(live_server.url + "/")
    page.locator("nav a[href='/akun/signup/']").click()
    page.wait_for_url(live_server.url + "/akun/signup/")
    page.fill("input[name=full_name]", "Dra. Siti Aminah, M.Si.")
    page.select_option("select[name=sex]", Profile.Sex.FEMALE)
    page.fill("input[name=phone]", "0812 3456 7890")
    page.fill("input[name=position]", "Arsiparis Ahli Pertama")
    page.fill("input[name=rank]", "Penata Muda (III/a)")
    page.fill("input[name=nip]", "199103152019032012")
    page.select_option("select[name=institution]", str(institution.pk))
    page.fill("input[name=email]", "siti.aminah@kapuaskab.go.id")
    page.fill("input[name=username]", "siti.aminah")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.check("input[name=consent]")
    # Fits a 390 px screen: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=artifacts_dir / "signup-phone.png", full_page=True)
    page.locator("form[action='/akun/signup/'] button[type=submit]").click()

    page.wait_for_url(live_server.url + "/akun/confirm-email/")
    page.screenshot(path=artifacts_dir / "signup-check-email-phone.png")
    [mail] = mailoutbox
    assert mail.to == ["siti.aminah@kapuaskab.go.id"]
    link = CONFIRM_LINK.search(mail.body).group(0)

    # The link is opened from the mail app: another browser, not logged in.
    mail_app = browser.new_context(viewport=PHONE, locale="id-ID")
    try:
        page = mail_app.new_page()
        page.goto(link)
        page.screenshot(path=artifacts_dir / "signup-confirm-phone.png")
        page.locator("main button[type=submit]").click()
        page.wait_for_url(live_server.url + "/akun/login/")
        assert EmailAddress.objects.get(email="siti.aminah@kapuaskab.go.id").verified
        page.fill("input[name=login]", "siti.aminah")
        page.fill("input[name=password]", PASSWORD)
        page.screenshot(path=artifacts_dir / "login-phone.png")
        page.locator("main button[type=submit]").click()
        page.wait_for_url(live_server.url + "/")

        assert page.locator("nav").get_by_text("Dra. Siti Aminah, M.Si.").is_visible()
        page.screenshot(path=artifacts_dir / "signup-logged-in-phone.png")
    finally:
        mail_app.close()


def test_privacy_notice_reads_well_on_a_phone(
    live_server, home_page, phone_page, artifacts_dir
):
    phone_page.goto(live_server.url + "/")
    phone_page.locator("footer a[href='/privasi/']").click()

    phone_page.wait_for_url(live_server.url + "/privasi/")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone_page.screenshot(path=artifacts_dir / "privacy-phone.png", full_page=True)
