"""The QR signature key: its own secret, required in production (issue 6, bug 7)."""

import importlib
import os
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured

from certificates.verification import code_signature, signature_matches

CODE = "ABCDEFGHIJKLMNOP"


def test_with_its_own_secret_a_secret_key_rotation_keeps_printed_qr_codes_valid(
    settings,
):
    settings.CERTIFICATES_QR_SECRET = "rahasia-qr-" + "x" * 40
    printed = code_signature(CODE)
    settings.SECRET_KEY = "a-rotated-secret-key-" + "y" * 40
    assert signature_matches(CODE, printed)


def test_without_it_the_fallback_breaks_on_rotation_so_production_refuses_it(
    settings,
):
    settings.CERTIFICATES_QR_SECRET = ""
    printed = code_signature(CODE)  # development: falls back to SECRET_KEY
    settings.SECRET_KEY = "a-rotated-secret-key-" + "y" * 40
    assert not signature_matches(CODE, printed)  # what production must not allow

    settings.CERTIFICATES_QR_SECRET_REQUIRED = True
    with pytest.raises(ImproperlyConfigured, match="CERTIFICATES_QR_SECRET"):
        code_signature(CODE)
    settings.CERTIFICATES_QR_SECRET = "rahasia-qr-" + "x" * 40
    assert signature_matches(CODE, code_signature(CODE))


def test_production_settings_require_an_explicit_qr_secret():
    env = {"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "lms.example.id"}
    with mock.patch.dict(os.environ, env):
        production = importlib.reload(
            importlib.import_module("lms.settings.production")
        )
    assert production.CERTIFICATES_QR_SECRET_REQUIRED is True
    assert production.CERTIFICATES_DERIVED_KEY_ALLOWED is False
