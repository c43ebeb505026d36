"""Demo attempts: the learners of the demo cohorts take their pre-tests and
post-tests through the real services, at times inside each test's window, so that
the gradebook, item analysis, learning gain and grading queue show from the start.

- ARS-KONV Angkatan I (finished): every learner took the pre-test (about 40-60%),
  most the reflection quiz (essay graded by the trainer), and the post-test (about 65-95%); two failed it first and passed the remedial
  attempt; the two learners who missed days failed it. Then the cohort is closed
  with the completion rule: 6 completed, 2 not completed.
- BIMTEK-TPBIS Angkatan II (running): its learners took the pre-test; a few took
  the reflection quiz and the post-test already, and one quiz essay waits in the
  trainer's grading queue.

Responses are built from each question's key, so a learner's score follows the
plan whatever questions the bank holds. A cohort that already has attempts is left
alone (running ``seed_demo`` again changes nothing).
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from courses.models import Assessment, Attempt, Cohort, Enrolment, User
from courses.services.assessments import attempt_start, attempt_submit
from courses.services.completion import cohort_evaluate
from courses.services.grading import answer_grade

A = Assessment.Kind

ESSAYS = [
    "Arsip dinamis aktif disimpan di unit pengolah sampai masa retensi aktifnya "
    "habis sesuai JRA, lalu dipindahkan ke unit kearsipan dengan berita acara dan "
    "daftar arsip yang dipindahkan.",
    "Skema klasifikasi disusun dari fungsi, kegiatan dan transaksi instansi; kode "
    "klasifikasi dipakai sejak naskah dibuat sehingga pemberkasan dan penemuan "
    "kembali arsip menjadi konsisten.",
    "Perpustakaan desa dapat bermitra dengan BUMDes dan karang taruna untuk "
    "pelatihan literasi digital, misalnya pemasaran produk UMKM melalui media sosial "
    "memakai komputer dan internet di perpustakaan.",
    "Sebelum pemusnahan, arsip dinilai oleh panitia penilai, daftar arsip usul musnah "
    "disusun dan dimintakan persetujuan pimpinan serta pertimbangan ANRI atau lembaga "
    "kearsipan daerah sesuai ketentuan.",
]

# Share of the questions answered right per test, per learner in the order the
# cohort enrolled them: pre-test, reflection quiz, post-test attempts (a second
# share is the remedial attempt). ``None`` / ``[]``: the learner did not take it.
FINISHED_PLAN = [
    (0.50, 0.80, [0.85]),
    (0.55, 1.00, [0.90]),
    (0.40, 0.60, [0.55, 0.80]),  # remedial
    (0.60, 0.80, [0.95]),
    (0.45, 0.70, [0.75]),
    (0.45, 0.50, [0.60, 0.75]),  # remedial
    (0.40, 0.30, [0.50]),  # missed days: fails
    (0.50, None, [0.45]),  # missed days: fails
]
RUNNING_PLAN = [
    (0.50, 0.80, [0.80]),
    (0.45, 0.70, []),  # the quiz essay waits for grading
    (0.55, 0.90, [0.70]),
    (0.35, None, []),
    (0.60, None, []),
    (0.40, None, []),
    (None, None, []),  # has not taken the pre-test yet
]


def _right(kind: str, data: dict) -> object:
    if kind == "single":
        options = data.get("options", [])
        return max(range(len(options)), key=lambda i: float(options[i]["fraction"]))
    if kind == "multiple":
        return [
            i for i, o in enumerate(data.get("options", [])) if float(o["fraction"]) > 0
        ]
    if kind == "true_false":
        return bool(data.get("answer"))
    if kind == "short_answer":
        accepted = data.get("accepted", [])
        return max(accepted, key=lambda a: float(a.get("fraction", 1)))["text"]
    if kind == "numeric":
        answers = data.get("answers", [])
        return str(max(answers, key=lambda a: float(a.get("fraction", 1)))["value"])
    if kind == "matching":
        return {str(i): p["right"] for i, p in enumerate(data.get("pairs", []))}
    return None


def _wrong(kind: str, data: dict, rng: random.Random) -> object:
    if kind in ("single", "multiple"):
        options = data.get("options", [])
        wrong = [i for i, o in enumerate(options) if float(o["fraction"]) <= 0]
        choice = rng.choice(wrong) if wrong else 0
        return choice if kind == "single" else [choice]
    if kind == "true_false":
        return not bool(data.get("answer"))
    if kind == "short_answer":
        return "tidak tahu"
    if kind == "numeric":
        return "0"
    if kind == "matching":
        rights = [p["right"] for p in data.get("pairs", [])]
        return {str(i): rights[(i + 1) % len(rights)] for i in range(len(rights))}
    return None


def _essay_share(right: bool) -> Decimal:
    return Decimal("0.8") if right else Decimal("0.3")


def _plan_responses(
    attempt: Attempt, share: float, pass_mark: Decimal, rng: random.Random
) -> tuple[dict[int, object], dict[int, Decimal]]:
    """Responses by position answering about ``share`` of the questions right,
    kept on the intended side of the pass mark; and the points a trainer will
    give each essay."""
    answers = list(attempt.answers.select_related("question_version__question"))
    rng.shuffle(answers)
    right = {a.pk: i < round(share * len(answers)) for i, a in enumerate(answers)}
    should_pass = Decimal(str(share * 100)) >= pass_mark

    def percent() -> Decimal:
        total = Decimal("0")
        for a in answers:
            version = a.question_version
            if version.question.kind == "essay":
                total += version.points * _essay_share(right[a.pk])
            else:
                total += version.points if right[a.pk] else Decimal("0")
        return 100 * total / (attempt.max_score or 1)

    # Nudge one question at a time until the score is on the planned side.
    for a in answers:
        if should_pass == (percent() >= pass_mark):
            break
        right[a.pk] = should_pass
    responses, essay_points = {}, {}
    for a in answers:
        version = a.question_version
        kind = version.question.kind
        if kind == "essay":
            responses[a.position] = rng.choice(ESSAYS)
            essay_points[a.position] = (
                version.points * _essay_share(right[a.pk])
            ).quantize(Decimal("0.5"))
            continue
        responses[a.position] = (
            _right(kind, version.data)
            if right[a.pk]
            else _wrong(kind, version.data, rng)
        )
    return responses, essay_points


def _window(assessment: Assessment, cohort: Cohort) -> datetime.datetime:
    """A time inside the assessment's window (its first hour when it has one)."""
    if assessment.opens_at:
        return assessment.opens_at + datetime.timedelta(minutes=10)
    start = datetime.datetime.combine(
        cohort.starts_on, datetime.time(8, 30), tzinfo=datetime.UTC
    )
    if assessment.kind == A.POST_TEST:
        start = datetime.datetime.combine(
            cohort.ends_on, datetime.time(7, 0), tzinfo=datetime.UTC
        )
    return start


