"""Who may open which monitoring page or export: roles × regions × every URL.

Anonymous people are sent to log in; learners and trainers are refused; an office
sees its own region (other regions' cohorts and learners are 404, as if they did
not exist); an administrator without an office sees the national view. Above all,
the office of Kota Palangka Raya (62.71) finds none of Kalimantan Timur's (64)
people in any page or export."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from courses.models import Cohort, Enrolment
from courses.views.monitoring import TABLES
from tests.courses.test_monitoring import (
    KALTIM_NAMES,
    PEOPLE,
    build_world,
    read_xlsx,
)
from tests.factories import UserFactory
from tests.factories_cohorts import LearnerFactory, TrainerFactory

BREAKDOWN_SLUGS = ["course", "cohort", "region", "institution_type", "sex"]


@pytest.fixture
def world(regions):
    world = build_world()
    # A cohort attended only from Balikpapan (64.71), organised by nobody.
    kaltim_only = Cohort.objects.create(
        course=world.cohorts["A"].course,
        title="Angkatan Balikpapan",
        starts_on=world.cohorts["A"].starts_on,
        ends_on=world.cohorts["A"].ends_on,
        capacity=10,
    )
    Enrolment.objects.create(
        cohort=kaltim_only, learner=world.learners["p7"], status="active"
    )
    world.cohorts["D"] = kaltim_only
    return world


def users(world) -> dict:
    admin = UserFactory(username="admin-uji", is_superuser=True, is_staff=True)
    return {
        "anonymous": AnonymousUser(),
        "learner": world.learners["p1"],
        "other_learner": LearnerFactory(),
        "trainer": TrainerFactory(),
        "national": world.staff["national"],
        "province": world.staff["62"],
        "city": world.staff["62.71"],
        "other_province": world.staff["64"],
        "admin": admin,
    }


def client_for(user) -> Client:
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


def general_urls() -> list[str]:
    urls = [reverse("courses:monitoring_dashboard")]
    urls += [reverse("courses:monitoring_chart", args=[b]) for b in BREAKDOWN_SLUGS]
    urls += [
        reverse("courses:monitoring_export", args=[table, fmt])
        for table in TABLES
        for fmt in ("csv", "xlsx")
    ]
    return urls


def object_urls(world, cohort_key: str, person: str) -> list[str]:
    cohort = world.cohorts[cohort_key].pk
    learner = world.learners[person].pk
    return [
        reverse("courses:monitoring_cohort", args=[cohort]),
        reverse("courses:monitoring_cohort_export", args=[cohort, "csv"]),
        reverse("courses:monitoring_cohort_export", args=[cohort, "xlsx"]),
        reverse("courses:monitoring_learner", args=[learner]),
        reverse("courses:monitoring_learner_export", args=[learner, "csv"]),
        reverse("courses:monitoring_learner_export", args=[learner, "xlsx"]),
    ]


# role → (status of the general pages, {(cohort, person): status})
MATRIX = {
    "anonymous": (302, {("A", "p1"): 302}),
    "learner": (403, {("A", "p1"): 403}),
    "other_learner": (403, {("A", "p1"): 403}),
    "trainer": (403, {("A", "p1"): 403}),
    "national": (200, {("A", "p1"): 200, ("D", "p7"): 200, ("C", "p8"): 200}),
    "province": (
        200,
        {("A", "p1"): 200, ("B", "p4"): 200, ("D", "p7"): 404, ("C", "p6"): 200},
    ),
    "city": (200, {("A", "p1"): 200, ("C", "p2"): 200, ("D", "p6"): 404}),
    "other_province": (
        200,
        {("A", "p6"): 200, ("D", "p7"): 200, ("A", "p1"): 200},
    ),
    "admin": (200, {("D", "p8"): 200}),
}


def test_access_matrix(world):
    people = users(world)
    seen = []
    for role, (general, objects) in MATRIX.items():
        client = client_for(people[role])
        for url in general_urls():
            status = client.get(url).status_code
            seen.append((role, url, status, general))
        for (cohort, person), status_wanted in objects.items():
            urls = object_urls(world, cohort, person)
            cohort_urls, learner_urls = urls[:3], urls[3:]
            for url in cohort_urls:
                seen.append((role, url, client.get(url).status_code, status_wanted))
            learner_wanted = status_wanted
            if role == "other_province" and person == "p1":
                learner_wanted = 404  # Ani works in Palangka Raya (62.71)
            if role == "province" and person == "p6":
                learner_wanted = 404  # Fajar works in Samarinda (64.72)
            for url in learner_urls:
                seen.append((role, url, client.get(url).status_code, learner_wanted))
    wrong = [(role, url, got, want) for role, url, got, want in seen if got != want]
    assert not wrong


@pytest.mark.parametrize(
    ("role", "learner", "status"),
    [
        ("city", "p1", 200),
        ("city", "p2", 200),
        ("city", "p3", 404),  # Kotawaringin Barat: province, not the city
        ("city", "p6", 404),
        ("city", "p8", 404),  # no institution: national offices only
        ("province", "p3", 200),
        ("province", "p5", 200),
        ("province", "p7", 404),
        ("other_province", "p7", 200),
        ("other_province", "p3", 404),
        ("national", "p8", 200),
    ],
)
def test_learner_drill_down_by_region(world, role, learner, status):
    client = client_for(users(world)[role])
    url = reverse("courses:monitoring_learner", args=[world.learners[learner].pk])
    assert client.get(url).status_code == status


def content_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_palangka_raya_sees_nothing_of_kalimantan_timur(world):
    client = client_for(world.staff["62.71"])
    urls = general_urls()
    urls += [
        reverse("courses:monitoring_chart", args=[b]) + "?ukuran=" + m
        for b in BREAKDOWN_SLUGS
        for m in ("completed", "post_avg")
    ]
    for key in ("A", "B", "C"):
        urls += object_urls(world, key, "p1")[:3]
    urls += object_urls(world, "A", "p2")[3:]
    texts = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        content = content_of(response)
        if url.endswith("xlsx"):
            rows = read_xlsx(content)
            texts.append(" ".join(str(cell) for row in rows for cell in row))
        else:
            texts.append(content.decode("utf-8-sig"))
    everything = "\n".join(texts)
    for name in KALTIM_NAMES:
        assert name not in everything
    for name in ("Citra Kobar", "Dedi Kobar", "Eka Provinsi", "Hadi Tanpa Instansi"):
        assert name not in everything  # the rest of the province is not the city's
    assert "Kalimantan Timur" not in everything
    assert "64.7" not in everything
    assert "Ani Palangka" in everything and "Budi Palangka" in everything
    # Kaltim's own cohort and people are 404 even when asked for directly.
    for url in object_urls(world, "D", "p6") + object_urls(world, "D", "p7"):
        assert client.get(url).status_code == 404


def test_kalimantan_timur_exports_hold_only_its_people(world):
    client = client_for(world.staff["64"])
    response = client.get(
        reverse("courses:monitoring_export", args=["peserta", "xlsx"])
    )
    rows = read_xlsx(content_of(response))
    names = {row[0] for row in rows[1:]}
    assert names == set(KALTIM_NAMES)
    assert {row[5] for row in rows[1:]} <= {"64.71", "64.72"}
    assert len(rows) - 1 == 4  # Fajar in A and C, Gita in B and D


def test_people_export_rows_per_office(world):
    expected_people = {
        "national": {name for name, *_ in PEOPLE.values()},
        "62": {
            "Ani Palangka",
            "Budi Palangka",
            "Citra Kobar",
            "Dedi Kobar",
            "Eka Provinsi",
        },
        "62.71": {"Ani Palangka", "Budi Palangka"},
    }
    for key, names in expected_people.items():
        client = client_for(world.staff[key])
        response = client.get(
            reverse("courses:monitoring_export", args=["peserta", "csv"])
        )
        lines = content_of(response).decode("utf-8-sig").strip().splitlines()[1:]
        assert {line.split(",")[0] for line in lines} == names, key
