"""Certificate pages of trainers, learners and offices (namespace
``certificates_manage``); included from lms/urls.py."""

from django.urls import path

from certificates import views_manage as views

app_name = "certificates_manage"

urlpatterns = [
    # Trainer: a cohort's certificates.
    path(
        "pelatih/angkatan/<int:cohort_id>/sertifikat/",
        views.cohort_certificates_view,
        name="cohort",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/sertifikat/progres/",
        views.cohort_certificates_progress_view,
        name="cohort_progress",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/sertifikat/terbitkan/",
        views.cohort_certificates_issue_view,
        name="cohort_issue",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/sertifikat/terbitkan-ulang/",
        views.cohort_certificates_reissue_view,
        name="cohort_reissue",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/sertifikat/semua.zip",
        views.cohort_certificates_zip_view,
        name="cohort_zip",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/sertifikat/cetak.pdf",
        views.cohort_certificates_print_view,
        name="cohort_print",
    ),
    # Trainer: one certificate.
    path(
        "pelatih/sertifikat/<int:certificate_id>/",
        views.certificate_manage_view,
        name="certificate",
    ),
    path(
        "pelatih/sertifikat/<int:certificate_id>/cabut/",
        views.certificate_revoke_view,
        name="certificate_revoke",
    ),
    path(
        "pelatih/sertifikat/<int:certificate_id>/terbitkan-ulang/",
        views.certificate_reissue_view,
        name="certificate_reissue",
    ),
    path(
        "pelatih/sertifikat/<int:certificate_id>/sertifikat.pdf",
        views.certificate_runner_pdf_view,
        name="certificate_pdf",
    ),
    # Trainer/administrator: templates.
    path(
        "pelatih/sertifikat/templat/",
        views.certificate_template_list_view,
        name="template_list",
    ),
    path(
        "pelatih/sertifikat/templat/baru/",
        views.certificate_template_edit_view,
        name="template_create",
    ),
    path(
        "pelatih/sertifikat/templat/<int:template_id>/",
        views.certificate_template_edit_view,
        name="template_edit",
    ),
    # Learner.
    path("saya/sertifikat/", views.my_certificates_view, name="my_certificates"),
    path(
        "saya/sertifikat/<int:certificate_id>/sertifikat.pdf",
        views.my_certificate_pdf_view,
        name="my_certificate_pdf",
    ),
    # Office.
    path("dpk/sertifikat/", views.office_certificates_view, name="office"),
    path(
        "dpk/sertifikat/unduh.<slug:fmt>",
        views.office_certificates_export_view,
        name="office_export",
    ),
    path(
        "dpk/sertifikat/<int:certificate_id>/sertifikat.pdf",
        views.office_certificate_pdf_view,
        name="office_certificate_pdf",
    ),
]
