"""The one spreadsheet reader behind the NC, ticket, stock and survey imports."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from qa_desktop.services.context import Invalid
from qa_desktop.services.spreadsheets import read_table

ROWS = "工单号,优先级\nINC1,高\n,\nINC2,低\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_csv_in_the_encodings_people_save_reads_the_same(tmp_path, encoding):
    path = tmp_path / "t.csv"
    path.write_bytes(ROWS.encode(encoding))
    table = read_table(path)
    # The blank third line is left out; numbers are the rows as a spreadsheet shows them.
    assert table.rows == [(1, ["工单号", "优先级"]), (2, ["INC1", "高"]), (4, ["INC2", "低"])]


def test_xlsx_first_sheet_and_identity(tmp_path):
    wb = Workbook()
    wb.active.append(["工单号", 3])
    wb.active.append([None, None])
    wb.active.append(["INC9", 4.5])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.rows == [(1, ["工单号", 3]), (3, ["INC9", 4.5])]
    assert table.size == path.stat().st_size and len(table.sha256) == 64


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("none.csv", None, "no such file"),
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\n ,\n\n", "empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 64, r"\.xls"),
        ("report.pdf", b"%PDF-1.7\n", "not a spreadsheet"),
        ("binary.csv", b"\x00\x01\x02" * 30, "neither UTF-8 nor GB18030"),
        ("broken.xlsx", b"PK\x03\x04broken", "damaged"),
    ],
)
def test_each_wrong_file_gets_one_clear_line(tmp_path, name, data, match):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(Invalid, match=match) as info:
        read_table(path)
    assert " / " in str(info.value) and "\n" not in str(info.value)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" * 300_000)
    with pytest.raises(Invalid, match="too large"):
        read_table(path, max_bytes=1024 * 1024)
    assert read_table(path).rows[0] == (1, ["a", "b"])
