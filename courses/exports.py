"""Table exports shared by every page that offers a download: CSV streamed row by
row, XLSX written by XlsxWriter in constant-memory mode. Both keep memory flat whatever
the number of rows, as long as ``rows`` is an iterator (e.g. one of the selectors'
``…_rows`` generators, which read the database in chunks).

Cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return at the start) are prefixed with an apostrophe in CSV, so an exported
name like ``=HYPERLINK(...)`` cannot run when an office opens the file in Excel. XLSX
needs no such guard: text is written as an inline string cell, which Excel never
evaluates, so names keep their exact spelling there.

**Cost of XLSX.** An XLSX file is a zip archive that XlsxWriter assembles when the
workbook is closed, after the last row: no byte of it can be sent before the whole
sheet is written (CSV starts at once). Writing is therefore kept lean: each cell goes
straight to XlsxWriter's typed writer for its exact type (one dict look-up), and the
rare other values take the general path (``_xlsx_cell``).
"""

import csv
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

import xlsxwriter
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXPORT_FORMATS = ("csv", "xlsx")


def safe_cell(value: object) -> object:
    """A value as it should be written to CSV: text that looks like a formula is
    neutralised; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _xlsx_cell(value: object) -> object:
    """A value of a type without its own writer, as one XlsxWriter can write:
    subclasses (choices, lazy text) become their base value or text."""
    if isinstance(value, datetime):
        return _naive(value)
    if isinstance(value, bool | int | float | date):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def _naive(value: datetime) -> datetime:
    # Excel has no time zones: write the local wall-clock time.
    return timezone.localtime(value).replace(tzinfo=None) if value.tzinfo else value


def sheet_name(title: str) -> str:
    r"""A worksheet name Excel accepts: at most 31 characters, none of []:*?/\."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "-", str(title)).strip("'") or "Sheet1"
    return cleaned[:31]


class _Echo:
    """A file-like object whose write returns what it was given (for csv.writer)."""

    def write(self, value: str) -> str:
        return value


def csv_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """CSV text, one line at a time, starting with a UTF-8 BOM so that Excel opens
    Indonesian names correctly."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([str(h) for h in header])
    for row in rows:
        yield writer.writerow([safe_cell(cell) for cell in row])


def csv_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> StreamingHttpResponse:
    """A streamed CSV download."""
    response = StreamingHttpResponse(
        csv_rows(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_write(
    *,
    sheet_title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    target,
) -> None:
    """Write one sheet to a file object, row by row, in XlsxWriter's constant-memory
    mode (text written inline, no shared-strings table growing with the rows).
    Empty cells (None) are left out; dates and times get a date format."""
    workbook = xlsxwriter.Workbook(
        target,
        {"constant_memory": True, "tmpdir": tempfile.gettempdir()},
    )
    sheet = workbook.add_worksheet(sheet_name(sheet_title))
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    write_string, write_number = sheet.write_string, sheet.write_number
    write_datetime = sheet.write_datetime
    # The writer of each exact type: one look-up per cell instead of a chain of
    # isinstance() checks (a 100,000-row export has 1.5 million cells).
    writers: dict[type, Callable[[int, int, object], object]] = {
        str: write_string,
        int: write_number,
        float: write_number,
        bool: sheet.write_boolean,
        Decimal: lambda row, col, value: write_number(row, col, float(value)),
        date: lambda row, col, value: write_datetime(row, col, value, day),
        datetime: lambda row, col, value: write_datetime(
            row, col, _naive(value), moment
        ),
    }
    sheet.write_row(0, 0, [str(title) for title in header], bold)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if value is None:
                continue
            writer = writers.get(type(value))
            if writer is None:
                value = _xlsx_cell(value)
                writer = writers[type(value)]
            writer(number, column, value)
    workbook.close()


def xlsx_response(
    *,
    filename: str,
    sheet_title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> FileResponse:
    """An XLSX download. The workbook is written to a temporary file (spilled to
    disk past 8 MB), never built in memory, then streamed from that file."""
    target = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    xlsx_write(sheet_title=sheet_title, header=header, rows=rows, target=target)
    target.seek(0)
    return FileResponse(
        target, as_attachment=True, filename=filename, content_type=XLSX_TYPE
    )


def download_response(
    *,
    fmt: str,
    name: str,
    sheet_title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> HttpResponse:
    """A table as ``name``.csv or ``name``.xlsx by ``fmt`` (from the URL); any other
    format is a 404. Check ``fmt in EXPORT_FORMATS`` before reading anything."""
    if fmt == "csv":
        return csv_response(filename=f"{name}.csv", header=header, rows=rows)
    if fmt == "xlsx":
        return xlsx_response(
            filename=f"{name}.xlsx", sheet_title=sheet_title, header=header, rows=rows
        )
    raise Http404
