"""Question bank and assessment set-up URLs for trainers (see courses/urls/__init__.py)."""

from django.urls import path

from courses.views import assessment_setup, question_bank

BANK = "pelatih/bank/<str:code>/"
SETUP = "pelatih/angkatan/<int:cohort_id>/asesmen/"
ONE = SETUP + "<int:assessment_id>/"

urlpatterns = [
    path("pelatih/bank/", question_bank.bank_course_list_view, name="bank_courses"),
    path(BANK, question_bank.question_list_view, name="bank_questions"),
    path(
        BANK + "kategori/baru/",
        question_bank.category_create_view,
        name="bank_category_create",
    ),
    path(
        BANK + "kategori/<int:category_id>/ubah/",
        question_bank.category_rename_view,
        name="bank_category_rename",
    ),
    path(
        BANK + "kategori/<int:category_id>/hapus/",
        question_bank.category_delete_view,
        name="bank_category_delete",
    ),
    path(
        BANK + "soal/baru/<slug:kind>/",
        question_bank.question_create_view,
        name="bank_question_create",
    ),
    path(
        BANK + "soal/<int:question_id>/",
        question_bank.question_edit_view,
        name="bank_question_edit",
    ),
    path(
        BANK + "soal/<int:question_id>/riwayat/",
        question_bank.question_history_view,
        name="bank_question_history",
    ),
    path(
        BANK + "soal/<int:question_id>/arsip/",
        question_bank.question_archive_view,
        name="bank_question_archive",
    ),
    path(
        BANK + "impor/", question_bank.question_import_upload_view, name="bank_import"
    ),
    path(
        BANK + "impor/<slug:token>/",
        question_bank.question_import_preview_view,
        name="bank_import_preview",
    ),
    path(BANK + "ekspor/", question_bank.question_export_view, name="bank_export"),
    path(
        BANK + "ekspor/<slug:file_format>/",
        question_bank.question_export_download_view,
        name="bank_export_download",
    ),
    path(SETUP, assessment_setup.assessment_list_view, name="assessment_setup_list"),
    path(
        SETUP + "baru/",
        assessment_setup.assessment_create_view,
        name="assessment_setup_create",
    ),
    path(ONE, assessment_setup.assessment_detail_view, name="assessment_setup_detail"),
    path(
        ONE + "ubah/",
        assessment_setup.assessment_edit_view,
        name="assessment_setup_edit",
    ),
    path(
        ONE + "butir/soal/",
        assessment_setup.assessment_item_add_questions_view,
        name="assessment_setup_add_questions",
    ),
    path(
        ONE + "butir/acak/",
        assessment_setup.assessment_item_add_draw_view,
        name="assessment_setup_add_draw",
    ),
    path(
        ONE + "butir/<int:item_id>/<slug:action>/",
        assessment_setup.assessment_item_change_view,
        name="assessment_setup_item",
    ),
]
