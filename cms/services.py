"""Writes on the page tree that are not editors' work (set-up, demo data)."""

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from cms.models import HomePage


@transaction.atomic
def home_page_ensure(*, title: str, lead: str = "", intro: str = "") -> HomePage:
    """Make the default site's root a published HomePage with this text. Idempotent:
    no new revision when nothing changed."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _tree_root_create()
        home = root.add_child(instance=HomePage(title=title, slug="beranda"))
    if (home.title, home.lead, home.intro, home.live) != (title, lead, intro, True):
        home.title, home.lead, home.intro = title, lead, intro
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home


def _tree_root_create() -> Page:
    """Wagtail's invisible root page, as its own migrations make it (for an emptied
    database, e.g. after a test flushed every table)."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    return Page.add_root(instance=Page(title="Root", slug="root", live=True))
