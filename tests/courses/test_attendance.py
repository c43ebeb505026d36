"""Attendance: QR check-in rules, the trainer's roster, percentages, reminders."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.checkin import (
    CHECKIN_STEP_SECONDS,
    CheckInTokenInvalid,
    CheckInWindowClosed,
    checkin_token,
    checkin_token_is_valid,
    scan_ticket_make,
    scan_ticket_read,
)
from courses.exceptions import CheckInRefused, NotEnrolled
from courses.models import Attendance, Cohort, Enrolment
from courses.selectors.attendance import (
    attendance_percent_by_enrolment,
    attendance_percent_for,
    roster_for,
    session_list_for_trainer,
)
from courses.services.attendance import (
    attendance_check_in,
    attendance_mark,
    attendance_mark_many,
)
from courses.tasks.attendance import session_reminders_send
from tests.factories import UserFactory
from tests.factories_cohorts import (
    AttendanceFactory,
    CohortFactory,
    EnrolmentFactory,
    LearnerFactory,
    SessionFactory,
    TrainerFactory,
)

pytestmark = pytest.mark.django_db

# A session from 08:00 to 10:00 WIB on 10 March 2026.
STARTS = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
ENDS = STARTS + timedelta(hours=2)

Status = Attendance.Status


@pytest.fixture
def session():
    return SessionFactory(starts_at=STARTS, ends_at=ENDS)


@pytest.fixture
def enrolment(session):
    return EnrolmentFactory(cohort=session.cohort)


def check_in_at(session, learner, at, token=None):
    with time_machine.travel(at, tick=False):
        return attendance_check_in(
            session=session,
            learner=learner,
            token=checkin_token(session=session) if token is None else token,
        )


# --- QR check-in ------------------------------------------------------------------


def test_token_is_accepted_in_the_window_and_records_present(session, enrolment):
    attendance = check_in_at(session, enrolment.learner, STARTS - timedelta(minutes=10))

    assert attendance.status == Status.PRESENT
    assert attendance.method == Attendance.Method.QR
    assert attendance.enrolment == enrolment
    assert attendance.recorded_by == enrolment.learner


@pytest.mark.parametrize(
    "at",
    [
        STARTS - timedelta(minutes=30),  # the window opens
        ENDS,  # and closes inclusively
    ],
)
def test_check_in_at_the_edges_of_the_window_is_accepted(session, enrolment, at):
    check_in_at(session, enrolment.learner, at)

    assert Attendance.objects.filter(session=session).count() == 1


@pytest.mark.parametrize(
    "at",
    [
        STARTS - timedelta(minutes=30, seconds=1),  # before the window
        STARTS - timedelta(days=1),
        ENDS + timedelta(seconds=1),  # after the session ended
        ENDS + timedelta(hours=5),
    ],
)
def test_qr_check_in_outside_its_window_is_refused(session, enrolment, at):
    with pytest.raises(CheckInWindowClosed):
        check_in_at(session, enrolment.learner, at)

    assert not Attendance.objects.exists()


def test_token_of_the_previous_step_is_accepted(session, enrolment):
    scanned = STARTS
    token = checkin_token(session=session, at=scanned)

    check_in_at(
        session,
        enrolment.learner,
        scanned + timedelta(seconds=CHECKIN_STEP_SECONDS),
        token,
    )

    assert Attendance.objects.filter(session=session).count() == 1


def test_expired_token_is_refused(session, enrolment):
    token = checkin_token(session=session, at=STARTS)
    two_steps_later = STARTS + timedelta(seconds=2 * CHECKIN_STEP_SECONDS)

    with pytest.raises(CheckInTokenInvalid):
        check_in_at(session, enrolment.learner, two_steps_later, token)
    assert not Attendance.objects.exists()


def test_token_from_the_future_is_refused(session):
    later = checkin_token(session=session, at=STARTS + timedelta(minutes=1))

    assert not checkin_token_is_valid(session=session, token=later, at=STARTS)


@pytest.mark.parametrize("token", ["", "x" * 20, "AAAAAAAAAAAAAAAAAAAA", "é" * 20])
def test_forged_token_is_refused(session, enrolment, token):
    with pytest.raises(CheckInTokenInvalid):
        check_in_at(session, enrolment.learner, STARTS, token)


def test_token_of_another_session_is_refused(session, enrolment):
    other = SessionFactory(cohort=session.cohort, starts_at=STARTS, ends_at=ENDS)

    with pytest.raises(CheckInTokenInvalid):
        check_in_at(
            session,
            enrolment.learner,
            STARTS,
            checkin_token(session=other, at=STARTS),
        )


def test_token_depends_on_the_secret_key(session, settings):
    token = checkin_token(session=session, at=STARTS)
    settings.SECRET_KEY = "another-installation"

    assert not checkin_token_is_valid(session=session, token=token, at=STARTS)


def test_learner_not_enrolled_is_refused(session):
    stranger = LearnerFactory()
    EnrolmentFactory(learner=stranger)  # enrolled in another cohort only

    with pytest.raises(NotEnrolled):
        check_in_at(session, stranger, STARTS)
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    "status",
    [
        Enrolment.Status.REJECTED,
        Enrolment.Status.WITHDRAWN,
        Enrolment.Status.REQUESTED,
        Enrolment.Status.WAITLISTED,
        Enrolment.Status.COMPLETED,
    ],
)
def test_enrolment_that_may_not_attend_is_refused(session, status):
    enrolment = EnrolmentFactory(cohort=session.cohort, status=status)

    with pytest.raises(NotEnrolled):
        check_in_at(session, enrolment.learner, STARTS)
    assert not Attendance.objects.exists()


def test_approved_enrolment_checks_in_and_stays_approved(session):
    enrolment = EnrolmentFactory(
        cohort=session.cohort, status=Enrolment.Status.APPROVED
    )

    check_in_at(session, enrolment.learner, STARTS)

    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.APPROVED
    assert Attendance.objects.get(session=session).enrolment == enrolment


def test_second_scan_is_idempotent(session, enrolment):
    first = check_in_at(session, enrolment.learner, STARTS - timedelta(minutes=5))
    second = check_in_at(session, enrolment.learner, STARTS + timedelta(minutes=40))

    assert second.pk == first.pk
    assert Attendance.objects.filter(session=session).count() == 1
    first.refresh_from_db()
    assert first.status == Status.PRESENT
    assert first.recorded_at == STARTS - timedelta(minutes=5)


@pytest.mark.parametrize(
    ("minutes_after_start", "expected"),
    [
        (-20, Status.PRESENT),
        (15, Status.PRESENT),
        (16, Status.LATE),
        (110, Status.LATE),
    ],
)
def test_check_in_after_fifteen_minutes_is_late(
    session, enrolment, minutes_after_start, expected
):
    at = STARTS + timedelta(minutes=minutes_after_start)

    assert check_in_at(session, enrolment.learner, at).status == expected


def test_roster_mark_overrides_a_qr_check_in(session, enrolment):
    trainer = TrainerFactory()
    check_in_at(session, enrolment.learner, STARTS)

    attendance = attendance_mark(
        session=session, enrolment=enrolment, status=Status.ABSENT, actor=trainer
    )

    assert attendance.status == Status.ABSENT
    assert attendance.method == Attendance.Method.ROSTER
    assert attendance.recorded_by == trainer


def test_qr_check_in_never_overrides_a_roster_mark(session, enrolment):
    attendance_mark(
        session=session,
        enrolment=enrolment,
        status=Status.EXCUSED,
        actor=TrainerFactory(),
    )

    attendance = check_in_at(session, enrolment.learner, STARTS)

    assert attendance.status == Status.EXCUSED
    assert attendance.method == Attendance.Method.ROSTER


def test_scan_ticket_is_bound_to_learner_and_session(session, enrolment):
    ticket = scan_ticket_make(
        session=session, learner=enrolment.learner, token="abc", at=STARTS
    )
    other_session = SessionFactory(cohort=session.cohort)

    read = scan_ticket_read(ticket=ticket, session=session, learner=enrolment.learner)
    assert (read.token, read.scanned_at) == ("abc", STARTS)
    assert (
        scan_ticket_read(ticket=ticket, session=session, learner=LearnerFactory())
        is None
    )
    assert (
        scan_ticket_read(
            ticket=ticket, session=other_session, learner=enrolment.learner
        )
        is None
    )
    assert (
        scan_ticket_read(
            ticket=ticket + "x", session=session, learner=enrolment.learner
        )
        is None
    )


# --- Roster marks ------------------------------------------------------------------


def test_mark_many_records_a_whole_roster(session):
    trainer = TrainerFactory()
    a, b, c = EnrolmentFactory.create_batch(3, cohort=session.cohort)

    changed = attendance_mark_many(
        session=session,
        marks={a.pk: Status.PRESENT, b.pk: Status.LATE, c.pk: Status.EXCUSED},
        actor=trainer,
    )

    assert len(changed) == 3
    assert dict(
        Attendance.objects.filter(session=session).values_list("enrolment", "status")
    ) == {a.pk: Status.PRESENT, b.pk: Status.LATE, c.pk: Status.EXCUSED}


def test_mark_many_is_all_or_nothing(session):
    ours = EnrolmentFactory(cohort=session.cohort)
    withdrawn = EnrolmentFactory(
        cohort=session.cohort, status=Enrolment.Status.WITHDRAWN
    )
    foreign = EnrolmentFactory()

    for intruder in (withdrawn, foreign):
        with pytest.raises(NotEnrolled):
            attendance_mark_many(
                session=session,
                marks={ours.pk: Status.PRESENT, intruder.pk: Status.PRESENT},
                actor=TrainerFactory(),
            )
    with pytest.raises(ValueError):
        attendance_mark_many(
            session=session, marks={ours.pk: "hadir"}, actor=TrainerFactory()
        )
    assert not Attendance.objects.exists()


def test_marking_the_recorded_status_keeps_the_qr_record(session, enrolment):
    check_in_at(session, enrolment.learner, STARTS)

    changed = attendance_mark_many(
        session=session, marks={enrolment.pk: Status.PRESENT}, actor=TrainerFactory()
    )

    assert changed == []
    assert Attendance.objects.get().method == Attendance.Method.QR


def test_completed_enrolments_can_still_be_marked(session):
    enrolment = EnrolmentFactory(
        cohort=session.cohort, status=Enrolment.Status.NOT_COMPLETED
    )

    attendance_mark(
        session=session,
        enrolment=enrolment,
        status=Status.PRESENT,
        actor=TrainerFactory(),
    )

    assert Attendance.objects.get().enrolment == enrolment


def test_mark_many_runs_a_fixed_number_of_queries(
    session, django_assert_max_num_queries
):
    enrolments = EnrolmentFactory.create_batch(30, cohort=session.cohort)
    AttendanceFactory(session=session, enrolment=enrolments[0], status=Status.ABSENT)
    trainer = TrainerFactory()

    # Savepoint, enrolments, existing records, insert, update, release.
    with django_assert_max_num_queries(6):
        attendance_mark_many(
            session=session,
            marks={e.pk: Status.PRESENT for e in enrolments},
            actor=trainer,
        )
    assert Attendance.objects.filter(status=Status.PRESENT).count() == 30


# --- Percentages -------------------------------------------------------------------


@pytest.fixture
def cohort_with_history():
    """Five started sessions and one tomorrow, as seen at NOW."""
    cohort = CohortFactory()
    sessions = [
        SessionFactory(
            cohort=cohort,
            starts_at=STARTS + timedelta(days=day),
            ends_at=ENDS + timedelta(days=day),
        )
        for day in range(6)
    ]
    return cohort, sessions


NOW = STARTS + timedelta(days=4, minutes=1)  # the fifth session has just started


def test_attendance_percent_leaves_excused_sessions_out(cohort_with_history):
    cohort, sessions = cohort_with_history
    enrolment = EnrolmentFactory(cohort=cohort)
    for session, status in zip(
        sessions,
        [
            Status.PRESENT,
            Status.LATE,
            Status.ABSENT,
            Status.EXCUSED,
            None,
            Status.PRESENT,
        ],
        strict=True,
    ):
        if status:
            AttendanceFactory(session=session, enrolment=enrolment, status=status)

    with time_machine.travel(NOW, tick=False):
        percent = attendance_percent_for(enrolment=enrolment)

    # present + late = 2 attended; 5 started - 1 excused = 4 counted (the fifth,
    # unmarked, counts as absent; the future one is not counted).
    assert percent == pytest.approx(50.0)


def test_attendance_percent_by_enrolment_in_one_query(
    cohort_with_history, django_assert_num_queries
):
    cohort, sessions = cohort_with_history
    always = EnrolmentFactory(cohort=cohort)
    never = EnrolmentFactory(cohort=cohort)
    excused = EnrolmentFactory(cohort=cohort)
    for session in sessions[:5]:
        AttendanceFactory(session=session, enrolment=always, status=Status.PRESENT)
        AttendanceFactory(session=session, enrolment=excused, status=Status.EXCUSED)
    other = EnrolmentFactory()  # another cohort

    with django_assert_num_queries(1):
        percents = attendance_percent_by_enrolment(cohort=cohort, at=NOW)

    assert percents == {always.pk: 100.0, never.pk: 0.0, excused.pk: None}
    assert other.pk not in percents


def test_attendance_percent_is_none_before_the_first_session(cohort_with_history):
    cohort, _sessions = cohort_with_history
    enrolment = EnrolmentFactory(cohort=cohort)

    assert (
        attendance_percent_for(enrolment=enrolment, at=STARTS - timedelta(hours=1))
        is None
    )


def test_roster_lists_seat_holders_with_their_mark_and_percent(cohort_with_history):
    cohort, sessions = cohort_with_history
    marked = EnrolmentFactory(cohort=cohort, learner__profile__full_name="Ani")
    unmarked = EnrolmentFactory(
        cohort=cohort,
        status=Enrolment.Status.APPROVED,
        learner__profile__full_name="Budi",
    )
    EnrolmentFactory(cohort=cohort, status=Enrolment.Status.REJECTED)
    EnrolmentFactory(cohort=cohort, status=Enrolment.Status.WITHDRAWN)
    AttendanceFactory(session=sessions[0], enrolment=marked, status=Status.LATE)

    rows = roster_for(session=sessions[0], at=NOW)

    assert [row.enrolment for row in rows] == [marked, unmarked]
    assert [row.status for row in rows] == [Status.LATE, ""]
    assert [row.percent for row in rows] == [20.0, 0.0]
    assert rows[0].learner_name == "Ani"


# --- Views -------------------------------------------------------------------------

# Session and user (2), the session with cohort and course (1), the trainer check (1),
# the roster (2), the profile shown in the header (1), the user's roles for the
# navigation links (1).
ROSTER_PAGE_MAX_QUERIES = 8


def roster_url(session):
    return reverse("courses:attendance_roster", kwargs={"session_id": session.pk})


def qr_url(session):
    return reverse("courses:attendance_qr", kwargs={"session_id": session.pk})


@pytest.fixture
def trainer(session):
    trainer = TrainerFactory()
    session.cohort.trainers.add(trainer)
    return trainer


@pytest.mark.parametrize("url", [roster_url, qr_url])
def test_trainer_of_another_cohort_is_refused(client, session, url):
    outsider = TrainerFactory()
    CohortFactory(trainers=[outsider])
    client.force_login(outsider)

    assert client.get(url(session)).status_code == 403


@pytest.mark.parametrize("url", [roster_url, qr_url])
def test_learner_is_refused_and_anonymous_sent_to_log_in(
    client, session, enrolment, url
):
    assert client.get(url(session)).status_code == 302
    client.force_login(enrolment.learner)
    assert client.get(url(session)).status_code == 403


@pytest.mark.parametrize("url", [roster_url, qr_url])
def test_superuser_may_open_any_session(client, session, url):
    client.force_login(UserFactory(is_superuser=True))

    assert client.get(url(session)).status_code == 200


def test_roster_post_by_trainer_of_another_cohort_changes_nothing(
    client, session, enrolment
):
    outsider = TrainerFactory()
    CohortFactory(trainers=[outsider])
    client.force_login(outsider)

    response = client.post(roster_url(session), {f"e{enrolment.pk}": Status.ABSENT})

    assert response.status_code == 403
    assert not Attendance.objects.exists()


def test_roster_page_marks_learners(client, session, trainer):
    a, b = EnrolmentFactory.create_batch(2, cohort=session.cohort)
    client.force_login(trainer)

    response = client.post(
        roster_url(session), {f"e{a.pk}": Status.PRESENT, f"e{b.pk}": Status.ABSENT}
    )

    assert response.status_code == 302
    assert dict(
        Attendance.objects.filter(session=session).values_list("enrolment", "status")
    ) == {a.pk: Status.PRESENT, b.pk: Status.ABSENT}
    assert Attendance.objects.filter(recorded_by=trainer).count() == 2


def test_roster_page_rejects_an_unknown_status(client, session, trainer, enrolment):
    client.force_login(trainer)

    response = client.post(roster_url(session), {f"e{enrolment.pk}": "hadir"})

    assert response.status_code == 200
    assert not Attendance.objects.exists()


def test_roster_page_shows_times_in_the_cohort_time_zone(client, trainer, session):
    session.cohort.time_zone = Cohort.TimeZone.WITA
    session.cohort.save()
    client.force_login(trainer)

    response = client.get(roster_url(session))

    assert "09.00–11.00 WITA" in response.text  # 01:00–03:00 UTC


def test_roster_page_queries_are_the_same_for_5_and_40_learners(
    client, django_assert_max_num_queries
):
    trainer = TrainerFactory()
    counts = {}
    for learners in (5, 40):
        session = SessionFactory(cohort=CohortFactory(trainers=[trainer]))
        enrolments = EnrolmentFactory.create_batch(learners, cohort=session.cohort)
        for enrolment in enrolments[::2]:
            AttendanceFactory(session=session, enrolment=enrolment)
        client.force_login(trainer)

        with django_assert_max_num_queries(ROSTER_PAGE_MAX_QUERIES):
            response = client.get(roster_url(session))
        assert response.status_code == 200
        assert response.text.count('type="radio"') == 4 * learners
        with CaptureQueriesContext(connection) as queries:
            client.get(roster_url(session))
        counts[learners] = len(queries)

    assert counts[5] == counts[40]


@pytest.mark.parametrize("learners", [5, 40])
def test_roster_save_queries_do_not_grow_with_learners(
    client, session, trainer, learners, django_assert_max_num_queries
):
    enrolments = EnrolmentFactory.create_batch(learners, cohort=session.cohort)
    client.force_login(trainer)
    data = {f"e{e.pk}": Status.PRESENT for e in enrolments}

    with django_assert_max_num_queries(16):
        response = client.post(roster_url(session), data)
    assert response.status_code == 302
    assert Attendance.objects.count() == learners


def test_qr_page_shows_a_fresh_code_during_the_window(client, session, trainer):
    client.force_login(trainer)

    with time_machine.travel(STARTS, tick=False):
        response = client.get(qr_url(session))
        token = checkin_token(session=session)

    assert response.status_code == 200
    check_in_url = "http://testserver" + reverse(
        "courses:attendance_check_in", kwargs={"session_id": session.pk, "token": token}
    )
    assert check_in_url in response.text
    assert "<svg" in response.text
    assert 'http-equiv="refresh" content="20"' in response.text
    assert "no-cache" in response["Cache-Control"]


def test_qr_page_shows_no_code_outside_the_window(client, session, trainer):
    client.force_login(trainer)

    with time_machine.travel(STARTS - timedelta(hours=2), tick=False):
        response = client.get(qr_url(session))

    assert response.status_code == 200
    assert "<svg" not in response.text


def check_in_url(session, token):
    return reverse(
        "courses:attendance_check_in", kwargs={"session_id": session.pk, "token": token}
    )


def test_check_in_page_asks_then_records(client, session, enrolment):
    client.force_login(enrolment.learner)
    with time_machine.travel(STARTS, tick=False):
        url = check_in_url(session, checkin_token(session=session))
        shown = client.get(url)
        assert not Attendance.objects.exists()  # GET changes nothing
        response = client.post(url, {"ticket": shown.context["form"]["ticket"].value()})

    assert shown.status_code == 200
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "courses:attendance_check_in_result", kwargs={"session_id": session.pk}
    )
    assert Attendance.objects.get().status == Status.PRESENT
    assert client.get(response["Location"]).status_code == 200


def test_confirming_after_the_code_rotated_uses_the_time_of_the_scan(
    client, session, enrolment
):
    """A slow connection: the button is pressed two minutes after the scan."""
    client.force_login(enrolment.learner)
    scanned = STARTS + timedelta(minutes=14)
    with time_machine.travel(scanned, tick=False):
        url = check_in_url(session, checkin_token(session=session))
        ticket = client.get(url).context["form"]["ticket"].value()
    with time_machine.travel(scanned + timedelta(minutes=2), tick=False):
        response = client.post(url, {"ticket": ticket})

    assert response.status_code == 302
    attendance = Attendance.objects.get()
    assert attendance.status == Status.PRESENT
    assert attendance.recorded_at == scanned


def test_confirming_without_ticket_after_the_code_expired_is_refused(
    client, session, enrolment
):
    client.force_login(enrolment.learner)
    with time_machine.travel(STARTS, tick=False):
        url = check_in_url(session, checkin_token(session=session))
    with time_machine.travel(STARTS + timedelta(minutes=2), tick=False):
        response = client.post(url, {"ticket": "forged"})

    assert response.status_code == 403
    assert not Attendance.objects.exists()


def test_check_in_page_refuses_learner_of_another_cohort(client, session):
    stranger = EnrolmentFactory().learner
    client.force_login(stranger)

    with time_machine.travel(STARTS, tick=False):
        url = check_in_url(session, checkin_token(session=session))
        assert client.get(url).status_code == 403
        assert client.post(url).status_code == 403
    assert not Attendance.objects.exists()


def test_check_in_page_outside_the_window_is_refused(client, session, enrolment):
    client.force_login(enrolment.learner)

    with time_machine.travel(ENDS + timedelta(minutes=1), tick=False):
        url = check_in_url(session, checkin_token(session=session))
        assert client.get(url).status_code == 403
        assert client.post(url).status_code == 403
    assert not Attendance.objects.exists()


def test_check_in_page_needs_a_login(client, session):
    url = check_in_url(session, checkin_token(session=session))

    response = client.get(url)

    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_refusal_message_is_translated(client, session, enrolment):
    from django.utils import translation

    client.force_login(enrolment.learner)
    with time_machine.travel(ENDS + timedelta(hours=1), tick=False):
        response = client.get(check_in_url(session, checkin_token(session=session)))
    with translation.override("id"):
        expected = str(CheckInWindowClosed.message)
    assert isinstance(CheckInWindowClosed(), CheckInRefused)
    assert expected in response.text


def test_session_list_for_trainer_shows_only_own_cohorts(session, trainer):
    SessionFactory()  # another cohort

    assert list(session_list_for_trainer(trainer=trainer)) == [session]
    assert session_list_for_trainer(trainer=UserFactory(is_superuser=True)).count() == 2


def test_session_list_page_is_for_trainers(client, session, trainer, enrolment):
    client.force_login(enrolment.learner)
    assert client.get(reverse("courses:attendance_session_list")).status_code == 403


def test_session_list_page(client, session, trainer):
    client.force_login(trainer)
    with time_machine.travel(STARTS, tick=False):
        response = client.get(reverse("courses:attendance_session_list"))

    assert response.status_code == 200
    assert roster_url(session) in response.text


# --- Reminders ---------------------------------------------------------------------

# 23:30 WIB on 10 March 2026 = 00:30 WITA and 01:30 WIT on 11 March.
LATE_EVENING = datetime(2026, 3, 10, 16, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _forget_sent_reminders():
    cache.clear()
    yield
    cache.clear()


def local(year, month, day, hour, minute, zone):
    from zoneinfo import ZoneInfo

    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def session_in(zone, starts_at, topic):
    cohort = CohortFactory(time_zone=zone)
    return SessionFactory(
        cohort=cohort,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        topic=topic,
    )


def test_reminders_go_to_learners_of_sessions_starting_tomorrow_in_their_zone():
    wib, wita, wit = Cohort.TimeZone.WIB, Cohort.TimeZone.WITA, Cohort.TimeZone.WIT
    due = [
        session_in(wib, local(2026, 3, 11, 8, 0, wib), "WIB besok pagi"),
        session_in(wib, local(2026, 3, 11, 23, 59, wib), "WIB besok malam"),
        session_in(wita, local(2026, 3, 12, 8, 0, wita), "WITA lusa menurut WIB"),
        session_in(wit, local(2026, 3, 12, 9, 0, wit), "WIT besok"),
    ]
    not_due = [
        session_in(wib, local(2026, 3, 12, 0, 30, wib), "WIB lusa"),
        session_in(wib, local(2026, 3, 10, 23, 45, wib), "WIB hari ini"),
        session_in(wita, local(2026, 3, 11, 8, 0, wita), "WITA hari ini"),
        session_in(wit, local(2026, 3, 11, 9, 0, wit), "WIT hari ini"),
    ]
    expected = set()
    for session in due + not_due:
        active = EnrolmentFactory(cohort=session.cohort)
        approved = EnrolmentFactory(
            cohort=session.cohort, status=Enrolment.Status.APPROVED
        )
        for status in (
            Enrolment.Status.REQUESTED,
            Enrolment.Status.WITHDRAWN,
            Enrolment.Status.REJECTED,
            Enrolment.Status.WAITLISTED,
        ):
            EnrolmentFactory(cohort=session.cohort, status=status)
        EnrolmentFactory(cohort=session.cohort, learner__email="")
        if session in due:
            expected |= {
                (active.learner.email, session.topic),
                (approved.learner.email, session.topic),
            }

    with time_machine.travel(LATE_EVENING, tick=False):
        sent = session_reminders_send.delay().get()

    assert sent == len(expected) == 8
    assert {
        (message.to[0], topic)
        for message in mail.outbox
        for topic in [s.topic for s in due + not_due]
        if topic in message.subject
    } == expected
    assert all(len(message.to) == 1 for message in mail.outbox)


def test_reminder_shows_the_local_time_and_is_sent_once():
    wita = Cohort.TimeZone.WITA
    session = session_in(wita, local(2026, 3, 11, 8, 0, wita), "Pemberkasan arsip")
    enrolment = EnrolmentFactory(cohort=session.cohort)

    with time_machine.travel(datetime(2026, 3, 10, 8, 0, tzinfo=UTC), tick=False):
        session_reminders_send()
        session_reminders_send()  # a repeated run, or a retry

    [message] = mail.outbox
    assert message.to == [enrolment.learner.email]
    assert "08.00–10.00 WITA" in message.body
    assert enrolment.learner.profile.full_name in message.body
