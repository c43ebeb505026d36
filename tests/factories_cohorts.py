"""factory_boy factories for cohorts, sessions, enrolments and attendance.

Each builds a valid object with no arguments: a cohort running around today with its
enrolment window open, a session of it starting in an hour, an active enrolment of a
learner with a profile, a *present* roster mark. Dates are computed when the object is
built, so they follow ``time_machine``.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from courses.models import Attendance, Cohort, Enrolment, Session
from courses.roles import TRAINER, role_groups_ensure
from tests.factories import CourseFactory, ProfileFactory, UserFactory


class LearnerFactory(UserFactory):
    """A user with a profile (printed name, institution)."""

    profile = factory.RelatedFactory(ProfileFactory, factory_related_name="user")


class TrainerFactory(UserFactory):
    """A user in the trainers' group (courses.roles.TRAINER), with a profile."""

    username = factory.Sequence(lambda n: f"pelatih-uji{n}")
    profile = factory.RelatedFactory(
        ProfileFactory,
        factory_related_name="user",
        full_name=factory.Sequence(lambda n: f"Pelatih Uji {n}, M.Si."),
    )

    @factory.post_generation
    def groups(self, create: bool, extracted, **kwargs) -> None:
        if create:
            self.groups.add(role_groups_ensure()[TRAINER])


class CohortFactory(factory.django.DjangoModelFactory):
    """A cohort that started two days ago, ends in five, and takes enrolments."""

    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    course = factory.SubFactory(CourseFactory)
    title = factory.Sequence(lambda n: f"Angkatan {n} 2026")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=2))
    ends_on = factory.LazyAttribute(lambda c: c.starts_on + timedelta(days=7))
    time_zone = Cohort.TimeZone.WIB
    venue = "Aula DPK Provinsi Kalimantan Tengah, Palangka Raya"
    capacity = 40
    enrolment_opens_at = factory.LazyFunction(
        lambda: timezone.now() - timedelta(days=30)
    )
    enrolment_closes_at = factory.LazyFunction(
        lambda: timezone.now() + timedelta(days=30)
    )
    requires_approval = True

    @factory.post_generation
    def trainers(self, create: bool, extracted, **kwargs) -> None:
        """``CohortFactory(trainers=[user, ...])`` assigns trainers."""
        if create and extracted:
            self.trainers.add(*extracted)


class SessionFactory(factory.django.DjangoModelFactory):
    """A two-hour session of a cohort, starting in an hour."""

    class Meta:
        model = Session

    cohort = factory.SubFactory(CohortFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(hours=1))
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + timedelta(hours=2))
    topic = factory.Sequence(lambda n: f"Klasifikasi arsip, bagian {n}")


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """An active enrolment of a learner with a profile."""

    class Meta:
        model = Enrolment

    cohort = factory.SubFactory(CohortFactory)
    learner = factory.SubFactory(LearnerFactory)
    status = Enrolment.Status.ACTIVE


class AttendanceFactory(factory.django.DjangoModelFactory):
    """A *present* roster mark of an enrolment in the session's own cohort."""

    class Meta:
        model = Attendance

    session = factory.SubFactory(SessionFactory)
    enrolment = factory.SubFactory(
        EnrolmentFactory, cohort=factory.SelfAttribute("..session.cohort")
    )
    status = Attendance.Status.PRESENT
    method = Attendance.Method.ROSTER
