"""Forms of the DPK office pages: upload a nomination file, nominate one person,
activate an account created by an office."""

from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _

from courses.models import Institution, Office, Profile
from courses.nominations_file import (
    COLUMNS_BY_KEY,
    MAX_BYTES,
    MAX_ROWS,
    NominationFileInvalid,
    nomination_file_read,
    row_error_text,
)
from courses.selectors.nominations import region_list_within


class NominationUploadForm(forms.Form):
    """A CSV or XLSX file; ``cleaned_data["rows"]`` holds its rows once valid."""

    file = forms.FileField(
        label=_("Nomination file (XLSX or CSV)"),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,.csv,text/csv,application/vnd.openxmlformats-"
                "officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "Use the template. At most %(rows)s rows and %(mb)s MB; CSV may be "
            "separated by commas or semicolons."
        ) % {"rows": f"{MAX_ROWS:,}".replace(",", "."), "mb": MAX_BYTES // 1024 // 1024}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB; split it into several files.")
                % {"mb": MAX_BYTES // (1024 * 1024)}
            )
        try:
            self.cleaned_data["rows"] = nomination_file_read(
                name=upload.name, content=upload.read()
            )
        except NominationFileInvalid as error:
            raise forms.ValidationError(str(error.message)) from error
        return upload


def _label(key: str):
    return COLUMNS_BY_KEY[key].label


class NominationForm(forms.Form):
    """One person, with the columns of the file as fields (same names)."""

    nama_lengkap = forms.CharField(
        label=_label("nama_lengkap"),
        max_length=200,
        help_text=COLUMNS_BY_KEY["nama_lengkap"].help,
    )
    email = forms.EmailField(label=_label("email"), max_length=254)
    nip = forms.CharField(
        label=_label("nip"),
        required=False,
        max_length=24,
        help_text=COLUMNS_BY_KEY["nip"].help,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    jabatan = forms.CharField(label=_label("jabatan"), required=False, max_length=150)
    pangkat_golongan = forms.CharField(
        label=_label("pangkat_golongan"), required=False, max_length=100
    )
    jenis_kelamin = forms.ChoiceField(
        label=_label("jenis_kelamin"),
        required=False,
        choices=[("", "—"), *Profile.Sex.choices],
    )
    telepon = forms.CharField(
        label=_label("telepon"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"inputmode": "tel"}),
    )
    instansi = forms.CharField(
        label=_label("instansi"),
        max_length=200,
        help_text=COLUMNS_BY_KEY["instansi"].help,
    )
    jenis_instansi = forms.ChoiceField(
        label=_label("jenis_instansi"), choices=Institution.Type.choices
    )
    kode_wilayah = forms.ChoiceField(label=_("Region of the institution"))

    def __init__(self, *args, office: Office, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kode_wilayah"].choices = [
            (region.code, f"{region.code} {region.name}")
            for region in region_list_within(region=office.region)
        ]

    def add_row_errors(self, errors: list[dict]) -> None:
        """Show row errors (``courses.nominations_file``) on the matching fields."""
        for error in errors:
            field = error.get("field") if error.get("field") in self.fields else None
            message = row_error_text({**error, "field": ""})
            self.add_error(field, message)


class AccountActivationForm(SetPasswordForm):
    """Choose a password and accept the privacy notice."""

    accept_privacy = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my data is used for my "
            "training and certificates."
        ),
        error_messages={
            "required": _("Without your consent we cannot activate your account.")
        },
    )
