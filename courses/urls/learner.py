"""Learner URLs (see courses/urls/__init__.py)."""

from django.urls import path

from courses.views import learner

urlpatterns = [
    path("saya/", learner.my_courses_view, name="my_courses"),
    path(
        "angkatan/<int:cohort_id>/daftar/",
        learner.enrolment_request_view,
        name="enrolment_request",
    ),
    path(
        "pelajaran/<int:lesson_id>/selesai/",
        learner.lesson_complete_view,
        name="lesson_complete",
    ),
]
