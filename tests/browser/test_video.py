"""A video costs nothing until the learner opens it (mobile data is expensive)."""

import pytest

from tests.factories import course_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIDEO = {
    "type": "video",
    "value": {
        "title": "Pengenalan SRIKANDI",
        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "minutes": 12,
        "caption": "",
    },
}


def test_video_player_loads_only_when_opened(live_server, phone_page):
    _, _, _, lessons = course_tree(modules=1, lessons_per_module=1, body=[VIDEO])
    players = []
    phone_page.on(
        "request",
        lambda request: (
            players.append(request.url) if "youtube" in request.url else None
        ),
    )

    phone_page.goto(live_server.url + lessons[0].url)
    phone_page.wait_for_load_state("networkidle")
    assert players == []

    phone_page.get_by_text("Putar di sini").click()
    phone_page.wait_for_timeout(500)
    assert any("youtube-nocookie.com/embed/dQw4w9WgXcQ" in url for url in players)
