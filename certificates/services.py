"""Every write on certificates: issuing, rendering, revoking, reissuing, templates.

API (keyword-only; domain errors from ``certificates.exceptions``):

- ``certificate_issue(*, enrolment, by=None) -> Certificate``: the certificate of a
  completed enrolment. Idempotent (one current certificate per enrolment, also under
  concurrent calls); takes the next number of its register (the numbers sharing
  the pattern's fixed text in a year, ``numbering.register_for``) in the same
  transaction; the PDF is rendered by ``tasks.certificate_render_pdf`` after
  commit. Called by ``courses.services.enrolment.enrolment_finish``.
- ``certificate_render_pdf(*, certificate, force=False) -> Certificate``: draw and
  store the PDF and its SHA-256. Idempotent: skipped when the stored PDF was drawn
  from the same data (``Certificate.is_rendered``).
- ``certificate_render_pending(*, older_than) -> int``: queue the renders that are
  overdue (beat runs it every 15 minutes: the safety net for a lost task).
- ``certificate_revoke(*, certificate, reason, by) -> Certificate``.
- ``certificate_reissue(*, certificate, by, reason, undo_revocation=False) ->
  Certificate``: after a correction (profile name, template...): a NEW certificate
  with fresh printed data, the SAME number (it is the same award in the office's
  register, so the sequence keeps no gap) and a NEW verification code; the old one
  becomes *replaced* and its code says so. Returns the new certificate. A revoked
  certificate is only reissued with ``undo_revocation=True`` (the trainer confirmed
  the revocation was a mistake).
- ``certificate_batch_start(*, cohort, kind, by, reason="") -> CertificateBatch``:
  record a bulk issue or reissue and run it by a task after commit.
- ``cohort_certificates_issue(*, cohort, by, batch=None) -> dict`` and
  ``cohort_certificates_reissue(*, cohort, by, reason, batch=None) -> dict``: bulk,
  one transaction per certificate, returning counts (a certificate that breaks a
  rule is counted as failed, the others go ahead; the failures are stored on
  ``batch``); progress is ``selectors.cohort_certificate_progress``.
- ``certificate_template_save(*, template, signatories, by=None)``: validate (number
  pattern, body placeholders, one to three signatories) and save.

- ``certificate_pdf_bytes(*, certificate) -> bytes``: draw without storing (a new
  drawing never has the recorded SHA-256: hand out ``certificate.pdf`` after
  ``certificate_render_pdf``; ``is_rendered`` tells whether it matches the data).
- ``certificate_data_is_current(*, certificate) -> bool``: would a reissue change it?

Reads are in ``certificates.selectors``: ``certificate_template_for(cohort=)``,
``certificate_template_list_for_office(office_id=)``, ``certificate_get_by_code``,
``certificate_verify(code=, signature=)``, ``certificate_find_by_sha256``,
``certificate_list_for_learner``, ``certificate_list_for_cohort``,
``certificate_list_for_region(prefix=)``, ``cohort_certificate_progress(cohort=)``
(completed / issued / rendered / revoked, the running or last bulk run with its
failures, ``percent``, ``done``), ``certificate_codes_no_longer_valid()`` (the Open
Badges revocation list, ``/verify/revocations.json``) and
``topic_list_for(cohort=)``. The QR address is ``verification.verification_url``;
the Open Badges credential ``openbadges.credential_for`` / ``credential_sign``;
the learner downloads it at ``certificates:credential_download`` (certificate_id).
Lists return the current certificate of each enrolment (valid or revoked, never the
replaced ones).
"""

import hashlib
import json
import secrets
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import formats, timezone, translation

from certificates import numbering, pdf, tasks, tasks_manage
from certificates.exceptions import (
    BatchInterrupted,
    CertificateAlreadyRevoked,
    CertificateNotCurrent,
    CertificateNotEarned,
    CertificateNumberTaken,
    CertificateRevoked,
    CertificatesError,
    ReasonRequired,
    TemplateInvalid,
)
from certificates.models import (
    Certificate,
    CertificateBatch,
    CertificateEvent,
    CertificateSignatory,
    CertificateTemplate,
    NumberSequence,
)
from certificates.selectors import certificate_template_for, topic_list_for
from certificates.verification import code_display, verification_url
from courses.models import Cohort, Enrolment, Office, User

