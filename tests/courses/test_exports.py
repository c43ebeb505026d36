import io
import tracemalloc
import zipfile
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.http import Http404
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from courses.exports import (
    csv_response,
    download_response,
    safe_cell,
    xlsx_response,
    xlsx_write,
)
from courses.models import Enrolment


def test_csv_streams_rows_and_neutralises_formulas():
    response = csv_response(
        filename="x.csv",
        header=["Nama", "Nilai"],
        rows=iter([["=HYPERLINK(1)", 90], ["Siti Aminah, S.Sos.", Decimal("7.5")]]),
    )
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeffNama,Nilai\r\n")
    assert "'=HYPERLINK(1),90" in body
    assert '"Siti Aminah, S.Sos.",7.5' in body
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'


def test_safe_cell_keeps_numbers_and_plain_text():
    assert safe_cell(-3) == -3
    assert safe_cell("-3") == "'-3"
    assert safe_cell("Arsip") == "Arsip"


def test_xlsx_opens_in_openpyxl_with_the_rows():
    when = datetime(2026, 5, 14, 2, 30, tzinfo=ZoneInfo("UTC"))  # 09.30 WIB
    response = xlsx_response(
        filename="x.xlsx",
        sheet_title="Rekap",
        header=["Nama", "Nilai", "Waktu"],
        rows=(row for row in [["Budi", Decimal("80.5"), when], ["@cmd", 1, None]]),
    )
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook["Rekap"]
    rows = list(sheet.values)
    assert rows[0] == ("Nama", "Nilai", "Waktu")
    assert rows[1] == ("Budi", 80.5, datetime(2026, 5, 14, 9, 30).replace(tzinfo=None))  # noqa: DTZ001
    # XLSX keeps text as written: an inline string cell is never a formula.
    assert rows[2] == ("@cmd", 1, None)


def xlsx_bytes(rows, header=("A", "B", "C", "D", "E", "F", "G", "H")) -> bytes:
    target = io.BytesIO()
    xlsx_write(sheet_title="Uji", header=header, rows=iter(rows), target=target)
    return target.getvalue()


def test_xlsx_writes_formula_like_text_as_text_never_as_a_formula():
    content = xlsx_bytes([['=HYPERLINK("http://x")', "+62 812", "-3", "@cmd"]])
    sheet_xml = zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml  # no formula cell at all
    assert sheet_xml.count(b't="inlineStr"') == 4 + 8  # the row and the header
    row = list(load_workbook(io.BytesIO(content)).active.values)[1]
    assert row[:4] == ('=HYPERLINK("http://x")', "+62 812", "-3", "@cmd")


def test_xlsx_cells_keep_their_types():
    when = datetime(2026, 5, 14, 2, 30, tzinfo=ZoneInfo("UTC"))
    content = xlsx_bytes(
        [
            [
                "Siti",
                7,
                Decimal("41.67"),
                87.5,
                date(2026, 3, 2),
                when,
                True,
                Enrolment.Status.COMPLETED,  # a str subclass: written as its value
            ],
            [gettext_lazy("Name"), None, None, None, None, None, False, 0],
        ]
    )
    sheet = load_workbook(io.BytesIO(content)).active
    first = [cell.value for cell in sheet[2]]
    assert first[:4] == ["Siti", 7, 41.67, 87.5]
    assert first[4] == datetime(2026, 3, 2)  # noqa: DTZ001 (Excel has no zones)
    assert first[5] == datetime(2026, 5, 14, 9, 30)  # noqa: DTZ001 (09.30 WIB)
    assert first[6] is True and first[7] == "completed"
    assert sheet["E2"].number_format == "yyyy-mm-dd"
    assert sheet["F2"].number_format == "yyyy-mm-dd hh:mm"
    second = [cell.value for cell in sheet[3]]
    assert second == [str(gettext_lazy("Name")), None, None, None, None, None, False, 0]


def test_xlsx_memory_stays_flat_whatever_the_number_of_rows():
    def peak(count: int) -> int:
        rows = (
            (f"Peserta {n}", n, Decimal("50.5"), date(2026, 1, 1), None)
            for n in range(count)
        )
        tracemalloc.start()
        try:
            xlsx_write(sheet_title="x", header="ABCDE", rows=rows, target=io.BytesIO())
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(500), peak(10_000)
    # The file itself grows in the BytesIO; the rest must not grow with the rows.
    assert large < small + 1_500_000


def test_download_response_by_format():
    csv = download_response(fmt="csv", name="t", sheet_title="T", header=["A"], rows=[])
    assert csv["Content-Disposition"] == 'attachment; filename="t.csv"'
    xlsx = download_response(
        fmt="xlsx", name="t", sheet_title="T", header=["A"], rows=[[1]]
    )
    assert 'filename="t.xlsx"' in xlsx["Content-Disposition"]
    with pytest.raises(Http404):
        download_response(fmt="pdf", name="t", sheet_title="T", header=["A"], rows=[])
