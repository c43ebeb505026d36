"""Render the Pustaka's demo summaries (regulations, guides, templates) as PDFs."""

import io
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT_DIR = Path(reportlab.__file__).parent / "fonts"
_FONTS_READY = False


def _register_fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("Vera", str(FONT_DIR / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("Vera-Bold", str(FONT_DIR / "VeraBd.ttf")))
        _FONTS_READY = True


def render_reference_pdf(*, reference: dict) -> bytes:
    """A short A4 summary: title, metadata, sections and an optional table."""
    _register_fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=styles["BodyText"], fontName="Vera", fontSize=10.5, leading=15
    )
    title = ParagraphStyle(
        "title", parent=styles["Title"], fontName="Vera-Bold", fontSize=16, leading=20
    )
    heading = ParagraphStyle(
        "h", parent=styles["Heading2"], fontName="Vera-Bold", fontSize=12.5
    )
    meta = ParagraphStyle(
        "meta", parent=body, fontSize=9, textColor=colors.HexColor("#444444")
    )

    story = [Paragraph(escape(reference["title"]), title)]
    facts = " · ".join(
        str(part)
        for part in (
            reference.get("number"),
            reference.get("issuer"),
            reference.get("year"),
        )
        if part
    )
    if facts:
        story.append(Paragraph(escape(facts), meta))
    story += [Spacer(1, 0.3 * cm), Paragraph(escape(reference["summary"]), body)]
    for section in reference.get("sections", []):
        story.append(Paragraph(escape(section["heading"]), heading))
        story += [Paragraph(escape(text), body) for text in section["paragraphs"]]
    table = reference.get("table")
    if table:
        cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
        data = [
            [Paragraph(escape(str(c)), cell) for c in row]
            for row in [table["columns"], *table["rows"]]
        ]
        grid = Table(data, repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f2f8")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [Spacer(1, 0.4 * cm), grid]
    story += [
        Spacer(1, 0.6 * cm),
        Paragraph(
            "Ringkasan untuk bahan pelatihan LMS DPK; rujuk naskah resmi untuk keperluan hukum.",
            meta,
        ),
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=reference["title"],
        author=reference.get("issuer", ""),
        subject=reference.get("summary", ""),
        creator="LMS DPK",
    )
    document.build(story)
    return buffer.getvalue()
