"""Build a large, realistic monitoring dataset: learners spread over the Kemendagri
regions of several provinces, their institutions, DPK offices with a staff account
each, cohorts, enrolments, attendance, lesson progress and pre/post-test attempts.

    manage.py generate_monitoring_data --learners 100000 --rows 1000000 --seed 7

``--rows`` is the number of attendance + lesson-progress rows (about half each).
Everything is written with ``bulk_create`` in batches, so memory stays flat; the
same ``--seed`` (and the same day) gives the same dataset. Generated records are
marked (usernames ``gen-…``, course codes ``GEN-…``); ``--replace`` deletes a
previous run first, otherwise a second run is refused. ``--small`` builds a few
hundred learners for tests.
"""

import random
import time
from datetime import datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from courses.models import (
    Assessment,
    Attempt,
    Attendance,
    Cohort,
    Course,
    Enrolment,
    Institution,
    LessonProgress,
    Office,
    Profile,
    Region,
    Session,
    User,
)
from courses.roles import OFFICE_STAFF, role_groups_ensure

PREFIX_USER = "gen-"
PREFIX_COURSE = "GEN-"
DEFAULT_PROVINCES = "61,62,63,64,65"  # the five Kalimantan provinces
SESSIONS_PER_COHORT = 4
LESSONS_PER_COURSE = 4
LEARNERS_PER_COHORT = 35
ZONE_BY_PROVINCE = {"61": "Asia/Jakarta", "62": "Asia/Jakarta"}  # others WITA

FIRST = (
    "Siti Ahmad Budi Rina Dewi Agus Sri Nur Muhammad Putri Rahmat Fitri Andi Yuni "
    "Eko Wahyu Dian Hendra Ayu Rizky Indah Bayu Lestari Fajar Maya Dedi Ratna Hadi "
    "Yusuf Aminah Ketut Made Ni Luh Gusti Daeng Taufik Ilham Nurul Sari Joko"
).split()
LAST = (
    "Aminah Santoso Wulandari Hidayat Saputra Kurniawan Lestari Pratama Siregar "
    "Nasution Wijaya Setiawan Rahman Hakim Purnomo Susanti Handayani Gunawan Utomo "
    "Permana Mappasessu Cahyaningsih Harahap Simanjuntak Tambunan Rangkuti Nugroho"
).split()
TITLES = ("", "", "", "S.Sos.", "S.I.Pust.", "A.Md.", "S.E.", "M.Si.", "S.Kom.")
INSTITUTION_KINDS = (
    (Institution.Type.GOVERNMENT_UNIT, "Sekretariat Daerah"),
    (Institution.Type.GOVERNMENT_UNIT, "Dinas Pendidikan"),
    (Institution.Type.ARCHIVE_INSTITUTION, "Kantor Arsip Daerah"),
    (Institution.Type.SCHOOL, "SMA Negeri 1"),
    (Institution.Type.UNIVERSITY, "Universitas"),
)
COURSES = (
    ("Pengelolaan Arsip Dinamis", "32", Course.CompetencyArea.RECORDS),
    ("Alih Media Arsip Digital", "24", Course.CompetencyArea.ELECTRONIC_RECORDS),
    ("Pengelolaan Perpustakaan Sekolah", "16", Course.CompetencyArea.LIBRARY_ICT),
    (
        "Layanan Perpustakaan Berbasis Inklusi Sosial",
        "12",
        Course.CompetencyArea.LIBRARY_ICT,
    ),
    ("Penyusunan Jadwal Retensi Arsip", "8", Course.CompetencyArea.RECORDS),
    ("Literasi Digital untuk Pustakawan Desa", "6", Course.CompetencyArea.LIBRARY_ICT),
)


