"""The certificate pages of trainers, learners and offices.

Who may open what (the cohort's trainer and administrators run its certificates;
a learner only sees their own; the office of Kota Palangka Raya (62.71) sees its
people and none of Kalimantan Timur's (64)), bulk issue through the Celery task
with its progress, revoke and reissue with a required reason, revoked shown as such
everywhere, office exports. Assertions are on data, status codes and data-*
attributes, never on translated text."""

import csv
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from certificates.forms_manage import ReasonForm
from certificates.models import Certificate, CertificateEvent, CertificateTemplate
from certificates.services import certificate_issue
from courses.models import Enrolment, Institution, Office, Profile, Region, User
from courses.roles import OFFICE_STAFF, role_groups_ensure
from tests.factories import CourseFactory, UserFactory
from tests.factories_cohorts import CohortFactory, EnrolmentFactory, TrainerFactory


@dataclass
class World:
    cohort: object
    trainer: User
    other_trainer: User
    admin: User
    learners: dict[str, User]
    enrolments: dict[str, Enrolment]
    offices: dict[str, Office]
    office_staff: dict[str, User]


def make_office(code: str | None, username: str) -> Office:
    region = Region.objects.get(code=code) if code else None
    institution = Institution.objects.create(
        name=f"DPK {region.name if region else 'Nasional'}",
        type=Institution.Type.DPK,
        region=region or Region.objects.get(code="62"),
    )
    office = Office.objects.create(institution=institution, region=region)
    user = UserFactory(username=username)
    user.groups.add(role_groups_ensure()[OFFICE_STAFF])
    office.staff.add(user)
    return office


# key → (printed name, region code of the learner's institution)
PEOPLE = {
    "ani": ("Ani Rahmawati, S.Sos.", "62.71"),
    "budi": ("Budi Santoso, A.Md.", "62.71"),
    "fajar": ("Fajar Nugroho, S.I.P.", "64.72"),
}


def build_world(*, completed: tuple[str, ...] = ("ani", "budi", "fajar")) -> World:
    """A cohort organised by DPK Kota Palangka Raya with three completed learners
    (two from Palangka Raya, one from Samarinda) and one still active."""
    offices = {
        "national": make_office(None, "dpk-nasional"),
        "62.71": make_office("62.71", "dpk-palangkaraya"),
        "64": make_office("64", "dpk-kaltim"),
    }
    trainer = TrainerFactory()
    cohort = CohortFactory(
        course=CourseFactory(
            code="ARS-SRT", title="Pengelolaan Arsip Dinamis", jp=Decimal(32)
        ),
        title="Angkatan I 2026",
        starts_on=date(2026, 5, 11),
        ends_on=date(2026, 5, 14),
        organiser=offices["62.71"],
        trainers=[trainer],
    )
    learners, enrolments = {}, {}
    for key, (name, code) in PEOPLE.items():
        user = UserFactory(username=f"peserta-{key}")
        Profile.objects.create(
            user=user,
            full_name=name,
            institution=Institution.objects.create(
                name=f"Dinas {key}",
                type=Institution.Type.GOVERNMENT_UNIT,
                region_id=code,
            ),
        )
        learners[key] = user
        enrolments[key] = EnrolmentFactory(
            cohort=cohort,
            learner=user,
            status=Enrolment.Status.COMPLETED
            if key in completed
            else Enrolment.Status.ACTIVE,
        )
    learners["dewi"] = EnrolmentFactory(cohort=cohort).learner  # still studying
    return World(
        cohort=cohort,
        trainer=trainer,
        other_trainer=TrainerFactory(),
        admin=UserFactory(username="admin-sertifikat", is_superuser=True),
        learners=learners,
        enrolments=enrolments,
        offices=offices,
        office_staff={k: o.staff.get() for k, o in offices.items()},
    )