def _take(
    *,
    assessment: Assessment,
    enrolment: Enrolment,
    share: float,
    at: datetime.datetime,
    rng: random.Random,
    grader: User | None,
) -> Attempt:
    attempt = attempt_start(assessment=assessment, enrolment=enrolment, at=at)
    responses, essay_points = _plan_responses(attempt, share, assessment.pass_mark, rng)
    minutes = min(25, (assessment.time_limit_minutes or 60) - 5)
    attempt = attempt_submit(
        attempt=attempt,
        responses=responses,
        at=at + datetime.timedelta(minutes=max(2, minutes - rng.randint(0, 8))),
    )
    if grader is not None and essay_points:
        for answer in attempt.answers.filter(position__in=essay_points):
            answer_grade(
                answer=answer,
                points=essay_points[answer.position],
                comment="Sudah sesuai pokok bahasan; lengkapi dengan dasar hukumnya.",
                by=grader,
            )
    return attempt


def _first(cohort: Cohort, kind: str) -> Assessment | None:
    return cohort.assessments.filter(kind=kind).order_by("pk").first()


def _seed_cohort(
    cohort: Cohort, plan: list, *, leave_one_essay: bool, rng: random.Random
) -> None:
    tests = [_first(cohort, kind) for kind in (A.PRE_TEST, A.QUIZ, A.POST_TEST)]
    trainer = cohort.trainers.order_by("pk").first()
    enrolments = list(
        cohort.enrolments.filter(status__in=Enrolment.SEAT_STATUSES).order_by(
            "created_at", "pk"
        )
    )
    now = timezone.now()
    for index, (enrolment, (pre, quiz, post)) in enumerate(
        zip(enrolments, plan, strict=False)
    ):
        for assessment, shares in zip(
            tests, ([pre] if pre else [], [quiz] if quiz else [], post), strict=True
        ):
            if assessment is None:
                continue
            at = _window(assessment, cohort) + datetime.timedelta(minutes=3 * index)
            for number, share in enumerate(shares[: assessment.attempts_allowed]):
                taken_at = at + datetime.timedelta(hours=2 * number)
                if taken_at >= now:
                    break  # not open yet: nobody has taken it
                grader = trainer
                if leave_one_essay and assessment.kind == A.QUIZ and index == 1:
                    grader = None  # stays in the trainer's grading queue
                attempt = _take(
                    assessment=assessment,
                    enrolment=enrolment,
                    share=share,
                    at=taken_at,
                    rng=rng,
                    grader=grader,
                )
                if attempt.status != Attempt.Status.GRADED:
                    break


def _cohort(code: str, title: str) -> Cohort | None:
    return Cohort.objects.filter(course__code=code, title=title).first()


@transaction.atomic
def seed_attempts() -> None:
    """Attempts of the finished and the running demo cohort (once), then the
    finished cohort is closed with its completion rule."""
    rng = random.Random(2026)
    finished = _cohort("ARS-KONV", "Angkatan I 2026")
    running = _cohort("BIMTEK-TPBIS", "Angkatan II 2026")
    for cohort, plan, leave_one_essay in (
        (finished, FINISHED_PLAN, False),
        (running, RUNNING_PLAN, True),
    ):
        if cohort is None or Attempt.objects.filter(assessment__cohort=cohort).exists():
            continue
        _seed_cohort(cohort, plan, leave_one_essay=leave_one_essay, rng=rng)
    if finished is not None:
        cohort_evaluate(cohort=finished, final=True)
