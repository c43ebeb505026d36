"""Every write of the courses app: one function per use case, keyword-only."""

from django.db import transaction

from courses.exceptions import InstitutionOutsideOfficeRegion
from courses.models import Institution, Office, Profile, Region, User


@transaction.atomic
def person_upsert(
    *,
    username: str,
    email: str,
    full_name: str,
    password: str | None = None,
    institution: Institution | None = None,
    nip: str = "",
    position: str = "",
    rank: str = "",
    sex: str = "",
    phone: str = "",
) -> User:
    """Create or update a user with their profile, matched by username.

    The profile is validated (NIP format and uniqueness) before anything is saved.
    """
    user = User.objects.filter(username=username).first() or User(username=username)
    user.email = email
    first, _space, last = full_name.partition(" ")
    user.first_name, user.last_name = first[:150], last[:150]
    if password is not None:
        user.set_password(password)
    elif user._state.adding:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    profile = Profile.objects.filter(user=user).first() or Profile(user=user)
    profile.full_name = full_name
    profile.institution = institution
    profile.nip = nip
    profile.position = position
    profile.rank = rank
    profile.sex = sex
    profile.phone = phone
    profile.full_clean()
    profile.save()
    return user


@transaction.atomic
def office_upsert(*, institution: Institution, region: Region) -> Office:
    """Make ``institution`` (a DPK inside ``region``) an office scoped to ``region``."""
    if not region.contains(institution.region):
        raise InstitutionOutsideOfficeRegion(institution.pk)
    office, _created = Office.objects.update_or_create(
        institution=institution, defaults={"region": region}
    )
    return office
