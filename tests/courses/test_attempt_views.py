"""The learner's attempt pages: who may see them, every question kind rendered and
saved without JavaScript, the autosave endpoint, submit once, late answers, the
remedial rule, practical-task files, and a bounded number of queries."""

import datetime
import html
import re
from decimal import Decimal

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.exceptions import (
    AssessmentHasNoQuestions,
    EnrolmentWithdrawn,
    RetakeNotAllowed,
)
from courses.models import Assessment, AssessmentItem, Attempt, QuestionVersion
from courses.services.grading import question_regrade
from tests.factories_assessments import (
    AssessmentFactory,
    QuestionFactory,
    attempt_for,
    correct_responses,
)
from tests.factories_cohorts import EnrolmentFactory

pytestmark = pytest.mark.django_db

KIND_DATA = {
    "single": None,  # the factory's four options, A correct
    "multiple": {
        "options": [
            {"text": "Arsip vital", "fraction": 0.5},
            {"text": "Arsip terjaga", "fraction": 0.5},
            {"text": "Arsip inaktif", "fraction": -1},
        ]
    },
    "true_false": {"answer": True},
    "short_answer": {"accepted": [{"text": "SRIKANDI", "fraction": 1}]},
    "numeric": {"answers": [{"value": 12.5, "tolerance": 0, "fraction": 1}]},
    "matching": {
        "pairs": [
            {"left": "JRA", "right": "Jadwal Retensi Arsip"},
            {"left": "SKKAA", "right": "Klasifikasi Keamanan"},
        ],
        "distractors": ["Daftar Arsip Aktif"],
    },
    "essay": {"rubric": "Jelaskan"},
}


def url(name, obj):
    key = "assessment_id" if isinstance(obj, Assessment) else "attempt_id"
    return reverse(f"courses:{name}", kwargs={key: obj.pk})


def every_kind_assessment(**fields):
    assessment = AssessmentFactory(kind=Assessment.Kind.QUIZ, **fields)
    for position, (kind, data) in enumerate(KIND_DATA.items()):
        extra = {"data": data} if data else {}
        AssessmentItem.objects.create(
            assessment=assessment,
            position=position,
            question=QuestionFactory(
                course=assessment.cohort.course, kind=kind, name=kind, **extra
            ),
        )
    return assessment


@pytest.fixture
def learner_client(client):
    def login(enrolment):
        client.force_login(enrolment.learner)
        return client

    return login


def test_every_kind_renders_saves_and_submits_without_javascript(learner_client):
    assessment = every_kind_assessment()
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    client = learner_client(enrolment)

    intro = client.get(url("assessment_detail", assessment))
    assert intro.status_code == 200
    assert 'data-state="open"' in intro.text
    started = client.post(url("attempt_start", assessment))
    attempt = Attempt.objects.get(enrolment=enrolment)
    assert started.url == url("attempt_take", attempt)

    page = client.get(started.url).text
    assert 'type="radio" name="q1"' in page
    assert 'type="checkbox" name="q2"' in page
    assert 'name="q3" value="true"' in page
    assert 'inputmode="decimal"' in page and 'name="q5"' in page
    assert 'name="q6_0"' in page and 'name="q6_1"' in page
    assert '<textarea class="form-control" rows="7" id="id_q7" name="q7"' in page
    assert 'type="file"' not in page  # files only for practical tasks
    assert "js/attempt.js" in page

    response = client.post(
        started.url,
        {
            "soal": "",
            "q1": "0",
            "q2": ["1", "0"],
            "q3": "true",
            "q4": " srikandi ",
            "q5": "12,5",
            "q6_0": "Jadwal Retensi Arsip",
            "q6_1": "Daftar Arsip Aktif",
            "q7": "Jadwal retensi menentukan jangka simpan.",
            "action": "finish",
        },
    )
    assert response.url == url("attempt_submit", attempt)
    saved = dict(attempt.answers.values_list("position", "response"))
    assert saved == {
        1: 0,
        2: [0, 1],
        3: True,
        4: "srikandi",
        5: "12,5",
        6: {"0": "Jadwal Retensi Arsip", "1": "Daftar Arsip Aktif"},
        7: "Jadwal retensi menentukan jangka simpan.",
    }

    confirm = client.get(response.url)
    assert 'data-unanswered="0"' in confirm.text
    result = client.post(url("attempt_submit", attempt))
    assert result.url == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED  # the essay waits for a grader
    assert attempt.score == Decimal("5.50")  # matching earns half
    shown = client.get(result.url)
    assert 'data-status="submitted"' in shown.text
    assert shown.text.count("data-question=") == 7


