"""Named reads of certificates, shared by views, pages, tasks and the admin.

Lists return the *current* certificate of each enrolment (valid or revoked); a
certificate replaced by a corrected one is only found by its code or hash, where the
verification page says it was replaced.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from certificates.exceptions import message_for
from certificates.models import Certificate, CertificateBatch, CertificateTemplate
from certificates.verification import CODE_RE, normalise_code, signature_matches
from courses.models import Cohort, Enrolment, User
from courses.models.regions import region_scope_q

S = Certificate.Status
# A bulk run not finished after this long was lost (broker down, task dropped): the
# progress bar stops waiting for it.
BATCH_STALE_AFTER = timedelta(hours=1)


def _current() -> QuerySet[Certificate]:
    return Certificate.objects.exclude(status=S.REPLACED)


def _with_people(queryset: QuerySet[Certificate]) -> QuerySet[Certificate]:
    return queryset.select_related(
        "enrolment__learner__profile__institution",
        "enrolment__cohort__course",
        "enrolment__cohort__organiser__institution",
    )


def certificate_template_for(*, cohort: Cohort) -> CertificateTemplate | None:
    """The active template that fits ``cohort`` most specifically.

    Cohort beats course beats office beats a template without scope; among equals
    the most recently edited wins. None: the built-in layout from settings.
    """
    fitting = CertificateTemplate.objects.filter(
        Q(cohort__isnull=True) | Q(cohort=cohort),
        Q(course__isnull=True) | Q(course_id=cohort.course_id),
        Q(office__isnull=True) | Q(office_id=cohort.organiser_id),
        is_active=True,
    ).prefetch_related("signatories")
    candidates = sorted(
        fitting, key=lambda t: (t.specificity, t.updated_at, t.pk), reverse=True
    )
    return candidates[0] if candidates else None


def certificate_template_list_for_office(
    *, office_id: int | None
) -> QuerySet[CertificateTemplate]:
    """Templates an office edits: its own (all of them for an administrator: None)."""
    templates = CertificateTemplate.objects.select_related("office", "course", "cohort")
    if office_id is not None:
        templates = templates.filter(office_id=office_id)
    return templates.prefetch_related("signatories")


def certificate_get_by_code(*, code: str) -> Certificate | None:
    """Any certificate (also revoked or replaced) by its verification code."""
    code = normalise_code(code)
    if not CODE_RE.match(code):
        return None
    return _with_people(Certificate.objects.filter(code=code)).first()


def certificate_find_by_sha256(*, sha256: str) -> Certificate | None:
    """The certificate whose stored PDF has exactly this SHA-256 (hex)."""
    sha256 = (sha256 or "").strip().lower()
    if len(sha256) != 64:
        return None
    return _with_people(Certificate.objects.filter(sha256=sha256)).first()


@dataclass(frozen=True)
class Verification:
    """What the public page says about a code: state and, if known, the certificate.

    state: valid, revoked, replaced, unknown, tampered.
    """

    state: str
    certificate: Certificate | None = None

    @property
    def replacement(self) -> Certificate | None:
        if self.certificate is None or self.state != "replaced":
            return None
        return Certificate.objects.filter(previous=self.certificate).first()


def certificate_verify(*, code: str, signature: str = "") -> Verification:
    """Check a code as scanned (with its QR signature) or typed (without).

    A signature that does not match the code means the address was forged or
    altered: "tampered", whatever the code. Without a signature the code is looked
    up as typed.
    """
    code = normalise_code(code)
    if signature and not signature_matches(code, signature):
        return Verification("tampered")
    certificate = certificate_get_by_code(code=code)
    if certificate is None:
        return Verification("unknown")
    return Verification(certificate.status, certificate)


def certificate_codes_no_longer_valid() -> QuerySet:
    """Verification codes of every certificate that is no longer valid (revoked, or
    replaced by a corrected one), oldest first: the Open Badges revocation list."""
    return (
        Certificate.objects.exclude(status=S.VALID)
        .order_by("pk")
        .values_list("code", flat=True)
    )


def certificate_list_for_learner(*, learner: User) -> QuerySet[Certificate]:
    return _with_people(_current().filter(enrolment__learner=learner)).order_by(
        "-issued_at", "-pk"
    )


def certificate_list_for_cohort(*, cohort: Cohort) -> QuerySet[Certificate]:
    return _with_people(_current().filter(enrolment__cohort=cohort)).order_by(
        "serial", "pk"
    )


def certificate_list_for_region(*, prefix: str) -> QuerySet[Certificate]:
    """Certificates of learners whose institution lies in the region ``prefix``
    ("" for a national office: all of them)."""
    return _with_people(
        _current().filter(
            region_scope_q(
                prefix,
                code_field="enrolment__learner__profile__institution__region__code",
            )
        )
    ).order_by("-issued_at", "-pk")


@dataclass(frozen=True)
class BatchFailure:
    """A certificate a bulk run could not process, and why (translated)."""

    name: str
    message: str


@dataclass(frozen=True)
class CertificateProgress:
    """How far a cohort's certificates are: for the trainer's progress bar."""

    completed: int  # enrolments that earned one
    issued: int  # current certificates (valid or revoked)
    rendered: int  # of those, with their PDF stored
    revoked: int
    running: bool = False  # a bulk run is under way
    # The latest finished bulk run, for its result message, and how many
    # enrolments the latest finished bulk issue could not issue.
    batch: CertificateBatch | None = None
    not_issuable: int = 0
    failures: list[BatchFailure] = field(default_factory=list)

    @property
    def pending(self) -> int:
        return self.issued - self.rendered

    @property
    def percent(self) -> int:
        """Rendered out of earned, 0–100 (100 when nothing is earned)."""
        if not self.completed:
            return 100
        return min(100, round(100 * self.rendered / self.completed))

    @property
    def done(self) -> bool:
        """No run under way, every PDF stored, and every earned certificate issued
        or reported as not issuable by the last bulk issue (so a failure ends the
        polling instead of keeping it waiting for ever)."""
        return (
            not self.running
            and self.issued + self.not_issuable >= self.completed
            and self.rendered >= self.issued
        )


def _finished_batches(cohort: Cohort) -> QuerySet[CertificateBatch]:
    return cohort.certificate_batches.filter(finished_at__isnull=False).order_by(
        "-created_at", "-pk"
    )


def cohort_certificate_progress(*, cohort: Cohort) -> CertificateProgress:
    """Counts of the cohort's certificates (``rendered``: the PDF of the current
    data exists), whether a bulk run is under way, and the result of the last one
    with the certificates it could not process. Four or five queries."""
    completed = cohort.enrolments.filter(status=Enrolment.Status.COMPLETED).count()
    counts = (
        _current()
        .filter(enrolment__cohort=cohort)
        .aggregate(
            issued=Count("pk"),
            rendered=Count(
                "pk",
                filter=~Q(pdf="") & Q(rendered_hash=F("data_hash")),
            ),
            revoked=Count("pk", filter=Q(status=S.REVOKED)),
        )
    )
    running = cohort.certificate_batches.filter(
        finished_at__isnull=True, created_at__gte=timezone.now() - BATCH_STALE_AFTER
    ).exists()
    batch = _finished_batches(cohort).first()
    last_issue = batch
    if batch is not None and batch.kind != CertificateBatch.Kind.ISSUE:
        last_issue = (
            _finished_batches(cohort).filter(kind=CertificateBatch.Kind.ISSUE).first()
        )
    not_issuable = 0
    if last_issue is not None:
        not_issuable = sum(1 for f in last_issue.failures if f.get("enrolment"))
    failures = [
        BatchFailure(name=f.get("name", ""), message=message_for(f.get("error", "")))
        for f in (batch.failures if batch is not None else [])
    ]
    return CertificateProgress(
        completed=completed,
        running=running,
        batch=batch,
        not_issuable=not_issuable,
        failures=failures,
        **counts,
    )


@dataclass(frozen=True)
class Topic:
    title: str
    jp: Decimal


def topic_list_for(*, cohort: Cohort) -> list[Topic]:
    """The training's topics with their JP, for the certificate's second page.

    From the cohort's sessions (same topic over several sessions adds up), else
    from the live module pages of the course.
    """
    by_topic: dict[str, Decimal] = {}
    for session in cohort.sessions.order_by("starts_at", "pk").values("topic", "jp"):
        by_topic[session["topic"]] = by_topic.get(session["topic"], Decimal(0)) + (
            session["jp"] or Decimal(0)
        )
    if by_topic:
        return [Topic(title, jp) for title, jp in by_topic.items()]
    from cms.models import CoursePage, ModulePage

    course_page = CoursePage.objects.live().filter(course_id=cohort.course_id).first()
    if course_page is None:
        return []
    modules = ModulePage.objects.live().child_of(course_page).order_by("path")
    return [Topic(m.title, m.jp_theory + m.jp_practice) for m in modules]
