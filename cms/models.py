"""Wagtail pages: what learners read. They present; writes go through ``courses``."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site's front page: what the LMS is for and where to start."""

    lead = models.CharField(
        _("lead"),
        max_length=255,
        blank=True,
        help_text=_("One sentence under the title, e.g. who the training is for."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol", "h2", "h3"],
        help_text=_("A few short paragraphs shown on the front page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