S = Certificate.Status
E = CertificateEvent.Kind
MAX_SIGNATORIES = 3


# --- Templates ------------------------------------------------------------------------


@transaction.atomic
def certificate_template_save(
    *,
    template: CertificateTemplate,
    signatories: Sequence[CertificateSignatory],
    by: User | None = None,
) -> CertificateTemplate:
    """Save a template with its complete list of signatories (one to three, in order).

    Signatories of the template not in the list are removed. Raises TemplateInvalid
    with the field errors when the number pattern or body text is wrong.
    """
    try:
        template.full_clean()
    except ValidationError as error:
        raise TemplateInvalid(error.message_dict) from error
    if not 1 <= len(signatories) <= MAX_SIGNATORIES:
        raise TemplateInvalid({"signatories": ["1-3"]})
    template.save()
    keep = []
    for order, signatory in enumerate(signatories):
        signatory.template = template
        signatory.order = order
        signatory.save()
        keep.append(signatory.pk)
    template.signatories.exclude(pk__in=keep).delete()
    return template


# --- Issuing ----------------------------------------------------------------------------


def _issuer(template: CertificateTemplate | None, cohort: Cohort) -> Office | None:
    if template is not None and template.office_id:
        return template.office
    return cohort.organiser


def _issuer_key(issuer: Office | None) -> str:
    return f"office:{issuer.pk}" if issuer is not None else "lms"


def _issuer_code(issuer: Office | None) -> str:
    """The issuer's code printed by {issuer}: its region's Kemendagri code (stable,
    known to every office), e.g. 62.71; a national office has no region and gets
    PUSAT with its id; the installation itself (no office) LMS."""
    if issuer is None:
        return "LMS"
    return issuer.region_id or f"PUSAT{issuer.pk}"


def _take_serial(
    *, issuer_key: str, year: int, fixed_text: str
) -> tuple[NumberSequence, int]:
    """The next number of the register, under a row lock held until commit."""
    locked = NumberSequence.objects.select_for_update()
    sequence = locked.filter(year=year, fixed_text=fixed_text).first()
    if sequence is None:
        try:
            with transaction.atomic():
                NumberSequence.objects.create(
                    issuer_key=issuer_key, year=year, fixed_text=fixed_text
                )
        except IntegrityError:
            pass  # created by a concurrent issue in the meantime
        sequence = locked.get(year=year, fixed_text=fixed_text)
    sequence.last_number += 1
    sequence.save(update_fields=["last_number"])
    return sequence, sequence.last_number


def _number_for(
    template: CertificateTemplate | None,
    issuer: Office | None,
    course_code: str,
    signed_on: date,
) -> tuple[NumberSequence, int, str]:
    """Register, serial and printed number of a new certificate.

    The register is keyed by the number's fixed text, so numbers of different
    registers differ in that text and a number is never given twice. The check
    before returning is the backstop for a hand-made pattern that mimics another
    register's numbers (e.g. "{seq}/11/{year}" next to "{seq}/{month}/{year}" in
    November): it refuses with a domain error instead of failing on the unique
    constraint, and the rolled-back transaction leaves no gap in the register.
    """
    pattern = template.number_pattern if template else numbering.DEFAULT_PATTERN
    code = _issuer_code(issuer)
    year, fixed_text = numbering.register_for(
        pattern, on=signed_on, course=course_code, issuer=code
    )
    sequence, serial = _take_serial(
        issuer_key=_issuer_key(issuer), year=year, fixed_text=fixed_text
    )
    number = numbering.format_number(
        pattern, seq=serial, on=signed_on, course=course_code, issuer=code
    )
    if Certificate.objects.filter(number=number).exclude(status=S.REPLACED).exists():
        raise CertificateNumberTaken(number)
    return sequence, serial, number


