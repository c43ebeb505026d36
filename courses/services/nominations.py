"""Nominations by DPK offices: check rows, preview a file, import it all or
nothing, nominate one person, tell the nominated people, activate their accounts.

The rules a nomination must keep (each broken one is a row error, see
``courses.nominations_file.ROW_ERRORS``):
- the person's institution lies within the office's region (``Region.contains``);
- a person appears once per file and is matched to an existing account by NIP
  first, then by email (case-insensitive), never created twice;
- nobody is nominated twice to a cohort, and nominations never exceed the seats
  still free (capacity minus every enrolment not rejected or withdrawn) nor a
  region quota.
"""

import re
import secrets

from django.conf import settings
from django.contrib.auth.hashers import (
    UNUSABLE_PASSWORD_PREFIX,
    UNUSABLE_PASSWORD_SUFFIX_LENGTH,
)
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from courses import tasks
from courses.exceptions import CoursesError, EnrolmentClosed
from courses.models import (
    Cohort,
    Enrolment,
    EnrolmentEvent,
    Institution,
    NominationImport,
    Office,
    Profile,
    User,
)
from courses.nominations_file import row_error, row_field_errors, row_normalise
from courses.selectors import nominations as selectors
from courses.services.people import email_address_verify

FORM_FILENAME = ""  # a one-by-one nomination is an import without a file
NOTIFY_BATCH = 200


class NominationImportHasErrors(CoursesError):
    message = _(
        "Some rows have errors. Correct them in your file and upload it again; "
        "nothing was saved."
    )


class NominationImportNotPending(CoursesError):
    message = _("This nomination file was already imported or cancelled.")


class NominationImportChanged(CoursesError):
    message = _(
        "Someone changed the same people while this file was being imported; "
        "nothing was saved. Upload it again to see a new preview."
    )


class NominationRowInvalid(CoursesError):
    """A one-by-one nomination has errors; ``errors`` are row errors."""

    message = _("Correct the errors below.")

    def __init__(self, errors: list[dict]) -> None:
        super().__init__(errors)
        self.errors = errors


# --- Checking rows --------------------------------------------------------------------


def nomination_rows_check(
    *, office: Office, cohort: Cohort, rows: list[dict]
) -> list[dict]:
    """Check every row against the rules (module docstring) and the database.

    Returns new rows ``{"line", "values", "errors", "user_id"}`` where ``user_id``
    is the matched existing account (None for a new person). Writes nothing.
    Rows are checked in file order: the first rows get the free seats.
    """
    checked = [
        {
            "line": row["line"],
            "values": row["values"],
            "errors": row_field_errors(row["values"]),
            "user_id": None,
        }
        for row in rows
    ]

    def has_error(row: dict, field: str) -> bool:
        return any(error["field"] == field for error in row["errors"])

    # Regions: known, and inside the office's scope.
    regions = selectors.region_map_for(
        codes=(row["values"]["kode_wilayah"] for row in checked)
    )
    scope = office.region
    for row in checked:
        code = row["values"]["kode_wilayah"]
        if not code or has_error(row, "kode_wilayah"):
            continue
        region = regions.get(code)
        if region is None:
            row["errors"].append(row_error("kode_wilayah", "region_unknown", code=code))
        elif scope is not None and not scope.contains(region):
            row["errors"].append(
                row_error(
                    "kode_wilayah",
                    "region_outside",
                    code=code,
                    scope=f"{scope.code} {scope.name}",
                )
            )

    # The same person twice in the file.
    first_line_of: dict[tuple[str, str], int] = {}
    for row in checked:
        for field in ("nip", "email"):
            value = row["values"][field]
            if not value or has_error(row, field):
                continue
            first = first_line_of.setdefault((field, value), row["line"])
            if first != row["line"]:
                row["errors"].append(row_error(field, f"duplicate_{field}", line=first))

    # Existing people: NIP first, then email.
    index = selectors.people_index_for(
        nips=(row["values"]["nip"] for row in checked if not has_error(row, "nip")),
        emails=(row["values"]["email"] for row in checked),
    )
    line_of_user: dict[int, int] = {}
    for row in checked:
        if row["errors"]:
            continue
        person = _match(row, index)
        if person is None:
            continue
        if not person.is_active:
            row["errors"].append(row_error("", "inactive"))
        elif person.region_code and not _within(
            office.scope_prefix, person.region_code
        ):
            row["errors"].append(row_error("", "person_outside"))
        elif person.user_id in line_of_user:
            row["errors"].append(
                row_error("", "duplicate_person", line=line_of_user[person.user_id])
            )
        else:
            line_of_user[person.user_id] = row["line"]
            row["user_id"] = person.user_id
            row["region"] = person.region_code

    # Already in the cohort.
    statuses = selectors.enrolment_status_by_learner(
        cohort=cohort, learner_ids=line_of_user
    )
    for row in checked:
        if row["user_id"] in statuses:
            row["errors"].append(
                row_error("", "already_enrolled", status=statuses[row["user_id"]])
            )

    # Seats: the cohort's, then each region quota's, in file order.
    seats = selectors.cohort_seats_free(cohort=cohort)
    quotas = selectors.cohort_quota_seats_free(cohort=cohort)
    free = seats
    for row in checked:
        region_code = row.pop("region", "") or row["values"]["kode_wilayah"]
        if row["errors"]:
            continue
        if free <= 0:
            row["errors"].append(row_error("", "cohort_full", seats=seats))
            continue
        full_quota = next(
            (
                code
                for code, left in quotas.items()
                if _within(code, region_code) and left <= 0
            ),
            None,
        )
        if full_quota:
            row["errors"].append(row_error("", "region_quota", region=full_quota))
            continue
        free -= 1
        for code in quotas:
            if _within(code, region_code):
                quotas[code] -= 1
    return checked


