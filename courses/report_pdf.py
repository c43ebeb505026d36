"""The printable summary of a cohort for an office's report, drawn with ReportLab.

Draws only: takes plain values, returns PDF bytes; no queries, no storage. Text is
Indonesian (the report goes into Indonesian office reports) and set in DejaVu Sans
(shipped in certificates/fonts, covers every Latin letter such as in "Daeng
Mappasessu" or "Muḥammad"), falling back to ReportLab's bundled Vera.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
FONT, FONT_BOLD = "ReportSans", "ReportSans-Bold"
_DEJAVU = Path(__file__).resolve().parent.parent / "certificates" / "fonts"
_VERA = Path(reportlab.__file__).resolve().parent / "fonts"


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = _DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        regular, bold = _VERA / "Vera.ttf", _VERA / "VeraBd.ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def date_id(value: date | datetime) -> str:
    """``3 Maret 2026``."""
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


def _percent(value: float | Decimal | None) -> str:
    if value is None:
        return "–"
    return f"{round(float(value))}%"


def decimal_id(value: float | Decimal | None, places: int = 2) -> str:
    """``56,67`` (Indonesian decimal comma, ``places`` decimals), "–" for None."""
    if value is None:
        return "–"
    return f"{float(value):.{places}f}".replace(".", ",")


def _average_percent(value: Decimal | None) -> str:
    return "–" if value is None else f"{decimal_id(value)}%"


@dataclass(frozen=True)
class ReportParticipant:
    name: str
    institution: str
    attendance_percent: float | None
    pre_percent: Decimal | None
    post_percent: Decimal | None
    status: str  # already in words
    gain: Decimal | None = None  # Hake's normalised gain of the learner


@dataclass(frozen=True)
class ReportTotals:
    nominated: int
    approved: int
    attended: int
    completed: int
    certificates: int
    pre_avg: Decimal | None = None  # average counted pre-test percent
    post_avg: Decimal | None = None
    gain: Decimal | None = None  # Hake's class gain from the paired means


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_cohort_summary_pdf(
    *,
    course_title: str,
    course_code: str,
    jp: Decimal,
    cohort_title: str,
    starts_on: date,
    ends_on: date,
    place: str,
    time_zone: str,
    trainers: Sequence[str],
    scope: str,
    totals: ReportTotals,
    participants: Sequence[ReportParticipant],
    printed_at: datetime,
) -> bytes:
    """A4 summary: cohort facts, totals, and one row per participant."""
    _register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    title = ParagraphStyle(
        "title", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18
    )
    heading = ParagraphStyle(
        "heading",
        parent=body,
        fontName=FONT_BOLD,
        fontSize=10.5,
        leading=14,
        spaceBefore=6,
        spaceAfter=3,
    )
    right = ParagraphStyle("right", parent=small, alignment=TA_RIGHT)

    story = [
        Paragraph("Ringkasan Pelaksanaan Pelatihan", title),
        Paragraph(_escape(f"{course_title} ({course_code})"), heading),
    ]
    facts = [
        ("Angkatan", cohort_title),
        ("Tanggal", f"{date_id(starts_on)} – {date_id(ends_on)} ({time_zone})"),
        ("Tempat", place or "–"),
        ("Jam pelajaran", f"{jp} JP"),
        ("Pelatih", ", ".join(trainers) or "–"),
        ("Cakupan data", scope),
    ]
    story.append(
        Table(
            [[Paragraph(k, body), Paragraph(_escape(str(v)), body)] for k, v in facts],
            colWidths=[32 * mm, 140 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
    )
    story.append(Paragraph("Rekapitulasi", heading))
    labels = ("Diusulkan", "Disetujui", "Hadir ≥ batas", "Lulus", "Sertifikat")
    values = (
        totals.nominated,
        totals.approved,
        totals.attended,
        totals.completed,
        totals.certificates,
    )
    story.append(
        Table(
            [
                [Paragraph(label, small) for label in labels],
                [Paragraph(f"<b>{value}</b>", body) for value in values],
            ],
            colWidths=[34.4 * mm] * 5,
            style=TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef6")),
                ]
            ),
        )
    )
    scores = (
        ("Rata-rata pre-test", _average_percent(totals.pre_avg)),
        ("Rata-rata post-test", _average_percent(totals.post_avg)),
        ("Gain ternormalisasi", decimal_id(totals.gain)),
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        Table(
            [
                [Paragraph(label, small) for label, _value in scores],
                [Paragraph(f"<b>{value}</b>", body) for _label, value in scores],
            ],
            colWidths=[57.3 * mm] * 3,
            style=TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef6")),
                ]
            ),
        )
    )
    story.append(Paragraph(f"Peserta ({len(participants)})", heading))
    header = ["No", "Nama", "Instansi", "Hadir", "Pre", "Post", "Gain", "Status"]
    rows = [[Paragraph(f"<b>{h}</b>", small) for h in header]]
    for number, person in enumerate(participants, start=1):
        rows.append(
            [
                Paragraph(str(number), right),
                Paragraph(_escape(person.name), small),
                Paragraph(_escape(person.institution), small),
                Paragraph(_percent(person.attendance_percent), right),
                Paragraph(_percent(person.pre_percent), right),
                Paragraph(_percent(person.post_percent), right),
                Paragraph(decimal_id(person.gain), right),
                Paragraph(_escape(person.status), small),
            ]
        )
    if not participants:
        rows.append([Paragraph("–", small)] + [""] * 7)
    story.append(
        Table(
            rows,
            colWidths=[
                9 * mm,
                50 * mm,
                39 * mm,
                14 * mm,
                13 * mm,
                13 * mm,
                13 * mm,
                21 * mm,
            ],
            repeatRows=1,
            style=TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            ),
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(
            f"Dicetak {date_id(printed_at)} pukul {printed_at:%H.%M}. Hadir: persentase "
            "sesi yang dihadiri; Pre/Post: nilai pre-test dan post-test; Gain: gain "
            "ternormalisasi Hake, (post − pre) / (100 − pre), kosong bila salah satu "
            "nilai belum ada atau pre-test 100%. Rata-rata dihitung seperti di dasbor "
            "pemantauan; gain angkatan dihitung dari rata-rata peserta yang memiliki "
            "kedua nilai.",
            small,
        )
    )

    buffer = BytesIO()

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawRightString(
            A4[0] - 18 * mm, 10 * mm, f"{cohort_title} · halaman {doc.page}"
        )
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"Ringkasan {course_code} {cohort_title}",
        author="LMS DPK",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
