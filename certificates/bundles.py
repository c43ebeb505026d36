"""Downloads of a whole cohort's certificates: a zip of the PDFs, and one PDF with
all of them for printing.

Both are written to a temporary file one certificate at a time, so memory stays
flat whatever the size of the cohort (a bimtek of 1,000 people): the zip copies
each stored PDF in chunks, and the combined PDF is written object by object
(``PdfConcatenator``) instead of building the whole document in memory as
``pypdf.PdfWriter`` would. Only valid certificates are included; a revoked one is
never handed out again. A certificate whose PDF is not stored yet (still queued)
is rendered and stored first (``services.certificate_render_pdf``, idempotent), so
every copy handed out is byte for byte the stored PDF whose SHA-256 the
verification page knows; a fresh drawing is never the same bytes.
"""

import hashlib
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, BinaryIO

from django.utils.text import slugify
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from certificates.models import Certificate
from certificates.selectors import certificate_list_for_cohort
from certificates.services import certificate_render_pdf
from courses.models import Cohort

SPOOL_BYTES = 16 * 1024 * 1024
CHUNK = 256 * 1024


def certificate_filename(certificate: Certificate) -> str:
    """``800-001-DPK-KT-V-2026_ni-luh-putu-ayu-saraswati-ssos.pdf``: the number
    first (sorts like the register), then the printed name."""
    number = slugify(certificate.number.replace("/", "-")) or str(certificate.pk)
    name = slugify(certificate.data.get("name", ""))[:60]
    return f"{number}_{name}.pdf" if name else f"{number}.pdf"


def bundle_certificates(*, cohort: Cohort) -> Iterator[Certificate]:
    """The cohort's valid certificates in the order of their numbers."""
    return (
        certificate_list_for_cohort(cohort=cohort)
        .filter(status=Certificate.Status.VALID)
        .iterator(chunk_size=200)
    )


def _open_pdf(certificate: Certificate) -> BinaryIO:
    """The stored PDF, rendered and stored first if it is not yet (or if its file
    went missing from storage), so the copy matches the recorded SHA-256."""
    if not certificate.is_rendered:
        certificate = certificate_render_pdf(certificate=certificate)
    try:
        return certificate.pdf.open("rb")
    except (OSError, ValueError):
        certificate = certificate_render_pdf(certificate=certificate, force=True)
        return certificate.pdf.open("rb")


def cohort_certificates_zip(
    *, cohort: Cohort, certificates: Iterable[Certificate] | None = None
) -> IO[bytes]:
    """A temporary file holding a zip of the cohort's valid certificates, one PDF
    each, named by ``certificate_filename``; positioned at its start."""
    if certificates is None:
        certificates = bundle_certificates(cohort=cohort)
    target = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    # PDFs are compressed already: store them, don't spend CPU deflating again.
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates:
            source = _open_pdf(certificate)
            try:
                with archive.open(
                    certificate_filename(certificate), "w", force_zip64=True
                ) as entry:
                    shutil.copyfileobj(source, entry, CHUNK)
            finally:
                source.close()
    target.seek(0)
    return target


def cohort_certificates_combined_pdf(
    *, cohort: Cohort, certificates: Iterable[Certificate] | None = None
) -> tuple[IO[bytes], int]:
    """A temporary file holding one PDF with every valid certificate of the cohort
    (all pages of each, in number order), and how many certificates it holds."""
    if certificates is None:
        certificates = bundle_certificates(cohort=cohort)
    target = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    combined = PdfConcatenator(target, title=f"Sertifikat {cohort}")
    count = 0
    for certificate in certificates:
        source = _open_pdf(certificate)
        try:
            combined.append(source)
        finally:
            source.close()
        count += 1
    combined.close()
    target.seek(0)
    return target, count