class Command(BaseCommand):
    help = (
        "Generate a large monitoring dataset (learners, cohorts, attendance, progress)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--learners", type=int, default=100_000)
        parser.add_argument(
            "--rows",
            type=int,
            default=1_000_000,
            help="attendance + lesson-progress rows to create",
        )
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--provinces", default=DEFAULT_PROVINCES)
        parser.add_argument("--batch", type=int, default=5000)
        parser.add_argument(
            "--small", action="store_true", help="300 learners, 3000 rows"
        )
        parser.add_argument("--replace", action="store_true")

    def handle(self, *args, **options) -> None:
        if options["small"]:
            options["learners"], options["rows"] = 300, 3000
        self.rng = random.Random(options["seed"])
        self.batch = options["batch"]
        self.verbosity = options["verbosity"]
        self.today = timezone.localdate()
        if not Region.objects.exists():
            call_command("loaddata", "regions", verbosity=0)
        provinces = [code.strip() for code in options["provinces"].split(",") if code]
        if Region.objects.filter(code__in=provinces).count() != len(provinces):
            raise CommandError(f"Unknown province code in {provinces}.")
        if Course.objects.filter(code__startswith=PREFIX_COURSE).exists():
            if not options["replace"]:
                raise CommandError(
                    "Generated data already exists; use --replace to build it again."
                )
            self._delete()
        started = time.monotonic()
        with transaction.atomic():
            counts = self._generate(provinces, options["learners"], options["rows"])
        seconds = time.monotonic() - started
        if self.verbosity:
            summary = ", ".join(f"{name} {n:,}" for name, n in counts.items())
            self.stdout.write(f"Generated in {seconds:.0f} s: {summary}\n")

    # --- helpers --------------------------------------------------------------------

    def _log(self, message: str) -> None:
        if self.verbosity > 1:
            self.stdout.write(message)

    def _bulk(self, model, objects, *, returning: bool = False) -> list:
        created = []
        for start in range(0, len(objects), self.batch):
            chunk = model.objects.bulk_create(objects[start : start + self.batch])
            if returning:
                created.extend(chunk)
        return created

    def _delete(self) -> None:
        enrolments = Enrolment.objects.filter(
            cohort__course__code__startswith=PREFIX_COURSE
        )
        Attempt.objects.filter(enrolment__in=enrolments).delete()
        Attendance.objects.filter(enrolment__in=enrolments).delete()
        LessonProgress.objects.filter(enrolment__in=enrolments).delete()
        enrolments.delete()
        Cohort.objects.filter(course__code__startswith=PREFIX_COURSE).delete()
        from cms.models import CoursePage

        for page in CoursePage.objects.filter(course__code__startswith=PREFIX_COURSE):
            page.delete()
        Course.objects.filter(code__startswith=PREFIX_COURSE).delete()
        Office.objects.filter(institution__name__startswith="Gen ").delete()
        Profile.objects.filter(user__username__startswith=PREFIX_USER).delete()
        User.objects.filter(username__startswith=PREFIX_USER).delete()
        Institution.objects.filter(name__startswith="Gen ").delete()

    # --- the dataset ----------------------------------------------------------------

    def _generate(self, provinces: list[str], learners: int, rows: int) -> dict:
        rng = self.rng
        regions = list(Region.objects.filter(parent_id__in=provinces).order_by("code"))
        courses = self._courses()
        lesson_ids = {course.pk: self._lessons(course) for course in courses}
        institutions = self._institutions(provinces, regions)
        offices = self._offices(provinces, regions)
        by_province: dict[str, list[Institution]] = {}
        for institution in institutions:
            by_province.setdefault(institution.region_id[:2], []).append(institution)

        # An enrolment has at most 8 rows (4 sessions, 4 lessons); about 78% of
        # enrolments hold a seat in a cohort that has started. Each learner takes
        # one training or more.
        enrolments_wanted = max(learners, rows // 6)
        cohorts = self._cohorts(provinces, courses, offices, enrolments_wanted)
        office_region = {o.pk: o.region_id for o in offices}
        cohorts_by_province: dict[str, list[Cohort]] = {}
        for cohort in cohorts:
            province = office_region[cohort.organiser_id]
            cohorts_by_province.setdefault(province, []).append(cohort)
        sessions = self._sessions(cohorts)
        assessments = self._assessments(cohorts)

        people = self._learners(learners, provinces, by_province)
        per_learner = enrolments_wanted / learners
        rows_per_enrolment = min(8.0, rows / (enrolments_wanted * 0.78))
        counts = {
            "learners": len(people),
            "institutions": len(institutions),
            "offices": len(offices),
            "cohorts": len(cohorts),
            "enrolments": 0,
            "attendance": 0,
            "lesson progress": 0,
            "attempts": 0,
        }
        pending: list[tuple[Enrolment, Cohort]] = []
        for user_id, province in people:
            k = int(per_learner) + (rng.random() < per_learner % 1)
            choices = cohorts_by_province[province]
            for cohort in rng.sample(choices, min(max(k, 1), len(choices))):
                pending.append(
                    (
                        Enrolment(
                            cohort_id=cohort.pk,
                            learner_id=user_id,
                            status=self._status(cohort),
                            created_at=self._at(cohort.starts_on, -20),
                            status_changed_at=self._at(cohort.starts_on, -10),
                        ),
                        cohort,
                    )
                )
            if len(pending) >= self.batch:
                self._enrolment_batch(
                    pending,
                    sessions,
                    lesson_ids,
                    assessments,
                    rows_per_enrolment,
                    counts,
                )
                pending = []
        if pending:
            self._enrolment_batch(
                pending, sessions, lesson_ids, assessments, rows_per_enrolment, counts
            )
        return counts

    def _at(self, day, offset_days: int = 0, hour: int = 9) -> datetime:
        moment = datetime.combine(day + timedelta(days=offset_days), dtime(hour))
        return moment.replace(tzinfo=ZoneInfo("Asia/Jakarta"))

    def _courses(self) -> list[Course]:
        return [
            Course.objects.create(
                code=f"{PREFIX_COURSE}{n:02d}",
                title=title,
                jp=Decimal(jp),
                competency_area=area,
                delivery_mode=Course.DeliveryMode.BLENDED,
            )
            for n, (title, jp, area) in enumerate(COURSES, start=1)
        ]

    def _lessons(self, course: Course) -> list[int]:
        """A published course page with one module of required lessons."""
        from cms.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
        from cms.services import home_page_ensure

        def publish(parent, page):
            parent.add_child(instance=page)
            page.save_revision().publish()
            return page

        catalogue = CourseIndexPage.objects.first()
        if catalogue is None:
            home = home_page_ensure(title="Beranda")
            catalogue = publish(
                home, CourseIndexPage(title="Pelatihan", slug="pelatihan")
            )
        course_page = publish(
            catalogue,
            CoursePage(title=course.title, slug=course.code.lower(), course=course),
        )
        module = publish(course_page, ModulePage(title="Modul 1", slug="modul-1"))
        return [
            publish(
                module,
                LessonPage(title=f"Pelajaran {n}", slug=f"pelajaran-{n}", summary="-"),
            ).pk
            for n in range(1, LESSONS_PER_COURSE + 1)
        ]

    def _institutions(self, provinces, regions) -> list[Institution]:
        objects = []
        for region in regions:
            for kind, name in INSTITUTION_KINDS:
                objects.append(
                    Institution(
                        name=f"Gen {name} {region.name}", type=kind, region=region
                    )
                )
        return self._bulk(Institution, objects, returning=True)

    def _offices(self, provinces, regions) -> list[Office]:
        """One DPK office per province and per kabupaten/kota, each with a staff
        account ``gen-dpk-<code>`` (password unusable)."""
        places = list(Region.objects.filter(code__in=provinces)) + regions
        institutions = self._bulk(
            Institution,
            [
                Institution(
                    name=f"Gen Dinas Perpustakaan dan Kearsipan {region.name}",
                    type=Institution.Type.DPK,
                    region=region,
                )
                for region in places
            ],
            returning=True,
        )
        offices = self._bulk(
            Office,
            [Office(institution=i, region_id=i.region_id) for i in institutions],
            returning=True,
        )
        staff = self._bulk(
            User,
            [
                User(username=f"{PREFIX_USER}dpk-{o.region_id}", password="!")
                for o in offices
            ],
            returning=True,
        )
        group = role_groups_ensure()[OFFICE_STAFF]
        group.user_set.add(*staff)
        Office.staff.through.objects.bulk_create(
            [
                Office.staff.through(office_id=o.pk, user_id=u.pk)
                for o, u in zip(offices, staff, strict=True)
            ]
        )
        return offices

    def _cohorts(self, provinces, courses, offices, enrolments_wanted) -> list[Cohort]:
        rng = self.rng
        province_office = {o.region_id: o for o in offices if "." not in o.region_id}
        n = max(len(provinces) * len(courses), enrolments_wanted // LEARNERS_PER_COHORT)
        objects = []
        for i in range(n):
            province = provinces[i % len(provinces)]
            course = courses[(i // len(provinces)) % len(courses)]
            starts_on = self.today - timedelta(days=rng.randint(-60, 540))
            objects.append(
                Cohort(
                    course=course,
                    title=f"Angkatan {i + 1} {starts_on.year}",
                    starts_on=starts_on,
                    ends_on=starts_on + timedelta(days=SESSIONS_PER_COHORT - 1),
                    time_zone=ZONE_BY_PROVINCE.get(province, "Asia/Makassar"),
                    venue=f"Aula {province_office[province].institution.name}",
                    capacity=LEARNERS_PER_COHORT * 3,
                    organiser=province_office[province],
                    requires_approval=True,
                )
            )
        return self._bulk(Cohort, objects, returning=True)

    def _sessions(self, cohorts) -> dict[int, list[Session]]:
        objects = [
            Session(
                cohort_id=cohort.pk,
                starts_at=self._at(cohort.starts_on, day, 8),
                ends_at=self._at(cohort.starts_on, day, 16),
                topic=f"Hari {day + 1}",
                jp=Decimal("8"),
            )
            for cohort in cohorts
            for day in range(SESSIONS_PER_COHORT)
        ]
        by_cohort: dict[int, list[Session]] = {}
        for session in self._bulk(Session, objects, returning=True):
            by_cohort.setdefault(session.cohort_id, []).append(session)
        return by_cohort

    def _assessments(self, cohorts) -> dict[int, tuple[int, int]]:
        objects = [
            Assessment(cohort_id=cohort.pk, kind=kind, title=title)
            for cohort in cohorts
            for kind, title in (
                (Assessment.Kind.PRE_TEST, "Pre-test"),
                (Assessment.Kind.POST_TEST, "Post-test"),
            )
        ]
        created = self._bulk(Assessment, objects, returning=True)
        return {
            pre.cohort_id: (pre.pk, post.pk)
            for pre, post in zip(created[::2], created[1::2], strict=True)
        }

    def _learners(self, n, provinces, by_province) -> list[tuple[int, str]]:
        rng = self.rng
        result = []
        for start in range(0, n, self.batch):
            size = min(self.batch, n - start)
            users = User.objects.bulk_create(
                [
                    User(
                        username=f"{PREFIX_USER}{start + i:07d}",
                        email=f"{PREFIX_USER}{start + i:07d}@contoh.go.id",
                        password="!",
                    )
                    for i in range(size)
                ]
            )
            profiles = []
            for i, user in enumerate(users):
                province = rng.choice(provinces)
                institution = rng.choice(by_province[province])
                is_civil_servant = rng.random() < 0.65
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                title = rng.choice(TITLES)
                profiles.append(
                    Profile(
                        user=user,
                        full_name=f"{name}, {title}" if title else name,
                        nip=(
                            f"19{rng.randint(60, 99)}{rng.randint(1, 12):02d}01"
                            f"20{start + i:08d}"
                            if is_civil_servant
                            else ""
                        ),
                        sex=rng.choice("LP"),
                        institution=institution,
                        position="Arsiparis" if rng.random() < 0.5 else "Pustakawan",
                    )
                )
                result.append((user.pk, province))
            Profile.objects.bulk_create(profiles)
            self._log(f"learners {start + size:,}")
        return result

    def _status(self, cohort: Cohort) -> str:
        r = self.rng.random()
        S = Enrolment.Status
        if cohort.starts_on > self.today:
            return S.REQUESTED if r < 0.5 else S.APPROVED
        if cohort.ends_on >= self.today:
            return S.ACTIVE if r < 0.9 else S.WITHDRAWN
        if r < 0.72:
            return S.COMPLETED
        if r < 0.88:
            return S.NOT_COMPLETED
        return S.REJECTED if r < 0.94 else S.WITHDRAWN

    def _enrolment_batch(
        self, pending, sessions, lesson_ids, assessments, rows_per_enrolment, counts
    ) -> None:
        rng = self.rng
        enrolments = Enrolment.objects.bulk_create([e for e, _ in pending])
        attendance, progress, attempts = [], [], []
        lesson_share = (
            max(rows_per_enrolment - SESSIONS_PER_COHORT, 0) / LESSONS_PER_COURSE
        )
        session_share = (
            min(rows_per_enrolment, SESSIONS_PER_COHORT) / SESSIONS_PER_COHORT
        )
        for enrolment, (_, cohort) in zip(enrolments, pending, strict=True):
            if enrolment.status not in Enrolment.SEAT_STATUSES:
                continue
            good = enrolment.status == Enrolment.Status.COMPLETED
            for session in sessions[cohort.pk]:
                if (
                    session.starts_at.date() > self.today
                    or rng.random() > session_share
                ):
                    continue
                roll = rng.random()
                status = (
                    Attendance.Status.PRESENT
                    if roll < (0.9 if good else 0.6)
                    else Attendance.Status.LATE
                    if roll < 0.95
                    else Attendance.Status.ABSENT
                )
                attendance.append(
                    Attendance(
                        session_id=session.pk,
                        enrolment_id=enrolment.pk,
                        status=status,
                        method=Attendance.Method.ROSTER,
                        recorded_at=session.starts_at,
                    )
                )
            for n, lesson_id in enumerate(lesson_ids[cohort.course_id]):
                if rng.random() > lesson_share:
                    continue
                viewed = self._at(cohort.starts_on, n % SESSIONS_PER_COHORT, 10)
                progress.append(
                    LessonProgress(
                        enrolment_id=enrolment.pk,
                        lesson_id=lesson_id,
                        first_viewed_at=viewed,
                        last_viewed_at=viewed,
                        completed_at=viewed if good or rng.random() < 0.6 else None,
                    )
                )
            if cohort.starts_on <= self.today and rng.random() < 0.8:
                pre_id, post_id = assessments[cohort.pk]
                pre = rng.randint(20, 80)
                pairs = [(pre_id, pre, 0)]
                if cohort.ends_on < self.today:
                    post = min(100, pre + rng.randint(-5, 50) + (15 if good else 0))
                    pairs.append((post_id, post, SESSIONS_PER_COHORT - 1))
                for assessment_id, score, day in pairs:
                    moment = self._at(cohort.starts_on, day, 14)
                    attempts.append(
                        Attempt(
                            assessment_id=assessment_id,
                            enrolment_id=enrolment.pk,
                            number=1,
                            seed=rng.getrandbits(32),
                            status=Attempt.Status.GRADED,
                            started_at=moment,
                            submitted_at=moment + timedelta(minutes=30),
                            score=Decimal(score),
                            max_score=Decimal("100"),
                        )
                    )
        self._bulk(Attendance, attendance)
        self._bulk(LessonProgress, progress)
        self._bulk(Attempt, attempts)
        counts["enrolments"] += len(enrolments)
        counts["attendance"] += len(attendance)
        counts["lesson progress"] += len(progress)
        counts["attempts"] += len(attempts)
        self._log(f"enrolments {counts['enrolments']:,}")