def _within(scope_code: str, code: str) -> bool:
    # Region.contains on codes, without loading Region rows; "" (national) holds all.
    return not scope_code or code == scope_code or code.startswith(f"{scope_code}.")


def _match(row: dict, index: selectors.PeopleIndex) -> selectors.KnownPerson | None:
    """The existing account of a row, or None; adds an error on a conflict."""
    nip, email = row["values"]["nip"], row["values"]["email"]
    by_email = index.by_email.get(email, [])
    person = index.by_nip.get(nip) if nip else None
    if person is not None:
        if by_email and all(other.user_id != person.user_id for other in by_email):
            row["errors"].append(row_error("", "conflict"))
            return None
        return person
    if len(by_email) > 1:
        row["errors"].append(row_error("email", "email_ambiguous"))
        return None
    if by_email:
        person = by_email[0]
        if nip and person.nip and person.nip != nip:
            row["errors"].append(row_error("nip", "conflict_nip"))
            return None
        return person
    return None


def _ensure_open(cohort: Cohort) -> None:
    if not cohort.is_open_for_enrolment():
        raise EnrolmentClosed(cohort.pk)


# --- Preview and import ---------------------------------------------------------------


@transaction.atomic
def nomination_import_preview(
    *,
    office: Office,
    cohort: Cohort,
    actor: User,
    filename: str,
    rows: list[dict],
) -> NominationImport:
    """Check the rows of an uploaded file and keep them, with their errors, as a
    previewed import. Nothing else is saved: people and enrolments are created only
    by ``nomination_import_confirm``."""
    _ensure_open(cohort)
    checked = nomination_rows_check(office=office, cohort=cohort, rows=rows)
    return NominationImport.objects.create(
        office=office,
        cohort=cohort,
        uploaded_by=actor,
        filename=filename[:255],
        rows=checked,
        row_count=len(checked),
        error_count=sum(1 for row in checked if row["errors"]),
    )


def nomination_import_confirm(
    *, nomination_import: NominationImport, actor: User
) -> NominationImport:
    """Import a previewed file with no errors, all or nothing, in one transaction.

    Under a lock on the cohort the rows are checked again (seats or people may have
    changed since the preview); any new error is stored on the import and nothing
    is created. Otherwise: missing institutions, new users (unusable password,
    username from the email) with profiles (no consent yet), one enrolment per row
    (requested, or approved when the cohort needs no approval) nominated by
    ``actor`` for the office, and one EnrolmentEvent each. After commit one task
    emails everyone (``tasks.nomination_import_notify``).
    """
    if nomination_import.error_count:
        raise NominationImportHasErrors(nomination_import.pk)
    has_errors = False
    try:
        with transaction.atomic():
            Cohort.objects.select_for_update().get(pk=nomination_import.cohort_id)
            nomination_import = (
                NominationImport.objects.select_for_update(of=("self",))
                .select_related("cohort", "office__region")
                .get(pk=nomination_import.pk)
            )
            if nomination_import.status != NominationImport.Status.PREVIEWED:
                raise NominationImportNotPending(nomination_import.pk)
            cohort, office = nomination_import.cohort, nomination_import.office
            _ensure_open(cohort)
            checked = nomination_rows_check(
                office=office, cohort=cohort, rows=nomination_import.rows
            )
            nomination_import.rows = checked
            nomination_import.error_count = sum(1 for row in checked if row["errors"])
            if nomination_import.error_count:
                has_errors = True
                nomination_import.save(update_fields=["rows", "error_count"])
            else:
                _import_rows(nomination_import, actor=actor)
                import_id = nomination_import.pk
                transaction.on_commit(
                    lambda: tasks.nomination_import_notify.delay(import_id=import_id)
                )
    except IntegrityError as error:
        raise NominationImportChanged(nomination_import.pk) from error
    if has_errors:
        raise NominationImportHasErrors(nomination_import.pk)
    return nomination_import


