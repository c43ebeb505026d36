"""A trainer imports a GIFT file (one bad question reported in the preview),
confirms, edits a question (a new version) and builds a pre-test from the bank.

Login by session cookie as in test_attendance.py; elements are found by ids and
data-* attributes, never by text that changes with the compiled catalogue."""

import pytest
from django.urls import reverse

from courses.models import Assessment, Question
from tests.browser.test_attendance import logged_in_context
from tests.factories_cohorts import CohortFactory, TrainerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1100, "height": 900}
PHONE = {"width": 390, "height": 844}

GIFT = """// Bank soal uji: satu soal rusak pada baris 10.
$CATEGORY: $course$/top/Klasifikasi arsip

::Dasar klasifikasi::Kode klasifikasi arsip disusun berdasarkan {
\t=fungsi dan kegiatan instansi#Benar.
\t~urutan tanggal surat
\t~nama pengirim
}

::Soal rusak::Arsip yang sudah habis retensinya {~dimusnahkan ~disimpan}

::Arsip statis::Arsip statis boleh dimusnahkan setelah retensinya habis.{F}

::Tempat simpan::Pasangkan jenis arsip dengan penyimpannya. {
\t=Arsip aktif -> Unit pengolah
\t=Arsip inaktif -> Unit kearsipan
}
"""


def test_trainer_imports_edits_and_builds_a_pre_test(
    browser, live_server, artifacts_dir, tmp_path
):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer], title="Angkatan I 2026")
    course = cohort.course
    gift_file = tmp_path / "bank-klasifikasi.gift"
    gift_file.write_text(GIFT, encoding="utf-8")

    context = logged_in_context(browser, live_server, trainer, viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_server.url + reverse("courses:trainer_cohorts"))
    page.click("#bank-link")
    page.click(f"#bank-courses a[href$='/{course.code}/']")
    page.click("#import-link")
    page.set_input_files("input[name=file]", str(gift_file))
    page.click("#import-form button[type=submit]")

    summary = page.locator("#import-summary")
    assert summary.get_attribute("data-questions") == "3"
    assert summary.get_attribute("data-problems") == "1"
    assert page.locator("#import-problems li[data-line='10']").count() == 1
    assert page.locator("#import-questions > li").count() == 3
    assert not Question.objects.filter(course=course).exists()
    page.screenshot(path=artifacts_dir / "bank-import-preview.png", full_page=True)

    page.click("#import-confirm-button")
    assert page.locator("#bank-questions").get_attribute("data-count") == "3"
    assert Question.objects.filter(course=course).count() == 3
    page.screenshot(path=artifacts_dir / "bank-list.png", full_page=True)

    question = Question.objects.get(course=course, name="Dasar klasifikasi")
    page.click(f"#bank-questions li[data-question='{question.pk}'] a")
    page.fill("textarea[name=option_1_text]", "urutan nomor agenda surat")
    page.fill("input[name=points]", "2")
    page.screenshot(path=artifacts_dir / "bank-question-edit.png", full_page=True)
    page.click("#question-save")
    assert [v.number for v in question.versions.all()] == [2, 1]
    page.goto(
        live_server.url
        + reverse("courses:bank_question_history", args=[course.code, question.pk])
    )
    assert page.locator("#question-versions").get_attribute("data-count") == "2"

    page.goto(live_server.url + reverse("courses:trainer_cohort", args=[cohort.pk]))
    page.click("#cohort-tools a[href$='/asesmen/']")
    page.click("#assessment-new a[href$='jenis=pre_test']")
    page.fill("input[name=title]", "Pre-test Angkatan I")
    page.fill("input[name=opens_at]", f"{cohort.starts_on:%Y-%m-%d}T07:30")
    page.fill("input[name=closes_at]", f"{cohort.starts_on:%Y-%m-%d}T12:00")
    page.fill("input[name=time_limit_minutes]", "30")
    page.click("#assessment-save")

    page.locator("#add-questions input[type=checkbox]").first.check()
    page.locator("#add-questions input[type=checkbox]").nth(1).check()
    page.click("#add-questions button[type=submit]")
    page.select_option("#add-draw select[name=category]", index=1)
    page.fill("#add-draw input[name=count]", "1")
    page.click("#add-draw button[type=submit]")

    totals = page.locator("#assessment-totals")
    assert totals.get_attribute("data-questions") == "3"
    assessment = Assessment.objects.get(cohort=cohort)
    assert assessment.kind == "pre_test"
    assert assessment.items.count() == 3
    page.screenshot(path=artifacts_dir / "assessment-setup.png", full_page=True)

    page.set_viewport_size(PHONE)
    page.reload()
    page.screenshot(path=artifacts_dir / "assessment-setup-phone.png", full_page=True)
    page.goto(live_server.url + reverse("courses:bank_questions", args=[course.code]))
    page.screenshot(path=artifacts_dir / "bank-list-phone.png", full_page=True)
    context.close()