def test_reload_shows_the_saved_answers(learner_client):
    assessment = every_kind_assessment()
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(
        url("attempt_take", attempt),
        {
            "q1": "2",
            "q2": ["1"],
            "q3": "false",
            "q5": "7",
            "q6_1": "Klasifikasi Keamanan",
        },
    )

    page = client.get(url("attempt_take", attempt)).text
    assert 'name="q1" value="2" checked' in page
    assert 'name="q2" value="1" checked' in page
    assert 'name="q3" value="false" checked' in page
    assert 'name="q5" value="7"' in page
    assert '<option value="Klasifikasi Keamanan" selected>' in page


def test_options_follow_the_attempts_stored_order(learner_client):
    assessment = AssessmentFactory(questions=1, shuffle_options=True)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    order = attempt.answers.get().option_order
    page = learner_client(enrolment).get(url("attempt_take", attempt)).text
    shown = [int(v) for v in re.findall(r'name="q1" value="(\d)"', page)]
    assert shown == order


def test_one_question_per_page_moves_with_the_buttons(learner_client):
    assessment = AssessmentFactory(questions=3, one_question_per_page=True)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    take = url("attempt_take", attempt)

    first = client.get(take).text
    assert 'name="q1"' in first and 'name="q2"' not in first
    assert first.count("data-nav=") == 3
    moved = client.post(f"{take}?soal=1", {"soal": "1", "q1": "0", "action": "next"})
    assert moved.url == f"{take}?soal=2"
    jumped = client.post(f"{take}?soal=2", {"soal": "2", "q2": "1", "action": "go-3"})
    assert jumped.url == f"{take}?soal=3"
    back = client.post(f"{take}?soal=3", {"soal": "3", "action": "prev"})
    assert back.url == f"{take}?soal=2"
    finish = client.post(f"{take}?soal=3", {"soal": "3", "q3": "0", "action": "finish"})
    assert finish.url == url("attempt_submit", attempt)
    assert dict(attempt.answers.values_list("position", "response")) == {
        1: 0,
        2: 1,
        3: 0,
    }
    confirm = client.get(finish.url).text
    assert 'data-unanswered="0"' in confirm


def test_learners_only_see_their_own_attempts(client):
    assessment = AssessmentFactory(questions=2)
    attempt = attempt_for(assessment)
    stranger = EnrolmentFactory(cohort=assessment.cohort)  # same cohort, other person
    client.force_login(stranger.learner)

    for name in ("attempt_take", "attempt_submit", "attempt_result"):
        assert client.get(url(name, attempt)).status_code == 404
    assert client.post(url("attempt_autosave", attempt), {"q1": "1"}).status_code == 404
    assert client.post(url("attempt_submit", attempt)).status_code == 404
    assert attempt.answers.exclude(response=None).count() == 0

    outsider = EnrolmentFactory()  # another cohort
    client.force_login(outsider.learner)
    assert client.get(url("assessment_detail", assessment)).status_code == 404
    assert client.post(url("attempt_start", assessment)).status_code == 404
    waiting = EnrolmentFactory(cohort=assessment.cohort, status="requested")
    client.force_login(waiting.learner)
    assert client.get(url("assessment_detail", assessment)).status_code == 404
    client.logout()
    assert client.get(url("attempt_take", attempt)).status_code == 302  # to log in


def test_autosave_answers_json_and_reports_bad_input_without_losing_the_rest(
    learner_client,
):
    assessment = every_kind_assessment(time_limit_minutes=30)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)

    response = client.post(
        url("attempt_autosave", attempt), {"soal": "", "q1": "1", "q5": "dua belas"}
    )
    body = response.json()
    assert response.status_code == 200 and body["ok"] is True
    assert re.fullmatch(r"\d\d\.\d\d", body["saved_at"])
    assert 1700 < body["remaining"] <= 1800
    assert list(body["errors"]) == ["q5"]
    saved = dict(attempt.answers.values_list("position", "response"))
    assert saved[1] == 1 and saved[5] is None


