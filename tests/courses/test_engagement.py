"""Community activities after training (TP-BIS): the rules of the form and the
services, who may record, change and delete, and what an office sees (its region
only), with totals per month and downloads."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.exceptions import CommunityActivityInvalid, CommunityActivityNotYours
from courses.models import CommunityActivity, Enrolment, Region
from courses.selectors.engagement import engagement_summary_for
from courses.selectors.monitoring import DashboardFilters
from courses.services.engagement import (
    community_activity_create,
    community_activity_delete,
    community_activity_update,
)
from tests.courses.test_ledger import client_of, make_office, person_in
from tests.factories_cohorts import CohortFactory, EnrolmentFactory

S = Enrolment.Status
TODAY = timezone.localdate()


def completed_enrolment(learner, starts_on=TODAY - timedelta(days=60)):
    cohort = CohortFactory(starts_on=starts_on, ends_on=starts_on + timedelta(days=5))
    return EnrolmentFactory(cohort=cohort, learner=learner, status=S.COMPLETED)


def fields(**overrides):
    values = {
        "held_on": TODAY - timedelta(days=10),
        "kind": CommunityActivity.Kind.DIGITAL,
        "title": "Kelas literasi digital untuk pelaku UMKM di Perpustakaan Desa Bukit Tunggal",
        "participants_male": 7,
        "participants_female": 12,
        "participants_children": 0,
        "participants_adults": 16,
        "participants_elderly": 3,
        "participants_disability": 1,
        "partners": "Pemerintah Desa, PKK",
        "outputs": "20 akun marketplace UMKM",
    }
    return {**values, **overrides}


def form_data(**overrides):
    values = fields(**overrides)
    region = values.pop("region", "62.71")
    return {
        **{k: ("" if v is None else v) for k, v in values.items()},
        "region": region,
    }


@pytest.fixture
def world(regions):
    city = make_office("62.71", "dpk-palangkaraya")
    province = make_office("62", "dpk-kalteng")
    kaltim = make_office("64", "dpk-kaltim")
    siti = person_in("62.71", "198503152010012001", "Siti Aminah")
    dewi = person_in("64.72", "198201012006041005", "Dewi Samarinda")
    return {
        "city": city,
        "province": province,
        "kaltim": kaltim,
        "siti": siti,
        "siti_enrolment": completed_enrolment(siti),
        "dewi": dewi,
        "dewi_enrolment": completed_enrolment(dewi),
    }


def record(learner, enrolment, code="62.71", **overrides):
    return community_activity_create(
        recorded_by=learner,
        institution=learner.profile.institution,
        region=Region.objects.get(code=code),
        enrolment=enrolment,
        **fields(**overrides),
    )


# --- Services ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"held_on": TODAY + timedelta(days=1)}, "held_on"),
        ({"held_on": TODAY - timedelta(days=400)}, "held_on"),  # before the training
        ({"participants_male": 0, "participants_female": 0}, "participants_female"),
        ({"participants_adults": 17}, "participants_children"),  # 17+3 > 19
        ({"participants_disability": 20}, "participants_disability"),
    ],
)
def test_broken_rules_are_refused_and_nothing_is_saved(world, overrides, field):
    with pytest.raises(CommunityActivityInvalid) as caught:
        record(world["siti"], world["siti_enrolment"], **overrides)
    assert field in caught.value.problems
    assert CommunityActivity.objects.count() == 0


def test_only_own_completed_enrolment_and_own_records(world):
    with pytest.raises(CommunityActivityNotYours):
        record(world["siti"], world["dewi_enrolment"])
    active = EnrolmentFactory(learner=world["siti"], status=S.ACTIVE)
    with pytest.raises(CommunityActivityNotYours):
        record(world["siti"], active)
    activity = record(world["siti"], world["siti_enrolment"])
    with pytest.raises(CommunityActivityNotYours):
        community_activity_update(activity=activity, actor=world["dewi"], title="x")
    with pytest.raises(CommunityActivityNotYours):
        community_activity_delete(activity=activity, actor=world["dewi"])
    community_activity_update(
        activity=activity, actor=world["siti"], participants_female=20
    )
    activity.refresh_from_db()
    assert activity.participants_total == 27
    with pytest.raises(CommunityActivityInvalid):
        community_activity_update(
            activity=activity, actor=world["siti"], participants_disability=99
        )
    activity.refresh_from_db()
    assert activity.participants_disability == 1
    community_activity_delete(activity=activity, actor=world["siti"])
    assert not CommunityActivity.objects.exists()


# --- Summary -------------------------------------------------------------------------


def test_summary_counts_only_the_offices_region_per_month(world):
    siti, dewi = world["siti"], world["dewi"]
    jan, feb = date(TODAY.year, 1, 1), date(TODAY.year, 2, 1)
    starts = date(TODAY.year - 1, 12, 1)
    enrolment = completed_enrolment(siti, starts_on=starts)
    a = record(siti, enrolment, held_on=jan + timedelta(days=4))
    b = record(
        siti, enrolment, held_on=jan + timedelta(days=20), participants_disability=0
    )
    c = record(siti, enrolment, code="62.01", held_on=feb + timedelta(days=2))
    d = record(
        dewi,
        completed_enrolment(dewi, starts_on=starts),
        code="64.72",
        held_on=jan + timedelta(days=9),
    )
    mine = [x for x in (a, b) if TODAY >= x.held_on]
    summary = engagement_summary_for(
        office=world["city"], filters=DashboardFilters(year=TODAY.year)
    )
    assert summary.totals.activities == len(mine) == 2
    assert summary.totals.participants_male == sum(x.participants_male for x in mine)
    assert summary.totals.participants_female == 24
    assert summary.totals.participants_disability == 1
    assert summary.totals.participants_elderly == 6
    assert [m.month for m in summary.months] == [jan]

    province = engagement_summary_for(
        office=world["province"], filters=DashboardFilters(year=TODAY.year)
    )
    assert province.totals.activities == 3
    assert [(m.month, m.activities) for m in province.months] == [(jan, 2), (feb, 1)]
    kaltim = engagement_summary_for(office=world["kaltim"])
    assert kaltim.totals.activities == 1
    assert kaltim.totals.participants == d.participants_total
    assert (
        engagement_summary_for(
            office=world["city"], filters=DashboardFilters(year=2020)
        ).totals.activities
        == 0
    )
    assert c.region_id == "62.01"


# --- Views ---------------------------------------------------------------------------


def test_learner_records_edits_and_deletes_through_the_pages(world):
    client = Client()
    client.force_login(world["siti"])
    url = reverse("courses:activity_create")
    assert client.get(url).status_code == 200
    data = form_data(enrolment=world["siti_enrolment"].pk)
    response = client.post(url, data)
    assert response.status_code == 302
    activity = CommunityActivity.objects.get()
    assert activity.recorded_by == world["siti"]
    assert activity.institution == world["siti"].profile.institution
    assert activity.enrolment == world["siti_enrolment"]

    edit = reverse("courses:activity_update", args=[activity.pk])
    response = client.post(edit, {**data, "participants_male": 9})
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.participants_male == 9

    other = Client()
    other.force_login(world["dewi"])
    assert other.get(edit).status_code == 404
    delete = reverse("courses:activity_delete", args=[activity.pk])
    assert other.post(delete).status_code == 404
    assert client.post(delete).status_code == 302
    assert not CommunityActivity.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"held_on": (TODAY + timedelta(days=3)).isoformat()}, "held_on"),
        ({"held_on": "kemarin"}, "held_on"),
        ({"participants_male": "-2"}, "participants_male"),
        ({"participants_disability": "50"}, "participants_disability"),
        (
            {"participants_children": "10", "participants_adults": "10"},
            "participants_children",
        ),
        ({"title": ""}, "title"),
        ({"region": "64.72"}, "region"),  # outside the learner's province
        ({"enrolment": "999999"}, "enrolment"),
        ({"enrolment": "dewi"}, "enrolment"),  # someone else's training
    ],
)
def test_bad_input_shows_errors_and_saves_nothing(world, overrides, field):
    client = Client()
    client.force_login(world["siti"])
    overrides = {**overrides}
    if overrides.get("enrolment") == "dewi":
        overrides["enrolment"] = world["dewi_enrolment"].pk
    data = form_data(**{"enrolment": world["siti_enrolment"].pk, **overrides})
    response = client.post(reverse("courses:activity_create"), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not CommunityActivity.objects.exists()


def test_learner_without_completed_training_cannot_record(world):
    newcomer = person_in("62.71", "", "Baru")
    client = Client()
    client.force_login(newcomer)
    response = client.get(reverse("courses:activity_create"))
    assert response.status_code == 302
    response = client.post(reverse("courses:activity_create"), form_data())
    assert response.status_code == 302
    assert not CommunityActivity.objects.exists()


def test_office_records_for_an_institution_in_its_region_only(world):
    client = client_of(world["city"])
    url = reverse("courses:activity_create") + "?sebagai=dpk"
    institution = world["siti"].profile.institution
    response = client.post(url, form_data(institution=institution.pk))
    assert response.status_code == 302
    activity = CommunityActivity.objects.get()
    assert activity.enrolment is None and activity.institution == institution
    outside = world["dewi"].profile.institution
    response = client.post(url, form_data(institution=outside.pk))
    assert "institution" in response.context["form"].errors
    response = client.post(url, form_data(institution=institution.pk, region="62.01"))
    assert "region" in response.context["form"].errors  # outside the city
    assert CommunityActivity.objects.count() == 1


def test_office_list_and_downloads_keep_to_the_region(world):
    record(
        world["siti"], world["siti_enrolment"], title="Pendampingan penataan arsip desa"
    )
    record(
        world["dewi"], world["dewi_enrolment"], code="64.72", title="Kegiatan Samarinda"
    )
    client = client_of(world["city"])
    response = client.get(reverse("courses:office_activities"))
    content = response.content.decode()
    assert "Pendampingan penataan arsip desa" in content
    assert "Kegiatan Samarinda" not in content
    assert response.context["summary"].totals.activities == 1

    response = client.get(reverse("courses:office_activities_export", args=["csv"]))
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    assert [row[2] for row in rows[1:]] == ["Pendampingan penataan arsip desa"]
    assert rows[1][7:13] == ["7", "12", "0", "16", "3", "1"]

    response = client_of(world["kaltim"]).get(
        reverse("courses:office_activities_export", args=["xlsx"])
    )
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert [row[2] for row in values[1:]] == ["Kegiatan Samarinda"]
    assert values[1][0].date() == TODAY - timedelta(days=10)

    learner = Client()
    learner.force_login(world["siti"])
    assert learner.get(reverse("courses:office_activities")).status_code == 403


def test_dashboard_shows_the_engagement_of_the_offices_region(world):
    record(world["siti"], world["siti_enrolment"])
    record(world["dewi"], world["dewi_enrolment"], code="64.72")

    response = client_of(world["city"]).get(reverse("courses:monitoring_dashboard"))

    assert response.status_code == 200
    assert response.context["engagement"].totals.activities == 1
    assert 'id="engagement-summary" data-activities="1"' in response.content.decode()


def test_dashboard_engagement_card_follows_the_dashboards_filters(world):
    """The card counts the activities the filters leave: held in the chosen
    regency, after a training of the chosen course or cohort (an office's own
    activity follows none), organised by the chosen type of institution."""
    from courses.models import Institution

    siti = world["siti"]
    citra = person_in("62.01", "", "Citra Kobar")
    Institution.objects.filter(pk=citra.profile.institution_id).update(
        type=Institution.Type.SCHOOL
    )
    citra.profile.refresh_from_db()
    citra_enrolment = completed_enrolment(citra)
    in_city = record(siti, world["siti_enrolment"], code="62.71")
    in_kobar = record(
        citra,
        citra_enrolment,
        code="62.01",
        participants_male=5,
        participants_female=6,
        participants_adults=11,
        participants_elderly=0,
        participants_disability=2,
    )
    by_office = community_activity_create(
        recorded_by=world["province"].staff.get(),
        institution=citra.profile.institution,
        region=Region.objects.get(code="62.01"),
        **fields(
            participants_male=1,
            participants_female=1,
            participants_adults=2,
            participants_elderly=0,
            participants_disability=0,
        ),
    )
    record(world["dewi"], world["dewi_enrolment"], code="64.72")  # never counted
    client = client_of(world["province"])

    def card(**params):
        response = client.get(reverse("courses:monitoring_dashboard"), params)
        assert response.status_code == 200
        assert not response.context["form"].errors
        return response.context["engagement"], response.content.decode()

    def assert_counts(summary, activities):
        assert summary.totals.activities == len(activities)
        for name in (
            "participants_male",
            "participants_female",
            "participants_disability",
        ):
            assert getattr(summary.totals, name) == sum(
                getattr(a, name) for a in activities
            ), name

    summary, html = card()
    assert_counts(summary, [in_city, in_kobar, by_office])
    assert 'id="engagement-filters"' not in html
    summary, html = card(wilayah="62.01")
    assert_counts(summary, [in_kobar, by_office])
    assert 'id="engagement-filters"' in html
    assert 'id="engagement-summary" data-activities="2"' in html
    summary, _html = card(wilayah="62.71")
    assert_counts(summary, [in_city])
    summary, _html = card(pelatihan=citra_enrolment.cohort.course_id)
    assert_counts(summary, [in_kobar])
    summary, _html = card(angkatan=world["siti_enrolment"].cohort_id)
    assert_counts(summary, [in_city])
    summary, _html = card(jenis=Institution.Type.SCHOOL)
    assert_counts(summary, [in_kobar, by_office])

    response = client.get(
        reverse("courses:monitoring_export", args=["kegiatan", "csv"]),
        {"wilayah": "62.01"},
    )
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    total = rows[-1]
    assert total[1:4] == ["2", "6", "7"]  # activities, men 5 + 1, women 6 + 1
    assert total[7] == "2"
    months = {row[0] for row in rows[1:-1]}
    assert months == {in_kobar.held_on.strftime("%Y-%m")}
    response = client.get(
        reverse("courses:monitoring_export", args=["kegiatan", "xlsx"]),
        {"wilayah": "62.71"},
    )
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert list(sheet.values)[-1][1:3] == (1, in_city.participants_male)


def test_administrator_without_office_sees_every_regions_activities(world):
    from tests.factories import UserFactory

    record(world["siti"], world["siti_enrolment"], title="Kegiatan Palangka Raya")
    record(
        world["dewi"], world["dewi_enrolment"], code="64.72", title="Kegiatan Samarinda"
    )
    admin = UserFactory(username="admin-tpbis", is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(admin)
    response = client.get(reverse("courses:office_activities"))
    assert response.status_code == 200
    assert response.context["summary"].totals.activities == 2
    content = response.content.decode()
    assert "Kegiatan Palangka Raya" in content and "Kegiatan Samarinda" in content
    assert "?sebagai=dpk" not in content  # an administrator records for no office
    response = client.get(reverse("courses:office_activities_export", args=["csv"]))
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    assert {row[2] for row in rows[1:]} == {
        "Kegiatan Palangka Raya",
        "Kegiatan Samarinda",
    }


@pytest.mark.parametrize("chunk", [1, 2])
def test_activity_download_reads_in_chunks_newest_first(world, monkeypatch, chunk):
    from courses.selectors import monitoring
    from courses.selectors.engagement import community_activity_rows_for_office

    siti, enrolment = world["siti"], world["siti_enrolment"]
    made = [
        record(
            siti, enrolment, title=f"Kegiatan {n}", held_on=TODAY - timedelta(days=d)
        )
        for n, d in enumerate((3, 1, 3, 2, 1))
    ]
    monkeypatch.setattr(monitoring, "EXPORT_CHUNK_ROWS", chunk)
    rows = list(community_activity_rows_for_office(office=world["city"]))
    wanted = sorted(made, key=lambda a: (a.held_on, a.pk), reverse=True)
    assert [row[2] for row in rows] == [a.title for a in wanted]
