import pytest

from courses import roles
from courses.models import Enrolment
from tests.factories import ProfileFactory, UserFactory, course_tree
from tests.factories_cohorts import CohortFactory

pytestmark = pytest.mark.django_db
S = Enrolment.Status


@pytest.fixture
def setup():
    _, course_page, _, lessons = course_tree(modules=1, lessons_per_module=2)
    cohort = CohortFactory(course=course_page.course, capacity=1)
    trainer = UserFactory()
    trainer.groups.add(roles.role_groups_ensure()[roles.TRAINER])
    cohort.trainers.add(trainer)
    return course_page, cohort, trainer


def test_learner_enrols_from_the_course_page_and_sees_it_in_my_courses(client, setup):
    course_page, cohort, _ = setup
    learner = ProfileFactory().user
    client.force_login(learner)

    page = client.get(course_page.url).text
    assert f"/angkatan/{cohort.pk}/daftar/" in page
    response = client.post(f"/angkatan/{cohort.pk}/daftar/", {"next": course_page.url})

    assert response.status_code == 302
    enrolment = Enrolment.objects.get(learner=learner)
    assert enrolment.status == S.REQUESTED
    assert cohort.course.title in client.get("/saya/").text


def test_enrolling_twice_is_refused_with_a_message(client, setup):
    _, cohort, _ = setup
    client.force_login(ProfileFactory().user)
    client.post(f"/angkatan/{cohort.pk}/daftar/")

    response = client.post(f"/angkatan/{cohort.pk}/daftar/", follow=True)

    assert Enrolment.objects.count() == 1
    last = list(response.context["messages"])[-1]
    assert last.level_tag == "error"


def test_trainer_approves_then_the_full_cohort_refuses_the_next(client, setup):
    _, cohort, trainer = setup
    first, second = (
        Enrolment.objects.create(cohort=cohort, learner=ProfileFactory().user)
        for _ in range(2)
    )
    client.force_login(trainer)
    assert client.get(f"/pelatih/angkatan/{cohort.pk}/").status_code == 200

    client.post(f"/pelatih/pendaftaran/{first.pk}/setujui/")
    client.post(f"/pelatih/pendaftaran/{second.pk}/setujui/")

    first.refresh_from_db(), second.refresh_from_db()
    assert (first.status, second.status) == (S.APPROVED, S.REQUESTED)
    assert first.events.last().actor == trainer


def test_trainer_of_another_cohort_is_refused(client, setup):
    _, cohort, _ = setup
    other = UserFactory()
    other.groups.add(roles.role_groups_ensure()[roles.TRAINER])
    enrolment = Enrolment.objects.create(cohort=cohort, learner=ProfileFactory().user)
    client.force_login(other)

    assert client.get(f"/pelatih/angkatan/{cohort.pk}/").status_code == 403
    assert (
        client.post(f"/pelatih/pendaftaran/{enrolment.pk}/setujui/").status_code == 403
    )
    enrolment.refresh_from_db()
    assert enrolment.status == S.REQUESTED


def test_learners_cannot_open_trainer_pages(client, setup):
    _, cohort, _ = setup
    client.force_login(ProfileFactory().user)

    assert client.get("/pelatih/").status_code == 403


def test_unknown_action_is_404(client, setup):
    _, cohort, trainer = setup
    enrolment = Enrolment.objects.create(cohort=cohort, learner=ProfileFactory().user)
    client.force_login(trainer)

    assert client.post(f"/pelatih/pendaftaran/{enrolment.pk}/hapus/").status_code == 404


def test_my_courses_shows_session_times_in_the_cohorts_time_zone(client):
    import datetime

    from django.utils import timezone

    from courses.models import Cohort, Session

    cohort = CohortFactory(time_zone=Cohort.TimeZone.WITA)
    learner = ProfileFactory().user
    Enrolment.objects.create(cohort=cohort, learner=learner, status=S.APPROVED)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    starts = datetime.datetime.combine(
        tomorrow, datetime.time(1, 0), tzinfo=datetime.UTC
    )  # 09.00 WITA
    Session.objects.create(
        cohort=cohort,
        topic="Klasifikasi arsip",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
    )
    client.force_login(learner)

    assert "09.00–11.00 WITA" in client.get("/saya/").text
