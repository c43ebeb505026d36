"""Drawing a certificate with ReportLab: A4 landscape, one page plus an optional
page of topics. Only draws: everything comes in as arguments, bytes go out.

Fonts are DejaVu Serif and Sans, shipped in ``certificates/fonts`` (licence there)
and embedded as subsets, so names with any Latin letter (Rosé, Ni Luh Putu Ayu)
print and can be selected and searched as text.
"""

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

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
        ("Sans", "DejaVuSans.ttf"),
        ("Sans-Bold", "DejaVuSans-Bold.ttf"),
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


def _fit_font_size(text: str, font: str, size: float, width: float) -> float:
    """Shrink a one-line text (a long name) until it fits ``width``."""
    while size > 10 and pdfmetrics.stringWidth(text, font, size) > width:
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
    qr = segno.make(url, error="m", micro=False)
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


def _image(
    canvas: Canvas, data: bytes, cx: float, y: float, max_w: float, max_h: float
) -> None:
    """An image centred on ``cx`` with its bottom at ``y``, within the box."""
    reader = ImageReader(io.BytesIO(data))
    iw, ih = reader.getSize()
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(reader, cx - w / 2, y, w, h, mask="auto")


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
    name_size = _fit_font_size(signatory.name, "Serif-Bold", 11, width)
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
    canvas.setFont("Sans", 6.5)
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
    cell = _style("cell", fontSize=10.5, leading=13, alignment=0)
    rows = [["No.", "Materi", "JP"]]
    for index, (topic, jp) in enumerate(topics, start=1):
        rows.append([str(index), Paragraph(escape(topic), cell), jp])
    rows.append(["", Paragraph("<b>Jumlah</b>", cell), total_jp])
    table = Table(rows, colWidths=[40, 440, 60], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Serif", 10.5),
                ("FONT", (0, 0), (-1, 0), "Serif-Bold", 10.5),
                ("FONT", (2, -1), (2, -1), "Serif-Bold", 10.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9edf5")),
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    _w, h = table.wrap(540, top - 90)
    table.drawOn(canvas, cx - 270, top - 14 - h)
    canvas.setFont("Sans", 8)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(
        cx,
        52,
        f"{learner_name} · Nomor {number} · {issuer} · Kode verifikasi "
        f"{verification_code}",
    )


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
