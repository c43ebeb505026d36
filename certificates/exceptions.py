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


class CertificateRevoked(CertificatesError):
    message = _(
        "This certificate was revoked. Reissuing it makes it valid again: confirm "
        "explicitly that the revocation was a mistake."
    )


class CertificateNumberTaken(CertificatesError):
    message = _(
        "The next number of this template is already used by a certificate of "
        "another template. Change the fixed text of the number pattern (e.g. the "
        "office code) so that the two cannot give the same number."
    )


class BatchInterrupted(CertificatesError):
    message = _(
        "The run stopped on an unexpected error. Start it again: the certificates "
        "already done are kept."
    )


class ReasonRequired(CertificatesError):
    message = _("Please give a reason.")


class TemplateInvalid(CertificatesError):
    message = _("The certificate template is not valid.")

    def __init__(self, errors: dict | list | str) -> None:
        super().__init__(str(errors))
        self.errors = errors


def message_for(name: str) -> str:
    """The (translated) message of the domain error called ``name``, e.g. for the
    failures a bulk run stored by class name; the generic message if unknown."""
    error = globals().get(name)
    if isinstance(error, type) and issubclass(error, CertificatesError):
        return str(error.message)
    return str(CertificatesError.message)
