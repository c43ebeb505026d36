"""The enrolment lifecycle: every allowed transition, every forbidden one, seats,
quotas, the waiting list, the audit trail and the emails."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import close_old_connections, connection
from django.utils import timezone

from courses.exceptions import (
    AlreadyEnrolled,
    CohortFull,
    EnrolmentClosed,
    RegionQuotaReached,
    TransitionNotAllowed,
)
from courses.models import Cohort, Enrolment, Region, RegionQuota
from courses.services import enrolment as svc
from courses.services.enrolment import ALLOWED
from tests.factories import (
    InstitutionFactory,
    ProfileFactory,
    UserFactory,
)
from tests.factories_cohorts import CohortFactory

S = Enrolment.Status


def learner(region_code: str | None = None):
    if region_code:
        return ProfileFactory(
            institution=InstitutionFactory(region=Region.objects.get(code=region_code))
        ).user
    return ProfileFactory().user


def enrolment_in(status: str, cohort: Cohort | None = None) -> Enrolment:
    cohort = cohort or CohortFactory()
    return Enrolment.objects.create(cohort=cohort, learner=learner(), status=status)


@pytest.mark.django_db
class TestRequest:
    def test_request_waits_for_approval_and_is_audited(
        self, django_capture_on_commit_callbacks
    ):
        cohort = CohortFactory()
        person = learner()

        with django_capture_on_commit_callbacks(execute=True):
            enrolment = svc.enrolment_request(cohort=cohort, learner=person)

        assert enrolment.status == S.REQUESTED
        assert list(
            enrolment.events.values_list("from_status", "to_status", "actor")
        ) == [("", S.REQUESTED, person.pk)]
        assert len(mail.outbox) == 1 and mail.outbox[0].to == [person.email]

    def test_without_approval_seats_go_in_order_then_the_waiting_list(self):
        cohort = CohortFactory(capacity=2, requires_approval=False)

        statuses = [
            svc.enrolment_request(cohort=cohort, learner=learner()).status
            for _ in range(3)
        ]

        assert statuses == [S.APPROVED, S.APPROVED, S.WAITLISTED]

    def test_closed_window_refused(self):
        now = timezone.now()
        before = CohortFactory(enrolment_opens_at=now + datetime.timedelta(days=1))
        after = CohortFactory(
            enrolment_opens_at=now - datetime.timedelta(days=5),
            enrolment_closes_at=now - datetime.timedelta(days=1),
        )
        for cohort in (before, after):
            with pytest.raises(EnrolmentClosed):
                svc.enrolment_request(cohort=cohort, learner=learner())
        assert not Enrolment.objects.exists()

    def test_same_person_twice_refused(self):
        cohort, person = CohortFactory(), learner()
        svc.enrolment_request(cohort=cohort, learner=person)

        with pytest.raises(AlreadyEnrolled):
            svc.enrolment_request(cohort=cohort, learner=person)


@pytest.mark.django_db
class TestTransitions:
    @pytest.mark.parametrize(
        ("start", "action", "end"),
        [
            (S.REQUESTED, "approve", S.APPROVED),
            (S.REQUESTED, "reject", S.REJECTED),
            (S.REQUESTED, "waitlist", S.WAITLISTED),
            (S.REQUESTED, "withdraw", S.WITHDRAWN),
            (S.WAITLISTED, "approve", S.APPROVED),
            (S.WAITLISTED, "reject", S.REJECTED),
            (S.WAITLISTED, "withdraw", S.WITHDRAWN),
            (S.APPROVED, "activate", S.ACTIVE),
            (S.APPROVED, "withdraw", S.WITHDRAWN),
            (S.ACTIVE, "complete", S.COMPLETED),
            (S.ACTIVE, "not_complete", S.NOT_COMPLETED),
            (S.ACTIVE, "withdraw", S.WITHDRAWN),
            (S.NOT_COMPLETED, "complete", S.COMPLETED),
        ],
    )
    def test_allowed(self, start, action, end):
        enrolment = enrolment_in(start)
        admin = UserFactory()

        result = self._do(action, enrolment, admin)

        assert result.status == end
        event = enrolment.events.get()
        assert (event.from_status, event.to_status) == (start, end)

    def test_every_forbidden_transition_is_refused_and_changes_nothing(self):
        admin = UserFactory()
        actions = {
            "approve": S.APPROVED,
            "reject": S.REJECTED,
            "waitlist": S.WAITLISTED,
            "withdraw": S.WITHDRAWN,
            "complete": S.COMPLETED,
            "not_complete": S.NOT_COMPLETED,
        }
        refused = 0
        for start in S.values:
            for action, target in actions.items():
                if target in ALLOWED[start]:
                    continue
                if start == target and action in ("complete", "not_complete"):
                    continue  # recording the same verdict again is a no-op
                enrolment = enrolment_in(start)
                with pytest.raises(TransitionNotAllowed):
                    self._do(action, enrolment, admin)
                enrolment.refresh_from_db()
                assert enrolment.status == start
                assert not enrolment.events.exists()
                refused += 1
        assert refused >= 30

    def test_activate_is_idempotent_and_leaves_other_statuses_alone(self):
        for status in (S.ACTIVE, S.COMPLETED, S.REQUESTED):
            enrolment = enrolment_in(status)
            assert svc.enrolment_activate(enrolment=enrolment).status == status

    @staticmethod
    def _do(action, enrolment, actor):
        if action == "approve":
            return svc.enrolment_approve(enrolment=enrolment, actor=actor)
        if action == "reject":
            return svc.enrolment_reject(
                enrolment=enrolment, actor=actor, reason="Tidak memenuhi syarat"
            )
        if action == "waitlist":
            return svc.enrolment_waitlist(enrolment=enrolment, actor=actor)
        if action == "withdraw":
            return svc.enrolment_withdraw(enrolment=enrolment, actor=actor)
        if action == "activate":
            return svc.enrolment_activate(enrolment=enrolment, actor=actor)
        if action in ("complete", "not_complete"):
            return svc.enrolment_finish(
                enrolment=enrolment, completed=action == "complete"
            )
        raise AssertionError(action)


@pytest.mark.django_db
class TestSeats:
    def test_approve_refused_when_full(self):
        cohort = CohortFactory(capacity=1)
        enrolment_in(S.APPROVED, cohort)
        waiting = enrolment_in(S.REQUESTED, cohort)

        with pytest.raises(CohortFull):
            svc.enrolment_approve(enrolment=waiting, actor=None)
        waiting.refresh_from_db()
        assert waiting.status == S.REQUESTED

    def test_withdrawal_promotes_the_longest_waiting(self):
        cohort = CohortFactory(capacity=1, requires_approval=False)
        first = svc.enrolment_request(cohort=cohort, learner=learner())
        second = svc.enrolment_request(cohort=cohort, learner=learner())
        third = svc.enrolment_request(cohort=cohort, learner=learner())
        assert (second.status, third.status) == (S.WAITLISTED, S.WAITLISTED)

        svc.enrolment_withdraw(
            enrolment=first, actor=first.learner, reason="Tugas dinas"
        )

        second.refresh_from_db(), third.refresh_from_db()
        assert (second.status, third.status) == (S.APPROVED, S.WAITLISTED)
        assert second.events.last().reason == "seat freed"

    def test_region_quota(self, regions):
        cohort = CohortFactory(capacity=10, requires_approval=False)
        RegionQuota.objects.create(cohort=cohort, region_id="62.71", seats=1)

        city = [
            svc.enrolment_request(cohort=cohort, learner=learner("62.71")).status
            for _ in range(2)
        ]
        elsewhere = svc.enrolment_request(
            cohort=cohort, learner=learner("64.72")
        ).status

        assert city == [S.APPROVED, S.WAITLISTED]
        assert elsewhere == S.APPROVED
        waiting = Enrolment.objects.get(status=S.WAITLISTED)
        with pytest.raises(RegionQuotaReached):
            svc.enrolment_approve(enrolment=waiting, actor=None)


@pytest.mark.django_db(transaction=True)
def test_capacity_never_exceeded_under_concurrent_requests():
    """20 people ask for 5 seats at the same moment, each in its own connection."""
    cohort = CohortFactory(capacity=5, requires_approval=False)
    people = [learner() for _ in range(20)]
    barrier = threading.Barrier(len(people))
    errors = []

    def ask(person):
        try:
            barrier.wait(timeout=30)
            svc.enrolment_request(cohort=cohort, learner=person)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=ask, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    counts = {
        status: Enrolment.objects.filter(cohort=cohort, status=status).count()
        for status in (S.APPROVED, S.WAITLISTED)
    }
    assert counts == {S.APPROVED: 5, S.WAITLISTED: 15}
