"""Template tags of the certificate pages: the certificate of an enrolment on
"My courses"."""

from django import template

from certificates.models import Certificate
from certificates.selectors_manage import certificates_by_enrolment

register = template.Library()


@register.simple_tag
def current_certificate(enrolment) -> Certificate | None:
    """The current certificate (valid or revoked) of a completed enrolment."""
    if enrolment.status != enrolment.Status.COMPLETED:
        return None
    return certificates_by_enrolment(enrolment_ids=[enrolment.pk]).get(enrolment.pk)
