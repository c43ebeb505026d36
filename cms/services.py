"""Writes on the page tree that are not editors' work (set-up, demo data)."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.models import CourseIndexPage, CoursePage, HomePage
from courses.models import Course, User
from courses.roles import LEAD_TRAINER, TRAINER, role_groups_ensure


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
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    if (site.root_page_id, site.site_name) != (home.pk, settings.WAGTAIL_SITE_NAME):
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    return home


def _tree_root_create() -> Page:
    """Wagtail's invisible root page, as its own migrations make it (for an emptied
    database, e.g. after a test flushed every table)."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    return Page.add_root(instance=Page(title="Root", slug="root", live=True))


# --- Course teams and the review workflow ------------------------------------------
# Trainers of a course form a Wagtail group "Tim <code>" that may add and edit pages
# under that course's page only, and add images and documents to the course's
# collection. They cannot publish: their changes go to the review workflow, where a
# lead trainer approves (publishes) or asks for changes.

TEAM_PAGE_PERMISSIONS = ("add_page", "change_page")
LEAD_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
TEAM_MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
LIBRARY_COLLECTION = "Pustaka"
REVIEW_WORKFLOW = "Tinjauan materi pelatihan"
REVIEW_TASK = "Tinjauan pelatih utama"


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def collection_ensure(*, name: str) -> Collection:
    """A top-level media collection with this name (idempotent)."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _grant_pages(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_media(group: Group, collection: Collection, permissions) -> None:
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=_permission(app_label, codename),
        )


def team_group_name(course: Course) -> str:
    return f"Tim {course.code}"


@transaction.atomic
def course_team_ensure(*, course_page: CoursePage) -> Group:
    """The editing group of a course's trainers, with its page and media rights.

    Idempotent. Trainers may also choose (not edit) documents of the Pustaka.
    """
    group, _created = Group.objects.get_or_create(
        name=team_group_name(course_page.course)
    )
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    _grant_pages(group, course_page, TEAM_PAGE_PERMISSIONS)
    _grant_media(
        group, collection_ensure(name=course_page.course.code), TEAM_MEDIA_PERMISSIONS
    )
    _grant_media(
        group,
        collection_ensure(name=LIBRARY_COLLECTION),
        [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")],
    )
    return group


@transaction.atomic
def course_team_member_add(*, course_page: CoursePage, user: User) -> None:
    """Let ``user`` author the pages of this course (and be listed as a trainer)."""
    groups = role_groups_ensure()
    user.groups.add(course_team_ensure(course_page=course_page), groups[TRAINER])


@transaction.atomic
def review_workflow_ensure(*, catalogue: CourseIndexPage) -> Workflow:
    """Every change under the course catalogue is reviewed by a lead trainer, who
    may also edit and publish anything there. Idempotent."""
    lead_group = role_groups_ensure()[LEAD_TRAINER]
    lead_group.permissions.add(_permission("wagtailadmin", "access_admin"))
    _grant_pages(lead_group, catalogue, LEAD_PAGE_PERMISSIONS)
    _grant_media(
        lead_group,
        collection_ensure(name=LIBRARY_COLLECTION),
        TEAM_MEDIA_PERMISSIONS,
    )

    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.set([lead_group])
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(
        page=catalogue, defaults={"workflow": workflow}
    )
    return workflow
