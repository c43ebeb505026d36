"""Who may do what: the role checks that views share. Region scope lives in
``courses.selectors`` (every read of an office goes through it)."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from courses.models import Cohort, Institution, Office, User
from courses.roles import LEAD_TRAINER, OFFICE_STAFF, TRAINER


def role_names(user: User) -> frozenset[str]:
    """The user's group names, read once per request (cached on the user object)."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_lms_role_names"):
        user._lms_role_names = frozenset(user.groups.values_list("name", flat=True))
    return user._lms_role_names


def is_trainer(user: User) -> bool:
    return user.is_authenticated and (
        user.is_superuser or bool(role_names(user) & {TRAINER, LEAD_TRAINER})
    )


def can_run_cohort(user: User, cohort: Cohort) -> bool:
    """Trainers run the cohorts they are assigned to; administrators run all."""
    return user.is_superuser or cohort.trainers.filter(pk=user.pk).exists()


def office_of(user: User) -> Office | None:
    """The office a user acts for (the first one if several), or None."""
    if OFFICE_STAFF not in role_names(user):
        return None
    return user.offices.select_related("region", "institution").first()


def office_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Login, an office behind the user; the office is passed as ``office``."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        office = office_of(request.user)
        if office is None:
            raise PermissionDenied
        return view(request, *args, office=office, **kwargs)

    return wrapped


def administrator_office() -> Office:
    """An unsaved national office: what an administrator without an office of their
    own monitors (every region). Never saved, so never used to nominate."""
    return Office(
        region=None,
        institution=Institution(
            name=_("All regions (administrator)"), type=Institution.Type.DPK
        ),
    )


def monitoring_office_required(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """For pages that only read an office's region (monitoring, JP report, community
    activities): login and an office behind the user, passed as ``office``; an
    administrator without an office gets the national view (``administrator_office``).
    Pages that act for an office (nominations) use ``office_required``."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        office = office_of(request.user)
        if office is None and request.user.is_superuser:
            office = administrator_office()
        if office is None:
            raise PermissionDenied
        return view(request, *args, office=office, **kwargs)

    return wrapped


def trainer_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_trainer(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped
