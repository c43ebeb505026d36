"""Forms of grading: points and comment for one answer; a regrade's reason."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.scoring import parse_number


class AnswerGradeForm(forms.Form):
    """Points between 0 and the question's points (a comma reads as the decimal
    point, as Indonesians write it), and an optional comment for the learner."""

    points = forms.CharField(
        label=_("Points"),
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    comment = forms.CharField(
        label=_("Comment for the learner"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, max_points: Decimal, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_points = max_points
        self.fields["points"].help_text = _("From 0 to %(max)s.") % {
            "max": _number(max_points)
        }

    def clean_points(self) -> Decimal:
        points = parse_number(self.cleaned_data["points"])
        if points is None:
            raise forms.ValidationError(_("Enter a number, e.g. 7 or 7,5."))
        if points < 0 or points > self.max_points:
            raise forms.ValidationError(
                _("The points must be between 0 and %(max)s.")
                % {"max": _number(self.max_points)}
            )
        if points != points.quantize(Decimal("0.01")):
            raise forms.ValidationError(_("Use at most two decimals."))
        return points


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


class QuestionRegradeForm(forms.Form):
    """The fixed version to regrade to and the reason, kept in the audit."""

    version = forms.TypedChoiceField(label=_("Fixed version"), coerce=int)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was wrong with the key; kept in the regrade record."),
    )

    def __init__(self, *args, versions, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"].choices = [
            (v.pk, _("Version %(number)s") % {"number": v.number}) for v in versions
        ]

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why the answers are regraded."))
        return reason
