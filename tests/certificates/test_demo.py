"""seed_demo issues the finished cohort's certificates through the real path."""

import hashlib

import pytest
from django.core.management import call_command

from certificates.models import Certificate, CertificateTemplate
from courses.models import Enrolment

S = Certificate.Status


@pytest.mark.django_db
def test_seed_demo_issues_draws_revokes_and_reissues_once():
    call_command("seed_demo", verbosity=0)
    templates = CertificateTemplate.objects.order_by("name")
    assert [t.office.region_id for t in templates] == ["62", "64"]
    assert all(t.logo and t.signatories.exists() for t in templates)

    completed = Enrolment.objects.filter(
        cohort__course__code="ARS-KONV",
        cohort__title="Angkatan I 2026",
        status=Enrolment.Status.COMPLETED,
    )
    current = Certificate.objects.exclude(status=S.REPLACED)
    assert completed.exists()
    assert set(current.values_list("enrolment_id", flat=True)) == set(
        completed.values_list("pk", flat=True)
    )
    for certificate in Certificate.objects.all():
        content = certificate.pdf.read()
        assert content.startswith(b"%PDF")
        assert certificate.sha256 == hashlib.sha256(content).hexdigest()
        assert (
            certificate.number.startswith("800/") and "/DPK-KT/" in certificate.number
        )
    revoked = current.get(status=S.REVOKED)
    assert revoked.revoked_reason
    replaced = Certificate.objects.get(status=S.REPLACED)
    assert replaced.replacement.number == replaced.number
    serials = sorted(current.values_list("serial", flat=True))
    assert serials == list(range(1, len(serials) + 1))

    before = Certificate.objects.count()
    call_command("seed_demo", verbosity=0)
    assert Certificate.objects.count() == before
