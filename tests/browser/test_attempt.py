"""A learner takes a cohort's pre-test and then its post-test on a phone, reloads in
the middle of the post-test (the answers come back from the server), submits and
sees the result. Radios and inputs are found by name and value, never by label:
labels change language when the Indonesian catalogue is compiled."""

import re

import pytest
from django.conf import settings
from django.test import Client

from courses.models import Assessment, AssessmentItem, Attempt
from tests.factories_assessments import AssessmentFactory, QuestionFactory
from tests.factories_cohorts import CohortFactory, EnrolmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def logged_in_page(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context, context.new_page()


def add(assessment, kind, text, data):
    AssessmentItem.objects.create(
        assessment=assessment,
        position=assessment.items.count(),
        question=QuestionFactory(
            course=assessment.cohort.course, kind=kind, text=text, data=data
        ),
    )


def build_cohort():
    cohort = CohortFactory(title="Angkatan I 2026", course__title="Pengelolaan Arsip")
    pre = AssessmentFactory(
        cohort=cohort, kind=Assessment.Kind.PRE_TEST, title="Pre-test Kearsipan"
    )
    post = AssessmentFactory(
        cohort=cohort,
        kind=Assessment.Kind.POST_TEST,
        title="Post-test Kearsipan",
        time_limit_minutes=30,
        one_question_per_page=True,
    )
    for assessment in (pre, post):
        add(
            assessment,
            "single",
            "Dokumen yang menentukan jangka waktu penyimpanan arsip disebut?",
            {
                "options": [
                    {"text": "Jadwal Retensi Arsip (JRA)", "fraction": 1},
                    {"text": "Daftar Arsip Aktif", "fraction": 0},
                    {"text": "Klasifikasi Arsip", "fraction": 0},
                ]
            },
        )
        add(
            assessment,
            "true_false",
            "SRIKANDI adalah aplikasi umum bidang kearsipan yang dinamis.",
            {"answer": True},
        )
    add(
        post,
        "short_answer",
        "Singkatan dari Jadwal Retensi Arsip?",
        {"accepted": [{"text": "JRA", "fraction": 1}]},
    )
    add(
        post,
        "matching",
        "Pasangkan istilah dengan artinya.",
        {
            "pairs": [
                {"left": "Arsip vital", "right": "Mutlak untuk kelangsungan"},
                {"left": "Arsip inaktif", "right": "Frekuensi penggunaan menurun"},
            ],
            "distractors": ["Arsip yang dimusnahkan"],
        },
    )
    return cohort, pre, post


def js_ready(page):
    page.wait_for_selector("#attempt-form[data-ready]")


def autosaved(page):
    return page.expect_response(lambda r: r.url.endswith("/simpan/"))


def test_pre_test_then_post_test_on_a_phone_with_a_reload(
    browser, live_server, artifacts_dir
):
    cohort, pre, post = build_cohort()
    enrolment = EnrolmentFactory(
        cohort=cohort, learner__profile__full_name="Siti Aminah, S.Sos."
    )
    context, page = logged_in_page(browser, live_server, enrolment.learner)

    page.goto(live_server.url + "/saya/")
    assert page.locator(f"[data-assessment='{pre.pk}']").get_attribute(
        "data-state"
    ) == ("open")
    page.screenshot(path=artifacts_dir / "attempt-1-my-courses.png", full_page=True)

    # Pre-test: all questions on one page.
    page.locator(f"[data-assessment='{pre.pk}'] a").click()
    page.screenshot(path=artifacts_dir / "attempt-2-pre-intro.png", full_page=True)
    page.locator("#assessment-action button[type=submit]").click()
    js_ready(page)
    with autosaved(page) as saved:
        page.locator("input[name=q1][value='0']").check()
    assert saved.value.ok
    with autosaved(page):
        page.locator("input[name=q2][value='false']").check()
    page.wait_for_function(
        "document.getElementById('attempt-status').textContent.match(/\\d\\d\\.\\d\\d/)"
    )
    page.screenshot(path=artifacts_dir / "attempt-3-pre-test.png", full_page=True)
    page.locator("button[name=action][value=finish]").last.click()
    page.wait_for_selector("[data-unanswered='0']")
    page.locator("#submit-attempt").click()
    page.wait_for_selector("#attempt-result[data-status='graded']")
    assert page.locator("#attempt-result").get_attribute("data-percent") == "50.00"
    page.screenshot(path=artifacts_dir / "attempt-4-pre-result.png", full_page=True)

    # Post-test: one question per page, with a countdown.
    page.goto(live_server.url + "/saya/")
    page.locator(f"[data-assessment='{post.pk}'] a").click()
    page.locator("#assessment-action button[type=submit]").click()
    js_ready(page)
    clock = page.locator("[data-timer-text]")
    assert re.fullmatch(r"(29:[0-5]\d|30:00)", clock.inner_text())
    with autosaved(page):
        page.locator("input[name=q1][value='0']").check()
    page.locator("button[name=action][value=next]").click()
    page.wait_for_selector("input[name=q2]")
    js_ready(page)
    # The connection drops: the answer waits in the page and is saved on reconnect.
    context.set_offline(True)
    page.locator("input[name=q2][value='true']").check()
    page.wait_for_function(
        "!document.getElementById('attempt-status').textContent.match(/\\d\\d\\.\\d\\d/)"
    )
    page.screenshot(path=artifacts_dir / "attempt-5a-post-offline.png", full_page=True)
    assert Attempt.objects.get(assessment=post).answers.get(position=2).response is None
    with autosaved(page) as saved:
        context.set_offline(False)
    assert saved.value.ok
    assert Attempt.objects.get(assessment=post).answers.get(position=2).response is True
    before = clock.inner_text()
    page.wait_for_timeout(1500)
    assert clock.inner_text() < before  # the countdown runs
    page.locator("button[name=action][value=next]").click()
    page.wait_for_selector("input[name=q3]")
    js_ready(page)
    with autosaved(page):
        page.locator("input[name=q3]").fill("jra")  # saved after a pause in typing
    page.screenshot(path=artifacts_dir / "attempt-5-post-q3.png", full_page=True)

    page.reload()  # e.g. the phone dropped the page: everything comes back
    assert page.locator("input[name=q3]").input_value() == "jra"
    assert page.locator("[data-nav='1']").get_attribute("class").count("success")
    page.locator("button[name=action][value=go-2]").click()
    assert page.locator("input[name=q2][value='true']").is_checked()
    page.locator("button[name=action][value=go-4]").click()
    page.locator("select[name=q4_0]").select_option("Mutlak untuk kelangsungan")
    page.locator("select[name=q4_1]").select_option("Frekuensi penggunaan menurun")
    page.screenshot(path=artifacts_dir / "attempt-6-post-matching.png", full_page=True)
    page.locator("button[name=action][value=finish]").first.click()
    page.wait_for_selector("[data-unanswered='0']")
    page.screenshot(path=artifacts_dir / "attempt-7-post-submit.png", full_page=True)
    page.locator("#submit-attempt").click()
    page.wait_for_selector("#attempt-result[data-status='graded']")
    result = page.locator("#attempt-result")
    assert result.get_attribute("data-percent") == "100.00"
    assert result.get_attribute("data-passed") == "true"
    page.screenshot(path=artifacts_dir / "attempt-8-post-result.png", full_page=True)

    attempt = Attempt.objects.get(assessment=post, enrolment=enrolment)
    assert attempt.status == Attempt.Status.GRADED and attempt.is_passed
    enrolment.refresh_from_db()
    assert (
        enrolment.status == "completed"
    )  # no lessons or sessions: the post-test decides
    page.goto(live_server.url + "/saya/")
    assert (
        page.locator(f"[data-assessment='{post.pk}']").get_attribute("data-state")
        == "graded"
    )
    page.screenshot(
        path=artifacts_dir / "attempt-9-my-courses-after.png", full_page=True
    )
    context.close()


def test_unsaved_answers_survive_a_dropped_page(browser, live_server, artifacts_dir):
    """The autosave fails (a weak connection that still shows "online"), the phone
    drops the page and loads it again: the answers the server never got come back
    from the device, are said to be restored, and are saved then."""
    cohort, pre, _post = build_cohort()
    enrolment = EnrolmentFactory(cohort=cohort)
    context, page = logged_in_page(browser, live_server, enrolment.learner)
    page.goto(live_server.url + f"/saya/asesmen/{pre.pk}/")
    page.locator("#assessment-action button[type=submit]").click()
    js_ready(page)
    attempt = Attempt.objects.get(assessment=pre, enrolment=enrolment)

    page.route("**/simpan/", lambda route: route.abort())
    page.locator("input[name=q1][value='0']").check()
    page.locator("input[name=q2][value='false']").check()
    page.wait_for_function(
        "document.getElementById('attempt-status').textContent.length > 0"
        " && !document.getElementById('attempt-status').textContent.match(/\\d\\d\\.\\d\\d/)"
    )
    assert [a.response for a in attempt.answers.order_by("position")] == [None, None]

    page.unroute("**/simpan/")
    with autosaved(page) as saved:
        page.reload()
    assert saved.value.ok
    js_ready(page)
    assert page.locator("input[name=q1][value='0']").is_checked()
    assert page.locator("input[name=q2][value='false']").is_checked()
    page.screenshot(path=artifacts_dir / "attempt-restored-phone.png", full_page=True)
    assert [a.response for a in attempt.answers.order_by("position")] == [0, False]

    # Saved: the device's copy is gone, so a later reload shows the server's answers.
    assert page.evaluate("Object.keys(localStorage).length") == 0
    context.close()


def test_the_attempt_works_without_javascript(browser, live_server, artifacts_dir):
    cohort, _, post = build_cohort()
    enrolment = EnrolmentFactory(cohort=cohort)
    client = Client()
    client.force_login(enrolment.learner)
    context = browser.new_context(
        viewport=PHONE, locale="id-ID", java_script_enabled=False
    )
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/saya/asesmen/{post.pk}/")
    page.locator("#assessment-action button[type=submit]").click()
    page.locator("input[name=q1][value='1']").check()  # wrong on purpose
    page.locator("button[name=action][value=next]").click()
    assert "soal=2" in page.url
    page.locator("input[name=q2][value='true']").check()
    page.locator("button[name=action][value=go-3]").click()
    page.locator("input[name=q3]").fill("JRA")
    page.locator("input[name=q3]").press("Enter")  # saves and stays
    assert "soal=3" in page.url
    assert page.locator("input[name=q3]").input_value() == "JRA"
    page.locator("button[name=action][value=finish]").first.click()
    assert page.locator("[data-unanswered]").get_attribute("data-unanswered") == "1"
    page.screenshot(path=artifacts_dir / "attempt-nojs-submit.png", full_page=True)
    page.locator("#submit-attempt").click()
    page.wait_for_selector("#attempt-result[data-status='graded']")
    assert page.locator("#attempt-result").get_attribute("data-percent") == "50.00"
    assert page.locator("#attempt-result").get_attribute("data-passed") == "false"
    context.close()


def test_practical_task_file_is_autosaved_from_a_phone(
    browser, live_server, artifacts_dir, tmp_path
):
    cohort = CohortFactory()
    task = AssessmentFactory(
        cohort=cohort, kind=Assessment.Kind.PRACTICAL_TASK, title="Tugas praktik"
    )
    add(task, "essay", "Susun daftar arsip aktif unit Anda.", {"rubric": ""})
    enrolment = EnrolmentFactory(cohort=cohort)
    context, page = logged_in_page(browser, live_server, enrolment.learner)
    page.goto(f"{live_server.url}/saya/asesmen/{task.pk}/")
    page.locator("#assessment-action button[type=submit]").click()
    js_ready(page)

    wrong = tmp_path / "daftar.exe"
    wrong.write_bytes(b"MZ\x90\x00")
    with autosaved(page):
        page.locator("input[name=q1_file]").set_input_files(wrong)
    page.wait_for_function("document.querySelector('[data-errors]').textContent")
    good = tmp_path / "daftar-arsip.pdf"
    good.write_bytes(b"%PDF-1.4 daftar arsip aktif")
    with autosaved(page):
        page.locator("textarea[name=q1]").fill("Terlampir daftar arsip aktif.")
        page.locator("input[name=q1_file]").set_input_files(good)
    page.wait_for_selector("[data-saved-file]")
    page.screenshot(path=artifacts_dir / "attempt-task-file.png", full_page=True)
    answer = Attempt.objects.get(assessment=task).answers.get()
    assert answer.file.name.endswith(".pdf")
    assert answer.file.read() == good.read_bytes()
    context.close()


def test_the_countdown_submits_the_answers_when_time_is_up(
    browser, live_server, artifacts_dir
):
    import datetime

    from django.utils import timezone

    from tests.factories_assessments import attempt_for

    cohort, _, post = build_cohort()
    enrolment = EnrolmentFactory(cohort=cohort)
    attempt = attempt_for(post, enrolment)
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() + datetime.timedelta(seconds=6)
    )
    context, page = logged_in_page(browser, live_server, enrolment.learner)
    page.goto(f"{live_server.url}/saya/percobaan/{attempt.pk}/")
    js_ready(page)
    page.locator("input[name=q1][value='0']").check()
    page.wait_for_selector("#attempt-result", timeout=15_000)  # no click: the clock
    page.screenshot(path=artifacts_dir / "attempt-time-up.png", full_page=True)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.answers.get(position=1).response == 0
    assert attempt.score == 1
    context.close()
