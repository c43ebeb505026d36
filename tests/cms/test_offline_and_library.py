import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection
from PIL import Image as PILImage
from wagtail.images import get_image_model

from cms.models import LibraryPage, ReferenceDocument
from tests.factories import course_tree, home_page_get, publish_child

pytestmark = pytest.mark.django_db


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (13, 92, 140)).save(buffer, format="PNG")
    return buffer.getvalue()


def _document(title: str, **fields) -> ReferenceDocument:
    document = ReferenceDocument(title=title, **fields)
    document.file.save(f"{title[:20]}.pdf", ContentFile(b"%PDF-1.4 contoh"), save=False)
    document.save()
    return document


@pytest.fixture
def lesson_with_media():
    image = get_image_model().objects.create(
        title="Alur pemberkasan", file=ImageFile(io.BytesIO(_png()), name="alur.png")
    )
    jra = _document("Templat JRA", kind=ReferenceDocument.Kind.TEMPLATE)
    body = [
        {"type": "heading", "value": "Alur pemberkasan"},
        {
            "type": "image",
            "value": {"image": image.pk, "caption": "Alur", "alt_text": "Diagram alur"},
        },
        {"type": "document", "value": {"document": jra.pk, "note": "Isi pada tugas 2"}},
    ]
    _, course_page, modules, lessons = course_tree(
        modules=1, lessons_per_module=2, body=body
    )
    return modules[0], lessons, jra


def test_lesson_shows_phone_sized_lazy_images_and_document_link(
    client, lesson_with_media
):
    _, lessons, jra = lesson_with_media

    html = client.get(lessons[0].url).text

    assert 'loading="lazy"' in html
    assert "400w" in html and "800w" in html  # phone-sized renditions in srcset
    assert jra.url in html


def test_print_view_has_the_lesson_without_site_navigation(client, lesson_with_media):
    _, lessons, _ = lesson_with_media

    response = client.get(f"{lessons[0].url}cetak/")

    assert response.status_code == 200
    assert "Alur pemberkasan" in response.text
    assert "navbar" not in response.text
    assert "@media print" in response.text


def test_module_download_is_a_zip_of_printable_lessons_images_and_documents(
    client, lesson_with_media
):
    module, lessons, jra = lesson_with_media

    response = client.get(f"{module.url}unduh/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert "index.html" in names
    assert [n for n in names if n.endswith(".html") and n != "index.html"] == [
        f"01-{lessons[0].slug}.html",
        f"02-{lessons[1].slug}.html",
    ]
    lesson_html = archive.read(f"01-{lessons[0].slug}.html").decode()
    image_names = [n for n in names if n.startswith("gambar/")]
    assert len(image_names) == 1  # the same image in two lessons is stored once
    assert f'src="{image_names[0]}"' in lesson_html
    assert (
        archive.read(f"dokumen/{jra.file.name.rsplit('/', 1)[-1]}")
        == b"%PDF-1.4 contoh"
    )
    assert "http" not in lesson_html.split("<body>")[1].split("Alur pemberkasan")[0]


def test_library_lists_filters_and_searches_references(client):
    home = home_page_get()
    library = publish_child(home, LibraryPage(title="Pustaka", slug="pustaka"))
    _document(
        "UU 43 Tahun 2009 tentang Kearsipan",
        kind="regulasi",
        number="UU No. 43 Tahun 2009",
    )
    _document(
        "Panduan SRIKANDI", kind="panduan", summary="Aplikasi umum bidang kearsipan"
    )
    _document("Berkas kerja internal", kind="lainnya", in_library=False)

    everything = client.get(library.url).text
    assert "UU 43 Tahun 2009" in everything and "Panduan SRIKANDI" in everything
    assert "Berkas kerja internal" not in everything

    guides = client.get(library.url, {"jenis": "panduan"}).text
    assert "Panduan SRIKANDI" in guides and "UU 43 Tahun 2009" not in guides

    found = client.get(library.url, {"q": "kearsipan"}).text
    assert "UU 43 Tahun 2009" in found

    assert client.get(library.url, {"jenis": "<script>"}).status_code == 200


def test_site_search_finds_published_lessons_only(client):
    _, course_page, modules, lessons = course_tree(modules=1, lessons_per_module=2)
    lessons[1].title = "Pemusnahan arsip inaktif"
    lessons[1].save_revision().publish()
    draft = lessons[0]
    draft.title = "Pemusnahan rahasia draf"
    draft.save_revision()  # saved as draft only

    response = client.get("/cari/", {"q": "pemusnahan"})

    assert response.status_code == 200
    assert "Pemusnahan arsip inaktif" in response.text
    assert "rahasia draf" not in response.text


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Indonesian stemming needs PostgreSQL full-text search (the PostgreSQL run covers it)",
)
def test_postgres_search_understands_indonesian_word_forms(client):
    _, _, _, lessons = course_tree(modules=1, lessons_per_module=1)
    lessons[0].title = "Pemusnahan arsip"
    lessons[0].save_revision().publish()

    response = client.get("/cari/", {"q": "musnah"})

    assert "Pemusnahan arsip" in response.text
