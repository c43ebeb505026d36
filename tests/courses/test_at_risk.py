"""The trainer's roster with progress, attendance, pre/post scores and the at-risk
flag, and the cohort's PDF summary for its trainers and for offices in scope."""

import subprocess
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import Assessment, Attempt, Attendance, Enrolment, LessonProgress
from courses.selectors.at_risk import cohort_roster_with_risk_for
from courses.selectors.ledger import cohort_report_for
from tests.courses.test_ledger import client_of, make_office, person_in
from tests.factories import course_tree
from tests.factories_assessments import AssessmentFactory
from tests.factories_cohorts import (
    AttendanceFactory,
    CohortFactory,
    EnrolmentFactory,
    SessionFactory,
    TrainerFactory,
)

S = Enrolment.Status


def graded(assessment, enrolment, score: str, number: int = 1) -> Attempt:
    return Attempt.objects.create(
        assessment=assessment,
        enrolment=enrolment,
        number=number,
        seed=1,
        status=Attempt.Status.GRADED,
        score=Decimal(score),
        max_score=Decimal("10"),
        submitted_at=timezone.now(),
    )


@pytest.fixture
def cohort_world(db):
    """A 10-day cohort on its 9th day with 4 required lessons, two past sessions,
    a pre-test and a post-test (pass mark 70)."""
    today = timezone.localdate()
    trainer = TrainerFactory()
    _, course_page, _, lessons = course_tree(modules=2, lessons_per_module=2)
    cohort = CohortFactory(
        course=course_page.course,
        trainers=[trainer],
        starts_on=today - timedelta(days=8),
        ends_on=today + timedelta(days=1),
        min_attendance_percent=80,
    )
    now = timezone.now()
    sessions = [
        SessionFactory(
            cohort=cohort,
            starts_at=now - timedelta(days=d),
            ends_at=now - timedelta(days=d) + timedelta(hours=2),
        )
        for d in (8, 2)
    ]
    pre = AssessmentFactory(cohort=cohort, kind=Assessment.Kind.PRE_TEST)
    post = AssessmentFactory(cohort=cohort, kind=Assessment.Kind.POST_TEST)
    return {
        "trainer": trainer,
        "cohort": cohort,
        "lessons": lessons,
        "sessions": sessions,
        "pre": pre,
        "post": post,
    }


def good_learner(world, name="Siti Aminah"):
    enrolment = EnrolmentFactory(
        cohort=world["cohort"], learner__profile__full_name=name
    )
    for session in world["sessions"]:
        AttendanceFactory(session=session, enrolment=enrolment)
    for lesson in world["lessons"]:
        LessonProgress.objects.create(
            enrolment=enrolment, lesson=lesson, completed_at=timezone.now()
        )
    graded(world["pre"], enrolment, "4")
    graded(world["post"], enrolment, "8")
    return enrolment


def test_measures_and_no_risk_for_a_learner_on_track(cohort_world):
    enrolment = good_learner(cohort_world)
    (line,) = cohort_roster_with_risk_for(cohort=cohort_world["cohort"])
    assert line.enrolment == enrolment
    assert line.attendance_percent == 100
    assert (line.lessons_done, line.lessons_total, line.progress_percent) == (4, 4, 100)
    assert line.pre_percent == Decimal("40") and line.post_percent == Decimal("80")
    assert line.risks == []


