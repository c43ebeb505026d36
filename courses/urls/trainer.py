"""Trainer URLs (see courses/urls/__init__.py)."""

from django.urls import path

from courses.views import trainer

urlpatterns = [
    path("pelatih/", trainer.cohort_list_view, name="trainer_cohorts"),
    path(
        "pelatih/angkatan/<int:cohort_id>/",
        trainer.cohort_detail_view,
        name="trainer_cohort",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/peserta/unduh.<slug:fmt>",
        trainer.cohort_roster_export_view,
        name="trainer_cohort_export",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/evaluasi/",
        trainer.cohort_evaluate_view,
        name="trainer_cohort_evaluate",
    ),
    path(
        "pelatih/pendaftaran/<int:enrolment_id>/<slug:action>/",
        trainer.enrolment_decide_view,
        name="trainer_enrolment_decide",
    ),
]
