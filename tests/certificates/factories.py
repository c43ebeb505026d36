"""Factories for certificates: a template with a signatory, a completed enrolment."""

import datetime
from decimal import Decimal

import factory

from certificates.models import CertificateSignatory, CertificateTemplate
from courses.models import Enrolment, Profile
from tests.factories import (
    CourseFactory,
    InstitutionFactory,
    OfficeFactory,
    ProfileFactory,
    UserFactory,
)
from tests.factories_cohorts import CohortFactory, EnrolmentFactory


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    """A template of an office, numbered like DPK Kalimantan Tengah's letters."""

    class Meta:
        model = CertificateTemplate
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Sertifikat uji {n}")
    office = factory.SubFactory(OfficeFactory)
    heading = "PEMERINTAH PROVINSI KALIMANTAN TENGAH\nDINAS PERPUSTAKAAN DAN KEARSIPAN"
    place = "Palangka Raya"
    number_pattern = "800/{seq:03d}/DPK-KT/{roman_month}/{year}"

    @factory.post_generation
    def signatories(self, create: bool, extracted, **kwargs) -> None:
        if create and extracted is None:
            CertificateSignatory.objects.create(
                template=self,
                name="Dr. H. Ahmad Syarifuddin, M.Si.",
                position="Kepala Dinas Perpustakaan dan Kearsipan Provinsi "
                "Kalimantan Tengah",
                rank="Pembina Utama Muda",
                nip="196805121994031007",
            )


def completed_enrolment(
    *,
    name: str = "Ni Luh Putu Ayu Saraswati, S.Sos.",
    nip: str = "199103152019032012",
    cohort=None,
    **profile,
) -> Enrolment:
    """A completed enrolment of a learner whose printed name is ``name``."""
    user = UserFactory()
    ProfileFactory(user=user, full_name=name, nip=nip, **profile)
    if cohort is None:
        cohort = CohortFactory(
            course=CourseFactory(
                title="Pelatihan Pengelolaan Arsip Konvensional", jp=Decimal("32")
            ),
            starts_on=datetime.date(2026, 5, 14),
            ends_on=datetime.date(2026, 5, 17),
        )
    return EnrolmentFactory(
        cohort=cohort, learner=user, status=Enrolment.Status.COMPLETED
    )


def learner_without_nip(name: str) -> Profile:
    return ProfileFactory(full_name=name, nip="", institution=InstitutionFactory())
