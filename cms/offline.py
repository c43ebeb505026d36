"""Offline study: a module as one zip of printable lessons, images and documents.

The zip opens on any phone or laptop without a connection: ``index.html`` lists the
lessons, each lesson is a self-contained HTML page (inline CSS), images and documents
sit beside them under ``gambar/`` and ``dokumen/``.
"""

import tempfile
import zipfile
from pathlib import PurePosixPath

from django.http import FileResponse, HttpRequest
from django.template.loader import render_to_string
from django.utils.text import slugify
from wagtail.images.models import AbstractImage

from cms.models import LessonPage, ModulePage
from cms.selectors import lesson_list_for_module, lesson_navigation_for

OFFLINE_IMAGE_SPEC = (
    "max-800x800"  # the spec templates/cms/blocks/image.html uses offline
)
SPOOL_BYTES = 16 * 1024 * 1024  # zips larger than this go to a temporary file


def _media_of(lesson: LessonPage) -> tuple[list[AbstractImage], list]:
    images, documents = [], []
    for block in lesson.body:
        if block.block_type == "image" and block.value["image"] is not None:
            images.append(block.value["image"])
        elif block.block_type == "document" and block.value["document"] is not None:
            documents.append(block.value["document"])
    return images, documents


def _copy_file(archive: zipfile.ZipFile, arcname: str, field_file) -> None:
    with field_file.open("rb") as source, archive.open(arcname, "w") as target:
        while chunk := source.read(1024 * 1024):
            target.write(chunk)


def module_zip_response(
    *, module_page: ModulePage, request: HttpRequest
) -> FileResponse:
    """Build the module's zip and return it as a download."""
    lessons = list(lesson_list_for_module(module_page=module_page).specific())
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    added: set[str] = set()
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries = []
        for number, lesson in enumerate(lessons, start=1):
            filename = f"{number:02d}-{lesson.slug}.html"
            context = {
                "page": lesson,
                "nav": lesson_navigation_for(lesson_page=lesson),
                "offline": True,
                "request": request,
            }
            archive.writestr(
                filename, render_to_string("cms/lesson_print.html", context, request)
            )
            entries.append((filename, lesson))
            images, documents = _media_of(lesson)
            for image in images:
                rendition = image.get_rendition(OFFLINE_IMAGE_SPEC)
                arcname = f"gambar/{PurePosixPath(rendition.file.name).name}"
                if arcname not in added:
                    _copy_file(archive, arcname, rendition.file)
                    added.add(arcname)
            for document in documents:
                arcname = f"dokumen/{PurePosixPath(document.file.name).name}"
                if arcname not in added:
                    _copy_file(archive, arcname, document.file)
                    added.add(arcname)
        archive.writestr(
            "index.html",
            render_to_string(
                "cms/module_offline_index.html",
                {"page": module_page, "entries": entries},
                request,
            ),
        )
    spool.seek(0)
    filename = f"{slugify(module_page.get_parent().title)[:40]}-{module_page.slug}.zip"
    return FileResponse(
        spool, as_attachment=True, filename=filename, content_type="application/zip"
    )
