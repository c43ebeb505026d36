"""Forms of the courses app (rendered with crispy-forms, Bootstrap 5)."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.validators import RegexValidator
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from courses.models import Institution, Profile, Region, User
from courses.models.people import NIP_VALIDATOR
from courses.services.people import profile_create_for_signup

PHONE_VALIDATOR = RegexValidator(
    r"^\+?[0-9][0-9 -]{6,18}[0-9]$",
    _("Enter a phone number in digits, e.g. 0812 3456 7890 or +62 812 3456 7890."),
)


def _profile_field(name: str, **kwargs) -> forms.Field:
    """The form field of a ``Profile`` field: same label, help text and validators."""
    return Profile._meta.get_field(name).formfield(**kwargs)


class InstitutionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Institution) -> str:
        return f"{obj.name} ({obj.region.name})"


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Region) -> str:
        return f"{obj.code} · {obj.name}"


class LoginForm(AllauthLoginForm):
    """allauth's login form; its field is labelled for what people type in it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or email")


class AdminLoginForm(WagtailLoginForm):
    """Wagtail's login, for people who may use the admin only.

    Anyone else logs in on the site, where allauth asks for a verified email first;
    without this check /admin/login/ would open a session for an unverified learner.
    """

    def confirm_login_allowed(self, user: User) -> None:
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            # The same answer as a wrong password: says nothing about the account.
            raise self.get_invalid_login_error()


class SignupForm(AllauthSignupForm):
    """Learner self sign-up: account, profile, institution and consent, all at once.

    allauth adds email, username and the two passwords; ``save`` creates the account
    and the profile in one transaction.
    """

    full_name = _profile_field(
        "full_name", widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    nip = _profile_field(
        "nip",
        max_length=None,  # one message for any malformed NIP: NIP_VALIDATOR's
        validators=[NIP_VALIDATOR],
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    position = _profile_field(
        "position",
        required=True,
        help_text=_("For example Arsiparis Ahli Pertama or Staf Tata Usaha."),
    )
    rank = _profile_field(
        "rank", help_text=_("For civil servants, e.g. Penata Muda (III/a).")
    )
    institution = InstitutionChoiceField(
        queryset=Institution.objects.select_related("region").order_by("name"),
        required=False,
        label=_("Institution"),
        empty_label=_("(not in the list: fill in the new institution below)"),
        help_text=_("Where you work."),
    )
    new_institution_name = forms.CharField(
        label=_("New institution: name"),
        max_length=200,
        required=False,
        help_text=_("Only if your institution is not in the list above."),
    )
    new_institution_type = forms.ChoiceField(
        label=_("New institution: type"),
        choices=[("", "---------"), *Institution.Type.choices],
        required=False,
    )
    new_institution_region = RegionChoiceField(
        queryset=Region.objects.order_by("code"),
        required=False,
        label=_("New institution: province or regency/city"),
    )
    sex = _profile_field("sex", required=True)
    phone = _profile_field(
        "phone",
        required=True,
        validators=[PHONE_VALIDATOR],
        widget=forms.TextInput(
            attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my data is used as it "
            "describes."
        ),
        error_messages={
            "required": _("Without your consent we cannot create an account.")
        },
    )

    field_order = [
        "full_name",
        "email",
        "username",
        "password1",
        "password2",
        "nip",
        "position",
        "rank",
        "institution",
        "new_institution_name",
        "new_institution_type",
        "new_institution_region",
        "sex",
        "phone",
        "consent",
    ]

    def clean_nip(self) -> str:
        nip = self.cleaned_data["nip"].strip()
        if nip and Profile.objects.filter(nip=nip).exists():
            raise forms.ValidationError(
                _(
                    "This NIP is already registered. If it is yours, log in or "
                    "reset your password; otherwise contact your DPK office."
                ),
                code="nip_taken",
            )
        return nip

    def clean(self) -> dict:
        cleaned_data = super().clean()
        institution = cleaned_data.get("institution")
        new_name = " ".join(cleaned_data.get("new_institution_name", "").split())
        cleaned_data["new_institution_name"] = new_name
        if institution and new_name:
            self.add_error(
                "new_institution_name",
                _("Choose your institution from the list or type a new one, not both."),
            )
        elif not institution and not new_name:
            self.add_error(
                "institution",
                _("Choose your institution, or type its name below if it is missing."),
            )
        elif new_name:
            for name in ("new_institution_type", "new_institution_region"):
                if not cleaned_data.get(name) and name not in self.errors:
                    self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned_data

    def save(self, request: HttpRequest) -> User:
        # allauth creates the user and its email address here; the profile must
        # be committed with them or not at all.
        with transaction.atomic():
            user = super().save(request)
            data = self.cleaned_data
            profile_create_for_signup(
                user=user,
                full_name=data["full_name"],
                consented=data["consent"],
                position=data["position"],
                sex=data["sex"],
                phone=data["phone"],
                institution=data["institution"],
                new_institution_name=data["new_institution_name"],
                new_institution_type=data["new_institution_type"],
                new_institution_region=data["new_institution_region"],
                nip=data["nip"],
                rank=data["rank"],
            )
        return user
