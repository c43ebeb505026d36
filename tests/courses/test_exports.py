import io
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from courses.exports import csv_response, safe_cell, xlsx_response


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
    assert rows[2] == ("'@cmd", 1, None)