def _import_rows(nomination_import: NominationImport, *, actor: User) -> None:
    cohort, office = nomination_import.cohort, nomination_import.office
    now = timezone.now()
    rows = nomination_import.rows
    new_rows = [row for row in rows if row["user_id"] is None]

    # Institutions of new people: matched by (name, region) or created.
    institution_ids = selectors.institution_ids_by_key(
        region_codes={row["values"]["kode_wilayah"] for row in rows}
    )
    new_institutions = {}
    for row in rows:
        values = row["values"]
        key = selectors.institution_key(values["instansi"], values["kode_wilayah"])
        if key not in institution_ids and key not in new_institutions:
            new_institutions[key] = Institution(
                name=" ".join(values["instansi"].split()),
                type=values["jenis_instansi"],
                region_id=values["kode_wilayah"],
            )
    Institution.objects.bulk_create(new_institutions.values(), batch_size=500)
    institution_ids.update(
        {key: institution.pk for key, institution in new_institutions.items()}
    )

    # New people: a user and a profile each.
    usernames = _usernames_for([row["values"]["email"] for row in new_rows])
    users = []
    for row, username in zip(new_rows, usernames, strict=True):
        values = row["values"]
        first, _space, last = values["nama_lengkap"].partition(" ")
        users.append(
            User(
                username=username,
                email=values["email"],
                first_name=first[:150],
                last_name=last[:150],
                password=_unusable_password(),
                date_joined=now,
            )
        )
    User.objects.bulk_create(users, batch_size=500)
    for row, user in zip(new_rows, users, strict=True):
        row["user_id"], row["new"] = user.pk, True

    # Profiles for new people and for matched accounts that have none yet.
    with_profile = set(
        Profile.objects.filter(
            user_id__in=[row["user_id"] for row in rows if not row.get("new")]
        ).values_list("user_id", flat=True)
    )
    Profile.objects.bulk_create(
        [
            _profile_for(row, institution_ids)
            for row in rows
            if row.get("new") or row["user_id"] not in with_profile
        ],
        batch_size=500,
    )

    status = (
        Enrolment.Status.REQUESTED
        if cohort.requires_approval
        else Enrolment.Status.APPROVED
    )
    enrolments = Enrolment.objects.bulk_create(
        [
            Enrolment(
                cohort=cohort,
                learner_id=row["user_id"],
                status=status,
                nominated_by=actor,
                office=office,
                status_changed_at=now,
            )
            for row in rows
        ],
        batch_size=500,
    )
    reason = (
        f"Diusulkan melalui berkas {nomination_import.filename}"
        if nomination_import.filename
        else "Diusulkan melalui formulir satu per satu"
    )
    EnrolmentEvent.objects.bulk_create(
        [
            EnrolmentEvent(
                enrolment=enrolment,
                from_status="",
                to_status=status,
                actor=actor,
                reason=reason,
                at=now,
            )
            for enrolment in enrolments
        ],
        batch_size=500,
    )
    for row in rows:
        row.setdefault("new", False)
        row["notified"] = False
    nomination_import.status = NominationImport.Status.IMPORTED
    nomination_import.imported_at = now
    nomination_import.save(
        update_fields=["rows", "error_count", "status", "imported_at"]
    )


def _unusable_password() -> str:
    # What make_password(None) stores, without its per-character random choice
    # (a second per 10,000 accounts).
    return (
        UNUSABLE_PASSWORD_PREFIX
        + secrets.token_urlsafe(UNUSABLE_PASSWORD_SUFFIX_LENGTH)[
            :UNUSABLE_PASSWORD_SUFFIX_LENGTH
        ]
    )


def _profile_for(row: dict, institution_ids: dict) -> Profile:
    values = row["values"]
    key = selectors.institution_key(values["instansi"], values["kode_wilayah"])
    return Profile(
        user_id=row["user_id"],
        full_name=values["nama_lengkap"],
        nip=values["nip"],
        position=values["jabatan"],
        rank=values["pangkat_golongan"],
        institution_id=institution_ids[key],
        sex=values["jenis_kelamin"],
        phone=values["telepon"],
    )


def _username_base(email: str) -> str:
    local = email.partition("@")[0].lower()
    return re.sub(r"[^a-z0-9._-]", "", local)[:30].strip("._-") or "peserta"


def _usernames_for(emails: list[str]) -> list[str]:
    """One unique username per email: its local part ("siti.aminah"), with a
    number added when taken ("siti.aminah2")."""
    bases = [_username_base(email) for email in emails]
    used = selectors.usernames_taken(bases=bases)
    names = []
    for base in bases:
        name, number = base, 1
        while name in used:
            number += 1
            name = f"{base}{number}"
        used.add(name)
        names.append(name)
    return names


