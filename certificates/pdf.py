"""Drawing a certificate with ReportLab: A4 landscape, one page plus an optional
page of topics. Only draws: everything comes in as arguments, bytes go out.

Fonts are DejaVu Serif (regular, bold, italic), shipped in ``certificates/fonts`` (licence there)
and embedded as subsets, so names with any Latin letter (Rosé, Ni Luh Putu Ayu)
print and can be selected and searched as text.
"""

import atexit
import hashlib
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import segno
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

FONTS = Path(__file__).resolve().parent / "fonts"
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
NAVY = colors.HexColor("#1b2f5b")
GOLD = colors.HexColor("#b08d2e")
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
CREATOR = "LMS DPK (ReportLab)"


@dataclass(frozen=True)
class Signatory:
    name: str
    position: str
    nip: str = ""
    rank: str = ""
    signature_image: bytes | None = None


@cache
def _fonts() -> None:
    """Register the shipped TTFs once per process."""
    for name, file in (
        ("Serif", "DejaVuSerif.ttf"),
        ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
        ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(
        "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic"
    )


def _style(name: str, **kwargs) -> ParagraphStyle:
    defaults = {
        "fontName": "Serif",
        "fontSize": 12,
        "leading": 16,
        "alignment": TA_CENTER,
        "textColor": INK,
    }
    return ParagraphStyle(name, **(defaults | kwargs))


def _fit_font_size(
    text: str, font: str, size: float, width: float, minimum: float = 10
) -> float:
    """Shrink a one-line text (a long name) until it fits ``width``."""
    while size > minimum and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, w: float
) -> float:
    """Draw a wrapped paragraph whose top is at ``top``; returns its bottom."""
    para = Paragraph(text, style)
    _w, h = para.wrap(w, PAGE_HEIGHT)
    para.drawOn(canvas, x, top - h)
    return top - h


def _border(canvas: Canvas) -> None:
    m = 18
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(5)
    canvas.rect(m, m, PAGE_WIDTH - 2 * m, PAGE_HEIGHT - 2 * m)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.rect(m + 8, m + 8, PAGE_WIDTH - 2 * (m + 8), PAGE_HEIGHT - 2 * (m + 8))
    canvas.setLineWidth(0.5)
    canvas.rect(m + 11, m + 11, PAGE_WIDTH - 2 * (m + 11), PAGE_HEIGHT - 2 * (m + 11))
    # small gold squares in the corners
    canvas.setFillColor(GOLD)
    for cx in (m + 8, PAGE_WIDTH - m - 8):
        for cy in (m + 8, PAGE_HEIGHT - m - 8):
            canvas.rect(cx - 5, cy - 5, 10, 10, stroke=0, fill=1)


def _qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR code of ``url`` with its lower left corner at (x, y), drawn as one path."""
    # A fixed mask pattern: choosing the "best" of eight is 80 % of segno's time,
    # and any mask reads well at this size.
    qr = segno.make(url, error="m", micro=False, mask=0)
    matrix = list(qr.matrix)
    border = 2
    modules = len(matrix) + 2 * border
    cell = size / modules
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + border) * cell
        run_start = None
        for col_index, dark in enumerate([*row, 0]):
            if dark and run_start is None:
                run_start = col_index
            elif not dark and run_start is not None:
                path.rect(
                    x + (run_start + border) * cell,
                    top - cell,
                    (col_index - run_start) * cell,
                    cell,
                )
                run_start = None
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


@lru_cache(maxsize=32)
def _prepared_image(data: bytes, max_pixels: int) -> tuple[str, int, int]:
    """The image as a JPEG file on white at 300 dpi of its printed size, made once
    per process, with its pixel size. ReportLab copies a ``.jpg`` file given by name
    into the PDF as it is; an image given as an ``ImageReader`` would be decoded
    again for every certificate (the logo and signatures are the same on all of
    them). The page is white, so transparency is kept by flattening onto white."""
    image = Image.open(io.BytesIO(data))
    image.load()
    image.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS)
    flat = Image.new("RGB", image.size, "white")
    rgba = image.convert("RGBA")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=90)
    jpeg = out.getvalue()
    path = _image_folder() / f"{hashlib.sha256(jpeg).hexdigest()}.jpg"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(jpeg)
        partial.replace(path)  # atomic: another process may write the same file
    return str(path), flat.width, flat.height


@cache
def _image_folder() -> Path:
    """A folder of this process for the prepared images (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="lms-certificate-images-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _image(
    canvas: Canvas, data: bytes, cx: float, y: float, max_w: float, max_h: float
) -> None:
    """An image centred on ``cx`` with its bottom at ``y``, within the box."""
    max_pixels = round(max(max_w, max_h) * 300 / 72)
    path, iw, ih = _prepared_image(data, max_pixels)
    if not os.path.exists(path):  # the temporary folder was cleaned meanwhile
        _prepared_image.cache_clear()
        path, iw, ih = _prepared_image(data, max_pixels)
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(path, cx - w / 2, y, w, h)


