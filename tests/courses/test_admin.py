import pytest

from tests.courses.test_enrolment import enrolment_in
from tests.factories import UserFactory
from tests.factories_cohorts import CohortFactory

pytestmark = pytest.mark.django_db


def test_administrator_sets_up_cohorts_and_reads_enrolments_in_the_admin(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    cohort = CohortFactory()
    enrolment = enrolment_in("requested", cohort)
    client.force_login(admin)

    assert client.get("/django-admin/courses/cohort/add/").status_code == 200
    assert (
        client.get(f"/django-admin/courses/cohort/{cohort.pk}/change/").status_code
        == 200
    )
    assert (
        client.get(
            f"/django-admin/courses/enrolment/{enrolment.pk}/change/"
        ).status_code
        == 200
    )
    assert client.get("/django-admin/courses/enrolment/add/").status_code == 403
