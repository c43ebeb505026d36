"""Forms of the certificate pages: a reason for revoking or reissuing, the office's
filters, and a certificate template with its signatories."""

from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate, CertificateSignatory, CertificateTemplate
from certificates.selectors_manage import (
    OfficeCertificateFilters,
    cohort_list_for_template_editor,
    office_certificate_filter_choices,
)
from courses.models import User

ALL = [("", _("All"))]
MAX_SIGNATORIES = 3


class ReasonForm(forms.Form):
    """Revoking or reissuing needs a reason; it is kept in the audit trail, and the
    public verification page shows it to anyone holding the code."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}),
        help_text=_(
            "Required; stored in the certificate's history and shown to anyone on "
            "the public verification page. Do not include personal data (NIK, "
            "NIP, address, health, family or disciplinary matters): state the "
            "reason in general terms, e.g. attendance requirement not met."
        ),
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Please give a reason."))
        return reason


class UndoRevocationForm(ReasonForm):
    """Reissuing a revoked certificate makes a valid one again: the trainer must
    confirm that the revocation was a mistake (recorded in the audit trail)."""

    undo_revocation = forms.BooleanField(
        label=_(
            "The revocation was a mistake: issue a valid certificate again with "
            "the same number."
        ),
        required=True,
        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
    )


class OfficeCertificateFilterForm(forms.Form):
    angkatan = forms.TypedChoiceField(label=_("Cohort"), required=False, coerce=int)
    pelatihan = forms.TypedChoiceField(label=_("Course"), required=False, coerce=int)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=ALL
        + [
            (Certificate.Status.VALID, _("Valid")),
            (Certificate.Status.REVOKED, _("Revoked")),
        ],
    )

    def __init__(self, *args, prefix_code: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = office_certificate_filter_choices(prefix=prefix_code)
        self.fields["angkatan"].choices = ALL + choices["cohort"]
        self.fields["pelatihan"].choices = ALL + choices["course"]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select form-select-sm"

    def filters(self) -> OfficeCertificateFilters:
        """The valid fields' filters; an invalid field filters nothing."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return OfficeCertificateFilters(
            cohort_id=data.get("angkatan") or None,
            course_id=data.get("pelatihan") or None,
            status=data.get("status") or None,
        )


class CertificateTemplateForm(forms.ModelForm):
    """A template; a trainer scopes it to one of their cohorts, an administrator
    may also scope it to an office or a course (or nothing: the default)."""

    class Meta:
        model = CertificateTemplate
        fields = [
            "name",
            "cohort",
            "course",
            "office",
            "is_active",
            "logo",
            "heading",
            "title",
            "body",
            "place",
            "number_pattern",
            "show_topics_page",
        ]
        widgets = {
            "heading": forms.Textarea(attrs={"rows": 2}),
            "body": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohort_list_for_template_editor(user=user)
        if not user.is_superuser:
            self.fields["cohort"].required = True
            del self.fields["course"]
            del self.fields["office"]
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs["class"] = "form-check-input"
            elif isinstance(field.widget, forms.Select):
                field.widget.attrs["class"] = "form-select"
            else:
                field.widget.attrs["class"] = "form-control"
            if name in ("number_pattern", "body", "heading"):
                field.widget.attrs["spellcheck"] = "false"


class SignatoryForm(forms.ModelForm):
    class Meta:
        model = CertificateSignatory
        fields = ["name", "position", "rank", "nip", "signature"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-control form-control-sm"


SignatoryFormSet = forms.inlineformset_factory(
    CertificateTemplate,
    CertificateSignatory,
    form=SignatoryForm,
    extra=2,
    max_num=MAX_SIGNATORIES,
    validate_max=True,
    min_num=1,
    validate_min=True,
    can_delete=True,
)