@transaction.atomic
def nomination_import_cancel(
    *, nomination_import: NominationImport, actor: User
) -> NominationImport:
    """Drop a previewed file; an imported one cannot be cancelled."""
    nomination_import = NominationImport.objects.select_for_update().get(
        pk=nomination_import.pk
    )
    if nomination_import.status != NominationImport.Status.PREVIEWED:
        raise NominationImportNotPending(nomination_import.pk)
    nomination_import.status = NominationImport.Status.CANCELLED
    nomination_import.save(update_fields=["status"])
    return nomination_import


@transaction.atomic
def nomination_single_create(
    *, office: Office, cohort: Cohort, actor: User, values: dict[str, object]
) -> NominationImport:
    """Nominate one person from the form: the same checks and the same import as a
    file of one row. Raises ``NominationRowInvalid`` with the row's errors."""
    _ensure_open(cohort)
    rows = [{"line": 1, "values": row_normalise(values)}]
    checked = nomination_rows_check(office=office, cohort=cohort, rows=rows)
    if checked[0]["errors"]:
        raise NominationRowInvalid(checked[0]["errors"])
    nomination_import = NominationImport.objects.create(
        office=office,
        cohort=cohort,
        uploaded_by=actor,
        filename=FORM_FILENAME,
        rows=checked,
        row_count=1,
    )
    return nomination_import_confirm(nomination_import=nomination_import, actor=actor)


# --- After the import -----------------------------------------------------------------


def activation_path(user: User) -> str:
    """The path of the link that lets a person created by an office set a
    password and accept the privacy notice (valid until used, or until
    ``PASSWORD_RESET_TIMEOUT``)."""
    return reverse(
        "courses:account_activate",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )


def _absolute_url(name: str) -> str:
    """The site's address of a URL name or path; "" when there is no such URL."""
    try:
        return settings.WAGTAILADMIN_BASE_URL + resolve_url(name)
    except NoReverseMatch:
        return ""


def _nomination_email(
    *, nomination_import: NominationImport, user: User, new: bool
) -> EmailMessage:
    cohort = nomination_import.cohort
    context = {
        "name": getattr(getattr(user, "profile", None), "full_name", "")
        or user.get_username(),
        "username": user.get_username(),
        "course": cohort.course,
        "cohort": cohort,
        "office": nomination_import.office,
        "requires_approval": cohort.requires_approval,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
        "activation_url": settings.WAGTAILADMIN_BASE_URL + activation_path(user)
        if new
        else "",
        "login_url": _absolute_url(settings.LOGIN_URL),
        "reset_url": _absolute_url("account_reset_password"),
    }
    template = "invitation" if new else "nominated"
    subject = render_to_string(
        f"courses/office/email/{template}_subject.txt", context
    ).strip()
    body = render_to_string(f"courses/office/email/{template}.txt", context)
    return EmailMessage(subject, body, None, [user.email])


def nomination_import_notify(*, nomination_import: NominationImport) -> int:
    """Email everyone an import nominated: new accounts get an invitation with a
    link to set their password, existing ones a notice. Idempotent: each row is
    marked once its email is handed to the mail server, so a retried task only
    sends what is left. Returns the number of emails sent."""
    rows = [
        row
        for row in nomination_import.rows
        if row.get("user_id") and not row.get("notified")
    ]
    if nomination_import.status != NominationImport.Status.IMPORTED or not rows:
        return 0
    sent = 0
    connection = get_connection()
    with translation.override(settings.LANGUAGE_CODE):
        for start in range(0, len(rows), NOTIFY_BATCH):
            batch = rows[start : start + NOTIFY_BATCH]
            users = User.objects.select_related("profile").in_bulk(
                [row["user_id"] for row in batch]
            )
            messages = [
                _nomination_email(
                    nomination_import=nomination_import,
                    user=users[row["user_id"]],
                    new=row.get("new", False),
                )
                for row in batch
                if row["user_id"] in users and users[row["user_id"]].email
            ]
            sent += connection.send_messages(messages) or 0
            for row in batch:
                row["notified"] = True
            nomination_import.save(update_fields=["rows"])
    return sent


@transaction.atomic
def account_activate(*, user: User, password: str) -> User:
    """A person created by an office sets a password and accepts the privacy
    notice; their email is thereby verified (the link went to it)."""
    user.set_password(password)
    user.save(update_fields=["password"])
    Profile.objects.filter(user=user, consented_at__isnull=True).update(
        consented_at=timezone.now()
    )
    if user.email:
        email_address_verify(user=user)
    return user
