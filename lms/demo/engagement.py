"""Demo TP-BIS community activities: what trained people and offices did for their
communities after a bimtek. Idempotent (an activity with the same title and
institution is not recorded twice); goes through the engagement services, so the
demo follows the same rules as the forms."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from courses.models import CommunityActivity, Enrolment, Institution, Region, User
from courses.services.engagement import community_activity_create

K = CommunityActivity.Kind


@dataclass(frozen=True)
class DemoActivity:
    recorder: str  # username
    days_ago: int
    kind: str
    title: str
    region: str
    counts: tuple[
        int, int, int, int, int, int
    ]  # L, P, children, adults, elderly, disab.
    partners: str
    outputs: str
    institution: str = ""  # office-recorded only; learners use their own
    course: str = ""  # the completed training it follows (learners)


ACTIVITIES = (
    DemoActivity(
        "peserta2",
        26,
        K.DIGITAL,
        "Kelas literasi digital untuk pelaku UMKM di Perpustakaan Kelurahan Bukit Tunggal",
        "62.71",
        (9, 14, 0, 21, 2, 1),
        "Kelurahan Bukit Tunggal, Rumah BUMN Palangka Raya",
        "23 pelaku UMKM membuat akun katalog produk; jadwal kelas lanjutan tiap bulan.",
        course="ARS-KONV",
    ),
    DemoActivity(
        "peserta",
        19,
        K.ARCHIVE_SERVICE,
        "Pendampingan penataan arsip desa di Desa Tumbang Nusa",
        "62.11",
        (6, 4, 0, 10, 0, 0),
        "Pemerintah Desa Tumbang Nusa, DPK Kabupaten Pulang Pisau",
        "Daftar arsip aktif desa 2024–2025 dan 38 berkas tertata menurut klasifikasi.",
        course="ARS-KONV",
    ),
    DemoActivity(
        "peserta8",
        12,
        K.SOCIALISATION,
        "Sosialisasi pengelolaan arsip organisasi kemahasiswaan Universitas Palangka Raya",
        "62.71",
        (17, 25, 0, 42, 0, 2),
        "Biro Akademik Universitas Palangka Raya",
        "Pedoman singkat pemberkasan arsip organisasi untuk 14 UKM.",
        course="ARS-KONV",
    ),
    DemoActivity(
        "peserta10",
        5,
        K.LITERACY,
        "Gerakan gemar membaca dan pojok baca untuk siswa dan orang tua SMA Negeri 2",
        "62.71",
        (20, 31, 38, 13, 0, 1),
        "Komite Sekolah SMA Negeri 2 Palangka Raya",
        "Pojok baca dengan 150 buku donasi; jadwal membaca bersama tiap Jumat.",
        course="ARS-KONV",
    ),
    DemoActivity(
        "dpk-kaltim",
        15,
        K.TRAINING,
        "Pelatihan pengelolaan perpustakaan desa bagi pengelola TBM di Kutai Kartanegara",
        "64.02",
        (8, 19, 0, 25, 2, 1),
        "Forum TBM Kalimantan Timur, Pemerintah Kecamatan Tenggarong",
        "12 TBM memakai format inventaris buku yang sama; grup pendampingan daring.",
        institution="Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur",
    ),
    DemoActivity(
        "dpk-kaltim",
        4,
        K.DIGITAL,
        "Layanan internet publik dan kelas membuat surat lamaran daring di Perpustakaan Kota Samarinda",
        "64.72",
        (11, 9, 4, 16, 0, 3),
        "Universitas Mulawarman, Karang Taruna Samarinda Ulu",
        "20 peserta mengirim lamaran kerja daring; 3 peserta difabel didampingi relawan.",
        institution="Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur",
    ),
)


def seed_engagement(*, users: dict[str, User]) -> list[CommunityActivity]:
    """Record the demo activities that are not there yet; return all of them."""
    today = timezone.localdate()
    recorded = []
    for demo in ACTIVITIES:
        user = users[demo.recorder]
        enrolment = None
        if demo.course:
            enrolment = Enrolment.objects.filter(
                learner=user,
                cohort__course__code=demo.course,
                status=Enrolment.Status.COMPLETED,
            ).first()
            if enrolment is None:  # the demo cohort did not complete them
                continue
            institution = user.profile.institution
        else:
            institution = Institution.objects.get(name=demo.institution)
        existing = CommunityActivity.objects.filter(
            title=demo.title, institution=institution
        ).first()
        if existing:
            recorded.append(existing)
            continue
        male, female, children, adults, elderly, disability = demo.counts
        recorded.append(
            community_activity_create(
                recorded_by=user,
                institution=institution,
                region=Region.objects.get(code=demo.region),
                enrolment=enrolment,
                held_on=today - datetime.timedelta(days=demo.days_ago),
                kind=demo.kind,
                title=demo.title,
                participants_male=male,
                participants_female=female,
                participants_children=children,
                participants_adults=adults,
                participants_elderly=elderly,
                participants_disability=disability,
                partners=demo.partners,
                outputs=demo.outputs,
            )
        )
    return recorded
