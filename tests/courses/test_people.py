import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from courses.exceptions import InstitutionOutsideOfficeRegion
from courses.models import Institution, Profile, Region
from courses.services.people import (
    email_address_verify,
    office_upsert,
    person_upsert,
    profile_create_for_signup,
)
from tests.factories import (
    CityRegionFactory,
    InstitutionFactory,
    ProfileFactory,
    UserFactory,
)


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


def _signup_profile(**overrides) -> Profile:
    arguments = {
        "user": UserFactory(),
        "full_name": "Drs. Sabran Ahmad, M.Pd.",
        "consented": True,
        "position": "Kepala Unit Kearsipan",
        "sex": Profile.Sex.MALE,
        "phone": "0812 5555 0101",
    }
    if "new_institution_name" not in overrides:
        arguments["institution"] = InstitutionFactory()
    return profile_create_for_signup(**{**arguments, **overrides})


def test_profile_for_signup_records_consent_time_and_the_name(db):
    profile = _signup_profile()

    assert profile.consented_at is not None
    assert (profile.user.first_name, profile.user.last_name) == (
        "Drs.",
        "Sabran Ahmad, M.Pd.",
    )


def test_profile_for_signup_needs_consent(db):
    with pytest.raises(ValidationError) as error:
        _signup_profile(consented=False)

    assert "consent" in error.value.message_dict
    assert not Profile.objects.exists()


def test_profile_for_signup_creates_a_new_institution_or_saves_nothing(db):
    region = CityRegionFactory()

    with pytest.raises(ValidationError):
        _signup_profile(
            new_institution_name="Dinas Arsip Baru",
            new_institution_type="bukan-jenis",
            new_institution_region=region,
        )
    assert not Institution.objects.exists()

    profile = _signup_profile(
        new_institution_name="Dinas Arsip Baru",
        new_institution_type=Institution.Type.GOVERNMENT_UNIT,
        new_institution_region=region,
    )
    assert profile.institution.region == region


def test_profile_for_signup_takes_one_institution_exactly(db):
    with pytest.raises(ValidationError):
        _signup_profile(institution=None)
    with pytest.raises(ValidationError):
        _signup_profile(
            institution=InstitutionFactory(), new_institution_name="Dinas Arsip Baru"
        )


def test_profile_for_signup_refuses_a_taken_nip(db):
    ProfileFactory(nip="199103152019032012")

    with pytest.raises(ValidationError):
        _signup_profile(nip="199103152019032012")

    assert Profile.objects.count() == 1


def test_email_address_verify_is_idempotent_and_follows_email_changes(db):
    user = UserFactory(email="Lama@Contoh.go.id")
    email_address_verify(user=user)
    email_address_verify(user=user)
    user.email = "baru@contoh.go.id"
    user.save()

    email_address_verify(user=user)

    addresses = dict(
        EmailAddress.objects.filter(user=user).values_list("email", "primary")
    )
    assert addresses == {"lama@contoh.go.id": False, "baru@contoh.go.id": True}
    assert EmailAddress.objects.get(email="baru@contoh.go.id").verified
