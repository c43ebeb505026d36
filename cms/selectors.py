"""Named reads of the page tree, shared by pages, views and the offline download.

Each returns a bounded number of queries whatever the number of lessons: lessons are
fetched once per course (or module), without their StreamField bodies.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.models import CoursePage, LessonPage, ModulePage, ReferenceDocument

GROUP_ORDER = {value: index for index, value in enumerate(ModulePage.Group.values)}
STEPLEN = Page.steplen


@dataclass
class OutlineModule:
    page: ModulePage
    lessons: list[LessonPage] = field(default_factory=list)


@dataclass
class LessonNavigation:
    course_page: CoursePage
    module: OutlineModule
    outline: list[OutlineModule]
    previous: LessonPage | None
    next: LessonPage | None
    position: int  # 1-based position of the lesson in the whole course
    count: int


def course_page_list_live(*, parent: Page | None = None) -> QuerySet[CoursePage]:
    """Published, public course pages with their Course, in tree order."""
    pages = CoursePage.objects.live().public().select_related("course")
    if parent is not None:
        pages = pages.child_of(parent)
    return pages.order_by("path")


def lesson_list_for_module(*, module_page: ModulePage) -> QuerySet[LessonPage]:
    """The module's published lessons in order, bodies not loaded."""
    return (
        LessonPage.objects.live()
        .child_of(module_page)
        .defer_streamfields()
        .order_by("path")
    )


def course_outline_for(*, course_page: CoursePage) -> list[OutlineModule]:
    """Modules (Materi Dasar, Inti, Penunjang, then tree order) with their published
    lessons. Two queries."""
    modules = sorted(
        ModulePage.objects.live().child_of(course_page).order_by("path"),
        key=lambda module: (GROUP_ORDER.get(module.group, 99), module.path),
    )
    by_path = {module.path: OutlineModule(page=module) for module in modules}
    lessons = (
        LessonPage.objects.live()
        .descendant_of(course_page)
        .defer_streamfields()
        .order_by("path")
    )
    for lesson in lessons:
        parent = by_path.get(lesson.path[:-STEPLEN])
        if parent is not None:
            parent.lessons.append(lesson)
    return [by_path[module.path] for module in modules]


def lesson_navigation_for(*, lesson_page: LessonPage) -> LessonNavigation:
    """Where a lesson sits: its course, module, neighbours across modules. Three
    queries."""
    course_page = CoursePage.objects.select_related("course").get(
        path=lesson_page.path[: -2 * STEPLEN]
    )
    outline = course_outline_for(course_page=course_page)
    ordered = [lesson for module in outline for lesson in module.lessons]
    ids = [lesson.pk for lesson in ordered]
    index = ids.index(lesson_page.pk) if lesson_page.pk in ids else -1
    module = next(
        (m for m in outline if m.page.path == lesson_page.path[:-STEPLEN]),
        OutlineModule(page=lesson_page.get_parent().specific),
    )
    return LessonNavigation(
        course_page=course_page,
        module=module,
        outline=outline,
        previous=ordered[index - 1] if index > 0 else None,
        next=ordered[index + 1] if 0 <= index < len(ordered) - 1 else None,
        position=index + 1,
        count=len(ordered),
    )


def reference_list(*, kind: str = "", query: str = "") -> list[ReferenceDocument]:
    """Documents shown in the Pustaka, optionally of one kind and matching a search."""
    documents = ReferenceDocument.objects.filter(in_library=True).order_by(
        "kind", "title"
    )
    if kind:
        documents = documents.filter(kind=kind)
    if query:
        return list(get_search_backend().search(query, documents))
    return list(documents)


@dataclass
class SearchHits:
    courses: list[CoursePage]
    modules: list[ModulePage]
    lessons: list[LessonPage]
    references: list[ReferenceDocument]

    @property
    def total(self) -> int:
        return (
            len(self.courses)
            + len(self.modules)
            + len(self.lessons)
            + len(self.references)
        )


def search_hits_for(*, query: str, limit: int = 20) -> SearchHits:
    """Published courses, modules, lessons and Pustaka documents matching ``query``,
    best first within each kind. One search per kind, bounded by ``limit``."""
    if not query:
        return SearchHits([], [], [], [])
    return SearchHits(
        courses=list(CoursePage.objects.live().public().search(query)[:limit]),
        modules=list(ModulePage.objects.live().public().search(query)[:limit]),
        lessons=list(
            LessonPage.objects.live()
            .public()
            .defer_streamfields()
            .search(query)[:limit]
        ),
        references=reference_list(query=query)[:limit],
    )
