"""Who may open which monitoring page or export: roles × regions × every URL.

Anonymous people are sent to log in; learners and trainers are refused; an office
sees its own region (other regions' cohorts and learners are 404, as if they did
not exist); an administrator without an office sees the national view. Above all,
the office of Kota Palangka Raya (62.71) finds none of Kalimantan Timur's (64)
people in any page or export."""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from courses.models import Cohort, CommunityActivity, Enrolment, Profile, Region
from courses.services.engagement import community_activity_create
from courses.views.monitoring import TABLES
from tests.courses.test_monitoring import (
    KALTIM_NAMES,
    PEOPLE,
    ROWS,
    build_world,
    in_scope,
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
    trainer = TrainerFactory()
    world.cohorts["A"].trainers.add(trainer)  # runs cohort A only
    return {
        "anonymous": AnonymousUser(),
        "learner": world.learners["p1"],
        "other_learner": LearnerFactory(),
        "trainer": trainer,
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


def office_read_urls() -> list[str]:
    """Every page that reads an office's whole region: monitoring, the JP report
    and community activities, with their downloads."""
    return [
        *general_urls(),
        reverse("courses:office_jp_report"),
        *(
            reverse("courses:office_jp_report_export", args=[fmt])
            for fmt in ("csv", "xlsx")
        ),
        reverse("courses:office_activities"),
        *(
            reverse("courses:office_activities_export", args=[fmt])
            for fmt in ("csv", "xlsx")
        ),
    ]


def own_urls() -> list[str]:
    return [
        reverse("courses:my_jp_ledger"),
        *(
            reverse("courses:my_jp_ledger_export", args=[fmt])
            for fmt in ("csv", "xlsx")
        ),
    ]


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


def cohort_urls(world, cohort_key: str) -> dict[str, list[str]]:
    cohort = world.cohorts[cohort_key].pk
    return {
        "monitoring": object_urls(world, cohort_key, "p1")[:3],
        "pdf": [reverse("courses:cohort_report_pdf", args=[cohort])],
        "trainer": [
            reverse("courses:trainer_cohort_export", args=[cohort, fmt])
            for fmt in ("csv", "xlsx")
        ],
    }


def person_urls(world, person: str) -> list[str]:
    learner = world.learners[person].pk
    return [
        *object_urls(world, "A", person)[3:],
        reverse("courses:office_person_ledger", args=[learner]),
        *(
            reverse("courses:office_person_ledger_export", args=[learner, fmt])
            for fmt in ("csv", "xlsx")
        ),
    ]


# --- who may see what, from the fixture's data (not from the selectors) -------------

OFFICE_ROLES = {
    "national": None,
    "province": "62",
    "city": "62.71",
    "other_province": "64",
}
COHORT_ORGANISER = {"A": "62", "B": None, "C": "64", "D": None}


def person_in_scope(role: str, person: str) -> bool:
    if role == "admin":
        return True
    return in_scope(OFFICE_ROLES[role] or "national", person)


def cohort_in_scope(role: str, cohort: str) -> bool:
    if role in ("admin", "national"):
        return True
    code = OFFICE_ROLES[role]
    people = [r.person for r in ROWS if r.cohort == cohort]
    if cohort == "D":
        people = ["p7"]
    return COHORT_ORGANISER[cohort] == code or any(
        person_in_scope(role, person) for person in people
    )


def wanted(role: str, family: str, cohort: str = "", person: str = "") -> int:
    """The status each role must get: anonymous people log in first; learners and
    trainers are refused office pages; offices and administrators see their region
    (anything outside it is a 404); the cohort's PDF and roster export belong to its
    trainers (and to offices in scope for the PDF)."""
    if role == "anonymous":
        return 302
    if family == "own":
        return 200
    if family == "trainer":
        if role == "admin" or (role == "trainer" and cohort == "A"):
            return 200
        return 403
    if family == "pdf":
        if role == "admin" or (role == "trainer" and cohort == "A"):
            return 200
        if role in ("learner", "other_learner", "trainer"):
            return 404
        return 200 if cohort_in_scope(role, cohort) else 404
    if role in ("learner", "other_learner", "trainer"):
        return 403
    if family == "office":
        return 200
    if family == "cohort":
        return 200 if cohort_in_scope(role, cohort) else 404
    return 200 if person_in_scope(role, person) else 404  # family "person"


ROLES = [
    "anonymous",
    "learner",
    "other_learner",
    "trainer",
    "national",
    "province",
    "city",
    "other_province",
    "admin",
]


def test_access_matrix(world):
    people = users(world)
    seen = []
    for role in ROLES:
        client = client_for(people[role])

        def check(url: str, want: int, role=role, client=client) -> None:
            seen.append((role, url, client.get(url).status_code, want))

        for url in office_read_urls():
            check(url, wanted(role, "office"))
        for url in own_urls():
            check(url, wanted(role, "own"))
        for key in ("A", "B", "C", "D"):
            urls = cohort_urls(world, key)
            for url in urls["monitoring"]:
                check(url, wanted(role, "cohort", cohort=key))
            for url in urls["pdf"]:
                check(url, wanted(role, "pdf", cohort=key))
            for url in urls["trainer"]:
                check(url, wanted(role, "trainer", cohort=key))
        for person in ("p1", "p3", "p6", "p7", "p8"):
            for url in person_urls(world, person):
                check(url, wanted(role, "person", person=person))
    wrong = [(role, url, got, want) for role, url, got, want in seen if got != want]
    assert not wrong
    assert len(seen) == len(ROLES) * (len(office_read_urls()) + 3 + 4 * 6 + 5 * 6)
    # The expectations are not all alike: every role meets both answers it can get.
    statuses = {(role, status) for role, _url, status, _want in seen}
    assert {
        ("city", 200),
        ("city", 404),
        ("trainer", 200),
        ("trainer", 403),
    } <= statuses
    assert {("admin", 200)} == {(r, s) for r, s in statuses if r == "admin"}


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
    for n, learner in enumerate(world.learners.values()):
        Profile.objects.filter(user=learner).update(nip=f"19850315201001{n:04d}")
    for person, code, title in (
        ("p1", "62.71", "Kegiatan Palangka Raya"),
        ("p6", "64.72", "Kegiatan Samarinda"),
    ):
        learner = world.learners[person]
        community_activity_create(
            recorded_by=learner,
            institution=learner.profile.institution,
            region=Region.objects.get(code=code),
            enrolment=world.enrolments[(person, "A")],
            held_on=timezone.localdate(),
            kind=CommunityActivity.Kind.DIGITAL,
            title=title,
            participants_male=3,
            participants_female=4,
            participants_adults=7,
        )
    client = client_for(world.staff["62.71"])
    urls = office_read_urls()
    urls += [
        reverse("courses:monitoring_chart", args=[b]) + "?ukuran=" + m
        for b in BREAKDOWN_SLUGS
        for m in ("completed", "post_avg")
    ]
    for key in ("A", "B", "C"):
        urls += object_urls(world, key, "p1")[:3]
        urls += cohort_urls(world, key)["pdf"]
    urls += person_urls(world, "p2")
    urls += person_urls(world, "p1")[3:]  # Ani's JP ledger and its downloads
    texts = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        content = content_of(response)
        if url.endswith("xlsx"):
            rows = read_xlsx(content)
            texts.append(" ".join(str(cell) for row in rows for cell in row))
        elif url.endswith(".pdf"):
            pages = PdfReader(io.BytesIO(content)).pages
            texts.append("\n".join(page.extract_text() for page in pages))
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
    assert "Kegiatan Samarinda" not in everything
    assert "Kegiatan Palangka Raya" in everything
    fajar_nip = Profile.objects.get(user=world.learners["p6"]).nip
    assert fajar_nip not in everything
    # Kaltim's own cohort and people are 404 even when asked for directly.
    for url in object_urls(world, "D", "p6") + object_urls(world, "D", "p7"):
        assert client.get(url).status_code == 404
    for url in person_urls(world, "p6") + cohort_urls(world, "D")["pdf"]:
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