def test_autosave_after_the_deadline_is_refused_and_closes_the_attempt(learner_client):
    assessment = AssessmentFactory(questions=3, time_limit_minutes=10)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_autosave", attempt), {"q1": "0", "q2": "0"})

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=11)):
        response = client.post(url("attempt_autosave", attempt), {"q3": "0"})
    assert response.status_code == 409
    body = response.json()
    assert body["closed"] is True and body["message"]
    assert body["result_url"] == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED and attempt.score == 2

    again = client.post(url("attempt_autosave", attempt), {"q3": "0"})
    assert again.status_code == 409


def test_double_submit_redirects_to_the_result_and_changes_nothing(learner_client):
    assessment = AssessmentFactory(questions=2)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_autosave", attempt), {"q1": "0"})

    first = client.post(url("attempt_submit", attempt))
    attempt.refresh_from_db()
    submitted_at, score = attempt.submitted_at, attempt.score
    second = client.post(url("attempt_submit", attempt))
    assert first.url == second.url == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert (attempt.submitted_at, attempt.score) == (submitted_at, score)
    # The attempt page now leads to the result too.
    assert client.get(url("attempt_take", attempt)).url == url(
        "attempt_result", attempt
    )
    late_save = client.post(url("attempt_take", attempt), {"q2": "0"})
    assert late_save.url == url("attempt_result", attempt)
    assert attempt.answers.get(position=2).response is None


def test_a_late_page_post_is_refused_and_the_saved_answers_are_scored(learner_client):
    assessment = AssessmentFactory(questions=2, time_limit_minutes=5)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), {"q1": "0", "action": "stay"})

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=6)):
        response = client.post(
            url("attempt_submit", attempt), {"soal": "", "q1": "0", "q2": "0"}
        )
    assert response.url == url("attempt_result", attempt)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score == 1  # q2 arrived after the deadline
    assert attempt.submitted_at == attempt.deadline


def test_remedial_rule_on_the_intro_page(learner_client):
    assessment = AssessmentFactory(questions=2, attempts_allowed=3)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    client = learner_client(enrolment)
    attempt = attempt_for(assessment, enrolment)
    client.post(url("attempt_take", attempt), {"q1": "0", "q2": "0"})
    client.post(url("attempt_submit", attempt))

    intro = client.get(url("assessment_detail", assessment)).text
    assert 'data-state="graded"' in intro
    assert url("attempt_start", assessment) not in intro
    refused = client.post(url("attempt_start", assessment))
    assert refused.url == url("assessment_detail", assessment)
    assert Attempt.objects.filter(enrolment=enrolment).count() == 1


def test_a_failed_attempt_can_be_retaken(learner_client):
    assessment = AssessmentFactory(questions=2, attempts_allowed=2)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    client = learner_client(enrolment)
    client.post(url("attempt_start", assessment))
    first = Attempt.objects.get(enrolment=enrolment)
    client.post(url("attempt_submit", first))

    intro = client.get(url("assessment_detail", assessment)).text
    assert url("attempt_start", assessment) in intro
    response = client.post(url("attempt_start", assessment))
    second = Attempt.objects.get(enrolment=enrolment, number=2)
    assert response.url == url("attempt_take", second)


def test_practical_task_file_is_checked_and_saved(learner_client):
    assessment = AssessmentFactory(kind=Assessment.Kind.PRACTICAL_TASK)
    AssessmentItem.objects.create(
        assessment=assessment,
        question=QuestionFactory(
            course=assessment.cohort.course, kind="essay", data={"rubric": ""}
        ),
    )
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    take = url("attempt_take", attempt)
    assert 'type="file"' in client.get(take).text

    program = SimpleUploadedFile("tugas.exe", b"MZ\x90\x00", "application/octet-stream")
    refused = client.post(take, {"q1": "Daftar arsip", "q1_file": program})
    assert (
        refused.status_code == 200 and 'data-errors role="alert"><div>' in refused.text
    )
    answer = attempt.answers.get()
    assert not answer.file and answer.response == "Daftar arsip"  # text still saved

    renamed = SimpleUploadedFile("tugas.pdf", b"MZ\x90\x00", "application/pdf")
    assert client.post(take, {"q1_file": renamed}).status_code == 200
    big = SimpleUploadedFile(
        "tugas.pdf", b"%PDF" + b"0" * (10 * 1024 * 1024), "application/pdf"
    )
    response = client.post(url("attempt_autosave", attempt), {"q1_file": big})
    assert list(response.json()["errors"]) == ["q1_file"]
    answer.refresh_from_db()
    assert not answer.file

    photo = SimpleUploadedFile("foto.jpg", b"\xff\xd8\xff\xe0rest", "image/jpeg")
    body = client.post(url("attempt_autosave", attempt), {"q1_file": photo}).json()
    assert body["files"] == {"1": "foto.jpg"} and body["errors"] == {}

    scan = SimpleUploadedFile("daftar arsip.png", b"\x89PNG\r\n\x1a\n0000", "image/png")
    saved = client.post(take, {"q1": "Daftar arsip", "q1_file": scan, "action": "stay"})
    assert saved.status_code == 302
    answer.refresh_from_db()
    assert answer.file.name.endswith(".png")
    assert "daftar" in client.get(take).text