def test_every_reason_of_risk_is_given(cohort_world):
    world = cohort_world
    lagging = EnrolmentFactory(cohort=world["cohort"])
    AttendanceFactory(
        session=world["sessions"][0], enrolment=lagging, status=Attendance.Status.ABSENT
    )
    AttendanceFactory(session=world["sessions"][1], enrolment=lagging)
    old = timezone.now() - timedelta(days=8)
    Attendance.objects.filter(enrolment=lagging).update(recorded_at=old)
    LessonProgress.objects.create(
        enrolment=lagging,
        lesson=world["lessons"][0],
        completed_at=old,
        first_viewed_at=old,
        last_viewed_at=old,
    )
    graded(world["post"], lagging, "5")
    Attempt.objects.filter(enrolment=lagging).update(started_at=old)
    (line,) = cohort_roster_with_risk_for(cohort=world["cohort"])
    assert line.attendance_percent == 50
    assert line.progress_percent == 25  # 90% of the cohort's days have passed
    assert line.post_percent == Decimal("50")
    assert len(line.risks) == 4  # attendance, lessons, post-test failed, inactive

    fresh = EnrolmentFactory(cohort=world["cohort"])
    lines = {
        x.enrolment: x for x in cohort_roster_with_risk_for(cohort=world["cohort"])
    }
    # never attended (0%), no lesson, no post-test, nothing at all in 7 days
    assert len(lines[fresh].risks) == 4
    assert lines[fresh].attendance_percent == 0


def test_only_learners_still_studying_are_flagged(cohort_world):
    world = cohort_world
    for status in (S.REQUESTED, S.WAITLISTED, S.COMPLETED, S.NOT_COMPLETED):
        EnrolmentFactory(cohort=world["cohort"], status=status)
    assert not any(
        line.at_risk for line in cohort_roster_with_risk_for(cohort=world["cohort"])
    )


def test_nobody_is_at_risk_before_the_cohort_starts(db):
    cohort = CohortFactory(starts_on=timezone.localdate() + timedelta(days=3))
    EnrolmentFactory(cohort=cohort)
    assert not cohort_roster_with_risk_for(cohort=cohort)[0].at_risk


def test_roster_reads_the_same_number_of_queries_for_5_or_40_learners(cohort_world):
    world = cohort_world

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            cohort_roster_with_risk_for(cohort=world["cohort"])
        return len(captured)

    for n in range(5):
        good_learner(world, f"Peserta {n}")
    five = queries()
    for n in range(5, 40):
        good_learner(world, f"Peserta {n}")
    assert queries() == five

    client = Client()
    client.force_login(world["trainer"])
    url = reverse("courses:trainer_cohort", args=[world["cohort"].pk])
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert len(captured) < 30


def test_trainer_page_shows_measures_flags_and_the_at_risk_filter(cohort_world):
    world = cohort_world
    good = good_learner(world)
    lagging = EnrolmentFactory(cohort=world["cohort"])
    requested = EnrolmentFactory(cohort=world["cohort"], status=S.REQUESTED)
    client = Client()
    client.force_login(world["trainer"])
    url = reverse("courses:trainer_cohort", args=[world["cohort"].pk])
    content = client.get(url).content.decode()
    assert f'data-enrolment="{good.pk}"' in content
    assert 'data-attendance="100"' in content and 'data-post="80"' in content
    assert content.count("data-at-risk ") + content.count("data-at-risk>") == 1
    assert 'id="at-risk-count" data-at-risk="1"' in content
    # the approve buttons of a requested enrolment are still there
    assert (
        reverse("courses:trainer_enrolment_decide", args=[requested.pk, "setujui"])
        in content
    )
    only = client.get(url, {"risiko": "1"})
    assert [line.enrolment for line in only.context["roster"]] == [lagging]


# --- PDF summary ---------------------------------------------------------------------