POSITION_STYLE = _style("pos", fontSize=10.5, leading=13)


def _position_height(signatory: Signatory, width: float) -> float:
    return Paragraph(escape(signatory.position), POSITION_STYLE).wrap(
        width, PAGE_HEIGHT
    )[1]


def _signatory(
    canvas: Canvas,
    signatory: Signatory,
    cx: float,
    top: float,
    width: float,
    signature_top: float,
) -> None:
    """Position on top, room for the signature, then name, rank and NIP; the
    signature space starts at ``signature_top`` so that names line up."""
    _paragraph(
        canvas, escape(signatory.position), POSITION_STYLE, cx - width / 2, top, width
    )
    signature_bottom = signature_top - 52
    if signatory.signature_image:
        try:
            _image(
                canvas,
                signatory.signature_image,
                cx,
                signature_bottom + 2,
                width * 0.7,
                48,
            )
        except OSError:
            pass  # an unreadable scan: leave the space for a wet signature
    name_size = _fit_font_size(signatory.name, "Serif-Bold", 11, width, 7)
    canvas.setFont("Serif-Bold", name_size)
    canvas.setFillColor(INK)
    y = signature_bottom - 12
    canvas.drawCentredString(cx, y, signatory.name)
    name_width = pdfmetrics.stringWidth(signatory.name, "Serif-Bold", name_size)
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(INK)
    canvas.line(cx - name_width / 2, y - 2, cx + name_width / 2, y - 2)
    canvas.setFont("Serif", 10)
    if signatory.rank:
        y -= 13
        canvas.drawCentredString(cx, y, signatory.rank)
    if signatory.nip:
        y -= 13
        canvas.drawCentredString(cx, y, f"NIP. {signatory.nip}")