def test_result_waits_for_the_close_when_feedback_comes_after_it(learner_client):
    closes = timezone.now() + datetime.timedelta(days=1)
    assessment = AssessmentFactory(
        questions=2,
        feedback_timing=Assessment.FeedbackTiming.AFTER_CLOSE,
        closes_at=closes,
    )
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), correct_form(attempt))
    client.post(url("attempt_submit", attempt))

    hidden = client.get(url("attempt_result", attempt)).text
    assert "data-percent" not in hidden and "data-question=" not in hidden
    with time_machine.travel(closes + datetime.timedelta(minutes=1)):
        shown = client.get(url("attempt_result", attempt)).text
    assert 'data-percent="100.00"' in shown and 'data-passed="true"' in shown
    assert shown.count("data-question=") == 2


def correct_form(attempt):
    return {f"q{pos}": str(index) for pos, index in correct_responses(attempt).items()}


def test_feedback_of_the_chosen_option_is_shown(learner_client):
    data = {
        "options": [
            {"text": "Benar", "fraction": 1, "feedback": "Tepat, itu JRA."},
            {"text": "Salah", "fraction": 0, "feedback": "Lihat modul 2."},
        ]
    }
    assessment = AssessmentFactory()
    AssessmentItem.objects.create(
        assessment=assessment,
        question=QuestionFactory(
            course=assessment.cohort.course, data=data, feedback="Umpan balik umum"
        ),
    )
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), {"q1": "1"})
    client.post(url("attempt_submit", attempt))
    result = client.get(url("attempt_result", attempt)).text
    assert "Lihat modul 2." in result and "Umpan balik umum" in result
    assert "Tepat, itu JRA." not in result  # the key is not given away


@pytest.mark.parametrize("one_per_page", [False, True])
def test_attempt_page_queries_do_not_grow_with_the_questions(
    learner_client, one_per_page
):
    counts = {}
    for size in (5, 40):
        assessment = AssessmentFactory(
            questions=size, one_question_per_page=one_per_page
        )
        enrolment = EnrolmentFactory(cohort=assessment.cohort)
        attempt = attempt_for(assessment, enrolment)
        client = learner_client(enrolment)
        take = url("attempt_take", attempt)
        client.get(take)  # warm the session
        with CaptureQueriesContext(connection) as get_queries:
            assert client.get(take).status_code == 200
        form = {f"q{n}": "0" for n in range(1, size + 1)}
        with CaptureQueriesContext(connection) as post_queries:
            assert client.post(take, form).status_code == 302
        with CaptureQueriesContext(connection) as save_queries:
            client.post(url("attempt_autosave", attempt), form)
        counts[size] = (len(get_queries), len(post_queries), len(save_queries))
    assert counts[5] == counts[40]
    assert max(counts[40]) <= 12


def test_my_courses_lists_each_cohorts_assessments_with_their_state(learner_client):
    enrolment = EnrolmentFactory()
    cohort = enrolment.cohort
    later = timezone.now() + datetime.timedelta(days=2)
    pre = AssessmentFactory(cohort=cohort, kind="pre_test", questions=1)
    post = AssessmentFactory(
        cohort=cohort, kind="post_test", questions=1, opens_at=later
    )
    quiz = AssessmentFactory(cohort=cohort, kind="quiz", questions=1)
    attempt = attempt_for(pre, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), {"q1": "0"})
    client.post(url("attempt_submit", attempt))
    attempt_for(quiz, enrolment)
    AssessmentFactory(questions=1)  # another cohort's: not listed

    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("courses:my_courses")).text
    states = dict(re.findall(r'data-assessment="(\d+)" data-state="(\w+)"', page))
    assert states == {
        str(pre.pk): "graded",
        str(quiz.pk): "in_progress",
        str(post.pk): "not_open",
    }
    assert url("assessment_detail", post) in page
    assert len(queries) < 30