def test_pdf_summary_for_trainer_and_offices_in_scope(regions, cohort_world, tmp_path):
    world = cohort_world
    city = make_office("62.71", "dpk-palangkaraya")
    kaltim = make_office("64", "dpk-kaltim")
    palangka = person_in("62.71", "", "Ni Luh Ayu Cahyaningsih, S.I.Pust.")
    samarinda = person_in("64.72", "", "Muḥammad Daeng Mappasessu")
    for learner in (palangka, samarinda):
        enrolment = EnrolmentFactory(cohort=world["cohort"], learner=learner)
        AttendanceFactory(session=world["sessions"][0], enrolment=enrolment)
    url = reverse("courses:cohort_report_pdf", args=[world["cohort"].pk])

    trainer = Client()
    trainer.force_login(world["trainer"])
    response = trainer.get(url)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content, tmp_path)
    assert "Muḥammad Daeng Mappasessu" in text
    assert "Ni Luh Ayu Cahyaningsih" in text

    text = pdf_text(client_of(city).get(url).content, tmp_path)
    assert "Ni Luh Ayu Cahyaningsih" in text
    assert "Mappasessu" not in text
    assert "Peserta (1)" in text

    text = pdf_text(client_of(kaltim).get(url).content, tmp_path)
    assert "Mappasessu" in text and "Cahyaningsih" not in text

    # Totals follow the office's scope; computed independently here.
    report = cohort_report_for(cohort=world["cohort"], office=city)
    assert [e.learner for e in report.enrolments] == [palangka]
    assert (report.totals.nominated, report.totals.approved) == (1, 1)
    # one of two sessions attended: 50% is below the 80% minimum
    assert report.totals.attended == 0 and report.totals.completed == 0
    everyone = cohort_report_for(cohort=world["cohort"])
    assert (
        everyone.totals.nominated
        == Enrolment.objects.filter(cohort=world["cohort"]).count()
    )

    other = make_office("63", "dpk-kalsel")
    assert client_of(other).get(url).status_code == 404
    outsider = Client()
    outsider.force_login(palangka)
    assert outsider.get(url).status_code == 404


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert pdf.startswith(b"%PDF")
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(source), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# --- roster download ------------------------------------------------------------------


def test_trainer_downloads_the_roster_with_measures_and_risks(cohort_world):
    import csv
    import io

    from openpyxl import load_workbook

    world = cohort_world
    good = good_learner(world, "Siti Aminah")
    lagging = EnrolmentFactory(
        cohort=world["cohort"], learner__profile__full_name="Budi Santoso"
    )
    AttendanceFactory(
        session=world["sessions"][0], enrolment=lagging, status=Attendance.Status.ABSENT
    )
    graded(world["pre"], lagging, "2")
    graded(world["post"], lagging, "5")
    requested = EnrolmentFactory(
        cohort=world["cohort"],
        status=S.REQUESTED,
        learner__profile__full_name="Citra Lestari",
    )
    client = Client()
    client.force_login(world["trainer"])
    page = client.get(reverse("courses:trainer_cohort", args=[world["cohort"].pk]))
    assert 'data-export="roster-csv"' in page.content.decode()
    url = reverse("courses:trainer_cohort_export", args=[world["cohort"].pk, "csv"])
    response = client.get(url)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert len(header) == 16
    by_name = {row[0]: row for row in rows}
    assert set(by_name) == {"Siti Aminah", "Budi Santoso", "Citra Lestari"}
    siti = by_name["Siti Aminah"]
    # 4 of 4 lessons, both sessions, pre 4/10, post 8/10: g = (80-40)/(100-40)
    assert siti[6:13] == ["4", "4", "100", "100.0", "40.00", "80.00", "0.6667"]
    assert siti[15] == ""
    budi = by_name["Budi Santoso"]
    assert budi[6:9] == ["0", "4", "0"]
    assert float(budi[9]) == 0.0  # absent from the one session marked, 2nd unmarked
    # g = (50 - 20) / (100 - 20)
    assert budi[12] == "0.3750"
    assert budi[15] and budi[14] != siti[14]  # at risk, with its reasons
    lines = {
        line.enrolment.pk: line
        for line in cohort_roster_with_risk_for(cohort=world["cohort"])
    }
    assert budi[15] == "; ".join(lines[lagging.pk].risks)
    assert by_name["Citra Lestari"][15] == ""
    assert {good.pk, lagging.pk, requested.pk} == set(lines)

    response = client.get(url.replace("csv", "xlsx"), {"risiko": "1"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)[1:]
    assert [row[0] for row in values] == ["Budi Santoso"]
    assert values[0][12] == 0.375

    other = Client()
    other.force_login(TrainerFactory())
    assert other.get(url).status_code == 403
    bad = reverse("courses:trainer_cohort_export", args=[world["cohort"].pk, "pdf"])
    assert client.get(bad).status_code == 404
