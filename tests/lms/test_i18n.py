import datetime

from django.template import Context, Template
from django.utils import translation


def test_home_page_is_indonesian_by_default_even_for_english_browsers(
    client, home_page
):
    response = client.get("/", headers={"accept-language": "en-US,en;q=0.9"})

    assert response.status_code == 200
    assert '<html lang="id">' in response.text
    assert "Masuk" in response.text  # "Log in"


def test_english_is_served_under_en_prefix(client, home_page):
    response = client.get("/en/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "Log in" in response.text


def test_language_switch_redirects_to_the_english_page(client, home_page):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_dates_print_in_indonesian_with_full_month():
    template = Template("{{ day|date }} · {{ day|date:'DATE_FORMAT' }}")
    with translation.override("id"):
        text = template.render(Context({"day": datetime.date(2023, 5, 14)}))
    assert text == "14 Mei 2023 · 14 Mei 2023"

    with translation.override("id"):
        january = Template("{{ day|date }}").render(
            Context({"day": datetime.date(2026, 1, 5)})
        )
    assert january == "5 Januari 2026"


def test_wagtail_admin_login_is_indonesian(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert 'lang="id"' in response.text
    assert "Masuk" in response.text


def test_times_are_stored_in_utc_and_shown_in_jakarta(settings):
    from django.utils import timezone

    assert settings.USE_TZ is True
    assert settings.TIME_ZONE == "Asia/Jakarta"
    moment = datetime.datetime(2026, 5, 14, 1, 30, tzinfo=datetime.UTC)
    assert timezone.localtime(moment).hour == 8
