"""Views of attendance: the trainer's session list, roster and projector QR page; the
learner's QR check-in. Server-rendered, no JavaScript needed."""

from datetime import timedelta

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from courses.checkin import (
    CHECKIN_PAGE_REFRESH_SECONDS,
    CHECKIN_STEP_SECONDS,
    checkin_token,
    checkin_verify,
    checkin_window,
    scan_ticket_make,
    scan_ticket_read,
)
from courses.exceptions import CheckInRefused, CoursesError, NotEnrolled
from courses.forms_attendance import CheckInForm, RosterForm
from courses.models import Session, User
from courses.permissions import can_run_cohort, trainer_required
from courses.selectors.attendance import (
    attendance_get_for,
    enrolment_get_for_check_in,
    roster_for,
    roster_summary,
    session_list_for_trainer,
)
from courses.services.attendance import attendance_check_in, attendance_mark_many

# The trainer's list shows sessions that ended at most this long ago.
SESSION_LIST_PAST_DAYS = 14


def _session_run_by(user: User, session_id: int) -> Session:
    """The session, if ``user`` runs its cohort (403 otherwise, 404 if unknown)."""
    session = get_object_or_404(
        Session.objects.select_related("cohort__course"), pk=session_id
    )
    if not can_run_cohort(user, session.cohort):
        raise PermissionDenied
    return session


@require_GET
@trainer_required
def attendance_session_list_view(request: HttpRequest) -> HttpResponse:
    since = timezone.now() - timedelta(days=SESSION_LIST_PAST_DAYS)
    sessions = session_list_for_trainer(trainer=request.user, ends_after=since)
    return render(
        request, "courses/attendance/session_list.html", {"sessions": sessions}
    )


@require_http_methods(["GET", "POST"])
@login_required
def attendance_roster_view(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_run_by(request.user, session_id)
    rows = roster_for(session=session)
    form = RosterForm(rows, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            changed = attendance_mark_many(
                session=session, marks=form.marks(), actor=request.user
            )
        except NotEnrolled as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext(
                    "Attendance saved: %(count)d change.",
                    "Attendance saved: %(count)d changes.",
                    len(changed),
                )
                % {"count": len(changed)},
            )
            return redirect("courses:attendance_roster", session_id=session.pk)
    return render(
        request,
        "courses/attendance/roster.html",
        {
            "session": session,
            "cohort": session.cohort,
            "form": form,
            "summary": roster_summary(rows),
        },
    )


def _check_in_url(request: HttpRequest, session: Session, token: str) -> str:
    # Always the Indonesian (unprefixed, shortest) address: the learner's phone
    # keeps its own language choice.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(
            "courses:attendance_check_in",
            kwargs={"session_id": session.pk, "token": token},
        )
    return request.build_absolute_uri(path)


@require_GET
@never_cache
@login_required
def attendance_qr_view(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_run_by(request.user, session_id)
    now = timezone.now()
    window = checkin_window(session=session)
    context = {
        "session": session,
        "cohort": session.cohort,
        "window": window,
        "is_open": window.contains(now),
        "is_over": now > window.closes_at,
        "refresh_seconds": CHECKIN_PAGE_REFRESH_SECONDS,
        "step_seconds": CHECKIN_STEP_SECONDS,
    }
    if context["is_open"]:
        url = _check_in_url(request, session, checkin_token(session=session, at=now))
        qr = segno.make(url, error="m")
        context["check_in_url"] = url
        # segno writes the whole SVG (only our URL in it); sized by its viewBox.
        context["qr_svg"] = mark_safe(
            qr.svg_inline(
                scale=10, border=4, omitsize=True, svgclass=None, lineclass=None
            )
        )
    return render(request, "courses/attendance/qr.html", context)


def _check_in_refusal(
    session: Session, learner: User, token: str
) -> CoursesError | None:
    try:
        checkin_verify(session=session, token=token, at=timezone.now())
    except CheckInRefused as refusal:
        return refusal
    if enrolment_get_for_check_in(session=session, learner=learner) is None:
        return NotEnrolled(session.cohort_id)
    return None


@require_http_methods(["GET", "POST"])
@never_cache
@login_required
def attendance_check_in_view(
    request: HttpRequest, session_id: int, token: str
) -> HttpResponse:
    """GET: a confirm button (with a signed scan ticket); POST: check in."""
    session = get_object_or_404(
        Session.objects.select_related("cohort__course"), pk=session_id
    )
    context = {
        "session": session,
        "cohort": session.cohort,
    }
    if request.method == "POST":
        form = CheckInForm(request.POST)
        form.is_valid()  # a missing or broken ticket falls back to the URL's token now
        ticket = scan_ticket_read(
            ticket=form.cleaned_data.get("ticket", ""),
            session=session,
            learner=request.user,
        )
        try:
            attendance_check_in(
                session=session,
                learner=request.user,
                token=ticket.token if ticket else token,
                at=ticket.scanned_at if ticket else None,
            )
        except (CheckInRefused, NotEnrolled) as error:
            messages.error(request, error.message)
            return render(
                request, "courses/attendance/check_in.html", context, status=403
            )
        return redirect("courses:attendance_check_in_result", session_id=session.pk)

    attendance = attendance_get_for(session=session, learner=request.user)
    if attendance is not None:
        return redirect("courses:attendance_check_in_result", session_id=session.pk)
    refusal = _check_in_refusal(session, request.user, token)
    if refusal is not None:
        messages.error(request, refusal.message)
        return render(request, "courses/attendance/check_in.html", context, status=403)
    ticket = scan_ticket_make(
        session=session, learner=request.user, token=token, at=timezone.now()
    )
    context["form"] = CheckInForm(initial={"ticket": ticket})
    return render(request, "courses/attendance/check_in.html", context)


@require_GET
@login_required
def attendance_check_in_result_view(
    request: HttpRequest, session_id: int
) -> HttpResponse:
    """The learner's record for a session, after a check-in (404 if none)."""
    session = get_object_or_404(
        Session.objects.select_related("cohort__course"), pk=session_id
    )
    attendance = attendance_get_for(session=session, learner=request.user)
    context = {
        "session": session,
        "cohort": session.cohort,
        "attendance": attendance,
    }
    if attendance is None:
        return render(
            request, "courses/attendance/check_in_result.html", context, status=404
        )
    return render(request, "courses/attendance/check_in_result.html", context)
