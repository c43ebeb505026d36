"""The drawn PDF: its text (as a reader extracts it), metadata, fonts and QR code."""

import datetime
import io
import shutil
import subprocess
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from certificates import services
from certificates.verification import code_signature
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories import CourseFactory
from tests.factories_cohorts import CohortFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(django_capture_on_commit_callbacks, settings):
    settings.CERTIFICATES_BASE_URL = "https://lms.dpk.kaltengprov.go.id"
    template = CertificateTemplateFactory()
    cohort = CohortFactory(
        organiser=template.office,
        course=CourseFactory(
            title="Pelatihan Pengelolaan Arsip Konvensional", jp=Decimal("32")
        ),
        starts_on=datetime.date(2026, 5, 14),
        ends_on=datetime.date(2026, 5, 17),
        venue="Aula DPK Provinsi Kalimantan Tengah, Palangka Raya",
    )
    SessionFactory(cohort=cohort, topic="Klasifikasi arsip", jp=Decimal("5"))
    SessionFactory(cohort=cohort, topic="Jadwal Retensi Arsip", jp=Decimal("4"))
    enrolment = completed_enrolment(cohort=cohort)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(enrolment=enrolment)
    certificate.refresh_from_db()
    return certificate


def _pages(certificate) -> list[str]:
    reader = PdfReader(io.BytesIO(certificate.pdf.read()))
    return [page.extract_text() for page in reader.pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_text_holds_name_title_number_jp_and_indonesian_dates(certificate):
    front, back = (_flat(text) for text in _pages(certificate))
    assert "SERTIFIKAT" in front.replace(" ", "")
    assert "Ni Luh Putu Ayu Saraswati, S.Sos." in front
    assert "Nomor: 800/001/DPK-KT/V/2026" in front
    assert "NIP. 199103152019032012" in front
    assert "32 jam pelajaran" in front
    assert "14–17 Mei 2026" in front
    assert "Palangka Raya, 17 Mei 2026" in front
    assert "LULUS" in front
    assert "Dr. H. Ahmad Syarifuddin, M.Si." in front
    assert "NIP. 196805121994031007" in front
    assert "DAFTAR MATERI PELATIHAN" in back
    assert "Klasifikasi arsip" in back and "Jadwal Retensi Arsip" in back


def test_any_latin_name_prints_as_text(django_capture_on_commit_callbacks):
    enrolment = completed_enrolment(name="Rosé Siahaan, S.Hum.", nip="")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(enrolment=enrolment)
    certificate.refresh_from_db()
    front = _flat(_pages(certificate)[0])
    assert "Rosé Siahaan, S.Hum." in front
    assert "NIP." not in front.split("Rosé")[1].split("Dinas")[0]  # no empty NIP line


def test_metadata_and_embedded_fonts(certificate):
    reader = PdfReader(io.BytesIO(certificate.pdf.read()))
    meta = reader.metadata
    assert "800/001/DPK-KT/V/2026" in meta.title
    assert "Ni Luh Putu Ayu Saraswati" in meta.title
    assert meta.author == certificate.data["issuer"]
    assert meta.subject == "Pelatihan Pengelolaan Arsip Konvensional"
    assert meta.creator.startswith("LMS DPK")
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"]  # embedded (a subset)


def _qr_texts(pdf_bytes: bytes, tmp_path) -> list[str]:
    source = tmp_path / "c.pdf"
    source.write_bytes(pdf_bytes)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            str(source),
            str(tmp_path / "p"),
        ],
        check=True,
        timeout=60,
    )
    image = Image.open(next(tmp_path.glob("p*.png")))
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils missing")
def test_qr_decodes_to_the_signed_verification_url(certificate, tmp_path):
    texts = _qr_texts(certificate.pdf.read(), tmp_path)
    expected = (
        f"https://lms.dpk.kaltengprov.go.id/verify/{certificate.code}/"
        f"?s={code_signature(certificate.code)}"
    )
    assert texts == [expected]
