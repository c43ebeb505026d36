"""Wagtail pages: what learners read. Pages present; writes go through services.

The tree an editor can build is fixed by ``parent_page_types``/``subpage_types``:

    HomePage ─┬─ CourseIndexPage ── CoursePage ── ModulePage ── LessonPage
              └─ LibraryPage (Pustaka: the reference documents)
"""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import CourseBodyBlock, LessonBodyBlock

INTRO_FEATURES = ["bold", "italic", "link", "ul", "ol", "h2", "h3"]


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
        features=INTRO_FEATURES,
        help_text=_("A few short paragraphs shown on the front page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.CourseIndexPage", "cms.LibraryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from cms.selectors import course_page_list_live

        context = super().get_context(request, *args, **kwargs)
        context["course_pages"] = course_page_list_live()
        context["catalogue"] = CourseIndexPage.objects.live().first()
        context["library"] = LibraryPage.objects.live().first()
        return context


class CourseIndexPage(Page):
    """The course catalogue: every published course."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("Shown above the list of courses."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from cms.selectors import course_page_list_live

        context = super().get_context(request, *args, **kwargs)
        context["course_pages"] = course_page_list_live(parent=self)
        return context


class CoursePage(Page):
    """What learners read about a course; enrolment and assessment live on Course."""

    course = models.ForeignKey(
        "courses.Course",
        models.PROTECT,
        related_name="pages",
        verbose_name=_("course"),
        help_text=_("The course record (code, JP, delivery mode) this page presents."),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=255,
        blank=True,
        help_text=_(
            "One sentence, e.g. 'Arsiparis and archive managers of government units'."
        ),
    )
    objectives = RichTextField(
        _("learning objectives"),
        blank=True,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("What participants can do after the course, as a list."),
    )
    body = StreamField(
        CourseBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown above the modules."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("audience"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("course"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.CourseIndexPage"]
    subpage_types = ["cms.ModulePage"]

    class Meta:
        verbose_name = _("course page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from cms.selectors import course_outline_for
        from courses.selectors.enrolment import (
            cohort_list_open_for_course,
            enrolment_status_by_cohort_for,
        )

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline_for(course_page=self)
        cohorts = list(cohort_list_open_for_course(course=self.course))
        context["open_cohorts"] = cohorts
        context["my_enrolments"] = enrolment_status_by_cohort_for(
            learner=request.user, cohorts=cohorts
        )
        return context


class ModulePage(RoutablePageMixin, Page):
    """A module (mata pelatihan) of a course, grouped as in Indonesian curricula."""

    class Group(models.TextChoices):
        BASIC = "dasar", _("Basic material (Materi Dasar)")
        CORE = "inti", _("Core material (Materi Inti)")
        SUPPORTING = "penunjang", _("Supporting material (Materi Penunjang)")

    group = models.CharField(
        _("group"),
        max_length=10,
        choices=Group.choices,
        default=Group.CORE,
        help_text=_("Where the module sits in the curriculum."),
    )
    jp_theory = models.DecimalField(
        _("JP theory"),
        max_digits=4,
        decimal_places=1,
        default=0,
        help_text=_("Lesson hours of theory (1 JP = 45 minutes by default)."),
    )
    jp_practice = models.DecimalField(
        _("JP practice"),
        max_digits=4,
        decimal_places=1,
        default=0,
        help_text=_("Lesson hours of practice."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One short paragraph: what this module is about."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("group"),
        FieldRowPanel([FieldPanel("jp_theory"), FieldPanel("jp_practice")]),
        FieldPanel("intro"),
    ]
    parent_page_types = ["cms.CoursePage"]
    subpage_types = ["cms.LessonPage"]

    class Meta:
        verbose_name = _("module page")

    @property
    def jp_total(self):
        return self.jp_theory + self.jp_practice

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from cms.selectors import lesson_list_for_module

        context = super().get_context(request, *args, **kwargs)
        context["course_page"] = self.get_parent().specific_deferred
        context["lessons"] = lesson_list_for_module(module_page=self)
        return context

    @path("unduh/", name="download")
    def download(self, request: HttpRequest) -> HttpResponse:
        """The whole module as a zip: printable lessons, their images and documents."""
        from cms.offline import module_zip_response

        return module_zip_response(module_page=self, request=request)


class LessonPage(RoutablePageMixin, Page):
    """One lesson: what a participant reads (and does) in one sitting."""

    summary = models.CharField(
        _("summary"),
        max_length=255,
        blank=True,
        help_text=_("One sentence shown in the module outline."),
    )
    body = StreamField(
        LessonBodyBlock(),
        verbose_name=_("body"),
        help_text=_("The lesson: text, images, documents, tasks."),
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Untick for optional enrichment lessons."),
    )
    minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=45,
        help_text=_("How long a participant needs to read and do the lesson."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("required"), FieldPanel("minutes")])],
            heading=_("Completion"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from cms.selectors import lesson_navigation_for
        from courses.selectors.progress import course_progress_for, enrolment_for_lesson

        context = super().get_context(request, *args, **kwargs)
        context["nav"] = lesson_navigation_for(lesson_page=self)
        if hasattr(request, "lesson_enrolment"):  # set by cms.wagtail_hooks on serve
            enrolment = request.lesson_enrolment
        else:  # previews and the print view do not pass through the hook
            enrolment = enrolment_for_lesson(learner=request.user, lesson=self)
        context["enrolment"] = enrolment
        context["progress"] = enrolment and course_progress_for(enrolment=enrolment)
        return context

    @path("cetak/", name="print")
    def print_view(self, request: HttpRequest) -> HttpResponse:
        """A clean printable page (or Save as PDF) without navigation."""
        context = self.get_context(request)
        return render(request, "cms/lesson_print.html", context)


class LibraryPage(Page):
    """Pustaka: regulations, standards, guides and templates, searchable by anyone."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("Shown above the list of references."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("reference library")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from cms.selectors import reference_list

        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("jenis", "")
        query = request.GET.get("q", "").strip()
        context["kinds"] = ReferenceDocument.Kind.choices
        context["kind"] = kind if kind in ReferenceDocument.Kind.values else ""
        context["query"] = query
        context["references"] = reference_list(kind=context["kind"], query=query)
        return context


class ReferenceDocument(AbstractDocument):
    """A Wagtail document with the metadata of a reference (regulation, standard...)."""

    class Kind(models.TextChoices):
        REGULATION = "regulasi", _("Regulation")
        STANDARD = "standar", _("Standard")
        GUIDE = "panduan", _("Guide")
        TEMPLATE = "templat", _("Template")
        OTHER = "lainnya", _("Other")

    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_("Regulation, standard, guide or template."),
    )
    number = models.CharField(
        _("number"),
        max_length=100,
        blank=True,
        help_text=_("Official number, e.g. 'UU No. 43 Tahun 2009'."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("Year issued.")
    )
    issuer = models.CharField(
        _("issuer"),
        max_length=150,
        blank=True,
        help_text=_("Who issued it, e.g. ANRI, Perpusnas, Kemendagri."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences: what it is and why participants read it."),
    )
    in_library = models.BooleanField(
        _("show in the Pustaka"),
        default=True,
        help_text=_("Untick for working files that should not be listed publicly."),
    )

    admin_form_fields = (
        *Document.admin_form_fields,
        "kind",
        "number",
        "year",
        "issuer",
        "summary",
        "in_library",
    )
    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("number"),
        index.SearchField("issuer"),
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("in_library"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("reference document")
        verbose_name_plural = _("reference documents")