def _signing_date(cohort: Cohort, today: date) -> date:
    """Certificates are dated the last day of the training, or the day of issue
    when a learner completes before the end (self-paced online courses)."""
    return cohort.ends_on if today >= cohort.ends_on else today


def _jp_text(jp: Decimal) -> str:
    return f"{jp.normalize():f}".replace(".", ",")


def date_id(day: date) -> str:
    """14 Mei 2026, always in Indonesian (lms.formats.id)."""
    with translation.override("id"):
        return formats.date_format(day, "DATE_FORMAT")


def date_range_id(start: date, end: date) -> str:
    """14–17 Mei 2026, 28 April – 2 Mei 2026, 30 Desember 2025 – 2 Januari 2026."""
    if start == end:
        return date_id(start)
    with translation.override("id"):
        if start.year != end.year:
            return f"{date_id(start)} – {date_id(end)}"
        if start.month != end.month:
            return f"{formats.date_format(start, 'j F')} – {date_id(end)}"
        return f"{start.day}–{date_id(end)}"


def _topics(cohort: Cohort, template: CertificateTemplate | None) -> list[dict]:
    if template is not None and not template.show_topics_page:
        return []
    return [
        {"title": t.title, "jp": _jp_text(Decimal(t.jp))}
        for t in topic_list_for(cohort=cohort)
    ]


def _snapshot(
    enrolment: Enrolment,
    template: CertificateTemplate | None,
    issuer: Office | None,
    signed_on: date,
    topics: list[dict] | None = None,
) -> dict:
    """Everything the certificate prints, frozen now (JSON-serialisable)."""
    cohort = enrolment.cohort
    course = cohort.course
    learner = enrolment.learner
    profile = getattr(learner, "profile", None)
    name = (profile.full_name if profile else "") or learner.get_full_name()
    institution = profile.institution.name if profile and profile.institution else ""
    organiser = cohort.organiser.institution.name if cohort.organiser else ""
    issuer_name = issuer.institution.name if issuer else settings.WAGTAIL_SITE_NAME
    place_of_training = "Daring" if cohort.is_online else (cohort.venue or "")
    values = {
        "nama": name or learner.get_username(),
        "pelatihan": course.title,
        "penyelenggara": organiser or issuer_name,
        "tanggal": date_range_id(cohort.starts_on, cohort.ends_on),
        "tempat": place_of_training,
        "jp": _jp_text(course.jp),
        "angkatan": cohort.title,
        "predikat": "LULUS",
    }
    if template is not None:
        signatories = [
            {
                "name": s.name,
                "position": s.position,
                "rank": s.rank,
                "nip": s.nip,
                "signature": s.signature.name if s.signature else "",
            }
            for s in template.signatories.all()
        ]
        body = numbering.fill_body(template.body, values)
    else:
        signatories = [
            {
                "name": settings.CERTIFICATES_SIGNATORY_NAME,
                "position": settings.CERTIFICATES_SIGNATORY_POSITION
                or f"Kepala {issuer_name}",
                "rank": "",
                "nip": settings.CERTIFICATES_SIGNATORY_NIP,
                "signature": "",
            }
        ]
        body = numbering.fill_body(numbering.DEFAULT_BODY, values)
    if topics is None:
        topics = _topics(cohort, template)
    return {
        "name": values["nama"],
        "nip": profile.nip if profile else "",
        "institution": institution,
        "course_code": course.code,
        "course_title": course.title,
        "cohort_title": cohort.title,
        "starts_on": cohort.starts_on.isoformat(),
        "ends_on": cohort.ends_on.isoformat(),
        "signed_on": signed_on.isoformat(),
        "venue": place_of_training,
        "place": (template.place if template else "") or "",
        "jp": values["jp"],
        "passed": True,
        "predicate": values["predikat"],
        "organiser": values["penyelenggara"],
        "issuer": issuer_name,
        "heading": (template.heading if template else "") or issuer_name.upper(),
        "title": (template.title if template else "") or "SERTIFIKAT",
        "body": body,
        "logo": template.logo.name if template and template.logo else "",
        "signatories": signatories,
        "topics": topics,
    }


