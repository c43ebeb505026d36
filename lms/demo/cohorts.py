"""Demo cohorts: one finished, one running today, one open for nominations.

Dates are relative to the day ``seed_demo`` runs, so the demo always shows the three
states. A cohort that already exists (same course and title) is left alone.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from cms.models import CoursePage, LessonPage
from courses.models import Attendance, Cohort, Course, Enrolment, Office, Session, User
from courses.services.attendance import attendance_mark
from courses.services.enrolment import enrolment_approve, enrolment_request
from courses.services.progress import lesson_complete, lesson_view_record

A = Attendance.Status


def _at(day: datetime.date, hour: int, minute: int, zone: str) -> datetime.datetime:
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=ZoneInfo(zone)
    )


def _sessions(cohort: Cohort, topics: list[tuple[str, str]]) -> list[Session]:
    """Two sessions a day (08.00-11.45 and 13.00-16.00) from the cohort's first day."""
    sessions = []
    for index, (topic, jp) in enumerate(topics):
        day = cohort.starts_on + datetime.timedelta(days=index // 2)
        start, end = ((8, 0), (11, 45)) if index % 2 == 0 else ((13, 0), (16, 0))
        sessions.append(
            Session.objects.create(
                cohort=cohort,
                topic=topic,
                jp=Decimal(jp),
                starts_at=_at(day, *start, cohort.time_zone),
                ends_at=_at(day, *end, cohort.time_zone),
            )
        )
    return sessions


def _lessons(course: Course) -> list[LessonPage]:
    course_page = CoursePage.objects.get(course=course)
    return list(LessonPage.objects.live().descendant_of(course_page).order_by("path"))


def _enrol_and_approve(
    cohort: Cohort,
    learners: list[User],
    *,
    trainer: User,
    office: Office,
    nominator: User,
) -> list[Enrolment]:
    enrolments = []
    for learner in learners:
        enrolment = enrolment_request(
            cohort=cohort, learner=learner, nominated_by=nominator, office=office
        )
        enrolments.append(enrolment_approve(enrolment=enrolment, actor=trainer))
    return enrolments


def seed_finished_cohort(users: dict[str, User], offices: dict[str, Office]) -> Cohort:
    """ARS-KONV Angkatan I: ended a month ago in Palangka Raya. The last two learners
    missed days and lessons; the completion rule (attendance, lessons, post-test) is
    applied after the demo attempts (lms.demo.attempts)."""
    course = Course.objects.get(code="ARS-KONV")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=course,
        title="Angkatan I 2026",
        starts_on=today - datetime.timedelta(days=35),
        ends_on=today - datetime.timedelta(days=31),
        time_zone=Cohort.TimeZone.WIB,
        venue="Aula DPK Provinsi Kalimantan Tengah, Jl. Tjilik Riwut Km 3,5, Palangka Raya",
        capacity=30,
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=90),
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=40),
        organiser=offices["dpk-kalteng"],
        min_attendance_percent=80,
        requires_post_test=True,
    )
    cohort.trainers.add(users["pelatih"])
    topics = [
        ("Kebijakan dan dasar hukum kearsipan", "4"),
        ("Naskah dinas", "4"),
        ("Klasifikasi arsip", "5"),
        ("Pemberkasan arsip aktif", "6"),
        ("Penataan arsip inaktif", "5"),
        ("Jadwal Retensi Arsip", "4"),
        ("Penyusutan arsip", "5"),
        ("Alih media dan pemeliharaan arsip", "3"),
    ]
    sessions = _sessions(cohort, topics)
    learners = [
        users[f"peserta{n}" if n > 1 else "peserta"]
        for n in (1, 2, 4, 6, 8, 10, 12, 13)
    ]
    # The window is closed now: enrol as the office did back then.
    Cohort.objects.filter(pk=cohort.pk).update(enrolment_closes_at=None)
    cohort.refresh_from_db()
    enrolments = _enrol_and_approve(
        cohort,
        learners,
        trainer=users["pelatih"],
        office=offices["dpk-kalteng"],
        nominator=users["dpk-kalteng"],
    )
    Cohort.objects.filter(pk=cohort.pk).update(
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=40)
    )
    lessons = _lessons(course)
    # The last two learners missed days and lessons: they will not complete.
    for position, enrolment in enumerate(enrolments):
        diligent = position < len(enrolments) - 2
        studied = lessons if diligent else lessons[: len(lessons) // 3]
        for lesson in studied:
            if lesson.required or diligent:
                lesson_complete(enrolment=enrolment, lesson=lesson)
        for index, session in enumerate(sessions):
            if diligent:
                status = A.LATE if index == 3 and position % 3 == 0 else A.PRESENT
            else:
                status = A.PRESENT if index < 4 else A.ABSENT
            attendance_mark(
                session=session,
                enrolment=enrolment,
                status=status,
                actor=users["pelatih"],
            )
    # Who completes is decided by the completion rule once the pre-test and
    # post-test attempts are in (lms.demo.attempts.seed_attempts closes the cohort).
    return cohort


def seed_running_cohort(users: dict[str, User], offices: dict[str, Office]) -> Cohort:
    """BIMTEK-TPBIS Angkatan II: four days in Samarinda (WITA), today is day two."""
    course = Course.objects.get(code="BIMTEK-TPBIS")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=course,
        title="Angkatan II 2026",
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=2),
        time_zone=Cohort.TimeZone.WITA,
        venue="Gedung Perpustakaan Provinsi Kalimantan Timur, Jl. Ir. H. Juanda, Samarinda",
        capacity=25,
        organiser=offices["dpk-kaltim"],
        min_attendance_percent=80,
        requires_post_test=True,
    )
    cohort.trainers.add(users["pelatih2"])
    topics = [
        ("Kebijakan TPBIS dan peran perpustakaan daerah", "4"),
        ("Analisis kebutuhan masyarakat", "4"),
        ("Perancangan program dan otomasi perpustakaan", "4"),
        ("Perpustakaan digital, internet publik dan media sosial", "4"),
        ("Pelibatan masyarakat dan kemitraan", "4"),
        ("Advokasi dan kegiatan literasi", "4"),
        ("Monitoring, evaluasi dan cerita perubahan", "4"),
        ("Rencana tindak lanjut", "4"),
    ]
    sessions = _sessions(cohort, topics)
    learners = [
        users[name]
        for name in (
            "peserta",
            "peserta3",
            "peserta5",
            "peserta7",
            "peserta9",
            "peserta11",
            "peserta13",
        )
    ]
    enrolments = _enrol_and_approve(
        cohort,
        learners,
        trainer=users["pelatih2"],
        office=offices["dpk-kaltim"],
        nominator=users["dpk-kaltim"],
    )
    # Nominations closed two days before the first day.
    Cohort.objects.filter(pk=cohort.pk).update(
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=45),
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=3),
    )
    lessons = _lessons(course)
    for position, enrolment in enumerate(enrolments):
        for lesson in lessons[: 4 + position]:
            lesson_view_record(enrolment=enrolment, lesson=lesson)
            if position % 2 == 0:
                lesson_complete(enrolment=enrolment, lesson=lesson)
        # Yesterday's two sessions are recorded; today's morning one for most.
        for session in sessions[:2]:
            status = A.EXCUSED if position == 5 else A.PRESENT
            attendance_mark(
                session=session,
                enrolment=enrolment,
                status=status,
                actor=users["pelatih2"],
            )
        if position < 5:
            attendance_mark(
                session=sessions[2],
                enrolment=enrolment,
                status=A.LATE if position == 4 else A.PRESENT,
                actor=users["pelatih2"],
            )
    return cohort


