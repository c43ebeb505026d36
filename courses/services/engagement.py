"""Writes of post-training engagement: record, change and delete a community
activity (TP-BIS).

**Rules** of an activity (``community_activity_problems`` names each broken one, the
form shows them, the services refuse to save with ``CommunityActivityInvalid``):
- it has at least one participant (male + female);
- it is not dated in the future, nor before the training it follows started;
- children + adults + elderly, and people with a disability, are each at most the
  number of participants.
Only the person who recorded an activity changes or deletes it.
"""

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.exceptions import CommunityActivityInvalid, CommunityActivityNotYours
from courses.models import CommunityActivity, Enrolment, Institution, Region, User

EDITABLE_FIELDS = (
    "held_on",
    "kind",
    "title",
    "region",
    "participants_male",
    "participants_female",
    "participants_children",
    "participants_adults",
    "participants_elderly",
    "participants_disability",
    "partners",
    "outputs",
)


def community_activity_problems(
    *,
    held_on: date | None,
    enrolment: Enrolment | None,
    counts: dict[str, int],
    today: date | None = None,
) -> dict[str, str]:
    """Broken rules of an activity, as {field name: message} (empty: valid)."""
    today = today or timezone.localdate()
    problems: dict[str, str] = {}
    if held_on is not None:
        if held_on > today:
            problems["held_on"] = _("The date cannot be in the future.")
        elif enrolment is not None and held_on < enrolment.cohort.starts_on:
            problems["held_on"] = _(
                "The date cannot be before the training it follows (it started on %(date)s)."
            ) % {"date": enrolment.cohort.starts_on.strftime("%d-%m-%Y")}
    total = counts.get("participants_male", 0) + counts.get("participants_female", 0)
    if total < 1:
        problems["participants_female"] = _(
            "Enter the number of participants: at least one man or woman."
        )
    ages = (
        counts.get("participants_children", 0)
        + counts.get("participants_adults", 0)
        + counts.get("participants_elderly", 0)
    )
    if ages > total:
        problems["participants_children"] = _(
            "Children, adults and elderly together (%(ages)s) cannot be more than the "
            "participants (%(total)s men and women)."
        ) % {"ages": ages, "total": total}
    if counts.get("participants_disability", 0) > total:
        problems["participants_disability"] = _(
            "Participants with a disability cannot be more than the participants "
            "(%(total)s)."
        ) % {"total": total}
    return problems


def _check(activity: CommunityActivity) -> None:
    problems = community_activity_problems(
        held_on=activity.held_on,
        enrolment=activity.enrolment,
        counts={
            name: getattr(activity, name)
            for name in EDITABLE_FIELDS
            if name.startswith("participants_")
        },
    )
    if problems:
        raise CommunityActivityInvalid(problems)


@transaction.atomic
def community_activity_create(
    *,
    recorded_by: User,
    institution: Institution,
    region: Region,
    enrolment: Enrolment | None = None,
    **fields,
) -> CommunityActivity:
    """Record an activity held by ``institution`` in ``region``, after the training
    of ``enrolment`` if given (which must be the recorder's own and completed)."""
    if enrolment is not None and (
        enrolment.learner_id != recorded_by.pk
        or enrolment.status != Enrolment.Status.COMPLETED
    ):
        raise CommunityActivityNotYours
    activity = CommunityActivity(
        recorded_by=recorded_by,
        institution=institution,
        region=region,
        enrolment=enrolment,
        **{name: value for name, value in fields.items() if name in EDITABLE_FIELDS},
    )
    _check(activity)
    activity.save()
    return activity


@transaction.atomic
def community_activity_update(
    *,
    activity: CommunityActivity,
    actor: User,
    enrolment: Enrolment | None = None,
    **fields,
) -> CommunityActivity:
    """Change the recorder's own activity; ``enrolment`` replaces the training it
    follows when the activity follows one."""
    if activity.recorded_by_id != actor.pk:
        raise CommunityActivityNotYours
    if enrolment is not None:
        if (
            enrolment.learner_id != actor.pk
            or enrolment.status != Enrolment.Status.COMPLETED
        ):
            raise CommunityActivityNotYours
        activity.enrolment = enrolment
    for name, value in fields.items():
        if name in EDITABLE_FIELDS:
            setattr(activity, name, value)
    _check(activity)
    activity.save()
    return activity


@transaction.atomic
def community_activity_delete(*, activity: CommunityActivity, actor: User) -> None:
    """Delete the recorder's own activity."""
    if activity.recorded_by_id != actor.pk:
        raise CommunityActivityNotYours
    activity.delete()
