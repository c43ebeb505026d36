"""The certificate templates in the Wagtail admin's menu.

Signatories are a plain ForeignKey child of CertificateTemplate (not a
ParentalKey), so templates are edited on our own page
(``certificates_manage:template_edit``, validated by
``services.certificate_template_save``); the admin menu links there for the people
who may edit them: trainers (their cohorts' templates) and administrators."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.permissions import is_trainer


class CertificateTemplatesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_trainer(request.user)


@hooks.register("register_admin_menu_item")
def certificate_templates_menu_item() -> MenuItem:
    return CertificateTemplatesMenuItem(
        _("Certificate templates"),
        reverse_lazy("certificates_manage:template_list"),
        name="certificate-templates",
        icon_name="doc-full",
        order=900,
    )
