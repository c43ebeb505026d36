import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from courses.exceptions import InstitutionOutsideOfficeRegion
from courses.models import Institution, Profile, Region
from courses.services.people import office_upsert, person_upsert
from tests.factories import InstitutionFactory, ProfileFactory


def test_person_upsert_creates_user_and_profile(regions):
    institution = InstitutionFactory()

    user = person_upsert(
        username="siti",
        email="siti@contoh.go.id",
        full_name="Siti Aminah, S.Sos.",
        password="rahasia-uji-123",
        institution=institution,
        nip="199103152019032012",
        sex="P",
    )

    assert user.check_password("rahasia-uji-123")
    assert user.profile.full_name == "Siti Aminah, S.Sos."
    assert user.profile.institution == institution


def test_person_upsert_updates_the_same_person_on_second_call(regions):
    person_upsert(username="siti", email="a@contoh.go.id", full_name="Siti")
    user = person_upsert(username="siti", email="b@contoh.go.id", full_name="Siti A.")

    assert Profile.objects.count() == 1
    assert user.email == "b@contoh.go.id"
    assert user.profile.full_name == "Siti A."
    assert not user.has_usable_password()


@pytest.mark.parametrize(
    "nip", ["12345", "19910315201903201X", "1991 0315 2019 0320 12"]
)
def test_person_upsert_rejects_malformed_nip_and_saves_nothing(db, nip):
    with pytest.raises(ValidationError) as error:
        person_upsert(
            username="siti", email="s@contoh.go.id", full_name="Siti", nip=nip
        )

    assert "nip" in error.value.message_dict
    assert not Profile.objects.exists()


def test_nip_is_unique_when_given_but_many_people_may_have_none(db):
    ProfileFactory(nip="199103152019032012")
    ProfileFactory(nip="")
    ProfileFactory(nip="")

    with pytest.raises(ValidationError):
        person_upsert(
            username="lain",
            email="l@contoh.go.id",
            full_name="Lain",
            nip="199103152019032012",
        )
    with pytest.raises(IntegrityError):
        ProfileFactory(nip="199103152019032012")


def test_office_scope_must_contain_its_institution(regions):
    samarinda_dpk = InstitutionFactory(
        type=Institution.Type.DPK, region=Region.objects.get(code="64.72")
    )

    with pytest.raises(InstitutionOutsideOfficeRegion):
        office_upsert(institution=samarinda_dpk, region=Region.objects.get(code="62"))

    office = office_upsert(
        institution=samarinda_dpk, region=Region.objects.get(code="64")
    )
    assert office.region_id == "64"
