"""Grading and results URLs (see courses/urls/__init__.py): the cohort's grading
queue, one answer's grading page and file, a question's regrade, the gradebook with
its exports, and item analysis."""

from django.urls import path

from courses.views import grading, results

urlpatterns = [
    path(
        "pelatih/angkatan/<int:cohort_id>/penilaian/",
        grading.grading_queue_view,
        name="grading_queue",
    ),
    path(
        "pelatih/jawaban/<int:answer_id>/nilai/",
        grading.answer_grade_view,
        name="answer_grade",
    ),
    path(
        "jawaban/<int:answer_id>/berkas/",
        grading.answer_file_view,
        name="answer_file",
    ),
    path(
        "pelatih/soal/<int:question_id>/regrade/",
        grading.question_regrade_view,
        name="question_regrade",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/rekap-nilai/",
        results.gradebook_view,
        name="gradebook",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/rekap-nilai/unduh.<str:file_format>",
        results.gradebook_export_view,
        name="gradebook_export",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/analisis-soal/",
        results.item_analysis_view,
        name="item_analysis",
    ),
    path(
        "pelatih/angkatan/<int:cohort_id>/analisis-soal/<int:assessment_id>/",
        results.item_analysis_view,
        name="item_analysis_for",
    ),
]
