"""The nomination file of DPK offices: its columns, reading CSV/XLSX into rows, the
per-row checks that need no database, the messages of every row error, and the
downloadable templates.

A row is ``{"line": <spreadsheet row number>, "values": {column: text}}``; values
are normalised (trimmed, email lower-cased, NIP without spaces, region code as
"62.71") so that the file and the one-by-one form give the same rows. Row errors
are stored as codes (``{"field", "code", "params"}``) and turned into text only
when shown, so a preview reads in whatever language the office uses.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.exceptions import CoursesError
from courses.models import Institution, Profile, Region
from courses.models.people import NIP_VALIDATOR

MAX_ROWS = 20_000
MAX_BYTES = 10 * 1024 * 1024
# An XLSX is a zip of XML; refuse one that inflates to more than this.
MAX_XLSX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAIN_SHEET = "Usulan"
HELP_SHEET = "Petunjuk"


@dataclass(frozen=True)
class Column:
    key: str
    label: Promise
    required: bool
    max_length: int
    help: Promise
    example: str


COLUMNS: tuple[Column, ...] = (
    Column(
        "nama_lengkap",
        _("Full name with titles"),
        True,
        200,
        _("As it must be printed on the certificate, with academic titles."),
        "Dra. Siti Aminah, M.Si.",
    ),
    Column(
        "email",
        _("Email"),
        True,
        254,
        _("The person's own address: the invitation is sent there."),
        "siti.aminah@bappeda.palangkaraya.go.id",
    ),
    Column(
        "nip",
        _("NIP"),
        False,
        18,
        _("Civil servants only: 18 digits. Leave empty for others."),
        "197805122005012003",
    ),
    Column(
        "jabatan",
        _("Position"),
        False,
        150,
        _("Job title, e.g. Arsiparis Ahli Muda."),
        "Arsiparis Ahli Muda",
    ),
    Column(
        "pangkat_golongan",
        _("Rank/grade"),
        False,
        100,
        _("Civil servants only, e.g. Penata Tingkat I (III/d)."),
        "Penata Tingkat I (III/d)",
    ),
    Column(
        "jenis_kelamin",
        _("Sex"),
        False,
        1,
        _("L (male) or P (female)."),
        "P",
    ),
    Column(
        "telepon",
        _("Phone"),
        False,
        30,
        _("Mobile number, e.g. 081234567890."),
        "081251234567",
    ),
    Column(
        "instansi",
        _("Institution"),
        True,
        200,
        _("Full name of the institution where the person works."),
        "Badan Perencanaan Pembangunan Daerah Kota Palangka Raya",
    ),
    Column(
        "jenis_instansi",
        _("Institution type"),
        True,
        20,
        _("One of the codes listed below."),
        Institution.Type.GOVERNMENT_UNIT.value,
    ),
    Column(
        "kode_wilayah",
        _("Region code"),
        True,
        5,
        _(
            "Kemendagri code of the institution's regency/city (e.g. 62.71) or "
            "province (e.g. 62); the codes of your region are listed below."
        ),
        "62.71",
    ),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
REQUIRED_HEADERS = tuple(column.key for column in COLUMNS if column.required)
EXAMPLE_VALUES = {column.key: column.example for column in COLUMNS}


class NominationFileInvalid(CoursesError):
    """The uploaded file cannot be read as a nomination file (a form error)."""

    message = _("This file cannot be read as a nomination file.")

    def __init__(self, message: Promise | str | None = None) -> None:
        super().__init__(str(message or self.message))
        if message is not None:
            self.message = message


# --- Row errors -------------------------------------------------------------------

ROW_ERRORS: dict[str, Promise] = {
    "required": _("Required."),
    "too_long": _("Too long: at most %(max)s characters."),
    "email": _("Not a valid email address."),
    "nip": NIP_VALIDATOR.message,
    "nip_as_number": _(
        "The spreadsheet turned the NIP into a number (%(value)s) and lost digits. "
        "Format the column as text and type the NIP again."
    ),
    "sex": _("Use L (male) or P (female)."),
    "institution_type": _("Unknown institution type; use one of: %(choices)s."),
    "region_code": _("Not a region code; use a Kemendagri code such as 62.71."),
    "region_unknown": _("Region code %(code)s does not exist."),
    "region_outside": _("Region %(code)s is outside your office's region (%(scope)s)."),
    "duplicate_nip": _("Same NIP as row %(line)s."),
    "duplicate_email": _("Same email as row %(line)s."),
    "duplicate_person": _("Same person as row %(line)s."),
    "example_row": _("This is the template's example row; delete it."),
    "conflict": _(
        "The NIP belongs to one account and the email to another; check both."
    ),
    "conflict_nip": _("The email belongs to an account with a different NIP."),
    "email_ambiguous": _(
        "Several accounts use this email; ask the administrator to merge them."
    ),
    "inactive": _("This person's account is deactivated."),
    "person_outside": _(
        "This person's account belongs to an institution outside your office's region."
    ),
    "already_enrolled": _("Already in this cohort (status: %(status)s)."),
    "cohort_full": _("The cohort is full: only %(seats)s seats were free."),
    "region_quota": _("The seats reserved for region %(region)s are all taken."),
}


def row_error(field: str, code: str, /, **params: object) -> dict:
    return {"field": field, "code": code, "params": params}


def row_error_text(error: dict) -> str:
    """The message of one stored row error, in the active language."""
    params = dict(error.get("params") or {})
    if error["code"] == "already_enrolled":
        from courses.models import Enrolment

        status = params.get("status", "")
        params["status"] = (
            Enrolment.Status(status).label
            if status in Enrolment.Status.values
            else status
        )
    message = str(ROW_ERRORS.get(error["code"], ROW_ERRORS["required"]))
    text = message % params if params else message
    column = COLUMNS_BY_KEY.get(error.get("field", ""))
    return f"{column.label}: {text}" if column else text


# --- Normalising values ---------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_SCIENTIFIC = re.compile(r"^\d([.,]\d+)?[eE]\+?\d+$")
SEX_ALIASES = {
    "L": "L",
    "LAKI-LAKI": "L",
    "LAKI LAKI": "L",
    "PRIA": "L",
    "P": "P",
    "PEREMPUAN": "P",
    "WANITA": "P",
}


def _clean(value: object) -> str:
    return _SPACES.sub(" ", str(value or "")).strip()


def region_code_normalise(value: str) -> str:
    """ "62.71", "62,71" (Indonesian decimal comma), "6271", "62.1" (a spreadsheet
    that dropped the trailing zero of 62.10) all become "62.71"-style codes."""
    value = value.strip().replace(",", ".")
    if re.fullmatch(r"\d{4}", value):
        return f"{value[:2]}.{value[2:]}"
    if re.fullmatch(r"\d{2}\.\d", value):
        return f"{value}0"
    if re.fullmatch(r"\d{2}\.0+", value):  # 62.0 from a number cell
        return value[:2]
    return value


def institution_type_normalise(value: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")
    return {"lain_lain": "lainnya", "lain": "lainnya"}.get(value, value)


def row_normalise(values: dict[str, object]) -> dict[str, str]:
    """Every column as trimmed text, in the one spelling the checks expect."""
    row = {key: _clean(values.get(key, "")) for key in COLUMN_KEYS}
    row["email"] = row["email"].lower()
    nip = row["nip"].lstrip("'")
    if not _SCIENTIFIC.match(nip):
        nip = nip.replace(" ", "")  # printed NIPs are grouped: 19780512 200501 2 003
    row["nip"] = nip
    sex = row["jenis_kelamin"].upper()
    row["jenis_kelamin"] = SEX_ALIASES.get(sex, sex)
    row["jenis_instansi"] = institution_type_normalise(row["jenis_instansi"])
    row["kode_wilayah"] = region_code_normalise(row["kode_wilayah"])
    return row


def row_field_errors(values: dict[str, str]) -> list[dict]:
    """The checks of one row that need no database: required values, lengths,
    email, NIP, sex, institution type and the form of the region code."""
    errors = []
    for column in COLUMNS:
        value = values.get(column.key, "")
        if column.required and not value:
            errors.append(row_error(column.key, "required"))
        elif len(value) > column.max_length and column.key not in {
            "nip",
            "jenis_kelamin",
            "jenis_instansi",
            "kode_wilayah",
        }:
            errors.append(row_error(column.key, "too_long", max=column.max_length))
    if values.get("email"):
        try:
            validate_email(values["email"])
        except ValidationError:
            errors.append(row_error("email", "email"))
    if nip := values.get("nip"):
        if _SCIENTIFIC.match(nip):
            errors.append(row_error("nip", "nip_as_number", value=nip))
        else:
            try:
                NIP_VALIDATOR(nip)
            except ValidationError:
                errors.append(row_error("nip", "nip"))
    if (sex := values.get("jenis_kelamin")) and sex not in Profile.Sex.values:
        errors.append(row_error("jenis_kelamin", "sex"))
    kind = values.get("jenis_instansi")
    if kind and kind not in Institution.Type.values:
        errors.append(
            row_error(
                "jenis_instansi",
                "institution_type",
                choices=", ".join(Institution.Type.values),
            )
        )
    code = values.get("kode_wilayah")
    if code and not re.fullmatch(r"\d{2}(\.\d{2})?", code):
        errors.append(row_error("kode_wilayah", "region_code"))
    if (
        values.get("nip") == EXAMPLE_VALUES["nip"]
        and values.get("email") == EXAMPLE_VALUES["email"]
    ):
        errors.append(row_error("", "example_row"))
    return errors


# --- Reading files --------------------------------------------------------------------


def header_normalise(value: object) -> str:
    """ "Nama Lengkap*", "pangkat/golongan", "KODE-WILAYAH" → the column key."""
    return re.sub(r"[^a-z0-9]+", "_", str(value or "").lower()).strip("_")


def nomination_file_read(*, name: str, content: bytes) -> list[dict]:
    """Read an uploaded CSV or XLSX into rows (see the module docstring).

    Raises ``NominationFileInvalid`` with a message for the office when the file
    is not CSV/XLSX, too big, empty, undecodable, lacks a required column or has
    more than ``MAX_ROWS`` rows. Blank rows are skipped; extra columns ignored.
    """
    if len(content) > MAX_BYTES:
        raise NominationFileInvalid(
            _("The file is larger than %(mb)s MB; split it into several files.")
            % {"mb": MAX_BYTES // (1024 * 1024)}
        )
    if not content.strip():
        raise NominationFileInvalid(_("The file is empty."))
    lower = name.lower()
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        raise NominationFileInvalid(
            _(
                "This is an old Excel file (.xls). Save it as Excel Workbook (.xlsx) "
                "or as CSV and upload it again."
            )
        )
    if content.startswith(b"PK\x03\x04"):
        table = _xlsx_table(content)
    elif lower.endswith((".csv", ".txt")):
        table = _csv_table(content)
    else:
        raise NominationFileInvalid(_("Upload a CSV or XLSX file."))
    return _rows_from_table(table)


def _rows_from_table(table: list[list[object]]) -> list[dict]:
    # The header is the first non-blank line; its spreadsheet line number is kept
    # so that errors point at the line the office sees in Excel.
    lines = iter(enumerate(table, start=1))
    header: list[str] = []
    for _line, cells in lines:
        if any(_clean(cell) for cell in cells):
            header = [header_normalise(cell) for cell in cells]
            break
    if not header:
        raise NominationFileInvalid(_("The file is empty."))
    missing = [key for key in REQUIRED_HEADERS if key not in header]
    if missing:
        raise NominationFileInvalid(
            _(
                "The first row must name the columns. Missing: %(columns)s. "
                "Download the template to see them."
            )
            % {"columns": ", ".join(missing)}
        )
    positions = {key: header.index(key) for key in COLUMN_KEYS if key in header}
    rows = []
    for line, cells in lines:
        if not any(_clean(cell) for cell in cells):
            continue
        if len(rows) == MAX_ROWS:
            raise NominationFileInvalid(
                _("The file has more than %(max)s rows; split it into several files.")
                % {"max": f"{MAX_ROWS:,}".replace(",", ".")}
            )
        values = {
            key: cells[index] if index < len(cells) else ""
            for key, index in positions.items()
        }
        rows.append({"line": line, "values": row_normalise(values)})
    if not rows:
        raise NominationFileInvalid(
            _("The file has a header row but no one to nominate.")
        )
    return rows


def _decode(content: bytes) -> str:
    if b"\x00" in content[:4096]:
        raise NominationFileInvalid(
            _("This is not a text CSV file. Save it as CSV (UTF-8) or XLSX.")
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NominationFileInvalid(
        _("The text of this file cannot be read. Save it as CSV (UTF-8) or XLSX.")
    )


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Indonesian Excel) or tab: whichever the header uses most."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: first_line.count(delimiter) for delimiter in ",;\t"}
    return max(counts, key=lambda delimiter: counts[delimiter])


def _csv_table(content: bytes) -> list[list[object]]:
    text = _decode(content)
    try:
        return list(csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text)))
    except csv.Error as error:
        raise NominationFileInvalid(
            _("The CSV file is malformed: %(error)s") % {"error": error}
        ) from error


def _xlsx_cell(value: object) -> object:
    # Integers come back exactly; a NIP typed as a number in Excel is a float that
    # already lost digits: keep its scientific form so the row check names it.
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value) if abs(value) >= 1e15 else f"{value:g}"
    return value


def _xlsx_table(content: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unzipped = sum(item.file_size for item in archive.infolist())
        if unzipped > MAX_XLSX_UNZIPPED_BYTES:
            raise NominationFileInvalid(
                _("The file is larger than %(mb)s MB; split it into several files.")
                % {"mb": MAX_BYTES // (1024 * 1024)}
            )
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except NominationFileInvalid:
        raise
    except Exception as error:  # openpyxl and zipfile raise many kinds
        raise NominationFileInvalid(
            _("This file is not a readable XLSX workbook.")
        ) from error
    try:
        sheet = (
            workbook[MAIN_SHEET]
            if MAIN_SHEET in workbook.sheetnames
            else workbook.worksheets[0]
        )
        table = []
        for cells in sheet.iter_rows(values_only=True):
            table.append([_xlsx_cell(cell) for cell in cells])
            if len(table) > MAX_ROWS + 50 and not any(cells):
                # Formatted but empty rows can run to Excel's last row; the data
                # ended long ago.
                break
        return table
    finally:
        workbook.close()


# --- Templates ------------------------------------------------------------------------


def template_csv() -> bytes:
    """The CSV template: header and the example row, UTF-8 with a BOM so that
    Excel opens it with the right letters."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMN_KEYS)
    writer.writerow([EXAMPLE_VALUES[key] for key in COLUMN_KEYS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def template_xlsx(*, regions: list[Region]) -> bytes:
    """The XLSX template: sheet "Usulan" (header, example row, drop-down lists for
    jenis_instansi, jenis_kelamin and kode_wilayah, text format for codes and
    numbers) and sheet "Petunjuk" (every column explained, the valid institution
    types and the region codes of the office's region)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = MAIN_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")
    sheet.append(list(COLUMN_KEYS))
    sheet.append([EXAMPLE_VALUES[key] for key in COLUMN_KEYS])
    widths = {"nama_lengkap": 32, "email": 36, "instansi": 48}
    text_columns = {"nip", "telepon", "kode_wilayah"}
    for index, key in enumerate(COLUMN_KEYS, start=1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index)
        header.font, header.fill = bold, fill
        sheet.column_dimensions[letter].width = widths.get(key, 20)
        if key in text_columns:
            sheet.cell(row=2, column=index).number_format = "@"
            sheet.column_dimensions[letter].number_format = "@"
    sheet.freeze_panes = "A2"

    guide = workbook.create_sheet(HELP_SHEET)
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 48
    guide.column_dimensions["C"].width = 70
    guide.append([gettext("How to fill in the nomination file")])
    guide["A1"].font = Font(bold=True, size=13)
    guide.append(
        [
            gettext(
                "One person per row on the sheet %(sheet)s. Keep the first row as "
                "it is, delete the example row, then upload the file as XLSX or CSV. "
                "You will see every row's errors before anything is saved."
            )
            % {"sheet": MAIN_SHEET}
        ]
    )
    guide.append([])
    guide.append([gettext("Column"), gettext("Required"), gettext("Explanation")])
    for cell in guide[guide.max_row]:
        cell.font = bold
    for column in COLUMNS:
        guide.append(
            [
                column.key,
                gettext("yes") if column.required else gettext("no"),
                f"{column.label}. {column.help}",
            ]
        )
    guide.append([])
    guide.append([gettext("Institution types (jenis_instansi)")])
    guide.cell(row=guide.max_row, column=1).font = bold
    for kind in Institution.Type:
        guide.append([kind.value, str(kind.label)])
    guide.append([])
    guide.append([gettext("Region codes of your office (kode_wilayah)")])
    guide.cell(row=guide.max_row, column=1).font = bold
    first_region_row = guide.max_row + 1
    for region in regions:
        guide.append([region.code, region.name])
        guide.cell(row=guide.max_row, column=1).number_format = "@"
    last_region_row = guide.max_row

    last = MAX_ROWS + 1
    lists = {
        "jenis_instansi": '"' + ",".join(Institution.Type.values) + '"',
        "jenis_kelamin": '"' + ",".join(Profile.Sex.values) + '"',
    }
    if regions:
        lists["kode_wilayah"] = (
            f"'{HELP_SHEET}'!$A${first_region_row}:$A${last_region_row}"
        )
    for key, formula in lists.items():
        letter = get_column_letter(COLUMN_KEYS.index(key) + 1)
        validation = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=not COLUMNS_BY_KEY[key].required,
            showErrorMessage=True,
            errorTitle=str(COLUMNS_BY_KEY[key].label),
            error=gettext("Choose a value from the list."),
        )
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
