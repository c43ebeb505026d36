"""A trainer grades an essay on a phone: the queue, the grading page with rubric,
the learner's text and file, a refused out-of-range mark, then the saved grade that
completes the attempt. Fields are found by name and ids, never by label text."""

from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from courses.models import AssessmentItem, Attempt, QuestionVersion, RegradeEvent
from courses.services.assessments import attempt_start, attempt_submit
from tests.browser.test_attendance import logged_in_context
from tests.factories_assessments import (
    AssessmentFactory,
    QuestionFactory,
    single_choice_data,
)
from tests.factories_cohorts import CohortFactory, EnrolmentFactory, TrainerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainer_grades_an_essay_on_a_phone(browser, live_server, artifacts_dir):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer], title="Angkatan II 2026")
    task = AssessmentFactory(
        cohort=cohort,
        kind="practical_task",
        title="Tugas praktik: skema klasifikasi",
        pass_mark=Decimal("70"),
        rubric=(
            "4: skema lengkap sampai tingkat sub-sub masalah, kode konsisten\n"
            "3: lengkap, ada kode yang tidak konsisten\n"
            "1-2: hanya pokok masalah"
        ),
    )
    essay = QuestionFactory(
        course=cohort.course,
        kind="essay",
        data={},
        points=4,
        name="Skema klasifikasi",
        text="Susun skema klasifikasi arsip untuk urusan kepegawaian di instansi Anda.",
    )
    AssessmentItem.objects.create(assessment=task, position=0, question=essay)
    enrolment = EnrolmentFactory(
        cohort=cohort, learner__profile__full_name="Siti Aminah, S.Sos."
    )
    attempt = attempt_start(assessment=task, enrolment=enrolment)
    answer = attempt.answers.get()
    answer.file.save("skema-kepegawaian.pdf", ContentFile(b"%PDF-1.4 skema"))
    attempt_submit(
        attempt=attempt,
        responses={
            1: "KP.01 Formasi pegawai\nKP.02 Pengadaan pegawai\nKP.03 Mutasi pegawai"
        },
    )

    context = logged_in_context(browser, live_server, trainer)
    page = context.new_page()
    page.goto(
        live_server.url
        + reverse("courses:grading_queue", kwargs={"cohort_id": cohort.pk})
    )
    assert page.locator("#grading-queue [data-answer]").count() == 1
    page.screenshot(path=artifacts_dir / "grading-queue-phone.png", full_page=True)
    page.locator(f'[data-answer="{answer.pk}"] a').click()

    assert page.locator("#rubric").is_visible()
    assert "KP.02 Pengadaan pegawai" in page.locator("#learner-response").inner_text()
    assert (
        page.locator("#answer-file")
        .get_attribute("href")
        .endswith(f"/jawaban/{answer.pk}/berkas/")
    )
    # The page fits the phone: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.fill("input[name=points]", "5")
    page.fill("textarea[name=comment]", "Tambahkan retensi.")
    page.locator("#grade-form button[type=submit]").click()
    assert page.locator("#grade-form .invalid-feedback").count() == 1
    assert page.locator("textarea[name=comment]").input_value() == "Tambahkan retensi."
    page.screenshot(
        path=artifacts_dir / "grading-answer-refused-phone.png", full_page=True
    )

    page.fill("input[name=points]", "3,5")
    page.locator("#grade-form button[type=submit]").click()
    page.wait_for_url("**/penilaian/")
    assert page.locator("#grading-queue").count() == 0
    assert page.locator(f'#graded-answers [data-answer="{answer.pk}"]').count() == 1
    page.screenshot(path=artifacts_dir / "grading-done-phone.png", full_page=True)

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score == Decimal("3.50")
    assert attempt.is_passed  # 87.5% >= 70%
    context.close()


def test_trainer_reads_gradebook_and_item_analysis_on_a_phone(
    browser, live_server, artifacts_dir
):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer], title="Angkatan I 2026")
    pre = AssessmentFactory(
        cohort=cohort, kind="pre_test", title="Pre-test", questions=5
    )
    post = AssessmentFactory(
        cohort=cohort, kind="post_test", title="Post-test", questions=5
    )
    plans = [([0, 1, 1, 0, 1], [0, 0, 0, 0, 1]), ([1, 1, 1, 1, 0], [0, 0, 0, 1, 0])]
    plans += [([0, 0, 1, 1, 1], [0, 0, 0, 0, 0]), ([0, 0, 0, 0, 0], [0, 0, 0, 0, 0])]
    for number, (pre_choices, post_choices) in enumerate(plans):
        enrolment = EnrolmentFactory(
            cohort=cohort, learner__profile__full_name=f"Peserta Demo {number + 1}"
        )
        for assessment, choices in ((pre, pre_choices), (post, post_choices)):
            attempt = attempt_start(assessment=assessment, enrolment=enrolment)
            attempt_submit(attempt=attempt, responses=dict(enumerate(choices, start=1)))

    context = logged_in_context(browser, live_server, trainer)
    page = context.new_page()
    page.goto(live_server.url + reverse("courses:gradebook", args=[cohort.pk]))
    assert page.locator("#gradebook tbody tr").count() == 4
    assert page.locator("#cohort-gain").get_attribute("data-learners") == "4"
    page.screenshot(path=artifacts_dir / "gradebook-phone.png", full_page=True)
    with page.expect_download() as download:
        page.locator("#gradebook-xlsx").click()
    assert download.value.suggested_filename.endswith(".xlsx")

    page.goto(
        live_server.url + reverse("courses:item_analysis_for", args=[cohort.pk, pre.pk])
    )
    assert page.locator("#items [data-question]").count() == 5
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "item-analysis-phone.png", full_page=True)
    context.close()


def test_trainer_previews_and_confirms_a_regrade_on_a_phone(
    browser, live_server, artifacts_dir
):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    post = AssessmentFactory(cohort=cohort, kind="post_test", questions=3)
    question = post.items.order_by("position").first().question
    for number, first_choice in enumerate((0, 1, 1)):
        enrolment = EnrolmentFactory(
            cohort=cohort, learner__profile__full_name=f"Peserta Regrade {number + 1}"
        )
        attempt = attempt_start(assessment=post, enrolment=enrolment)
        attempt_submit(attempt=attempt, responses={1: first_choice, 2: 0, 3: 0})
    fixed = QuestionVersion.objects.create(
        question=question,
        number=2,
        text="Soal 1 (kunci diperbaiki)",
        data=single_choice_data(correct=1),
    )

    context = logged_in_context(browser, live_server, trainer)
    page = context.new_page()
    page.goto(
        live_server.url
        + reverse("courses:question_regrade", kwargs={"question_id": question.pk})
    )
    preview = page.locator("#regrade-preview")
    assert preview.get_attribute("data-attempts-affected") == "3"
    assert page.locator("#regrade-preview tr[data-attempt]").count() == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "regrade-preview-phone.png", full_page=True)

    page.fill("textarea[name=reason]", "Kunci soal 1 seharusnya pilihan B.")
    page.locator("#regrade-form button[type=submit]").click()
    assert page.locator("#regrade-history [data-regrade]").count() == 1
    page.screenshot(path=artifacts_dir / "regrade-done-phone.png", full_page=True)
    event = RegradeEvent.objects.get()
    assert (event.to_version, event.attempts_affected) == (fixed, 3)
    context.close()
