"""The form of a community activity (TP-BIS), for a learner (who picks the completed
training it follows) or for office staff (who pick the organising institution in
their region). The rules live in ``courses.services.engagement``."""

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CommunityActivity, Enrolment, Institution, Region
from courses.services.engagement import EDITABLE_FIELDS, community_activity_problems

# Counts a recorder may leave empty (read as 0); men and women are always asked.
OPTIONAL_COUNTS = (
    "participants_children",
    "participants_adults",
    "participants_elderly",
    "participants_disability",
)


class EnrolmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, enrolment: Enrolment) -> str:
        cohort = enrolment.cohort
        return f"{cohort.course.title} · {cohort.title} ({cohort.ends_on:%d-%m-%Y})"


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, region: Region) -> str:
        return f"{region.code} {region.name}"


class CommunityActivityForm(forms.ModelForm):
    """Give ``enrolments`` (a learner's completed ones) or ``institutions`` (an
    office's), and the ``regions`` the activity may take place in."""

    class Meta:
        model = CommunityActivity
        fields = EDITABLE_FIELDS
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "outputs": forms.Textarea(attrs={"rows": 3}),
            "title": forms.TextInput(
                attrs={
                    "placeholder": _(
                        "e.g. Digital literacy class for small businesses at the village library"
                    )
                }
            ),
        }
        help_texts = {
            "partners": _("e.g. Village government, PKK, Karang Taruna"),
            "outputs": _("What came out of it: documents, a reading corner, ..."),
            "participants_children": _("Children, adults and elderly are optional."),
        }

    def __init__(
        self,
        *args,
        regions: QuerySet[Region],
        enrolments: QuerySet[Enrolment] | None = None,
        institutions: QuerySet[Institution] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["region"] = RegionChoiceField(
            queryset=regions, label=_("Where it took place")
        )
        self.fields["held_on"].widget.attrs["max"] = timezone.localdate().isoformat()
        for name in EDITABLE_FIELDS:
            if name.startswith("participants_"):
                self.fields[name].widget.attrs.update(min="0", inputmode="numeric")
        for name in OPTIONAL_COUNTS:
            self.fields[name].required = False
        order = list(EDITABLE_FIELDS)
        if enrolments is not None:
            self.fields["enrolment"] = EnrolmentChoiceField(
                queryset=enrolments,
                label=_("Training it follows"),
                initial=self.instance.enrolment_id,
                empty_label=None,
            )
            order.insert(0, "enrolment")
        if institutions is not None:
            self.fields["institution"] = forms.ModelChoiceField(
                queryset=institutions,
                label=_("Organising institution"),
                initial=self.instance.institution_id if self.instance.pk else None,
            )
            order.insert(0, "institution")
        self.order_fields(order)

    def clean(self) -> dict:
        data = super().clean()
        for name in OPTIONAL_COUNTS:
            if name in data and data[name] is None:
                data[name] = 0
        counts = {
            name: data.get(name) or 0
            for name in EDITABLE_FIELDS
            if name.startswith("participants_")
        }
        problems = community_activity_problems(
            held_on=data.get("held_on"),
            enrolment=data.get("enrolment"),
            counts=counts,
        )
        for name, message in problems.items():
            if name not in self.errors:
                self.add_error(name, message)
        return data

    def service_fields(self) -> dict:
        """The cleaned values to pass to the services."""
        return {name: self.cleaned_data[name] for name in EDITABLE_FIELDS}
