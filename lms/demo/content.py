"""Demo courses, their Wagtail pages, figures and the Pustaka documents.

Pages are created once and left alone afterwards: running ``seed_demo`` again never
overwrites what a trainer edited.
"""

import io
from decimal import Decimal
from types import ModuleType

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.models import (
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    LibraryPage,
    ModulePage,
    ReferenceDocument,
)
from cms.services import (
    LIBRARY_COLLECTION,
    collection_ensure,
    course_team_member_add,
    review_workflow_ensure,
)
from courses.models import Course, User
from lms.demo.courses_data import (
    arsip_elektronik,
    arsip_konvensional,
    references,
    tpbis,
)
from lms.demo.figures import draw_figure
from lms.demo.reference_pdf import render_reference_pdf

COURSE_MODULES: list[ModuleType] = [arsip_konvensional, arsip_elektronik, tpbis]
# course code -> usernames of its trainers (the README's demo accounts)
TEAMS = {
    "ARS-KONV": ["pelatih"],
    "ARS-ELEK": ["pelatih2"],
    "BIMTEK-TPBIS": ["pelatih2"],
}
Image = get_image_model()


def _child(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def _publish_new_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_references() -> dict[str, ReferenceDocument]:
    """The Pustaka's documents, rendered once as PDFs; by reference slug."""
    collection = collection_ensure(name=LIBRARY_COLLECTION)
    documents = {}
    for reference in references.REFERENCES:
        document = ReferenceDocument.objects.filter(title=reference["title"]).first()
        if document is None:
            document = ReferenceDocument(
                title=reference["title"], collection=collection
            )
            document.file.save(
                f"{reference['slug']}.pdf",
                ContentFile(render_reference_pdf(reference=reference)),
                save=False,
            )
            document._set_document_file_metadata()  # size and hash, as an upload does
        document.kind = reference["kind"]
        document.number = reference.get("number", "")
        document.year = reference.get("year")
        document.issuer = reference.get("issuer", "")
        document.summary = reference["summary"]
        document.save()
        document.tags.set(reference.get("tags", []))
        documents[reference["slug"]] = document
    return documents


def seed_figures(*, course: Course, figures: dict) -> dict[str, Image]:
    """The course's diagrams as Wagtail images in its collection; by figure name."""
    collection = collection_ensure(name=course.code)
    images = {}
    for name, spec in figures.items():
        title = spec["title"]
        image = Image.objects.filter(title=title, collection=collection).first()
        if image is None:
            image = Image.objects.create(
                title=title,
                collection=collection,
                file=ImageFile(io.BytesIO(draw_figure(spec)), name=f"{name}.png"),
            )
        images[name] = image
    return images


def _stream(blocks: list, *, images: dict, documents: dict) -> list[dict]:
    """Demo data blocks -> StreamField raw data."""
    stream = []
    for block_type, value in blocks:
        if block_type == "image":
            value = {
                "image": images[value["figure"]].pk,
                "caption": value.get("caption", ""),
                "alt_text": value.get("alt_text", value.get("caption", "")),
            }
        elif block_type == "document":
            value = {
                "document": documents[value["reference"]].pk,
                "note": value.get("note", ""),
            }
        stream.append({"type": block_type, "value": value})
    return stream


def _course_record(data: dict) -> Course:
    course, _created = Course.objects.update_or_create(
        code=data["code"],
        defaults={
            "title": data["title"],
            "summary": data["summary"],
            "jp": Decimal(data["jp"]),
            "competency_area": data["competency_area"],
            "level": data["level"],
            "delivery_mode": data["delivery_mode"],
            "language": "id",
        },
    )
    return course


def seed_course(
    *, data: dict, figures: dict, catalogue: CourseIndexPage, documents: dict
) -> CoursePage:
    course = _course_record(data)
    images = seed_figures(course=course, figures=figures)
    slug = course.code.lower()
    course_page = _child(catalogue, CoursePage, slug)
    if course_page is None:
        objectives = "".join(f"<li>{item}</li>" for item in data.get("objectives", []))
        course_page = _publish_new_child(
            catalogue,
            CoursePage(
                title=data["title"],
                slug=slug,
                course=course,
                audience=data.get("audience", ""),
                objectives=f"<ul>{objectives}</ul>" if objectives else "",
                body=_stream(data.get("intro", []), images=images, documents=documents),
                search_description=data["summary"][:255],
            ),
        )
    for module in data["modules"]:
        module_page = _child(course_page, ModulePage, module["slug"])
        if module_page is None:
            module_page = _publish_new_child(
                course_page,
                ModulePage(
                    title=module["title"],
                    slug=module["slug"],
                    group=module["group"],
                    jp_theory=Decimal(module["jp_theory"]),
                    jp_practice=Decimal(module["jp_practice"]),
                    intro=module.get("intro", ""),
                ),
            )
        for lesson in module["lessons"]:
            if _child(module_page, LessonPage, lesson["slug"]) is None:
                _publish_new_child(
                    module_page,
                    LessonPage(
                        title=lesson["title"],
                        slug=lesson["slug"],
                        summary=lesson.get("summary", "")[:255],
                        required=lesson.get("required", True),
                        minutes=lesson.get("minutes", 45),
                        body=_stream(
                            lesson["body"], images=images, documents=documents
                        ),
                    ),
                )
    return course_page


@transaction.atomic
def seed_content(*, home: HomePage, users: dict[str, User]) -> list[CoursePage]:
    """Catalogue, Pustaka, the three demo courses, course teams and review workflow."""
    documents = seed_references()
    catalogue = _child(home, CourseIndexPage, "pelatihan") or _publish_new_child(
        home,
        CourseIndexPage(
            title="Katalog Pelatihan",
            slug="pelatihan",
            intro=(
                "<p>Pelatihan kearsipan dan perpustakaan yang diselenggarakan DPK. "
                "Materi dapat dibaca kapan saja, juga dicetak atau diunduh per modul "
                "untuk belajar tanpa sambungan internet.</p>"
            ),
        ),
    )
    if _child(home, LibraryPage, "pustaka") is None:
        _publish_new_child(
            home,
            LibraryPage(
                title="Pustaka",
                slug="pustaka",
                intro=(
                    "<p>Peraturan, standar, panduan dan templat yang dirujuk dalam "
                    "pelatihan. Setiap dokumen berupa ringkasan PDF yang dapat diunduh "
                    "dan dibaca kapan saja.</p>"
                ),
            ),
        )
    review_workflow_ensure(catalogue=catalogue)
    course_pages = []
    for module in COURSE_MODULES:
        course_page = seed_course(
            data=module.COURSE,
            figures=getattr(module, "FIGURES", {}),
            catalogue=catalogue,
            documents=documents,
        )
        for username in TEAMS.get(course_page.course.code, []):
            course_team_member_add(course_page=course_page, user=users[username])
        course_pages.append(course_page)
    return course_pages
