"""Forms of attendance: the trainer's roster and the learner's check-in confirmation.

The roster is rendered by hand (templates/courses/attendance/roster.html) so that each
choice is a button big enough for a thumb; the form only validates."""

from collections.abc import Sequence
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Attendance
from courses.selectors.attendance import RosterRow

# The order of the buttons on the roster, with their short labels.
ROSTER_CHOICES = [
    (Attendance.Status.PRESENT, _("Present")),
    (Attendance.Status.LATE, _("Late")),
    (Attendance.Status.ABSENT, _("Absent")),
    (Attendance.Status.EXCUSED, _("Excused")),
]
# The colour of each button (classes of static/css/lms.css).
ROSTER_BUTTON_CLASSES = {
    Attendance.Status.PRESENT: "btn-outline-success",
    Attendance.Status.LATE: "btn-outline-warning",
    Attendance.Status.ABSENT: "btn-outline-danger",
    Attendance.Status.EXCUSED: "btn-outline-secondary",
}


def roster_field_name(enrolment_id: int) -> str:
    return f"e{enrolment_id}"


class RosterForm(forms.Form):
    """One optional choice per roster row; a row left empty is not marked."""

    def __init__(self, rows: Sequence[RosterRow], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            self.fields[roster_field_name(row.enrolment.pk)] = forms.ChoiceField(
                label=row.learner_name,
                choices=ROSTER_CHOICES,
                required=False,
                initial=row.status or None,
                widget=forms.RadioSelect,
            )

    def marks(self) -> dict[int, str]:
        """The chosen status by enrolment id, rows left empty omitted."""
        return {
            row.enrolment.pk: self.cleaned_data[roster_field_name(row.enrolment.pk)]
            for row in self.rows
            if self.cleaned_data.get(roster_field_name(row.enrolment.pk))
        }

    def items(self) -> list["RosterItem"]:
        """What the template draws: each row with its field name, its errors and
        its buttons, checked as submitted or else as recorded."""
        items = []
        for row in self.rows:
            name = roster_field_name(row.enrolment.pk)
            current = self[name].value() or ""
            choices = [
                RosterChoice(
                    value=value,
                    label=label,
                    checked=value == current,
                    button_class=ROSTER_BUTTON_CLASSES[value],
                )
                for value, label in ROSTER_CHOICES
            ]
            items.append(
                RosterItem(
                    row=row, name=name, choices=choices, errors=self[name].errors
                )
            )
        return items


@dataclass(frozen=True)
class RosterChoice:
    value: str
    label: str
    checked: bool
    button_class: str


@dataclass(frozen=True)
class RosterItem:
    row: RosterRow
    name: str
    choices: list[RosterChoice]
    errors: list[str]


class CheckInForm(forms.Form):
    """The confirm button of a QR check-in; carries the signed scan ticket."""

    ticket = forms.CharField(required=False, widget=forms.HiddenInput)
