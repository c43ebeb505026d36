"""factory_boy factories: each builds a valid object with no arguments."""

import factory
from django.contrib.auth import get_user_model

from courses.models import Institution, Office, Profile, Region

DEMO_FREE_PASSWORD = "rahasia-uji-123"


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["code"]

    code = "62"
    name = "Kalimantan Tengah"
    level = Region.Level.PROVINCE
    parent = None


class CityRegionFactory(RegionFactory):
    code = "62.71"
    name = "Kota Palangkaraya"
    level = Region.Level.CITY
    parent = factory.SubFactory(RegionFactory)


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"Dinas Kearsipan Uji {n}")
    type = Institution.Type.GOVERNMENT_UNIT
    region = factory.SubFactory(CityRegionFactory)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    institution = factory.SubFactory(InstitutionFactory, type=Institution.Type.DPK)
    region = factory.SelfAttribute("institution.region")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pengguna{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@contoh.go.id")
    password = factory.django.Password(DEMO_FREE_PASSWORD)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Peserta Uji {n}, S.Sos.")
    institution = factory.SubFactory(InstitutionFactory)
    sex = Profile.Sex.FEMALE