def issue_all(world: World, capture) -> dict[str, Certificate]:
    with capture(execute=True):
        certificates = {
            key: certificate_issue(enrolment=enrolment)
            for key, enrolment in world.enrolments.items()
            if enrolment.status == Enrolment.Status.COMPLETED
        }
    for certificate in certificates.values():
        certificate.refresh_from_db()
    return certificates


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def world(regions) -> World:
    return build_world()


# --- trainer: bulk issue and progress ----------------------------------------


def test_bulk_issue_runs_the_task_and_the_progress_reaches_done(
    world, django_capture_on_commit_callbacks
):
    client = client_for(world.trainer)
    cohort_url = reverse("certificates_manage:cohort", args=[world.cohort.pk])
    progress_url = reverse(
        "certificates_manage:cohort_progress", args=[world.cohort.pk]
    )

    page = client.get(cohort_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-percent="0"' in html and 'data-done="0"' in html
    assert f'hx-get="{progress_url}"' in html  # polls while not done
    assert 'http-equiv="refresh"' in html  # and without JavaScript too
    assert html.count('data-badge="none"') == 3

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates_manage:cohort_issue", args=[world.cohort.pk])
        )
    assert response.status_code == 302
    certificates = Certificate.objects.filter(enrolment__cohort=world.cohort)
    assert certificates.count() == 3
    assert all(c.is_rendered and c.sha256 for c in certificates)
    assert set(
        CertificateEvent.objects.filter(kind="issued").values_list("actor", flat=True)
    ) == {world.trainer.pk}

    polled = client.get(progress_url, headers={"HX-Request": "true"})
    assert polled.status_code == 200
    assert 'data-percent="100"' in polled.content.decode()
    assert 'data-done="1"' in polled.content.decode()
    assert "hx-trigger" not in polled.content.decode()  # polling stops
    assert polled["HX-Refresh"] == "true"

    html = client.get(cohort_url).content.decode()
    assert html.count('data-status="valid"') == 3
    assert html.count("data-pdf-link") == 3
    assert 'http-equiv="refresh"' not in html

    # Issuing again changes nothing (idempotent).
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("certificates_manage:cohort_issue", args=[world.cohort.pk]))
    assert certificates.count() == 3


def test_reissue_of_the_cohort_needs_a_reason_and_replaces_changed_ones(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    client = client_for(world.trainer)
    url = reverse("certificates_manage:cohort_reissue", args=[world.cohort.pk])
    refused = client.post(url, {"semua-reason": "   "})
    assert refused.status_code == 400
    assert 'data-error="reason"' in refused.content.decode()

    Profile.objects.filter(user=world.learners["ani"]).update(
        full_name="Ani Rahmawati, S.Sos., M.Si."
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"semua-reason": "Gelar peserta dilengkapi"})
    assert response.status_code == 302
    old = Certificate.objects.get(pk=certificates["ani"].pk)
    assert old.status == Certificate.Status.REPLACED
    new = Certificate.objects.get(previous=old)
    assert new.number == old.number and new.code != old.code
    assert new.data["name"] == "Ani Rahmawati, S.Sos., M.Si."
    assert new.is_rendered
    assert Certificate.objects.get(pk=certificates["budi"].pk).status == "valid"


# --- trainer: one certificate ---------------------------------------------------


