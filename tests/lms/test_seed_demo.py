from decimal import Decimal

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from cms.models import CoursePage, LessonPage, LibraryPage, ReferenceDocument
from courses import roles
from courses.models import Attendance, Cohort, Institution, Office, Profile, Region
from lms.demo.people import DEMO_PASSWORD, seed_people

User = get_user_model()

LEARNERS = ["peserta", *[f"peserta{n}" for n in range(2, 14)]]


@pytest.fixture
def seeded(db):
    """The demo people only (the whole seed_demo, with courses, is slower)."""
    call_command("loaddata", "regions", verbosity=0)
    seed_people()


@pytest.mark.parametrize(
    "username",
    [
        "admin",
        "pelatih",
        "pelatih2",
        "dpk-kalteng",
        "dpk-palangkaraya",
        "dpk-kaltim",
        *LEARNERS,
    ],
)
def test_every_demo_account_logs_in_with_the_demo_password(seeded, username):
    assert authenticate(username=username, password=DEMO_PASSWORD) is not None


def test_admin_is_superuser_and_trainers_reach_wagtail_admin(seeded):
    assert User.objects.get(username="admin").is_superuser
    for username in ("pelatih", "pelatih2"):
        trainer = User.objects.get(username=username)
        assert trainer.groups.filter(name=roles.TRAINER).exists()
        assert trainer.has_perm("wagtailadmin.access_admin")
    assert (
        User.objects.get(username="pelatih")
        .groups.filter(name=roles.LEAD_TRAINER)
        .exists()
    )


def test_offices_are_scoped_to_their_region_codes(seeded):
    scopes = {
        office.staff.get().username: office.region_id
        for office in Office.objects.prefetch_related("staff")
    }
    assert scopes == {
        "dpk-kalteng": "62",
        "dpk-palangkaraya": "62.71",
        "dpk-kaltim": "64",
    }


def test_learners_come_from_every_institution_type_in_both_provinces(seeded):
    profiles = Profile.objects.filter(user__username__in=LEARNERS).select_related(
        "institution__region"
    )
    assert profiles.count() == len(LEARNERS) >= 12
    types = {p.institution.type for p in profiles}
    assert types >= {
        Institution.Type.GOVERNMENT_UNIT,
        Institution.Type.CIVIL_SOCIETY,
        Institution.Type.REGIONAL_ENTERPRISE,
        Institution.Type.UNIVERSITY,
        Institution.Type.SCHOOL,
        Institution.Type.ARCHIVE_INSTITUTION,
    }
    assert {p.institution.region.province_code for p in profiles} == {"62", "64"}


def test_seed_demo_is_idempotent_and_keeps_editors_changes(db):
    call_command("seed_demo", verbosity=0)
    counts = (
        User.objects.count(),
        Institution.objects.count(),
        Office.objects.count(),
        Region.objects.count(),
        LessonPage.objects.count(),
        ReferenceDocument.objects.count(),
    )
    edited = LessonPage.objects.first()
    edited.title = "Judul yang diubah pelatih"
    edited.save_revision().publish()

    call_command("seed_demo", verbosity=0)

    assert (
        User.objects.count(),
        Institution.objects.count(),
        Office.objects.count(),
        Region.objects.count(),
        LessonPage.objects.count(),
        ReferenceDocument.objects.count(),
    ) == counts
    assert LessonPage.objects.get(pk=edited.pk).title == "Judul yang diubah pelatih"
    # the three demo courses, their lessons and the Pustaka are all published
    assert set(CoursePage.objects.live().values_list("course__code", flat=True)) == {
        "ARS-KONV",
        "ARS-ELEK",
        "BIMTEK-TPBIS",
    }
    assert LessonPage.objects.live().count() == counts[4] >= 30
    assert LibraryPage.objects.live().exists() and counts[5] >= 9
    # cohorts: one finished (most completed), one running today, one open
    assert Cohort.objects.count() == 3
    finished = Cohort.objects.get(course__code="ARS-KONV", title="Angkatan I 2026")
    statuses = list(finished.enrolments.values_list("status", flat=True))
    assert statuses.count("completed") > statuses.count("not_completed") > 0
    running = Cohort.objects.get(course__code="BIMTEK-TPBIS")
    today = timezone.localdate()
    assert running.starts_on < today < running.ends_on
    assert running.sessions.filter(starts_at__date=today).exists()
    assert Attendance.objects.filter(session__cohort=running).exists()
    open_cohort = Cohort.objects.get(course__code="ARS-ELEK")
    assert open_cohort.is_open_for_enrolment()
    assert open_cohort.enrolments.filter(office__isnull=False).exists()


def test_seed_demo_refuses_under_production_settings(db, settings):
    settings.LMS_DEMO_SEED_ALLOWED = False

    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo", verbosity=0)

    assert not User.objects.filter(username="admin").exists()