def _data_hash(data: dict, code: str) -> str:
    payload = json.dumps({"data": data, "code": code}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def _render_after_commit(certificate: Certificate) -> None:
    certificate_id = certificate.pk
    transaction.on_commit(
        lambda: tasks.certificate_render_pdf.delay(certificate_id=certificate_id)
    )


@dataclass(frozen=True)
class _CohortContext:
    """What every certificate of a cohort shares, looked up once for a bulk issue."""

    template: CertificateTemplate | None
    issuer: Office | None
    topics: list[dict]


def _cohort_context(cohort: Cohort) -> _CohortContext:
    template = certificate_template_for(cohort=cohort)
    return _CohortContext(
        template, _issuer(template, cohort), _topics(cohort, template)
    )


def _locked_enrolment(enrolment_id: int) -> Enrolment:
    return (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related(
            "cohort__course",
            "cohort__organiser__institution",
            "learner__profile__institution",
        )
        .get(pk=enrolment_id)
    )


def _issue(
    locked: Enrolment, by: User | None, context: _CohortContext | None
) -> Certificate:
    if locked.status != Enrolment.Status.COMPLETED:
        raise CertificateNotEarned(locked.pk)
    current = Certificate.objects.filter(enrolment=locked).exclude(status=S.REPLACED)
    existing = current.first()
    if existing is not None:
        return existing
    cohort = locked.cohort
    context = context or _cohort_context(cohort)
    template = context.template
    signed_on = _signing_date(cohort, timezone.localdate())
    sequence, serial, number = _number_for(
        template, context.issuer, cohort.course.code, signed_on
    )
    data = _snapshot(locked, template, context.issuer, signed_on, context.topics)
    certificate = Certificate(
        enrolment=locked,
        template=template,
        sequence=sequence,
        serial=serial,
        number=number,
        data=data,
    )
    certificate.data_hash = _data_hash(data, certificate.code)
    certificate.save()
    CertificateEvent.objects.create(
        certificate=certificate,
        kind=E.ISSUED,
        actor=by,
        after={"number": number, "name": data["name"]},
    )
    _render_after_commit(certificate)
    return certificate


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment, by: User | None = None) -> Certificate:
    """Issue the certificate of a completed enrolment. Idempotent; PDF after commit.

    The enrolment row is locked first, so concurrent calls queue up and the later
    ones find the certificate the first one created (the partial unique constraint
    on the current certificate is the backstop). The number is taken from its
    register (the numbers sharing the pattern's fixed text in a year) in this same
    transaction: unique and gap-free.
    """
    return _issue(_locked_enrolment(enrolment.pk), by, None)


# --- Rendering ---------------------------------------------------------------------------


def _read_file(name: str) -> bytes | None:
    if not name:
        return None
    try:
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        # A logo or signature image removed since: print without it.
        return None


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    """Draw the certificate from its frozen data (no storage write)."""
    data = certificate.data
    signed_on = date.fromisoformat(data["signed_on"])
    return pdf.render_certificate_pdf(
        title=data["title"],
        heading=data["heading"],
        number=certificate.number,
        learner_name=data["name"],
        nip=data["nip"],
        institution=data["institution"],
        course_title=data["course_title"],
        body=data["body"],
        predicate=data["predicate"] if data.get("passed") else "",
        place_and_date=", ".join(filter(None, [data["place"], date_id(signed_on)])),
        signatories=[
            pdf.Signatory(
                name=s["name"],
                position=s["position"],
                rank=s.get("rank", ""),
                nip=s["nip"],
                signature_image=_read_file(s.get("signature", "")),
            )
            for s in data["signatories"]
        ],
        logo_image=_read_file(data.get("logo", "")),
        verification_url=verification_url(certificate.code),
        verification_code=code_display(certificate.code),
        topics=[(t["title"], t["jp"]) for t in data.get("topics", [])],
        total_jp=data["jp"],
        issuer=data["issuer"],
        dates=date_range_id(
            date.fromisoformat(data["starts_on"]), date.fromisoformat(data["ends_on"])
        ),
    )


