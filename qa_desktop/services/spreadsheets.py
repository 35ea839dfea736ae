"""Reading a spreadsheet a user chose: a CSV (UTF-8, GB18030 or Excel's UTF-16 text) or the
first sheet of an .xlsx, as numbered rows of cells — with one clear refusal for each way a
file can be wrong (missing, a folder, locked, too large, empty, old .xls, damaged, another
encoding, not a spreadsheet at all). What the cells mean is each importer's business.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .context import Invalid

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, or an encrypted .xlsx
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv", "")


@dataclass(frozen=True)
class RawTable:
    """A file's non-blank rows as cells, with what identifies the file."""

    name: str
    sha256: str
    size: int
    rows: list[tuple[int, list[Any]]]  # (row number as a spreadsheet shows it, cells)


def blank(cells: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise Invalid(f"找不到文件 / no such file: {path}") from None
    except OSError as exc:
        raise Invalid(f"无法读取 / cannot read {path.name}: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise Invalid(f"这是文件夹,不是文件 / this is a folder, not a file: {path}")
    if max_bytes is not None and size > max_bytes:
        # Refused on its size alone: a file this big is not read into memory at all.
        raise Invalid(
            f"文件过大({size / 1024 / 1024:.1f} MB,上限 {max_bytes // 1024 // 1024} MB),"
            f"请按月份分批导出 / the file is too large ({size / 1024 / 1024:.1f} MB, the limit "
            f"is {max_bytes // 1024 // 1024} MB); export it in parts, e.g. by month: {path.name}"
        )
    if size == 0:
        raise Invalid(f"文件是空的 / the file is empty: {path.name}")
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise Invalid(
            f"无法读取 {path.name}(文件被锁定或无权限) / cannot read {path.name} "
            f"(locked or no permission): {exc.strerror or exc}"
        ) from exc
    except OSError as exc:
        raise Invalid(f"无法读取 / cannot read {path.name}: {exc.strerror or exc}") from exc


def decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw[:65536]:
        # UTF-8 (with or without BOM) first; Chinese Excel and WPS save CSV as GBK/GB18030.
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise Invalid(
        f"不是电子表格,或文本既不是 UTF-8 也不是 GB18030,请另存为 UTF-8 CSV 或 .xlsx / not a "
        f"spreadsheet, or text that is neither UTF-8 nor GB18030; save it as UTF-8 CSV or "
        f".xlsx: {name}"
    )


def csv_rows(raw: bytes, name: str) -> list[tuple[int, list[Any]]]:
    text = decode(raw, name)
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count)
    try:
        # Numbered by record, as Excel numbers rows (a quoted cell may span lines).
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [(n, cells) for n, cells in enumerate(reader, 1)]
    except csv.Error as exc:
        raise Invalid(f"CSV 格式错误 / malformed CSV: {name}: {exc}") from exc


def xlsx_rows(raw: bytes, name: str) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    if raw.startswith(OLE_MAGIC):
        raise Invalid(
            f"文件已加密或为旧版 .xls 格式,请另存为 .xlsx / the file is encrypted or in the old "
            f".xls format; save it as .xlsx: {name}"
        )
    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors all mean the same to the user
        raise Invalid(
            f"无法读取 Excel 文件(文件损坏或不是 .xlsx) / cannot read the workbook (damaged or "
            f"not an .xlsx file): {name}"
        ) from exc
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # some writers record a wrong used range; read every row
        return [(n, list(r)) for n, r in enumerate(ws.iter_rows(values_only=True), 1)]
    except Exception as exc:
        raise Invalid(
            f"无法读取 Excel 文件(文件损坏) / cannot read the workbook (damaged): {name}"
        ) from exc
    finally:
        wb.close()


def is_xlsx(path: Path, raw: bytes) -> bool:
    return path.suffix.lower() in XLSX_SUFFIXES or raw.startswith((ZIP_MAGIC, OLE_MAGIC))


def read_table(path: Path | str, max_bytes: int | None = None) -> RawTable:
    """The non-blank rows of a CSV or of an XLSX's first sheet.

    Refuses, before reading, a file over `max_bytes`; refuses empty files, the old .xls,
    other formats and text in another encoding, each with one clear message.
    """
    path = Path(path)
    raw = read_bytes(path, max_bytes)
    if not raw.strip():
        raise Invalid(f"文件是空的 / the file is empty: {path.name}")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise Invalid(
            f"不支持旧版 .xls 格式,请在 Excel/WPS 中另存为 .xlsx / the old .xls format is not "
            f"supported; save it as .xlsx: {path.name}"
        )
    if is_xlsx(path, raw):
        rows = xlsx_rows(raw, path.name)
    elif suffix in TEXT_SUFFIXES:
        rows = csv_rows(raw, path.name)
    else:
        raise Invalid(
            f"不是 .xlsx 或 .csv 电子表格 / not a spreadsheet (.xlsx or .csv): {path.name}"
        )
    rows = [(n, cells) for n, cells in rows if not blank(cells)]
    if not rows:
        raise Invalid(f"文件是空的 / the file is empty: {path.name}")
    return RawTable(path.name, hashlib.sha256(raw).hexdigest(), len(raw), rows)
