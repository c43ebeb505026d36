"""Table exports shared by every page that offers a download: CSV streamed row by
row, XLSX written by XlsxWriter in constant-memory mode. Both keep memory flat whatever the
number of rows, as long as ``rows`` is an iterator (e.g. ``queryset.values_list(...)
.iterator(chunk_size=2000)``).

Cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return at the start) are prefixed with an apostrophe in CSV, so an exported
name like ``=HYPERLINK(...)`` cannot run when an office opens the file in Excel.
"""

import csv
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

import xlsxwriter
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value: object) -> object:
    """A value as it should be written to CSV: text that looks like a formula is
    neutralised; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _xlsx_value(value: object) -> object:
    if isinstance(value, datetime):
        # Excel has no time zones: write the local wall-clock time.
        return timezone.localtime(value).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str | int | float | date | type(None)):
        return safe_cell(value) if isinstance(value, str) else value
    return str(value)


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
    mode (text written inline, no shared-strings table growing with the rows)."""
    workbook = xlsxwriter.Workbook(
        target,
        {"constant_memory": True, "tmpdir": tempfile.gettempdir()},
    )
    sheet = workbook.add_worksheet(sheet_name(sheet_title))
    bold = workbook.add_format({"bold": True})
    formats = {
        datetime: workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        date: workbook.add_format({"num_format": "yyyy-mm-dd"}),
    }
    sheet.write_row(0, 0, [str(title) for title in header], bold)
    for number, row in enumerate(rows, start=1):
        for column, raw in enumerate(row):
            value = _xlsx_value(raw)
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(number, column, value)
            elif isinstance(value, bool):
                sheet.write_boolean(number, column, value)
            elif isinstance(value, int | float):
                sheet.write_number(number, column, value)
            else:  # date or datetime
                kind = datetime if isinstance(value, datetime) else date
                sheet.write_datetime(number, column, value, formats[kind])
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
