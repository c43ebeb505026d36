"""Attendance URLs (see courses/urls/__init__.py): the trainer's roster and projector
QR page, and the learner's check-in address that the QR code carries."""

from django.urls import path

from courses.views import attendance as views

urlpatterns = [
    path(
        "pelatih/presensi/",
        views.attendance_session_list_view,
        name="attendance_session_list",
    ),
    path(
        "pelatih/sesi/<int:session_id>/presensi/",
        views.attendance_roster_view,
        name="attendance_roster",
    ),
    path(
        "pelatih/sesi/<int:session_id>/qr/",
        views.attendance_qr_view,
        name="attendance_qr",
    ),
    path(
        "hadir/<int:session_id>/",
        views.attendance_check_in_result_view,
        name="attendance_check_in_result",
    ),
    path(
        "hadir/<int:session_id>/<str:token>/",
        views.attendance_check_in_view,
        name="attendance_check_in",
    ),
]
