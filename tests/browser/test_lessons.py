"""A learner reads the demo course on a phone: catalogue, course, module, lesson."""

import pytest
from django.core.management import call_command

from cms.models import LessonPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reading_a_demo_lesson_on_a_phone(live_server, phone_page, artifacts_dir):
    call_command("seed_demo", verbosity=0)
    page = phone_page

    page.goto(live_server.url + "/")
    page.get_by_role(
        "link", name="Pengelolaan Arsip Dinamis Konvensional"
    ).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Pengelolaan Arsip Dinamis Konvensional"
    )
    assert page.get_by_text("Materi Inti").first.is_visible()
    page.screenshot(path=artifacts_dir / "course-phone.png", full_page=True)

    page.locator("ol.list-group a").first.click()  # first module
    page.locator("ol.list-group a").first.click()  # its first lesson
    lesson = LessonPage.objects.live().get(
        url_path__endswith=page.url.split("/pelatihan/")[1]
    )
    assert page.get_by_role("heading", level=1).inner_text() == lesson.title
    assert page.get_by_text("Pelajaran 1 dari").is_visible()
    # Readable on a 390 px screen: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "lesson-phone.png", full_page=True)

    page.locator("a[rel=next]").click()
    assert page.get_by_text("Pelajaran 2 dari").is_visible()

    page.get_by_role("link", name="Cetak atau simpan sebagai PDF").click()
    assert "/cetak/" in page.url
    assert page.locator("nav.navbar").count() == 0
