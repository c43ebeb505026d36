from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import (
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    LibraryPage,
    ModulePage,
)
from tests.factories import course_tree, publish_child


class PageTreeRulesTests(WagtailPageTestCase):
    def test_editors_can_only_build_a_sensible_tree(self):
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, LibraryPage})
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(LibraryPage, set())

    def test_lessons_cannot_hang_directly_under_a_course_or_the_home_page(self):
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanCreateAt(ModulePage, LessonPage)


class PageRenderingTests(WagtailPageTestCase):
    def setUp(self):
        self.catalogue, self.course_page, self.modules, self.lessons = course_tree()
        self.home = HomePage.objects.get()
        self.library = publish_child(
            self.home, LibraryPage(title="Pustaka", slug="pustaka")
        )

    def test_every_page_type_renders(self):
        for page in (
            self.home,
            self.catalogue,
            self.course_page,
            self.modules[0],
            self.lessons[0],
            self.library,
        ):
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsRenderable(page)

    def test_every_page_type_is_previewable(self):
        for page in (self.home, self.catalogue, self.modules[0], self.library):
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsPreviewable(page)

    def test_streamfield_pages_are_previewable_with_edited_content(self):
        # The StreamField editor is drawn by JavaScript, so the form data is given.
        body = streamfield(
            [
                ("heading", "Pratinjau"),
                ("text", rich_text("<p>Teks pratinjau pelajaran.</p>")),
            ]
        )
        self.assertPageIsPreviewable(
            self.course_page,
            post_data=nested_form_data(
                {
                    "title": self.course_page.title,
                    "slug": self.course_page.slug,
                    "course": self.course_page.course_id,
                    "body": body,
                }
            ),
        )
        self.assertPageIsPreviewable(
            self.lessons[0],
            post_data=nested_form_data(
                {
                    "title": "Pelajaran pratinjau",
                    "slug": self.lessons[0].slug,
                    "minutes": 30,
                    "body": body,
                }
            ),
        )

    def test_lesson_print_view_and_module_download_render(self):
        self.assertPageIsRenderable(self.lessons[0], route_path="/cetak/")
        self.assertPageIsRenderable(self.modules[0], route_path="/unduh/")