def test_revoke_needs_a_reason_and_shows_revoked_everywhere(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    ani = certificates["ani"]
    trainer = client_for(world.trainer)
    url = reverse("certificates_manage:certificate_revoke", args=[ani.pk])

    refused = trainer.post(url, {"cabut-reason": ""})
    assert refused.status_code == 400
    assert 'data-error="reason"' in refused.content.decode()
    ani.refresh_from_db()
    assert ani.status == Certificate.Status.VALID

    response = trainer.post(url, {"cabut-reason": "Peserta tidak memenuhi syarat"})
    assert response.status_code == 302
    ani.refresh_from_db()
    assert ani.status == Certificate.Status.REVOKED
    assert ani.revoked_by == world.trainer
    event = ani.events.get(kind="revoked")
    assert event.reason == "Peserta tidak memenuhi syarat"
    assert event.actor == world.trainer

    reason = 'data-field="reason">Peserta tidak memenuhi syarat<'
    # The trainer's pages.
    detail = trainer.get(reverse("certificates_manage:certificate", args=[ani.pk]))
    assert 'id="certificate-state" data-status="revoked"' in detail.content.decode()
    assert 'id="revoke-form"' not in detail.content.decode()
    cohort_page = trainer.get(
        reverse("certificates_manage:cohort", args=[world.cohort.pk])
    ).content.decode()
    assert f'data-certificate="{ani.pk}" data-status="revoked"' in cohort_page
    assert reason in cohort_page
    # The learner's list, My courses, and the PDF no longer handed out.
    learner = client_for(world.learners["ani"])
    mine = learner.get(reverse("certificates_manage:my_certificates")).content.decode()
    assert f'data-certificate="{ani.pk}" data-status="revoked"' in mine
    assert reason in mine
    assert "data-pdf-link" not in mine and "data-badge-link" not in mine
    my_courses = learner.get(reverse("courses:my_courses")).content.decode()
    assert 'data-badge="revoked"' in my_courses
    pdf_url = reverse("certificates_manage:my_certificate_pdf", args=[ani.pk])
    assert learner.get(pdf_url).status_code == 404
    # The office's list.
    office = client_for(world.office_staff["62.71"])
    listing = office.get(reverse("certificates_manage:office")).content.decode()
    assert f'data-certificate="{ani.pk}" data-status="revoked"' in listing
    assert reason in listing
    # The public verification page.
    verify = Client().get(reverse("certificates:verify", args=[ani.code]))
    assert 'data-state="revoked"' in verify.content.decode()


def test_reissue_of_one_certificate_needs_a_reason(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    budi = certificates["budi"]
    trainer = client_for(world.trainer)
    url = reverse("certificates_manage:certificate_reissue", args=[budi.pk])
    assert trainer.post(url, {"ulang-reason": " "}).status_code == 400
    assert not Certificate.objects.filter(previous=budi).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = trainer.post(url, {"ulang-reason": "Nama instansi diperbaiki"})
    new = Certificate.objects.get(previous=budi)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "certificates_manage:certificate", args=[new.pk]
    )
    assert new.number == budi.number and new.is_rendered
    budi.refresh_from_db()
    assert budi.status == Certificate.Status.REPLACED
    assert new.events.get(kind="issued").reason == "Nama instansi diperbaiki"
    # The old code's page says "replaced"; the learner lists the new one only.
    verify = Client().get(reverse("certificates:verify", args=[budi.code]))
    assert 'data-state="replaced"' in verify.content.decode()
    mine = client_for(world.learners["budi"]).get(
        reverse("certificates_manage:my_certificates")
    )
    assert f'data-certificate="{new.pk}"' in mine.content.decode()
    assert f'data-certificate="{budi.pk}"' not in mine.content.decode()


# --- who may open what -----------------------------------------------------------


def cohort_urls(cohort_id: int) -> list[str]:
    return [
        reverse(f"certificates_manage:{name}", args=[cohort_id])
        for name in ("cohort", "cohort_progress", "cohort_zip", "cohort_print")
    ]


def test_trainer_pages_matrix(world, django_capture_on_commit_callbacks):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    ani = certificates["ani"]
    certificate_urls = [
        reverse("certificates_manage:certificate", args=[ani.pk]),
        reverse("certificates_manage:certificate_pdf", args=[ani.pk]),
    ]
    post_urls = [
        reverse("certificates_manage:cohort_issue", args=[world.cohort.pk]),
        reverse("certificates_manage:cohort_reissue", args=[world.cohort.pk]),
    ]
    matrix = {
        # role: (cohort pages, certificate pages, POST actions)
        "anonymous": (None, 302, 302, 302),
        "learner": (world.learners["ani"], 403, 403, 403),
        "office": (world.office_staff["62.71"], 403, 403, 403),
        "other_trainer": (world.other_trainer, 403, 404, 403),
        "trainer": (world.trainer, 200, 200, None),
        "admin": (world.admin, 200, 200, None),
    }
    wrong = []
    for role, (user, cohort_status, certificate_status, post_status) in matrix.items():
        client = client_for(user)
        for url in cohort_urls(world.cohort.pk):
            got = client.get(url).status_code
            if got != cohort_status:
                wrong.append((role, url, got, cohort_status))
        for url in certificate_urls:
            got = client.get(url).status_code
            if got != certificate_status:
                wrong.append((role, url, got, certificate_status))
        if post_status is not None:
            for url in post_urls:
                got = client.post(url, {"semua-reason": "x"}).status_code
                if got != post_status:
                    wrong.append((role, url, got, post_status))
            revoke = reverse("certificates_manage:certificate_revoke", args=[ani.pk])
            got = client.post(revoke, {"cabut-reason": "x"}).status_code
            want = 404 if role == "other_trainer" else post_status
            if got != want:
                wrong.append((role, revoke, got, want))
    assert not wrong
    ani.refresh_from_db()
    assert ani.status == Certificate.Status.VALID  # nobody unauthorised revoked it


def test_learner_downloads_only_their_own_pdf(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    ani, budi = certificates["ani"], certificates["budi"]
    learner = client_for(world.learners["ani"])
    response = learner.get(
        reverse("certificates_manage:my_certificate_pdf", args=[ani.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert "private" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF")
    import hashlib

    assert hashlib.sha256(body).hexdigest() == ani.sha256
    # Somebody else's certificate does not exist for Ani.
    other = reverse("certificates_manage:my_certificate_pdf", args=[budi.pk])
    assert learner.get(other).status_code == 404
    assert client_for(world.learners["dewi"]).get(other).status_code == 404
    assert Client().get(other).status_code == 302  # to the login page

    page = learner.get(reverse("certificates_manage:my_certificates")).content.decode()
    assert f'data-certificate="{ani.pk}" data-status="valid"' in page
    assert f'data-certificate="{budi.pk}"' not in page
    assert reverse("certificates:credential_download", args=[ani.pk]) in page
    assert f"/verify/{ani.code}/" in page
    courses = learner.get(reverse("courses:my_courses")).content.decode()
    assert f'data-certificate-block="{world.enrolments["ani"].pk}"' in courses
    assert ani.number in courses


def test_office_sees_its_region_only(world, django_capture_on_commit_callbacks):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    pdf = {
        key: reverse("certificates_manage:office_certificate_pdf", args=[c.pk])
        for key, c in certificates.items()
    }
    expected = {
        "62.71": {"ani": 200, "budi": 200, "fajar": 404},
        "64": {"ani": 404, "budi": 404, "fajar": 200},
        "national": {"ani": 200, "budi": 200, "fajar": 200},
    }
    for office_key, wanted in expected.items():
        client = client_for(world.office_staff[office_key])
        listing = client.get(reverse("certificates_manage:office")).content.decode()
        for key, status in wanted.items():
            assert client.get(pdf[key]).status_code == status, (office_key, key)
            shown = f'data-certificate="{certificates[key].pk}"' in listing
            assert shown == (status == 200), (office_key, key)
    for user in (world.learners["ani"], world.trainer):
        assert (
            client_for(user).get(reverse("certificates_manage:office")).status_code
            == 403
        )
    assert client_for(world.admin).get(pdf["fajar"]).status_code == 200


def test_office_filters_and_exports(world, django_capture_on_commit_callbacks):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    client = client_for(world.office_staff["62.71"])
    trainer = client_for(world.trainer)
    trainer.post(
        reverse(
            "certificates_manage:certificate_revoke", args=[certificates["budi"].pk]
        ),
        {"cabut-reason": "Data ganda"},
    )
    url = reverse("certificates_manage:office")
    revoked = client.get(url, {"status": "revoked"}).content.decode()
    assert f'data-certificate="{certificates["budi"].pk}"' in revoked
    assert f'data-certificate="{certificates["ani"].pk}"' not in revoked
    other_cohort = CohortFactory()
    filtered = client.get(url, {"angkatan": world.cohort.pk}).content.decode()
    assert 'data-count="2"' in filtered
    # A cohort outside the office's certificates is not even a choice.
    assert client.get(url, {"angkatan": other_cohort.pk}).status_code == 200

    xlsx = client.get(reverse("certificates_manage:office_export", args=["xlsx"]))
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3  # header + Ani + Budi; Fajar works in Kalimantan Timur
    numbers = {row[0] for row in rows[1:]}
    assert numbers == {certificates["ani"].number, certificates["budi"].number}
    names = {row[1] for row in rows[1:]}
    assert "Fajar Nugroho, S.I.P." not in names
    by_number = {row[0]: row for row in rows[1:]}
    assert by_number[certificates["budi"].number][12] == "Data ganda"

    csv_response = client.get(
        reverse("certificates_manage:office_export", args=["csv"]),
        {"status": "valid"},
    )
    text = b"".join(csv_response.streaming_content).decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert len(lines) == 2 and lines[1][0] == certificates["ani"].number
    assert (
        client.get(
            reverse("certificates_manage:office_export", args=["pdf"])
        ).status_code
        == 404
    )


# --- templates ---------------------------------------------------------------------


def template_post(cohort_id: int, **overrides) -> dict:
    data = {
        "name": "Sertifikat Angkatan I",
        "cohort": str(cohort_id),
        "is_active": "on",
        "heading": "PEMERINTAH KOTA PALANGKA RAYA",
        "title": "SERTIFIKAT",
        "body": "Telah mengikuti {pelatihan} pada {tanggal} ({jp} JP).",
        "place": "Palangka Raya",
        "number_pattern": "800/{seq:03d}/DPK-PLK/{roman_month}/{year}",
        "show_topics_page": "on",
        "penandatangan-TOTAL_FORMS": "3",
        "penandatangan-INITIAL_FORMS": "0",
        "penandatangan-MIN_NUM_FORMS": "1",
        "penandatangan-MAX_NUM_FORMS": "3",
        "penandatangan-0-name": "Drs. H. Yusuf Kurniawan, M.Si.",
        "penandatangan-0-position": "Kepala Dinas",
        "penandatangan-0-nip": "196805121994031007",
    }
    data.update(overrides)
    return data


def test_trainer_edits_a_template_of_their_cohort(world):
    client = client_for(world.trainer)
    create = reverse("certificates_manage:template_create")
    assert client.get(create).status_code == 200

    bad = client.post(create, template_post(world.cohort.pk, number_pattern="800/X"))
    assert bad.status_code == 400
    assert 'data-error="number_pattern"' in bad.content.decode()
    none_signing = template_post(world.cohort.pk, **{"penandatangan-0-name": ""})
    assert client.post(create, none_signing).status_code == 400
    assert not CertificateTemplate.objects.exists()

    response = client.post(create, template_post(world.cohort.pk))
    assert response.status_code == 302
    template = CertificateTemplate.objects.get()
    assert template.cohort == world.cohort
    assert list(template.signatories.values_list("name", flat=True)) == [
        "Drs. H. Yusuf Kurniawan, M.Si."
    ]
    edit = reverse("certificates_manage:template_edit", args=[template.pk])
    assert client.get(edit).status_code == 200
    # Another trainer can neither open it nor scope a template to this cohort.
    other = client_for(world.other_trainer)
    assert other.get(edit).status_code == 404
    assert other.post(create, template_post(world.cohort.pk)).status_code == 400
    assert CertificateTemplate.objects.count() == 1


def test_certificates_follow_the_edited_template(
    world, django_capture_on_commit_callbacks
):
    client = client_for(world.trainer)
    client.post(
        reverse("certificates_manage:template_create"), template_post(world.cohort.pk)
    )
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    year = world.cohort.ends_on.year
    assert sorted(c.number for c in certificates.values()) == [
        f"800/00{n}/DPK-PLK/V/{year}" for n in (1, 2, 3)
    ]
    assert all(
        c.data["signatories"][0]["name"] == "Drs. H. Yusuf Kurniawan, M.Si."
        for c in certificates.values()
    )


def test_admin_menu_links_to_the_templates(world):
    world.admin.is_staff = True
    world.admin.save()
    page = client_for(world.admin).get("/admin/")
    assert page.status_code == 200
    assert reverse("certificates_manage:template_list") in page.content.decode()


def test_a_worker_registers_the_bulk_tasks():
    """A fresh process set up like a worker (Django's checks import the URLconf,
    which imports the views and so ``certificates.tasks_manage``) knows the bulk
    tasks; otherwise a worker would drop them as unregistered."""
    script = (
        "import django; django.setup()\n"
        "from lms.celery import app\n"
        "app.loader.import_default_modules()\n"
        "print(sorted(n for n in app.tasks if n.startswith('certificates.')))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.test"}
    env.pop("CELERY_SKIP_CHECKS", None)
    output = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    ).stdout
    assert "certificates.tasks_manage.cohort_certificates_issue" in output
    assert "certificates.tasks_manage.cohort_certificates_reissue" in output


def test_pages_read_a_fixed_number_of_queries(
    world, django_capture_on_commit_callbacks
):
    """The cohort page, the office list and the learner list do not query per
    certificate (3 certificates, then 3 more: same count)."""
    issue_all(world, django_capture_on_commit_callbacks)
    trainer = client_for(world.trainer)
    office = client_for(world.office_staff["62.71"])
    urls = {
        "cohort": (
            trainer,
            reverse("certificates_manage:cohort", args=[world.cohort.pk]),
        ),
        "office": (office, reverse("certificates_manage:office")),
    }

    def counts() -> dict[str, int]:
        result = {}
        for name, (client, url) in urls.items():
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result[name] = len(queries)
        return result

    before = counts()
    for n in range(3):
        user = UserFactory(username=f"peserta-tambahan-{n}")
        Profile.objects.create(
            user=user,
            full_name=f"Peserta Tambahan {n}",
            institution=Institution.objects.get(name="Dinas ani"),
        )
        enrolment = EnrolmentFactory(
            cohort=world.cohort, learner=user, status=Enrolment.Status.COMPLETED
        )
        with django_capture_on_commit_callbacks(execute=True):
            certificate_issue(enrolment=enrolment)
    assert counts() == before


# --- issue 6 -------------------------------------------------------------------------


def test_bulk_reissue_leaves_revoked_ones_and_says_how_many_it_skipped(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    trainer = client_for(world.trainer)
    trainer.post(
        reverse(
            "certificates_manage:certificate_revoke", args=[certificates["ani"].pk]
        ),
        {"cabut-reason": "Syarat kehadiran tidak terpenuhi"},
    )
    Profile.objects.filter(user__in=world.learners.values()).update(
        full_name="Nama Baru, S.Kom."
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = trainer.post(
            reverse("certificates_manage:cohort_reissue", args=[world.cohort.pk]),
            {"semua-reason": "Gelar peserta dilengkapi"},
        )
    assert response.status_code == 302
    ani = Certificate.objects.get(pk=certificates["ani"].pk)
    assert ani.status == Certificate.Status.REVOKED  # not brought back to valid
    assert not Certificate.objects.filter(previous=ani).exists()
    html = trainer.get(
        reverse("certificates_manage:cohort", args=[world.cohort.pk])
    ).content.decode()
    assert 'id="certificate-batch-result" data-kind="reissue"' in html
    assert 'data-failed="0" data-skipped="1"' in html
    assert 'data-done="1"' in html


def test_one_revoked_certificate_is_reissued_only_with_an_explicit_confirmation(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    budi = certificates["budi"]
    trainer = client_for(world.trainer)
    trainer.post(
        reverse("certificates_manage:certificate_revoke", args=[budi.pk]),
        {"cabut-reason": "Dicabut karena salah peserta"},
    )
    detail = reverse("certificates_manage:certificate", args=[budi.pk])
    assert 'data-undo-revocation="1"' in trainer.get(detail).content.decode()
    url = reverse("certificates_manage:certificate_reissue", args=[budi.pk])

    refused = trainer.post(url, {"ulang-reason": "Pencabutan keliru"})
    assert refused.status_code == 400
    assert 'data-error="undo_revocation"' in refused.content.decode()
    budi.refresh_from_db()
    assert budi.status == Certificate.Status.REVOKED

    with django_capture_on_commit_callbacks(execute=True):
        response = trainer.post(
            url, {"ulang-reason": "Pencabutan keliru", "ulang-undo_revocation": "on"}
        )
    new = Certificate.objects.get(previous=budi)
    assert response["Location"] == reverse(
        "certificates_manage:certificate", args=[new.pk]
    )
    assert new.status == Certificate.Status.VALID
    event = budi.events.get(kind="reissued")
    assert event.actor == world.trainer and event.after["revocation_undone"] is True


def test_the_progress_bar_finishes_and_lists_what_a_bulk_issue_could_not_do(
    world, django_capture_on_commit_callbacks
):
    """A number already taken by another template's register: the run goes on,
    the page stops polling and says whose certificate failed and why."""
    november = date(2026, 11, 20)
    other = CohortFactory(
        organiser=world.offices["62.71"], starts_on=date(2026, 11, 17), ends_on=november
    )
    CertificateTemplate.objects.create(
        name="Angka", cohort=other, number_pattern="{seq}/11/{year}"
    )
    certificate_issue(
        enrolment=EnrolmentFactory(cohort=other, status=Enrolment.Status.COMPLETED)
    )
    world.cohort.ends_on = november
    world.cohort.save()
    CertificateTemplate.objects.create(
        name="Bulan", cohort=world.cohort, number_pattern="{seq}/{month}/{year}"
    )
    trainer = client_for(world.trainer)
    with django_capture_on_commit_callbacks(execute=True):
        trainer.post(
            reverse("certificates_manage:cohort_issue", args=[world.cohort.pk])
        )
    polled = trainer.get(
        reverse("certificates_manage:cohort_progress", args=[world.cohort.pk]),
        headers={"HX-Request": "true"},
    )
    html = polled.content.decode()
    assert 'data-done="1"' in html and "hx-trigger" not in html
    assert polled["HX-Refresh"] == "true"
    # Each attempt rolls back (no gap), so all three hit the taken number 1.
    assert 'data-kind="issue" data-failed="3"' in html
    assert html.count("data-failure>") == 3
    assert "Ani Rahmawati, S.Sos.: " in html
    assert not Certificate.objects.filter(enrolment__cohort=world.cohort).exists()


def test_the_reason_fields_warn_that_the_reason_is_public(
    world, django_capture_on_commit_callbacks
):
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    trainer = client_for(world.trainer)
    detail = trainer.get(
        reverse("certificates_manage:certificate", args=[certificates["ani"].pk])
    ).content.decode()
    with translation.override("en"):
        help_text = str(ReasonForm.base_fields["reason"].help_text)
    assert "personal data" in help_text and "public" in help_text
    assert "data pribadi" in str(ReasonForm.base_fields["reason"].help_text)
    for prefix in ("cabut", "ulang"):  # revoke and reissue: both are shown publicly
        assert f'id="id_{prefix}-reason_helptext"' in detail
        assert f'aria-describedby="id_{prefix}-reason_helptext"' in detail
    cohort_page = trainer.get(
        reverse("certificates_manage:cohort", args=[world.cohort.pk])
    ).content.decode()
    assert 'aria-describedby="id_semua-reason_helptext"' in cohort_page