def certificate_render_pdf(
    *, certificate: Certificate, force: bool = False
) -> Certificate:
    """Draw and store the PDF of the certificate's frozen data, with its SHA-256.

    Idempotent, for a task that may run twice (acks_late, a worker killed mid-task):
    the drawing happens outside any lock, then under the row lock the result is kept
    only if no PDF of the same data was stored meanwhile. The file gets a new name
    each time, so a crash never leaves a half-written file under a stored name; the
    previous file is deleted after commit.
    """
    if certificate.is_rendered and not force:
        return certificate
    content = certificate_pdf_bytes(certificate=certificate)
    if settings.CERTIFICATES_RENDER_DELAY_SECONDS:  # tests: a window to kill a worker
        time.sleep(settings.CERTIFICATES_RENDER_DELAY_SECONDS)
    digest = hashlib.sha256(content).hexdigest()
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.is_rendered and not force:
            return locked
        old_name = locked.pdf.name
        # A random file name, not the public code: whoever knows a code (a verifier)
        # must not be able to guess where the PDF, with the NIP on it, is stored.
        locked.pdf.save(
            f"{secrets.token_urlsafe(18)}.pdf", ContentFile(content), save=False
        )
        locked.sha256 = digest
        locked.rendered_hash = locked.data_hash
        locked.render_count += 1
        locked.rendered_at = timezone.now()
        locked.save(
            update_fields=[
                "pdf",
                "sha256",
                "rendered_hash",
                "render_count",
                "rendered_at",
            ]
        )
        CertificateEvent.objects.create(
            certificate=locked, kind=E.RENDERED, after={"sha256": digest}
        )
        if old_name and old_name != locked.pdf.name:
            transaction.on_commit(lambda: default_storage.delete(old_name))
    return locked


def certificate_render_pending(*, older_than: timedelta = timedelta(minutes=10)) -> int:
    """Queue again the PDFs that should exist by now but do not (a task lost with a
    worker on a broker that does not redeliver, e.g. the filesystem one). Rendering
    is idempotent, so a render that is merely slow is not harmed. Returns the count.
    """
    pending = (
        Certificate.objects.exclude(status=S.REPLACED)
        .filter(issued_at__lt=timezone.now() - older_than)
        .filter(Q(pdf="") | ~Q(rendered_hash=F("data_hash")))
        .values_list("pk", flat=True)
    )
    count = 0
    for certificate_id in pending:
        tasks.certificate_render_pdf.delay(certificate_id=certificate_id)
        count += 1
    return count


# --- Revoking and reissuing ----------------------------------------------------------------


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, reason: str, by: User | None
) -> Certificate:
    """Withdraw a certificate for good; its code then shows "revoked" with the date
    and reason. Only a valid certificate can be revoked."""
    reason = (reason or "").strip()
    if not reason:
        raise ReasonRequired()
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if locked.status != S.VALID:
        raise CertificateAlreadyRevoked(locked.pk)
    locked.status = S.REVOKED
    locked.revoked_at = timezone.now()
    locked.revoked_reason = reason
    locked.revoked_by = by
    locked.save(update_fields=["status", "revoked_at", "revoked_reason", "revoked_by"])
    CertificateEvent.objects.create(
        certificate=locked,
        kind=E.REVOKED,
        actor=by,
        reason=reason,
        before={"status": S.VALID},
        after={"status": S.REVOKED},
    )
    return locked


