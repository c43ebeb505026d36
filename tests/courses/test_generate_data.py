"""The monitoring data generator: deterministic, refuses to run twice unless asked
to replace, learners placed in cohorts of their own province, and the office
selectors read it."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F

from courses.models import (
    Attempt,
    Attendance,
    Cohort,
    Enrolment,
    LessonProgress,
    Office,
    Profile,
)
from courses.selectors.ledger import jp_below_target_for
from courses.selectors.monitoring import enrolments_for_office

pytestmark = pytest.mark.django_db


def fingerprint() -> tuple:
    profiles = list(
        Profile.objects.filter(user__username__startswith="gen-")
        .order_by("user__username")
        .values_list("user__username", "full_name", "nip", "sex", "institution__name")
    )
    enrolments = list(
        Enrolment.objects.order_by("learner__username", "cohort__title").values_list(
            "learner__username", "cohort__title", "status"
        )
    )
    return (
        profiles,
        enrolments,
        Attendance.objects.count(),
        LessonProgress.objects.count(),
        Attempt.objects.count(),
    )


def test_small_dataset_is_deterministic_and_coherent(regions):
    out = StringIO()
    call_command("generate_monitoring_data", "--small", "--seed", "3", stdout=out)
    assert "learners 300" in out.getvalue()
    first = fingerprint()
    assert len(first[0]) == 300
    rows = first[2] + first[3]
    assert 2500 <= rows <= 3300
    assert first[4] > 0
    # civil servants have 18-digit NIPs
    nips = [p[2] for p in first[0] if p[2]]
    assert nips and all(len(n) == 18 and n.isdigit() for n in nips)
    # learners sit in cohorts organised by their own province's office
    assert not Enrolment.objects.exclude(
        cohort__organiser__region_id=F(
            "learner__profile__institution__region__parent_id"
        )
    ).exists()
    # attendance only for sessions of the enrolment's own cohort
    assert not Attendance.objects.exclude(
        session__cohort_id=F("enrolment__cohort_id")
    ).exists()

    with pytest.raises(CommandError):
        call_command("generate_monitoring_data", "--small", "--seed", "3")
    call_command(
        "generate_monitoring_data", "--small", "--seed", "3", "--replace", verbosity=0
    )
    assert fingerprint() == first


def test_offices_see_their_own_province(regions):
    call_command("generate_monitoring_data", "--small", verbosity=0)
    kalteng = Office.objects.get(region_id="62")
    kaltim = Office.objects.get(region_id="64")
    mine = enrolments_for_office(office=kalteng)
    assert mine.exists()
    assert not mine.filter(
        learner__profile__institution__region__parent_id="64"
    ).exists()
    assert set(
        enrolments_for_office(office=kaltim).values_list("pk", flat=True)
    ).isdisjoint(mine.values_list("pk", flat=True))
    below = jp_below_target_for(
        office=kalteng, year=Cohort.objects.latest("ends_on").ends_on.year
    )
    assert all(p.institution.region_id.startswith("62.") for p in below)
    assert kalteng.staff.get().username == "gen-dpk-62"
