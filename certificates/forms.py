"""Forms of the public verification page: a code typed in, or a PDF dropped."""

from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.verification import CODE_RE, normalise_code

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_(
            "The 16 letters and digits under the QR code, e.g. ABCD-EFGH-JKLM-NPQR."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if not CODE_RE.match(code):
            raise forms.ValidationError(
                _("A code has 16 letters (A–Z) and digits (2–7); please check it.")
            )
        return code


class VerifyUploadForm(forms.Form):
    pdf = forms.FileField(
        label=_("Certificate PDF"),
        help_text=_("The PDF file as you received it (at most 5 MB)."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def clean_pdf(self):
        upload = self.cleaned_data["pdf"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("This file is not a PDF."))
        return upload