class PdfConcatenator:
    """Writes a PDF made of the pages of other PDFs, one source at a time.

    The objects of each source reachable from its pages are renumbered and written
    out at once; only their byte offsets stay in memory, plus the hashes of
    self-contained streams so that an image repeated on every certificate (the
    logo, a scanned signature) is stored once. ``close`` writes the page tree,
    catalog and cross-reference table.
    """

    INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")

    def __init__(self, target: IO[bytes], *, title: str = "") -> None:
        self.target = target
        self.offsets: list[int] = [0, 0, 0]  # 1: catalog, 2: page tree (at close)
        self.page_ids: list[int] = []
        self.shared: dict[bytes, int] = {}
        self.title = title
        self._start = target.tell()
        self._write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self.target.write(data)

    def _reserve(self) -> int:
        self.offsets.append(0)
        return len(self.offsets) - 1

    def _emit(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.target.tell() - self._start
        self._write(b"%d 0 obj\n" % number + _serialise(obj) + b"\nendobj\n")

    def append(self, source: BinaryIO) -> int:
        """Add every page of the PDF in ``source``; returns the number of pages."""
        reader = PdfReader(source)
        mapping: dict[tuple[int, int], int] = {}
        pending: list[tuple[int, PdfObject]] = []
        pages = list(reader.pages)
        for page in pages:
            reference = page.indirect_reference
            page_id = self._reserve()
            if reference is not None:
                mapping[(reference.idnum, reference.generation)] = page_id
            self.page_ids.append(page_id)

        def ref(indirect: IndirectObject) -> IndirectObject:
            key = (indirect.idnum, indirect.generation)
            if key not in mapping:
                target = indirect.get_object()
                if isinstance(target, StreamObject) and not _has_references(target):
                    data = _serialise(copy(target))
                    digest = hashlib.sha256(data).digest()
                    if digest not in self.shared:
                        number = self._reserve()
                        self.offsets[number] = self.target.tell() - self._start
                        self._write(b"%d 0 obj\n" % number + data + b"\nendobj\n")
                        self.shared[digest] = number
                    mapping[key] = self.shared[digest]
                else:
                    mapping[key] = self._reserve()
                    pending.append((mapping[key], target))
            return IndirectObject(mapping[key], 0, None)

        def copy(obj: PdfObject) -> PdfObject:
            if isinstance(obj, IndirectObject):
                return ref(obj)
            if isinstance(obj, StreamObject):
                clone = StreamObject()
                clone._data = obj._data
                for key, value in obj.items():
                    clone[NameObject(key)] = copy(value)
                return clone
            if isinstance(obj, DictionaryObject):
                clone = DictionaryObject()
                for key, value in obj.items():
                    clone[NameObject(key)] = copy(value)
                return clone
            if isinstance(obj, ArrayObject):
                return ArrayObject(copy(value) for value in obj)
            return obj

        for page, page_id in zip(pages, self.page_ids[-len(pages) :], strict=True):
            clone = DictionaryObject()
            for key, value in page.items():
                if key != "/Parent":
                    clone[NameObject(key)] = copy(value)
            for key in self.INHERITED:
                if key not in clone:
                    inherited = _inherited(page, key)
                    if inherited is not None:
                        clone[NameObject(key)] = copy(inherited)
            clone[NameObject("/Parent")] = IndirectObject(2, 0, None)
            self._emit(page_id, clone)
            while pending:
                number, original = pending.pop()
                self._emit(number, copy(original))
        # The reader's caches form reference cycles with its objects (reader <->
        # pages) that only the cyclic collector would free: empty them now, so
        # memory stays flat without running a full collection.
        reader.close()
        reader.stream = None  # nor keep the source's bytes until then
        return len(pages)

    def close(self) -> None:
        kids = ArrayObject(IndirectObject(n, 0, None) for n in self.page_ids)
        tree = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): kids,
                NameObject("/Count"): NumberObject(len(self.page_ids)),
            }
        )
        self._emit(2, tree)
        catalog = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): IndirectObject(2, 0, None),
            }
        )
        self._emit(1, catalog)
        info_id = self._reserve()
        self._emit(
            info_id,
            DictionaryObject(
                {
                    NameObject("/Title"): TextStringObject(self.title),
                    NameObject("/Producer"): TextStringObject("LMS DPK"),
                }
            ),
        )
        xref_at = self.target.tell() - self._start
        lines = [b"xref\n0 %d\n" % len(self.offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % offset for offset in self.offsets[1:]]
        self._write(b"".join(lines))
        trailer = DictionaryObject(
            {
                NameObject("/Size"): NumberObject(len(self.offsets)),
                NameObject("/Root"): IndirectObject(1, 0, None),
                NameObject("/Info"): IndirectObject(info_id, 0, None),
            }
        )
        self._write(b"trailer\n" + _serialise(trailer) + b"\nstartxref\n")
        self._write(b"%d\n%%%%EOF\n" % xref_at)


def _serialise(obj: PdfObject) -> bytes:
    buffer = io.BytesIO()
    obj.write_to_stream(buffer)
    return buffer.getvalue()


def _inherited(page: DictionaryObject, key: str) -> PdfObject | None:
    node = page.get("/Parent")
    while node is not None:
        node = node.get_object()
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def _has_references(obj: PdfObject) -> bool:
    if isinstance(obj, IndirectObject):
        return True
    if isinstance(obj, DictionaryObject):
        return any(_has_references(value) for value in obj.values())
    if isinstance(obj, ArrayObject):
        return any(_has_references(value) for value in obj)
    return False