@transaction.atomic
def certificate_reissue(
    *,
    certificate: Certificate,
    by: User | None,
    reason: str,
    undo_revocation: bool = False,
) -> Certificate:
    """Replace a certificate after a correction: new printed data from the current
    profile, course and template, same number, new code, new PDF (after commit).

    The old certificate becomes *replaced* (its code says so and names the
    replacement's number). A revoked certificate makes a valid one again, so it is
    reissued only when the caller says so (``undo_revocation``: the trainer
    confirmed the revocation was a mistake); the audit trail records it. Otherwise
    CertificateRevoked.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ReasonRequired()
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status == S.REPLACED:
        raise CertificateNotCurrent(old.pk)
    if old.status == S.REVOKED and not undo_revocation:
        raise CertificateRevoked(old.pk)
    enrolment = Enrolment.objects.select_related(
        "cohort__course",
        "cohort__organiser__institution",
        "learner__profile__institution",
    ).get(pk=old.enrolment_id)
    cohort = enrolment.cohort
    template = certificate_template_for(cohort=cohort)
    issuer = _issuer(template, cohort)
    signed_on = date.fromisoformat(old.data["signed_on"])
    data = _snapshot(enrolment, template, issuer, signed_on)
    before_status = old.status
    old.status = S.REPLACED
    old.revoked_at = old.revoked_at or timezone.now()
    old.revoked_reason = old.revoked_reason or reason
    old.revoked_by = old.revoked_by or by
    old.save(update_fields=["status", "revoked_at", "revoked_reason", "revoked_by"])
    new = Certificate(
        enrolment=enrolment,
        template=template,
        sequence=old.sequence,
        serial=old.serial,
        number=old.number,
        data=data,
        previous=old,
    )
    new.data_hash = _data_hash(data, new.code)
    new.save()
    changes_before = {k: v for k, v in old.data.items() if data.get(k) != v}
    changes_after = {k: data[k] for k in changes_before if k in data}
    if before_status == S.REVOKED:
        changes_after["revocation_undone"] = True
    for target, kind in ((old, E.REISSUED), (new, E.ISSUED)):
        CertificateEvent.objects.create(
            certificate=target,
            kind=kind,
            actor=by,
            reason=reason,
            before={"status": before_status, "code": old.code, **changes_before},
            after={"status": S.VALID, "code": new.code, **changes_after},
        )
    _render_after_commit(new)
    return new


# --- Bulk ---------------------------------------------------------------------------------


@transaction.atomic
def certificate_batch_start(
    *, cohort: Cohort, kind: str, by: User | None, reason: str = ""
) -> CertificateBatch:
    """Record a bulk issue or reissue of the cohort's certificates and run it by a
    task after commit (``tasks_manage``); the progress bar polls until the batch
    has finished. A reissue needs a reason (kept in each certificate's history)."""
    reason = (reason or "").strip()
    if kind == CertificateBatch.Kind.REISSUE and not reason:
        raise ReasonRequired()
    batch = CertificateBatch.objects.create(
        cohort=cohort, kind=kind, requested_by=by, reason=reason
    )
    task = (
        tasks_manage.cohort_certificates_reissue
        if kind == CertificateBatch.Kind.REISSUE
        else tasks_manage.cohort_certificates_issue
    )
    batch_id = batch.pk
    transaction.on_commit(lambda: task.delay(batch_id=batch_id))
    return batch


def _failure(
    error: CertificatesError, *, enrolment_id: int, name: str = ""
) -> dict[str, object]:
    """What the progress page says about a certificate the batch could not process:
    whose, and the rule broken (the class name: translated when shown)."""
    if not name:
        enrolment = (
            Enrolment.objects.select_related("learner__profile")
            .filter(pk=enrolment_id)
            .first()
        )
        learner = enrolment.learner if enrolment else None
        profile = getattr(learner, "profile", None) if learner else None
        name = (profile.full_name if profile else "") or (
            learner.get_username() if learner else ""
        )
    return {"enrolment": enrolment_id, "name": name, "error": type(error).__name__}


@contextmanager
def _recording(
    batch: CertificateBatch | None, counts: dict[str, int], failures: list[dict]
) -> Iterator[None]:
    """Store the counts and failures on the batch and mark it finished, also when
    the run stops on an unexpected error (recorded, then raised again), so the
    progress bar never waits for a run that is over."""
    try:
        yield
    except Exception as error:
        name = type(error).__name__
        if not isinstance(error, CertificatesError):
            name = BatchInterrupted.__name__
        failures.append({"enrolment": None, "name": "", "error": name})
        raise
    finally:
        if batch is not None:
            batch.counts = counts
            batch.failures = failures
            batch.finished_at = timezone.now()
            batch.save(update_fields=["counts", "failures", "finished_at"])


def cohort_certificates_issue(
    *, cohort: Cohort, by: User | None, batch: CertificateBatch | None = None
) -> dict[str, int]:
    """Issue the certificates of every completed enrolment of a cohort.

    One transaction per certificate: one that breaks a rule (the enrolment is no
    longer completed, its number is taken...) is counted as failed and the others
    are still issued; with ``batch`` the failures are stored on it and it is marked
    finished. PDFs follow by task. Certificates issued earlier but never rendered
    (a lost task) are queued again. Counts: issued (new), existing, queued (renders
    asked for), failed.
    """
    counts = {"issued": 0, "existing": 0, "queued": 0, "failed": 0}
    failures: list[dict] = []
    with _recording(batch, counts, failures):
        completed = cohort.enrolments.filter(status=Enrolment.Status.COMPLETED)
        have = set(
            Certificate.objects.filter(enrolment__cohort=cohort)
            .exclude(status=S.REPLACED)
            .values_list("enrolment_id", flat=True)
        )
        context = _cohort_context(cohort)
        for enrolment_id in completed.order_by("pk").values_list("pk", flat=True):
            if enrolment_id in have:
                counts["existing"] += 1
                continue
            try:
                with transaction.atomic():
                    _issue(_locked_enrolment(enrolment_id), by, context)
            except CertificatesError as error:
                counts["failed"] += 1
                failures.append(_failure(error, enrolment_id=enrolment_id))
                continue
            counts["issued"] += 1
            counts["queued"] += 1
        unrendered = (
            Certificate.objects.filter(enrolment__cohort=cohort, enrolment_id__in=have)
            .exclude(status=S.REPLACED)
            .only("pk", "pdf", "data_hash", "rendered_hash")
        )
        for certificate in unrendered:
            if not certificate.is_rendered:
                tasks.certificate_render_pdf.delay(certificate_id=certificate.pk)
                counts["queued"] += 1
    return counts


def cohort_certificates_reissue(
    *,
    cohort: Cohort,
    by: User | None,
    reason: str,
    batch: CertificateBatch | None = None,
) -> dict[str, int]:
    """Reissue the cohort's valid certificates whose printed data would change (a
    corrected name, title, template...).

    Revoked certificates are skipped: a bulk correction never makes one valid
    again (that is a deliberate decision per certificate). One that breaks a rule
    meanwhile (replaced or revoked by someone else, e.g. a double click) is counted
    as failed and the others go ahead; with ``batch`` the failures are stored on it.
    Counts: reissued, unchanged, skipped (revoked), failed.
    """
    counts = {"reissued": 0, "unchanged": 0, "skipped": 0, "failed": 0}
    failures: list[dict] = []
    with _recording(batch, counts, failures):
        if not (reason or "").strip():
            raise ReasonRequired()
        current = Certificate.objects.filter(enrolment__cohort=cohort).exclude(
            status=S.REPLACED
        )
        for certificate in current.select_related("enrolment").order_by("serial"):
            if certificate.status == S.REVOKED:
                counts["skipped"] += 1
                continue
            try:
                if certificate_data_is_current(certificate=certificate):
                    counts["unchanged"] += 1
                    continue
                certificate_reissue(certificate=certificate, by=by, reason=reason)
            except CertificatesError as error:
                counts["failed"] += 1
                failures.append(
                    _failure(
                        error,
                        enrolment_id=certificate.enrolment_id,
                        name=certificate.data.get("name", ""),
                    )
                )
                continue
            counts["reissued"] += 1
    return counts


def certificate_data_is_current(*, certificate: Certificate) -> bool:
    """Whether the certificate still prints what its enrolment, profile and
    template say today (False: a reissue would change it)."""
    enrolment = Enrolment.objects.select_related(
        "cohort__course",
        "cohort__organiser__institution",
        "learner__profile__institution",
    ).get(pk=certificate.enrolment_id)
    template = certificate_template_for(cohort=enrolment.cohort)
    issuer = _issuer(template, enrolment.cohort)
    signed_on = date.fromisoformat(certificate.data["signed_on"])
    return _snapshot(enrolment, template, issuer, signed_on) == certificate.data
