"""A cohort's certificates as one zip and as one PDF for printing."""

import hashlib
import io
import tempfile
import tracemalloc
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from certificates.bundles import (
    PdfConcatenator,
    certificate_filename,
    cohort_certificates_combined_pdf,
    cohort_certificates_zip,
)
from certificates.models import Certificate
from certificates.services import (
    certificate_issue,
    certificate_pdf_bytes,
    certificate_revoke,
)
from tests.certificates.test_pages import build_world, client_for, issue_all


def test_zip_holds_one_pdf_per_valid_certificate(
    regions, django_capture_on_commit_callbacks
):
    world = build_world()
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    certificate_revoke(certificate=certificates["fajar"], reason="Ganda", by=None)
    valid = [certificates["ani"], certificates["budi"]]

    with zipfile.ZipFile(cohort_certificates_zip(cohort=world.cohort)) as archive:
        names = archive.namelist()
        assert sorted(names) == sorted(certificate_filename(c) for c in valid)
        for certificate in valid:
            content = archive.read(certificate_filename(certificate))
            # The stored file itself, byte for byte: its hash verifies online.
            assert hashlib.sha256(content).hexdigest() == certificate.sha256
    ani = certificate_filename(certificates["ani"])
    assert ani.endswith("_ani-rahmawati-ssos.pdf")
    assert "/" not in ani and ani.startswith(certificates["ani"].number[:3])

    response = client_for(world.trainer).get(
        reverse("certificates_manage:cohort_zip", args=[world.cohort.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    body = b"".join(response.streaming_content)
    assert len(zipfile.ZipFile(io.BytesIO(body)).namelist()) == 2


def test_combined_pdf_has_every_page_of_every_valid_certificate(
    regions, django_capture_on_commit_callbacks
):
    world = build_world()
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    certificate_revoke(certificate=certificates["budi"], reason="Ganda", by=None)
    # A certificate whose stored PDF is missing is drawn again for the bundle.
    Certificate.objects.filter(pk=certificates["fajar"].pk).update(pdf="")
    per_certificate = len(
        PdfReader(io.BytesIO(certificates["ani"].pdf.open("rb").read())).pages
    )

    combined, count = cohort_certificates_combined_pdf(cohort=world.cohort)
    reader = PdfReader(combined, strict=True)
    assert count == 2
    assert len(reader.pages) == 2 * per_certificate
    text = [page.extract_text() for page in reader.pages]
    names = {c.number: c.data["name"] for c in certificates.values()}
    first_pages = text[::per_certificate]
    printed = sorted(
        next(number for number in names if number in page) for page in first_pages
    )
    assert printed == sorted([certificates["ani"].number, certificates["fajar"].number])
    assert any("Ani Rahmawati" in page for page in first_pages)
    assert not any("Budi Santoso" in page for page in text)

    response = client_for(world.trainer).get(
        reverse("certificates_manage:cohort_print", args=[world.cohort.pk])
    )
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert len(PdfReader(io.BytesIO(body)).pages) == 2 * per_certificate


def test_concatenation_memory_does_not_grow_with_the_cohort(
    regions, django_capture_on_commit_callbacks
):
    """Two different certificates appended 10 and 80 times: the peak memory of
    writing to a file stays nearly the same (offsets only)."""
    world = build_world(completed=("ani", "budi"))
    certificates = issue_all(world, django_capture_on_commit_callbacks)
    sources = [certificate_pdf_bytes(certificate=c) for c in certificates.values()]

    def peak(copies: int) -> tuple[int, int]:
        with tempfile.TemporaryFile() as target:
            tracemalloc.start()
            writer = PdfConcatenator(target)
            for n in range(copies):
                writer.append(io.BytesIO(sources[n % 2]))
            writer.close()
            _current, top = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            target.seek(0)
            pages = len(PdfReader(target).pages)
        return top, pages

    small, small_pages = peak(10)
    large, large_pages = peak(80)
    assert large_pages == 8 * small_pages
    assert large < small * 1.5 + 200_000


def test_zip_copy_of_a_certificate_not_rendered_yet_is_recognised_by_upload(
    regions, django_capture_on_commit_callbacks
):
    """Before, a certificate still queued for rendering went into the zip as a
    fresh drawing that was never stored: ReportLab's bytes differ from run to run,
    so the upload check said "unknown". Now it is rendered and stored first."""
    world = build_world(completed=("ani", "budi"))
    with django_capture_on_commit_callbacks(execute=True):
        rendered = certificate_issue(enrolment=world.enrolments["ani"])
    with django_capture_on_commit_callbacks(execute=False):  # render task not run
        queued = certificate_issue(enrolment=world.enrolments["budi"])
    queued.refresh_from_db()
    assert not queued.is_rendered and not queued.sha256

    with zipfile.ZipFile(cohort_certificates_zip(cohort=world.cohort)) as archive:
        contents = [archive.read(name) for name in archive.namelist()]
    assert len(contents) == 2
    queued.refresh_from_db()
    assert queued.is_rendered and queued.render_count == 1

    verifier = Client()  # anybody, not logged in
    found = set()
    for content in contents:
        response = verifier.post(
            reverse("certificates:verify_form"),
            {"pdf": SimpleUploadedFile("sertifikat.pdf", content)},
        )
        assert response.status_code == 200
        result = response.context["upload_result"]
        assert result["state"] == "valid"
        found.add(result["certificate"].pk)
    assert found == {rendered.pk, queued.pk}

    # The printing PDF takes the same stored files (nothing drawn a second time).
    _combined, count = cohort_certificates_combined_pdf(cohort=world.cohort)
    queued.refresh_from_db()
    assert count == 2 and queued.render_count == 1
