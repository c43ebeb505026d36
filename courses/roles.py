"""The roles people hold, as Django groups. One place names them."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

TRAINER = "Pelatih"
LEAD_TRAINER = "Pelatih Utama"
OFFICE_STAFF = "Petugas DPK"

ROLE_GROUPS: dict[str, str] = {
    TRAINER: _("Trainers: author their courses' pages and run their cohorts."),
    LEAD_TRAINER: _("Lead trainers: review and publish course content."),
    OFFICE_STAFF: _("DPK office staff: nominate and monitor people in their region."),
}


def role_groups_ensure() -> dict[str, Group]:
    """Create the role groups if missing (idempotent) and return them by name."""
    return {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
