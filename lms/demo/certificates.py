"""Demo certificates: the templates of the two provincial DPK offices, then the
certificates of the finished cohort issued through the real path.

``seed_certificate_templates`` runs before the cohorts (completion issues the
certificate at once, so the template must already be there);
``seed_certificates`` runs last: it issues what completion has not issued yet,
draws every PDF now (no Celery worker is needed; the queued tasks find them drawn
and skip), revokes one with a reason and reissues one after a correction, so a
newcomer sees valid, revoked and replaced certificates. Idempotent.

The logos and signatures are drawn here (fictional emblems, not real coats of
arms); the names and NIPs of the signatories are fictional too.
"""

import io
import math
import random

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from certificates import pdf as certificate_pdf
from certificates.models import Certificate, CertificateSignatory, CertificateTemplate
from certificates.services import (
    certificate_issue,
    certificate_reissue,
    certificate_render_pdf,
    certificate_revoke,
    certificate_template_save,
)
from courses.models import Cohort, Enrolment, Office, User

S = Certificate.Status

TEMPLATES = [
    {
        "office": "62",
        "name": "Sertifikat pelatihan DPK Provinsi Kalimantan Tengah",
        "heading": "PEMERINTAH PROVINSI KALIMANTAN TENGAH\n"
        "DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "place": "Palangka Raya",
        "number_pattern": "800/{seq:03d}/DPK-KT/{roman_month}/{year}",
        "emblem": "KT",
        "signatories": [
            (
                "Yohanes Dedy Kurniawan, S.E.",
                "Kepala Bidang Pembinaan Kearsipan",
                "Pembina (IV/a)",
                "197811032005011007",
            ),
            (
                "Dr. H. Ahmad Syarifuddin, M.Si.",
                "Kepala Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah",
                "Pembina Utama Muda (IV/c)",
                "196805121994031007",
            ),
        ],
    },
    {
        "office": "64",
        "name": "Sertifikat pelatihan DPK Provinsi Kalimantan Timur",
        "heading": "PEMERINTAH PROVINSI KALIMANTAN TIMUR\n"
        "DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "place": "Samarinda",
        "number_pattern": "800/{seq:03d}/DPK-KALTIM/{roman_month}/{year}",
        "emblem": "KTM",
        "signatories": [
            (
                "Hj. Rahmawati Sulaiman, S.Sos., M.AP.",
                "Kepala Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur",
                "Pembina Utama Muda (IV/c)",
                "197002141995032003",
            ),
        ],
    },
]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(certificate_pdf.FONTS / "DejaVuSerif-Bold.ttf"), size)


def _png(image: Image.Image) -> ContentFile:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return ContentFile(buffer.getvalue())


def demo_emblem(letters: str) -> ContentFile:
    """A round navy and gold emblem with a book and the office's letters."""
    size = 360
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    navy, gold = (27, 47, 91, 255), (176, 141, 46, 255)
    draw.ellipse((6, 6, size - 6, size - 6), fill=gold)
    draw.ellipse((22, 22, size - 22, size - 22), fill=navy)
    draw.ellipse((40, 40, size - 40, size - 40), outline=gold, width=4)
    # an open book
    cx, cy = size // 2, size // 2 - 30
    draw.polygon(
        [(cx, cy + 10), (cx - 90, cy - 20), (cx - 90, cy + 50), (cx, cy + 80)],
        fill=(255, 255, 255, 255),
    )
    draw.polygon(
        [(cx, cy + 10), (cx + 90, cy - 20), (cx + 90, cy + 50), (cx, cy + 80)],
        fill=(236, 236, 236, 255),
    )
    draw.line([(cx, cy + 10), (cx, cy + 80)], fill=navy, width=3)
    font = _font(64 if len(letters) < 3 else 52)
    box = draw.textbbox((0, 0), letters, font=font)
    draw.text((cx - (box[2] - box[0]) / 2, cy + 100), letters, font=font, fill=gold)
    return _png(image)


def demo_signature(name: str) -> ContentFile:
    """A pen stroke that looks handwritten, the same for the same name."""
    rng = random.Random(name)
    width, height = 420, 150
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    loops = 4 + rng.randint(0, 2)
    for step in range(240):
        t = step / 239
        x = 30 + t * (width - 80)
        y = (
            height / 2
            + math.sin(t * loops * math.pi * 2 + rng.random() * 0.2)
            * (35 * (1 - t * 0.6))
            + math.sin(t * 23) * 6
        )
        x += math.cos(t * loops * math.pi * 2) * 18
        points.append((x, y))
    draw.line(points, fill=(20, 35, 110, 255), width=4, joint="curve")
    draw.line(
        [(40, height - 30), (width - 60, height - 42)], fill=(20, 35, 110, 255), width=3
    )
    return _png(image)


def seed_certificate_templates() -> list[CertificateTemplate]:
    """One template per provincial office, with drawn logo and signatures."""
    templates = []
    for spec in TEMPLATES:
        office = Office.objects.filter(region_id=spec["office"]).first()
        if office is None:
            continue
        existing = CertificateTemplate.objects.filter(name=spec["name"]).first()
        if existing is not None:
            templates.append(existing)
            continue
        template = CertificateTemplate(
            name=spec["name"],
            office=office,
            heading=spec["heading"],
            place=spec["place"],
            number_pattern=spec["number_pattern"],
        )
        template.logo.save(
            f"logo-{spec['emblem'].lower()}.png",
            demo_emblem(spec["emblem"]),
            save=False,
        )
        signatories = []
        for name, position, rank, nip in spec["signatories"]:
            signatory = CertificateSignatory(
                name=name, position=position, rank=rank, nip=nip
            )
            signatory.signature.save(f"ttd-{nip}.png", demo_signature(name), save=False)
            signatories.append(signatory)
        templates.append(
            certificate_template_save(template=template, signatories=signatories)
        )
    return templates


def seed_certificates() -> list[Certificate]:
    """Certificates of the finished cohort: issued, drawn, one revoked, one reissued."""
    seed_certificate_templates()
    cohort = Cohort.objects.filter(
        course__code="ARS-KONV", title="Angkatan I 2026"
    ).first()
    if cohort is None:
        return []
    officer = User.objects.filter(username="dpk-kalteng").first()
    certificates = []
    completed = cohort.enrolments.filter(status=Enrolment.Status.COMPLETED).order_by(
        "pk"
    )
    for enrolment in completed:
        certificate = certificate_issue(enrolment=enrolment, by=officer)
        certificates.append(certificate_render_pdf(certificate=certificate))
    current = Certificate.objects.filter(enrolment__cohort=cohort).exclude(
        status=S.REPLACED
    )
    if len(certificates) >= 3 and not current.filter(status=S.REVOKED).exists():
        certificate_revoke(
            certificate=certificates[-1],
            reason="Daftar hadir hari ketiga tidak sesuai dengan rekap panitia; "
            "sertifikat dicabut atas permintaan penyelenggara.",
            by=officer,
        )
    has_replaced = Certificate.objects.filter(
        enrolment__cohort=cohort, status=S.REPLACED
    )
    if len(certificates) >= 3 and not has_replaced.exists():
        replacement = certificate_reissue(
            certificate=certificates[0],
            by=officer,
            reason="Tanda tangan Kepala Dinas pada cetakan pertama belum dibubuhkan.",
        )
        certificate_render_pdf(certificate=replacement)
    return list(current.order_by("serial"))
