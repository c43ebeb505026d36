"""Learner URLs for taking assessments (see courses/urls/__init__.py)."""

from django.urls import path

from courses.views import attempts

urlpatterns = [
    path(
        "saya/asesmen/<int:assessment_id>/",
        attempts.assessment_detail_view,
        name="assessment_detail",
    ),
    path(
        "saya/asesmen/<int:assessment_id>/mulai/",
        attempts.attempt_start_view,
        name="attempt_start",
    ),
    path(
        "saya/percobaan/<int:attempt_id>/",
        attempts.attempt_take_view,
        name="attempt_take",
    ),
    path(
        "saya/percobaan/<int:attempt_id>/simpan/",
        attempts.attempt_autosave_view,
        name="attempt_autosave",
    ),
    path(
        "saya/percobaan/<int:attempt_id>/kirim/",
        attempts.attempt_submit_view,
        name="attempt_submit",
    ),
    path(
        "saya/percobaan/<int:attempt_id>/hasil/",
        attempts.attempt_result_view,
        name="attempt_result",
    ),
]
