"""office URLs (see courses/urls/__init__.py): a DPK office nominates people."""

from django.urls import path

from courses.views import office

urlpatterns = [
    path("dpk/", office.office_home_view, name="office_home"),
    path(
        "dpk/angkatan/<int:cohort_id>/usulkan/",
        office.nomination_single_create_view,
        name="nomination_create",
    ),
    path(
        "dpk/angkatan/<int:cohort_id>/unggah/",
        office.nomination_import_preview_view,
        name="nomination_upload",
    ),
    path(
        "dpk/impor/<int:import_id>/",
        office.nomination_import_detail_view,
        name="nomination_import",
    ),
    path(
        "dpk/impor/<int:import_id>/konfirmasi/",
        office.nomination_import_confirm_view,
        name="nomination_import_confirm",
    ),
    path(
        "dpk/impor/<int:import_id>/batal/",
        office.nomination_import_cancel_view,
        name="nomination_import_cancel",
    ),
    path(
        "dpk/templat-usulan.xlsx",
        office.nomination_template_xlsx_view,
        name="nomination_template_xlsx",
    ),
    path(
        "dpk/templat-usulan.csv",
        office.nomination_template_csv_view,
        name="nomination_template_csv",
    ),
    path(
        "dpk/aktivasi/<uidb64>/<token>/",
        office.account_activate_view,
        name="account_activate",
    ),
]
