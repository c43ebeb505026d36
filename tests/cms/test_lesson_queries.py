"""A lesson renders with a bounded number of queries, whatever the course size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import course_tree

pytestmark = pytest.mark.django_db

# Wagtail's routing costs ~2 queries per tree level (site, home, catalogue, course,
# module, lesson), privacy checks 2, the lesson's own navigation 3 (course page,
# modules, lessons without bodies).
MAX_LESSON_QUERIES = 15


def _queries_to_render(client, url: str) -> int:
    client.get(url)  # warm Wagtail's site root cache, as on a running server
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_lesson_queries_do_not_grow_with_the_number_of_lessons(client):
    _, small_course, _, small_lessons = course_tree(modules=2, lessons_per_module=2)
    _, big_course, _, big_lessons = course_tree(modules=6, lessons_per_module=8)

    small = _queries_to_render(client, small_lessons[1].url)
    big = _queries_to_render(client, big_lessons[20].url)

    assert small == big
    assert big <= MAX_LESSON_QUERIES


def test_course_and_module_pages_are_bounded_too(client):
    _, small_course, small_modules, _ = course_tree(modules=2, lessons_per_module=2)
    _, big_course, big_modules, _ = course_tree(modules=6, lessons_per_module=8)

    assert _queries_to_render(client, small_course.url) == _queries_to_render(
        client, big_course.url
    )
    assert _queries_to_render(client, small_modules[0].url) == _queries_to_render(
        client, big_modules[0].url
    )
