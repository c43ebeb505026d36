"""What a newcomer sees after ``make run``: home page, admin and site logins, /healthz."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_on_a_phone_is_indonesian_and_switches_to_english(
    live_server, home_page, phone_page, artifacts_dir
):
    phone_page.goto(live_server.url + "/")

    assert phone_page.locator("html").get_attribute("lang") == "id"
    assert phone_page.get_by_role("heading", level=1).inner_text() == "Beranda"
    assert phone_page.get_by_role("link", name="Masuk").first.is_visible()
    # Styles come from our own static files (no CDN): the brand bar is coloured.
    background = phone_page.locator("nav.navbar").evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    phone_page.screenshot(path=artifacts_dir / "home-id-phone.png", full_page=True)

    phone_page.get_by_role("button", name="EN", exact=True).click()
    phone_page.wait_for_url(live_server.url + "/en/")
    assert phone_page.locator("html").get_attribute("lang") == "en"
    assert phone_page.get_by_role("link", name="Log in").first.is_visible()


def test_wagtail_admin_login_then_dashboard(
    live_server, home_page, phone_page, artifacts_dir
):
    from tests.factories import DEMO_FREE_PASSWORD, UserFactory

    UserFactory(username="admin-uji", is_staff=True, is_superuser=True)
    phone_page.goto(live_server.url + "/admin/")

    assert "/admin/login/" in phone_page.url
    phone_page.screenshot(path=artifacts_dir / "admin-login-phone.png", full_page=True)
    phone_page.fill("input[name=username]", "admin-uji")
    phone_page.fill("input[name=password]", DEMO_FREE_PASSWORD)
    phone_page.get_by_role("button", name="Masuk").click()
    phone_page.wait_for_url(live_server.url + "/admin/")
    assert phone_page.locator("html").get_attribute("lang") == "id"


def test_site_login_with_a_wrong_password_explains_in_indonesian(
    live_server, home_page, phone_page
):
    from allauth.account.adapter import DefaultAccountAdapter
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()  # allauth's login rate limits live in the cache
    phone_page.goto(live_server.url + "/akun/login/")
    phone_page.fill("input[name=login]", "tidak-ada")
    phone_page.fill("input[name=password]", "salah-sandi")
    phone_page.locator("main button[type=submit]").click()

    errors = DefaultAccountAdapter.error_messages
    with translation.override("id"):
        expected = str(errors["username_password_mismatch"])
    assert phone_page.get_by_text(expected).is_visible()


def test_healthz_reports_ok_in_the_browser(live_server, phone_page):
    response = phone_page.goto(live_server.url + "/healthz")

    assert response.status == 200
    assert response.json()["checks"] == {"database": "ok", "broker": "ok"}