def _front(
    canvas: Canvas,
    *,
    title: str,
    heading: str,
    number: str,
    learner_name: str,
    nip: str,
    institution: str,
    course_title: str,
    body: str,
    predicate: str,
    place_and_date: str,
    signatories: list[Signatory],
    logo_image: bytes | None,
    verification_url: str,
    verification_code: str,
) -> None:
    _border(canvas)
    inner_left, inner_right = 60, PAGE_WIDTH - 60
    width = inner_right - inner_left
    cx = PAGE_WIDTH / 2
    top = PAGE_HEIGHT - 48

    if logo_image:
        try:
            _image(canvas, logo_image, cx, top - 56, 70, 56)
            top -= 62
        except OSError:
            pass
    lines = [line.strip() for line in heading.splitlines() if line.strip()]
    canvas.setFillColor(NAVY)
    for index, line in enumerate(lines[:3]):
        font = "Serif-Bold"
        size = _fit_font_size(line, font, 13 if index == len(lines) - 1 else 11, width)
        canvas.setFont(font, size)
        top -= size + 3
        canvas.drawCentredString(cx, top, line)
    if lines:
        top -= 7
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1.5)
        canvas.line(cx - 230, top, cx + 230, top)
        canvas.setLineWidth(0.5)
        canvas.line(cx - 230, top - 2.5, cx + 230, top - 2.5)

    # Title with generous letter spacing, as printed certificates have it.
    top -= 42
    canvas.saveState()
    canvas.setFillColor(NAVY)
    text = canvas.beginText()
    text.setFont("Serif-Bold", 34)
    text.setCharSpace(6)
    title_width = pdfmetrics.stringWidth(title, "Serif-Bold", 34) + 6 * (len(title) - 1)
    text.setTextOrigin(cx - title_width / 2, top)
    text.textOut(title)
    canvas.drawText(text)
    canvas.restoreState()
    top -= 20
    canvas.setFillColor(INK)
    canvas.setFont("Serif", 11.5)
    canvas.drawCentredString(cx, top, f"Nomor: {number}")

    top -= 26
    canvas.setFont("Serif-Italic", 12)
    canvas.drawCentredString(cx, top, "diberikan kepada:")
    top -= 32
    name_size = _fit_font_size(learner_name, "Serif-Bold", 25, width)
    canvas.setFont("Serif-Bold", name_size)
    canvas.setFillColor(NAVY)
    canvas.drawCentredString(cx, top, learner_name)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    name_width = max(
        260, pdfmetrics.stringWidth(learner_name, "Serif-Bold", name_size) + 30
    )
    canvas.line(cx - name_width / 2, top - 7, cx + name_width / 2, top - 7)
    canvas.setFillColor(INK)
    canvas.setFont("Serif", 11.5)
    for line in (f"NIP. {nip}" if nip else "", institution):
        if line:
            top -= 17
            canvas.drawCentredString(
                cx, top, line[:140] if len(line) <= 140 else line[:137] + "…"
            )

    top -= 12
    marked = escape(body)
    if course_title:
        escaped_title = escape(course_title)
        marked = marked.replace(escaped_title, f"<b>{escaped_title}</b>", 1)
    top = _paragraph(
        canvas,
        marked,
        _style("body", fontSize=12, leading=16.5),
        inner_left + 40,
        top,
        width - 80,
    )
    if predicate:
        top -= 8
        _paragraph(
            canvas,
            f"dengan predikat <b>{escape(predicate)}</b>",
            _style("pred", fontSize=12, leading=16),
            inner_left,
            top,
            width,
        )

    # Bottom band: QR on the left, signatories across the rest.
    qr_size = 84
    qr_x, qr_y = 52, 50
    _qr(canvas, verification_url, qr_x, qr_y + 14, qr_size)
    canvas.setFont("Serif", 6.5)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(qr_x + qr_size / 2, qr_y + 6, "Pindai untuk verifikasi")
    canvas.drawCentredString(qr_x + qr_size / 2, qr_y - 2, verification_code)

    signatories = signatories[:3] or [Signatory(name="", position="")]
    left = qr_x + qr_size + 30
    right = inner_right
    column = (right - left) / len(signatories)
    block_top = 160
    block_width = min(column - 16, 260)
    signature_top = block_top - max(
        _position_height(signatory, block_width) for signatory in signatories
    )
    for index, signatory in enumerate(signatories):
        scx = left + column * (index + 0.5)
        if len(signatories) == 1:
            scx = right - 150
        if index == len(signatories) - 1 and place_and_date:
            canvas.setFont("Serif", 10.5)
            canvas.setFillColor(INK)
            canvas.drawCentredString(scx, block_top + 6, place_and_date)
        _signatory(canvas, signatory, scx, block_top, block_width, signature_top)