def test_an_assessment_without_questions_is_not_offered(learner_client):
    enrolment = EnrolmentFactory()
    empty = AssessmentFactory(cohort=enrolment.cohort, kind=Assessment.Kind.QUIZ)
    client = learner_client(enrolment)

    page = client.get(reverse("courses:my_courses")).text
    assert f'data-assessment="{empty.pk}" data-state="no_questions"' in page
    intro = client.get(url("assessment_detail", empty)).text
    assert url("attempt_start", empty) not in intro
    with translation.override("id"):
        message = html.escape(str(AssessmentHasNoQuestions.message))
    assert message in intro

    refused = client.post(url("attempt_start", empty), follow=True)
    assert refused.redirect_chain == [(url("assessment_detail", empty), 302)]
    assert refused.text.count(message) == 2  # the error and the page's own note
    assert not Attempt.objects.exists()


def test_remedial_rule_does_not_tell_a_pass_before_feedback_opens(learner_client):
    closes = timezone.now() + datetime.timedelta(days=1)
    assessment = AssessmentFactory(
        questions=2,
        attempts_allowed=3,
        feedback_timing=Assessment.FeedbackTiming.AFTER_CLOSE,
        closes_at=closes,
    )
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), correct_form(attempt))
    client.post(url("attempt_submit", attempt))
    with translation.override("id"):
        passed = html.escape(gettext("You passed this assessment."))
        refused_text = html.escape(
            str(RetakeNotAllowed(feedback_visible=False).message)
        )

    intro = client.get(url("assessment_detail", assessment)).text
    assert passed not in intro and 'id="no-retake"' in intro
    assert "data-percent" not in intro
    refused = client.post(url("attempt_start", assessment), follow=True).text
    assert refused_text in refused and passed not in refused

    with time_machine.travel(closes - datetime.timedelta(minutes=1)):
        assert passed not in client.get(url("assessment_detail", assessment)).text
    assessment.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    assessment.save(update_fields=["closes_at"])
    shown = client.get(url("assessment_detail", assessment)).text
    assert passed in shown and 'id="no-retake"' not in shown


def test_a_withdrawn_learner_is_told_and_nothing_is_saved(learner_client):
    assessment = AssessmentFactory(questions=2)
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), {"q1": "0"})
    enrolment.status = "withdrawn"
    enrolment.save(update_fields=["status"])
    with translation.override("id"):
        message = html.escape(str(EnrolmentWithdrawn.message))
    my_courses = reverse("courses:my_courses")

    for response in (
        client.get(url("attempt_take", attempt), follow=True),
        client.post(url("attempt_take", attempt), {"q2": "0"}, follow=True),
        client.get(url("attempt_submit", attempt), follow=True),
        client.post(url("attempt_submit", attempt), {"q2": "0"}, follow=True),
    ):
        assert response.redirect_chain[-1] == (my_courses, 302)
        assert message in response.text
    autosave = client.post(url("attempt_autosave", attempt), {"q2": "0"})
    assert autosave.status_code == 409
    assert autosave.json()["result_url"] == my_courses

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert dict(attempt.answers.values_list("position", "response")) == {
        1: 0,
        2: None,
    }


def test_result_page_marks_a_regraded_answer_by_the_fixed_key(learner_client):
    assessment = AssessmentFactory(questions=1, pass_mark=Decimal("100"))
    question = assessment.items.get().question
    enrolment = EnrolmentFactory(cohort=assessment.cohort)
    attempt = attempt_for(assessment, enrolment)
    client = learner_client(enrolment)
    client.post(url("attempt_take", attempt), {"q1": "1"})  # B, wrong under v1
    client.post(url("attempt_submit", attempt))
    wrong = client.get(url("attempt_result", attempt)).text
    assert 'class="text-danger">✗ Pilihan B' in wrong
    fixed = QuestionVersion.objects.create(
        question=question,
        number=2,
        text="Soal diperbaiki",
        data={
            "options": [
                {"text": "Pilihan B", "fraction": 1, "feedback": "Ya, B."},
                {"text": "Pilihan A", "fraction": 0},
            ]
        },
    )

    question_regrade(question=question, to_version=fixed, reason="Kunci", by=None)

    right = client.get(url("attempt_result", attempt)).text
    assert 'class="text-success">✓ Pilihan B' in right and "Ya, B." in right
    assert 'data-points="1.00"' in right and 'data-passed="true"' in right
