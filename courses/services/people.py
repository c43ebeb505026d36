"""Every write of the courses app: one function per use case, keyword-only."""

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
    user.first_name, user.last_name = _first_and_last_name(full_name)
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


@transaction.atomic
def profile_create_for_signup(
    *,
    user: User,
    full_name: str,
    consented: bool,
    position: str,
    sex: str,
    phone: str,
    institution: Institution | None = None,
    new_institution_name: str = "",
    new_institution_type: str = "",
    new_institution_region: Region | None = None,
    nip: str = "",
    rank: str = "",
) -> Profile:
    """Record who a learner who signed up is, and when they consented.

    No profile without consent: ``consented`` must be true and ``consented_at`` is
    now. The learner works at ``institution`` or names a new one with its type and
    region; a name that already exists in that region (any capitalisation) is that
    institution. Everything is validated (NIP format and uniqueness) before it is
    saved; a ``ValidationError`` saves nothing. Call it in the transaction that
    creates ``user`` so that an account never exists without its profile.
    """
    if not consented:
        raise ValidationError(
            {"consent": _("A profile is created only with the person's consent.")}
        )
    if (institution is None) == (not new_institution_name):
        raise ValidationError(
            {"institution": _("Give either an existing institution or a new one.")}
        )
    if institution is None:
        institution = _institution_get_or_create(
            name=new_institution_name,
            type_=new_institution_type,
            region=new_institution_region,
        )
    user.first_name, user.last_name = _first_and_last_name(full_name)
    user.save(update_fields=["first_name", "last_name"])
    profile = Profile(
        user=user,
        full_name=full_name,
        institution=institution,
        nip=nip,
        position=position,
        rank=rank,
        sex=sex,
        phone=phone,
        consented_at=timezone.now(),
    )
    profile.full_clean()
    profile.save()
    return profile


def _institution_get_or_create(
    *, name: str, type_: str, region: Region | None
) -> Institution:
    name = " ".join(name.split())
    existing = Institution.objects.filter(name__iexact=name, region=region).first()
    if existing is not None:
        return existing
    institution = Institution(name=name, type=type_, region=region)
    institution.full_clean()
    institution.save()
    return institution


def _first_and_last_name(full_name: str) -> tuple[str, str]:
    first, _space, last = full_name.partition(" ")
    return first[:150], last[:150]


@transaction.atomic
def email_address_verify(*, user: User) -> EmailAddress:
    """Mark the user's current email as verified and primary, so the account can log
    in without the emailed link (accounts an administrator vouches for, demo data).

    Idempotent; the user's other addresses stop being primary.
    """
    email = user.email.lower()
    EmailAddress.objects.filter(user=user).exclude(email=email).update(primary=False)
    address, _created = EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return address