def seed_open_cohort(users: dict[str, User], offices: dict[str, Office]) -> Cohort:
    """ARS-ELEK Angkatan III: next month in Palangka Raya, open for nominations."""
    course = Course.objects.get(code="ARS-ELEK")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=course,
        title="Angkatan III 2026",
        starts_on=today + datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=33),
        time_zone=Cohort.TimeZone.WIB,
        venue="Ruang Pelatihan DPK Kota Palangka Raya, Jl. Diponegoro, Palangka Raya",
        capacity=40,
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=3),
        enrolment_closes_at=timezone.now() + datetime.timedelta(days=21),
        organiser=offices["dpk-kalteng"],
        requires_post_test=True,
    )
    cohort.trainers.add(users["pelatih2"], users["pelatih"])
    _sessions(
        cohort,
        [
            ("Konsep arsip elektronik dan SPBE", "3.5"),
            ("Naskah masuk dan disposisi di SRIKANDI", "3.5"),
            ("Naskah keluar dan tanda tangan elektronik", "3.5"),
            ("Pemberkasan arsip elektronik", "3.5"),
            ("Retensi dan penyusutan arsip elektronik", "3.5"),
            ("Alih media arsip", "3.5"),
            ("Keamanan dan preservasi arsip digital", "3.5"),
            ("Praktik terpadu SRIKANDI", "3.5"),
        ],
    )
    for name in ("peserta2", "peserta8", "peserta10"):
        enrolment_request(
            cohort=cohort,
            learner=users[name],
            nominated_by=users["dpk-palangkaraya"],
            office=offices["dpk-palangkaraya"],
        )
    enrolment_request(cohort=cohort, learner=users["peserta12"])  # self sign-up
    return cohort


@transaction.atomic
def seed_cohorts(*, users: dict[str, User]) -> list[Cohort]:
    offices = {office.staff.first().username: office for office in Office.objects.all()}
    seeds = [
        ("ARS-KONV", "Angkatan I 2026", seed_finished_cohort),
        ("BIMTEK-TPBIS", "Angkatan II 2026", seed_running_cohort),
        ("ARS-ELEK", "Angkatan III 2026", seed_open_cohort),
    ]
    cohorts = []
    for code, title, seed in seeds:
        existing = Cohort.objects.filter(course__code=code, title=title).first()
        cohorts.append(existing or seed(users, offices))
    return cohorts
