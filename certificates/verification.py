"""The signed verification address printed in each certificate's QR code.

The QR holds ``<base>/verify/<code>/?s=<signature>``. The signature (HMAC-SHA256 by
``django.core.signing`` with its own salt and key) lets the public page tell a
forged or altered code ("tampered") from a code that is merely unknown. A code
typed by hand (no signature) is simply looked up.

The key is ``CERTIFICATES_QR_SECRET``. Outside production an empty one falls back
to SECRET_KEY; production refuses that (``CERTIFICATES_QR_SECRET_REQUIRED``), since
rotating SECRET_KEY would then turn every printed QR into "tampered".
"""

import re

from django.conf import settings
from django.core import signing
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation

SALT = "certificates.verify"
CODE_RE = re.compile(r"^[A-Z2-7]{16}$")


def normalise_code(text: str) -> str:
    """What people type or scan, as stored: capitals, no spaces or dashes."""
    return re.sub(r"[\s\-]", "", text or "").upper()


def code_display(code: str) -> str:
    """ABCD-EFGH-IJKL-MNOP: easier to read out and type."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _qr_secret() -> str:
    if settings.CERTIFICATES_QR_SECRET:
        return settings.CERTIFICATES_QR_SECRET
    if settings.CERTIFICATES_QR_SECRET_REQUIRED:
        raise ImproperlyConfigured(
            "Set CERTIFICATES_QR_SECRET (a long random value, kept for good: every "
            "printed QR code is checked with it). An installation that printed "
            "certificates without it: set it to the current DJANGO_SECRET_KEY."
        )
    return settings.SECRET_KEY


def _signer() -> signing.Signer:
    return signing.Signer(key=_qr_secret(), salt=SALT)


def code_signature(code: str) -> str:
    return _signer().signature(normalise_code(code))


def signature_matches(code: str, signature: str) -> bool:
    return signing.constant_time_compare(code_signature(code), signature or "")


def verification_path(code: str) -> str:
    """/verify/<code>/ in the default language (no /en/ prefix)."""
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("certificates:verify", kwargs={"code": code})


def verification_url(code: str) -> str:
    """The absolute, signed address printed in the QR code."""
    base = settings.CERTIFICATES_BASE_URL.rstrip("/")
    return f"{base}{verification_path(code)}?s={code_signature(code)}"
