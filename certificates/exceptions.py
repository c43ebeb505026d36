"""Domain errors of the certificates app; each names the rule that was broken.

Views turn them into messages for the user with ``message`` (translated)."""

from django.utils.translation import gettext_lazy as _


class CertificatesError(Exception):
    """Base class: a rule of issuing, revoking or verifying certificates was broken."""

    message = _("This action is not allowed for certificates.")


class CertificateNotEarned(CertificatesError):
    message = _("A certificate is only issued for a completed enrolment.")


class CertificateAlreadyRevoked(CertificatesError):
    message = _("This certificate was already revoked or replaced.")


class CertificateNotCurrent(CertificatesError):
    message = _("Only the current certificate of an enrolment can be reissued.")


class ReasonRequired(CertificatesError):
    message = _("Please give a reason.")


class TemplateInvalid(CertificatesError):
    message = _("The certificate template is not valid.")

    def __init__(self, errors: dict | list | str) -> None:
        super().__init__(str(errors))
        self.errors = errors