def _back(
    canvas: Canvas,
    *,
    course_title: str,
    learner_name: str,
    number: str,
    topics: list[tuple[str, str]],
    total_jp: str,
    issuer: str,
    dates: str,
    verification_code: str,
) -> None:
    _border(canvas)
    cx = PAGE_WIDTH / 2
    top = PAGE_HEIGHT - 70
    canvas.setFillColor(NAVY)
    canvas.setFont("Serif-Bold", 16)
    canvas.drawCentredString(cx, top, "DAFTAR MATERI PELATIHAN")
    top -= 8
    top = _paragraph(
        canvas,
        f"<b>{escape(course_title)}</b><br/>{escape(dates)}",
        _style("course", fontSize=11.5, leading=15),
        100,
        top,
        PAGE_WIDTH - 200,
    )
    _topic_table(canvas, topics, total_jp, left=cx - 270, top=top - 14)
    canvas.setFont("Serif", 8)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(
        cx,
        52,
        f"{learner_name} · Nomor {number} · {issuer} · Kode verifikasi "
        f"{verification_code}",
    )


def _topic_table(
    canvas: Canvas,
    topics: list[tuple[str, str]],
    total_jp: str,
    *,
    left: float,
    top: float,
) -> None:
    """No. | Materi | JP with a total row, drawn directly (a platypus Table costs
    more than the rest of the certificate)."""
    widths = (40, 440, 60)
    row_height = 18 if len(topics) <= 18 else max(11, 330 / (len(topics) + 2))
    size = min(10.5, row_height - 6)
    rows = [("No.", "Materi", "JP")]
    rows += [(str(i), topic, jp) for i, (topic, jp) in enumerate(topics, start=1)]
    rows.append(("", "Jumlah", total_jp))
    right = left + sum(widths)
    bottom = top - row_height * len(rows)
    canvas.setFillColor(colors.HexColor("#e9edf5"))
    canvas.rect(left, top - row_height, sum(widths), row_height, stroke=0, fill=1)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    for index in range(len(rows) + 1):
        y = top - index * row_height
        canvas.line(left, y, right, y)
    x = left
    for width in (0, *widths):
        x += width
        canvas.line(x, top, x, bottom)
    canvas.setFillColor(INK)
    for index, (number, topic, jp) in enumerate(rows):
        bold = index == 0 or index == len(rows) - 1
        font = "Serif-Bold" if bold else "Serif"
        baseline = top - (index + 1) * row_height + (row_height - size) / 2 + 1.5
        canvas.setFont(font, size)
        canvas.drawCentredString(left + widths[0] / 2, baseline, number)
        topic_size = _fit_font_size(topic, font, size, widths[1] - 10)
        canvas.setFont(font, topic_size)
        canvas.drawString(left + widths[0] + 5, baseline, topic)
        canvas.setFont(font, size)
        canvas.drawCentredString(right - widths[2] / 2, baseline, jp)


def render_certificate_pdf(
    *,
    title: str,
    heading: str,
    number: str,
    learner_name: str,
    nip: str,
    institution: str,
    course_title: str,
    body: str,
    predicate: str,
    place_and_date: str,
    signatories: list[Signatory],
    logo_image: bytes | None,
    verification_url: str,
    verification_code: str,
    topics: list[tuple[str, str]],
    total_jp: str,
    issuer: str,
    dates: str,
) -> bytes:
    """The certificate as PDF bytes: the front, then the topics page if ``topics``."""
    _fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageCompression=1,
        initialFontName="Serif",  # else an unembedded Helvetica is listed
        lang="id",
    )
    canvas.setTitle(f"{title.title()} {number} – {learner_name}")
    canvas.setAuthor(issuer)
    canvas.setSubject(course_title)
    canvas.setCreator(CREATOR)
    canvas.setKeywords(f"sertifikat, {number}, {verification_code}")
    _front(
        canvas,
        title=title,
        heading=heading,
        number=number,
        learner_name=learner_name,
        nip=nip,
        institution=institution,
        course_title=course_title,
        body=body,
        predicate=predicate,
        place_and_date=place_and_date,
        signatories=signatories,
        logo_image=logo_image,
        verification_url=verification_url,
        verification_code=verification_code,
    )
    canvas.showPage()
    if topics:
        _back(
            canvas,
            course_title=course_title,
            learner_name=learner_name,
            number=number,
            topics=topics,
            total_jp=total_jp,
            issuer=issuer,
            dates=dates,
            verification_code=verification_code,
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
