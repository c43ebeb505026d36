"""JP ledger, community activities (TP-BIS) and the cohort PDF summary (see
courses/urls/__init__.py)."""

from django.urls import path

from courses.views import engagement, ledger

urlpatterns = [
    path(
        "laporan/angkatan/<int:cohort_id>/ringkasan.pdf",
        ledger.cohort_report_pdf_view,
        name="cohort_report_pdf",
    ),
    path("saya/jp/", ledger.my_jp_ledger_view, name="my_jp_ledger"),
    path(
        "saya/jp/unduh.<slug:fmt>",
        ledger.my_jp_ledger_export_view,
        name="my_jp_ledger_export",
    ),
    path("dpk/jp/", ledger.office_jp_report_view, name="office_jp_report"),
    path(
        "dpk/jp/unduh.<slug:fmt>",
        ledger.office_jp_report_export_view,
        name="office_jp_report_export",
    ),
    path(
        "dpk/jp/peserta/<int:learner_id>/",
        ledger.office_person_ledger_view,
        name="office_person_ledger",
    ),
    path(
        "dpk/jp/peserta/<int:learner_id>/unduh.<slug:fmt>",
        ledger.office_person_ledger_export_view,
        name="office_person_ledger_export",
    ),
    path("saya/kegiatan/", engagement.my_activity_list_view, name="my_activities"),
    path(
        "saya/kegiatan/baru/",
        engagement.activity_create_view,
        name="activity_create",
    ),
    path(
        "saya/kegiatan/<int:activity_id>/ubah/",
        engagement.activity_update_view,
        name="activity_update",
    ),
    path(
        "saya/kegiatan/<int:activity_id>/hapus/",
        engagement.activity_delete_view,
        name="activity_delete",
    ),
    path(
        "dpk/kegiatan/",
        engagement.office_activity_list_view,
        name="office_activities",
    ),
    path(
        "dpk/kegiatan/unduh.<slug:fmt>",
        engagement.office_activity_export_view,
        name="office_activities_export",
    ),
]
