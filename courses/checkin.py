"""The rules of QR check-in: the session's rotating token and its time window.

The projector page shows a QR code of ``/hadir/<session>/<token>/``. The token is an
HMAC-SHA256 of the session's own secret and the current time step, keyed with
``settings.SECRET_KEY``: someone who photographs the code and sends it to a colleague
at home gives them at most ``CHECKIN_STEP_SECONDS`` × 2 to use it, and nobody can make
a token for a session without both secrets. Only the current and the previous step are
accepted, compared in constant time.

Check-in is possible from ``CHECKIN_OPENS_BEFORE`` before the session starts until it
ends; after ``CHECKIN_LATE_AFTER`` past the start it records *late*.

Scanning and confirming are two requests (GET shows a button, POST records). On a weak
connection the second may come after the token rotated, so the GET hands out a *scan
ticket*: the token and the moment of the scan, signed for this learner and session and
valid ``SCAN_TICKET_MAX_AGE`` seconds. The POST checks the token at the moment of the
scan, which is also the moment of arrival that decides *late*.
"""

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from courses.exceptions import CheckInRefused
from courses.models import Session, User

CHECKIN_STEP_SECONDS = 30
CHECKIN_OPENS_BEFORE = timedelta(minutes=30)
CHECKIN_LATE_AFTER = timedelta(minutes=15)
# How often the projector page reloads; shorter than a step so that a shown code is
# always still accepted for at least one more step.
CHECKIN_PAGE_REFRESH_SECONDS = 20
SCAN_TICKET_MAX_AGE = 5 * 60

_TOKEN_BYTES = 15  # 120 bits, 20 URL-safe characters: a small, easily scanned QR code
_SCAN_TICKET_SALT = "courses.checkin.scan-ticket"


class CheckInWindowClosed(CheckInRefused):
    message = format_lazy(
        _("Check-in is open from {minutes} minutes before the session until it ends."),
        minutes=CHECKIN_OPENS_BEFORE // timedelta(minutes=1),
    )


class CheckInTokenInvalid(CheckInRefused):
    message = _("This QR code has expired or is not valid. Scan the code shown now.")


def checkin_step(at: datetime) -> int:
    """The number of the time step that ``at`` falls in."""
    return int(at.timestamp()) // CHECKIN_STEP_SECONDS


def _token_for_step(session: Session, step: int) -> str:
    key = f"{settings.SECRET_KEY}|courses.checkin|{session.checkin_secret}".encode()
    message = f"{session.pk}:{step}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:_TOKEN_BYTES]).decode("ascii")


def checkin_token(*, session: Session, at: datetime | None = None) -> str:
    """The token the QR code of ``session`` carries at ``at`` (now by default)."""
    return _token_for_step(session, checkin_step(at or timezone.now()))


def checkin_token_is_valid(
    *, session: Session, token: str, at: datetime | None = None
) -> bool:
    """Whether ``token`` is the token of the current or the previous step."""
    step = checkin_step(at or timezone.now())
    # Compare with both, always: the time taken says nothing about which one matched.
    matches = [
        constant_time_compare(token, _token_for_step(session, candidate))
        for candidate in (step, step - 1)
    ]
    return any(matches)


@dataclass(frozen=True)
class CheckInWindow:
    opens_at: datetime
    closes_at: datetime

    def contains(self, at: datetime) -> bool:
        return self.opens_at <= at <= self.closes_at


def checkin_window(*, session: Session) -> CheckInWindow:
    return CheckInWindow(
        opens_at=session.starts_at - CHECKIN_OPENS_BEFORE, closes_at=session.ends_at
    )


def checkin_is_late(*, session: Session, at: datetime) -> bool:
    return at > session.starts_at + CHECKIN_LATE_AFTER


def checkin_verify(*, session: Session, token: str, at: datetime) -> None:
    """Raise ``CheckInWindowClosed`` or ``CheckInTokenInvalid`` unless ``token``
    checks in to ``session`` at ``at``. Enrolment is checked by the service."""
    if not checkin_window(session=session).contains(at):
        raise CheckInWindowClosed(session.pk)
    if not checkin_token_is_valid(session=session, token=token, at=at):
        raise CheckInTokenInvalid(session.pk)


@dataclass(frozen=True)
class ScanTicket:
    token: str
    scanned_at: datetime


def scan_ticket_make(
    *, session: Session, learner: User, token: str, at: datetime
) -> str:
    """A signed note that ``learner`` scanned ``token`` of ``session`` at ``at``."""
    return signing.dumps(
        {"s": session.pk, "u": learner.pk, "t": token, "at": at.timestamp()},
        salt=_SCAN_TICKET_SALT,
    )


def scan_ticket_read(
    *, ticket: str, session: Session, learner: User
) -> ScanTicket | None:
    """The scan recorded in ``ticket`` if it is genuine, recent and made for this
    learner and session; None otherwise."""
    try:
        data = signing.loads(
            ticket, salt=_SCAN_TICKET_SALT, max_age=SCAN_TICKET_MAX_AGE
        )
    except signing.BadSignature:  # SignatureExpired is a BadSignature too
        return None
    if data.get("s") != session.pk or data.get("u") != learner.pk:
        return None
    return ScanTicket(
        token=str(data["t"]), scanned_at=datetime.fromtimestamp(data["at"], tz=UTC)
    )