def test_production_settings_disable_seed_demo():
    import importlib
    import os
    from unittest import mock

    env = {"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "lms.example.id"}
    with mock.patch.dict(os.environ, env):
        production = importlib.import_module("lms.settings.production")
        production = importlib.reload(production)
    assert production.LMS_DEMO_SEED_ALLOWED is False


def _demo_percent(attempt) -> Decimal:
    return (Decimal(100) * attempt.score / attempt.max_score).quantize(Decimal("0.01"))


def _counted_percent(enrolment, kind: str) -> Decimal | None:
    """The counted attempt, by the rule the LMS states: the cohort's first
    assessment of ``kind``, graded attempts only, the best or the last one."""
    assessments = sorted(
        (a for a in enrolment.cohort.assessments.all() if a.kind == kind),
        key=lambda a: a.pk,
    )
    if not assessments:
        return None
    first = assessments[0]
    attempts = [
        t
        for t in enrolment.attempts.all()
        if t.assessment_id == first.pk and t.status == "graded" and t.max_score > 0
    ]
    if not attempts:
        return None
    if first.grading == "best":
        return max(_demo_percent(t) for t in attempts)
    return _demo_percent(max(attempts, key=lambda t: t.number))


def _expected_totals(code: str) -> dict:
    """A region's dashboard totals computed here from the enrolments and profiles:
    every enrolment of a person whose institution lies in ``code``."""
    from certificates.models import Certificate
    from courses.models import Enrolment

    now = timezone.now()
    seats = set(Enrolment.SEAT_STATUSES)
    enrolments = [
        e
        for e in Enrolment.objects.select_related(
            "learner__profile__institution", "cohort"
        ).prefetch_related(
            "attendances", "attempts", "cohort__sessions", "cohort__assessments"
        )
        if getattr(e.learner, "profile", None)
        and e.learner.profile.institution
        and (
            e.learner.profile.institution.region_id == code
            or e.learner.profile.institution.region_id.startswith(code + ".")
        )
    ]
    attended = 0
    for e in enrolments:
        started = {s.pk for s in e.cohort.sessions.all() if s.starts_at <= now}
        marks = [a for a in e.attendances.all() if a.session_id in started]
        present = sum(1 for a in marks if a.status in ("present", "late"))
        counted = len(started) - sum(1 for a in marks if a.status == "excused")
        if (
            e.status in seats
            and counted > 0
            and 100 * present >= e.cohort.min_attendance_percent * counted
        ):
            attended += 1
    pre = {e.pk: _counted_percent(e, "pre_test") for e in enrolments}
    post = {e.pk: _counted_percent(e, "post_test") for e in enrolments}

    def mean(values):
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None

    paired = [pk for pk in pre if pre[pk] is not None and post[pk] is not None]
    paired_pre = mean(pre[pk] for pk in paired)
    paired_post = mean(post[pk] for pk in paired)
    valid = set(
        Certificate.objects.filter(status="valid").values_list(
            "enrolment_id", flat=True
        )
    )
    return {
        "nominated": len(enrolments),
        "approved": sum(1 for e in enrolments if e.status in seats),
        "attended": attended,
        "completed": sum(1 for e in enrolments if e.status == "completed"),
        "certificates": sum(1 for e in enrolments if e.pk in valid),
        "pre_avg": mean(pre.values()),
        "post_avg": mean(post.values()),
        "gain": ((paired_post - paired_pre) / (100 - paired_pre) if paired else None),
    }


def test_each_demo_office_dashboard_shows_its_own_regions_totals(db):
    from django.test import Client
    from django.urls import reverse

    call_command("seed_demo", verbosity=0)
    seen = {}
    for username, code in (
        ("dpk-kalteng", "62"),
        ("dpk-palangkaraya", "62.71"),
        ("dpk-kaltim", "64"),
    ):
        client = Client()
        client.force_login(User.objects.get(username=username))
        response = client.get(reverse("courses:monitoring_dashboard"))
        assert response.status_code == 200
        totals = response.context["totals"]
        wanted = _expected_totals(code)
        assert wanted["nominated"] > 0, username  # the demo gives every office data
        for name in ("nominated", "approved", "attended", "completed", "certificates"):
            assert getattr(totals, name) == wanted[name], (username, name)
        for name in ("pre_avg", "post_avg", "gain"):
            got, want = getattr(totals, name), wanted[name]
            if want is None:
                assert got is None, (username, name)
            else:
                assert abs(float(got) - float(want)) < 0.006, (username, name)
        html = response.content.decode()
        assert f'data-total="nominated">{wanted["nominated"]}<' in html
        seen[code] = wanted["nominated"]
    # The city is part of its province; Kalimantan Timur is another province.
    assert seen["62"] > seen["62.71"]
