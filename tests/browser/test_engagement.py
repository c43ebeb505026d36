"""A learner records a community activity (TP-BIS) on a phone; the office of their
city sees it in its list with the totals, and Kalimantan Timur's office does not.

Login through a session cookie made by Django's test client (see test_attendance);
fields are found by name, never by their (translated) labels."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import CommunityActivity, Enrolment
from tests.browser.test_attendance import logged_in_context
from tests.courses.test_ledger import make_office, person_in
from tests.factories_cohorts import CohortFactory, EnrolmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = (
    "Kelas literasi digital untuk pelaku UMKM di Perpustakaan Kelurahan Bukit Tunggal"
)


def test_learner_records_an_activity_on_a_phone_and_the_office_sees_it(
    browser, live_server, artifacts_dir, regions
):
    city = make_office("62.71", "dpk-palangkaraya")
    kaltim = make_office("64", "dpk-kaltim")
    learner = person_in("62.71", "199207082020121005", "Ahmad Fauzi, A.Md.")
    today = timezone.localdate()
    cohort = CohortFactory(
        starts_on=today - timedelta(days=40),
        ends_on=today - timedelta(days=36),
        title="Angkatan I 2026",
    )
    EnrolmentFactory(cohort=cohort, learner=learner, status=Enrolment.Status.COMPLETED)

    context = logged_in_context(browser, live_server, learner)
    page = context.new_page()
    page.goto(live_server.url + reverse("courses:my_activities"))
    page.click("#record-activity")
    page.wait_for_selector("#activity-form")
    page.fill("input[name=held_on]", (today - timedelta(days=3)).isoformat())
    page.select_option("select[name=kind]", "digital")
    page.fill("input[name=title]", TITLE)
    page.select_option("select[name=region]", "62.71")
    page.fill("input[name=participants_male]", "9")
    page.fill("input[name=participants_female]", "14")
    page.fill("input[name=participants_adults]", "21")
    page.fill("input[name=participants_elderly]", "2")
    # More people with a disability than participants: refused, nothing lost.
    page.fill("input[name=participants_disability]", "30")
    page.fill("input[name=partners]", "Kelurahan Bukit Tunggal")
    page.click("#activity-form button[type=submit]")
    page.wait_for_selector(
        "#activity-form .invalid-feedback, #activity-form .is-invalid"
    )
    assert page.input_value("input[name=title]") == TITLE
    page.screenshot(
        path=artifacts_dir / "engagement-form-error-phone.png", full_page=True
    )
    assert not CommunityActivity.objects.exists()

    page.fill("input[name=participants_disability]", "1")
    page.click("#activity-form button[type=submit]")
    page.wait_for_selector("#my-activities [data-activity]")
    page.screenshot(path=artifacts_dir / "engagement-my-list-phone.png", full_page=True)
    activity = CommunityActivity.objects.get()
    assert activity.participants_total == 23 and activity.recorded_by == learner
    # the page is as wide as the phone: nothing to scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()

    context = logged_in_context(browser, live_server, city.staff.get())
    page = context.new_page()
    page.goto(live_server.url + reverse("courses:office_activities"))
    item = page.locator(f'#office-activities [data-activity="{activity.pk}"]')
    assert TITLE in item.inner_text()
    summary = page.locator("#engagement-summary")
    assert summary.get_attribute("data-activities") == "1"
    assert summary.get_attribute("data-participants") == "23"
    page.screenshot(
        path=artifacts_dir / "engagement-office-list-phone.png", full_page=True
    )
    context.close()

    context = logged_in_context(browser, live_server, kaltim.staff.get())
    page = context.new_page()
    page.goto(live_server.url + reverse("courses:office_activities"))
    assert page.locator("#office-activities [data-activity]").count() == 0
    context.close()
