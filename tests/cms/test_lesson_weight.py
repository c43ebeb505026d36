"""Every demo lesson stays light enough for a phone on a weak connection."""

import pytest
from django.core.management import call_command

from cms.models import LessonPage
from cms.weight import page_weight

pytestmark = pytest.mark.django_db

BUDGET_BYTES = 100 * 1024  # HTML + CSS + JS, images aside


@pytest.fixture
def demo_content(db):
    call_command("seed_demo", verbosity=0)


def test_every_demo_lesson_weighs_under_100_kb(client, demo_content):
    lessons = LessonPage.objects.live().defer_streamfields()
    assert lessons.count() >= 30

    weights = {}
    for lesson in lessons:
        response = client.get(lesson.url)
        assert response.status_code == 200
        weights[lesson.url] = page_weight(response.text)

    heaviest_url, heaviest = max(weights.items(), key=lambda item: item[1].total)
    assert heaviest.total < BUDGET_BYTES, (heaviest_url, heaviest)
    assert not any(
        url.endswith(".js") for url in heaviest.assets
    )  # reading needs no JS


def test_weight_counts_linked_static_files():
    html = '<html><link rel="stylesheet" href="/static/css/lms.css"><p>Halo</p></html>'

    weight = page_weight(html)

    assert weight.assets["/static/css/lms.css"] > 1000
    assert weight.total == weight.html + weight.assets["/static/css/lms.css"]


def test_weight_refuses_assets_from_elsewhere():
    with pytest.raises(ValueError, match="no CDN"):
        page_weight('<script src="https://cdn.example.com/x.js"></script>')
