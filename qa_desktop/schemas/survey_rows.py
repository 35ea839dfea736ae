"""A CSV of satisfaction-survey responses: its columns, its scores, and one validated row.

The survey dimensions follow GB/T 33850-2017 (安全性、可靠性、响应性、有形性、友好性), scored
1–5, plus an overall satisfaction score. People export these files from questionnaire tools
or type them in Excel/WPS, in Chinese or English, so headers have aliases and a score may be
written "4", "4.0", "４", "4分" or as the Likert word ("满意", "satisfied").

Everything here is pure: bytes or cells in, rows and "中文 / English" messages out. Whether
a survey exists or a file was imported before is the service's business.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

__all__ = [
    "COLUMNS",
    "DIMENSIONS",
    "DIMENSION_CODES",
    "FULL_MARKS",
    "MAX_FILE_BYTES",
    "Column",
    "Dimension",
    "ResponseRow",
    "RowProblem",
    "SurveyFileError",
    "map_headers",
    "parse_score",
    "read_table",
    "validate_rows",
]

FULL_MARKS = 5
MAX_FILE_BYTES = 5 * 1024 * 1024  # ~50,000 responses; anything bigger is not a survey export


@dataclass(frozen=True)
class Dimension:
    code: str
    zh: str
    en: str

    def label(self, lang: str = "zh_CN") -> str:
        return self.en if lang.startswith("en") else self.zh


# GB/T 33850-2017 信息技术服务 服务质量评价指标体系: the five quality characteristics.
DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("safety", "安全性", "Safety"),
    Dimension("reliability", "可靠性", "Reliability"),
    Dimension("responsiveness", "响应性", "Responsiveness"),
    Dimension("tangibles", "有形性", "Tangibles"),
    Dimension("empathy", "友好性", "Empathy"),
)
DIMENSION_CODES: tuple[str, ...] = tuple(d.code for d in DIMENSIONS)


@dataclass(frozen=True)
class Column:
    key: str  # a ResponseRow field
    zh: str
    en: str
    aliases: tuple[str, ...] = ()

    def header(self, lang: str = "zh_CN") -> str:
        return self.en if lang.startswith("en") else self.zh


_DIMENSION_ALIASES = {
    "safety": ("security", "安全"),
    "reliability": ("可靠",),
    "responsiveness": ("response", "响应", "响应速度"),
    "tangibles": ("tangibility", "有形", "有形性(设施与形象)"),
    "empathy": ("friendliness", "友好", "服务态度"),
}

COLUMNS: tuple[Column, ...] = (
    Column("customer", "客户", "Customer", ("客户名称", "单位", "客户单位", "client", "company")),
    Column("respondent", "受访人", "Respondent", ("受访者", "联系人", "姓名", "contact", "name")),
    *(Column(d.code, d.zh, d.en, _DIMENSION_ALIASES[d.code]) for d in DIMENSIONS),
    Column(
        "overall",
        "总体满意度",
        "Overall",
        ("总体", "总体评价", "整体满意度", "满意度", "overall satisfaction", "overall score"),
    ),
    Column("comment", "意见", "Comment", ("意见建议", "建议", "备注", "comments", "remarks")),
)
REQUIRED_KEYS = ("overall",)

# The Likert words a questionnaire tool may export instead of the number.
_LIKERT: dict[str, int] = {
    "非常满意": 5,
    "很满意": 5,
    "满意": 4,
    "比较满意": 4,
    "一般": 3,
    "不满意": 2,
    "很不满意": 1,
    "非常不满意": 1,
    "very satisfied": 5,
    "satisfied": 4,
    "neutral": 3,
    "dissatisfied": 2,
    "very dissatisfied": 1,
}

SCORE_MESSAGE = "分数应为 1–5 的整数或留空 / a score must be a whole number from 1 to 5, or empty"


class SurveyFileError(ValueError):
    """The file as a whole cannot be read (one "中文 / English" message)."""


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def parse_score(value: Any) -> int | None:
    """1–5 from a number or its text; None when blank. ValueError with SCORE_MESSAGE otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(SCORE_MESSAGE)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if not text:
            return None
        if text.lower() in _LIKERT:
            return _LIKERT[text.lower()]
        text = text.removesuffix("分").strip()
        try:
            number = float(text)
        except ValueError:
            raise ValueError(SCORE_MESSAGE) from None
    if not number.is_integer() or not 1 <= number <= FULL_MARKS:
        raise ValueError(SCORE_MESSAGE)
    return int(number)


def _limited(n: int):
    def check(value: Any) -> str:
        text = cell_text(value)
        if len(text) > n:
            raise ValueError(f"不能超过 {n} 个字 / at most {n} characters")
        return text

    return check


def _score(value: Any) -> int | None:
    return parse_score(value)


Score = Annotated[int | None, BeforeValidator(_score)]


class ResponseRow(BaseModel):
    """One questionnaire. `overall` may be blank: the response is kept, but it is not a valid
    questionnaire (有效问卷) for the rates."""

    model_config = ConfigDict(frozen=True)

    customer: Annotated[str, BeforeValidator(_limited(200))] = ""
    respondent: Annotated[str, BeforeValidator(_limited(100))] = ""
    safety: Score = None
    reliability: Score = None
    responsiveness: Score = None
    tangibles: Score = None
    empathy: Score = None
    overall: Score = None
    comment: Annotated[str, BeforeValidator(_limited(2000))] = ""

    def scores(self) -> dict[str, int]:
        """The dimension scores given (blank dimensions left out)."""
        return {c: v for c in DIMENSION_CODES if (v := getattr(self, c)) is not None}


# --- reading the file ---------------------------------------------------------------------

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise SurveyFileError(
            f"这是 Excel 工作簿,请在 Excel/WPS 中另存为 CSV / this is an Excel workbook; save it "
            f"as CSV first: {name}"
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        text = raw.decode("utf-16")
    else:
        if b"\x00" in raw[:4096]:
            raise SurveyFileError(f"不是 CSV 文本文件 / not a CSV text file: {name}")
        # UTF-8 (with or without BOM) first; Chinese Excel and WPS save CSV as GBK/GB18030.
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise SurveyFileError(
                f"无法识别文件编码,请另存为 UTF-8 CSV / unknown text encoding; save as UTF-8 "
                f"CSV: {name}"
            )
    # GB18030 decodes almost any bytes; control characters are what give binary away.
    if _CONTROL.search(text[:65536]):
        raise SurveyFileError(f"不是 CSV 文本文件 / not a CSV text file: {name}")
    return text


def read_table(raw: bytes, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(headers, [(row number as Excel shows it, cells)]) of a CSV; blank lines left out."""
    if len(raw) > MAX_FILE_BYTES:
        raise SurveyFileError(
            f"文件过大(超过 {MAX_FILE_BYTES // (1024 * 1024)} MB),不像满意度问卷导出 / the file "
            f"is too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB) for a survey export: {name}"
        )
    if not raw.strip():
        raise SurveyFileError(f"文件是空的 / the file is empty: {name}")
    text = _decode(raw, name)
    if not text.strip():
        raise SurveyFileError(f"文件是空的 / the file is empty: {name}")
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((",", "\t", ";", "，"), key=first.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise SurveyFileError(f"CSV 格式错误 / malformed CSV: {name}: {exc}") from exc
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for n, cells in enumerate(records, 1):
        cells = [cell_text(c) for c in cells]
        if not any(cells):
            continue
        if header is None:
            header = cells
        else:
            rows.append((n, cells))
    if header is None:
        raise SurveyFileError(f"文件是空的 / the file is empty: {name}")
    if not rows:
        raise SurveyFileError(
            f"只有表头,没有数据行 / the file has a header but no data rows: {name}"
        )
    return header, rows


def _norm(header: str) -> str:
    text = unicodedata.normalize("NFKC", header)
    text = re.sub(r"[(\[].*?[)\]]", "", text)  # "安全性(1-5分)", "Overall (1-5)"
    return re.sub(r"[\s*_\-:]+", "", text).lower()


_HEADER_KEYS: dict[str, Column] = {
    _norm(name): c for c in COLUMNS for name in (c.zh, c.en, c.key, *c.aliases)
}


def expected_headers() -> str:
    return "、".join(c.zh for c in COLUMNS) + " / " + ", ".join(c.en for c in COLUMNS)


def map_headers(headers: list[str], name: str) -> dict[str, tuple[int, str]]:
    """{field: (column index, header as written)}; unknown, doubled and missing columns refused."""
    found: dict[str, tuple[int, str]] = {}
    unknown, doubled = [], []
    for i, shown in enumerate(headers):
        if not shown:
            continue  # a trailing comma; a cell under it is reported row by row
        col = _HEADER_KEYS.get(_norm(shown))
        if col is None:
            unknown.append(shown)
        elif col.key in found:
            doubled.append(shown)
        else:
            found[col.key] = (i, shown)
    if unknown:
        raise SurveyFileError(
            f"未知的列 / unknown columns: {', '.join(unknown)} (可用的列 / expected: "
            f"{expected_headers()}) in {name}"
        )
    if doubled:
        raise SurveyFileError(f"重复的列 / columns given twice: {', '.join(doubled)} in {name}")
    missing = [f"{c.zh} {c.en}" for c in COLUMNS if c.key in REQUIRED_KEYS and c.key not in found]
    if missing:
        raise SurveyFileError(
            f"缺少必需的列 / missing required columns: {', '.join(missing)} in {name}"
        )
    return found


@dataclass(frozen=True)
class RowProblem:
    row: int  # as Excel shows it: the header is row 1
    column: str  # the header as written in the file
    value: str
    message: str  # "中文 / English"


def _clip(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def validate_rows(
    rows: list[tuple[int, list[str]]], columns: dict[str, tuple[int, str]]
) -> tuple[list[tuple[int, ResponseRow]], list[RowProblem]]:
    """(the good rows, every problem in reading order). A row with any problem is not good."""
    mapped = {i for i, _shown in columns.values()}
    good: list[tuple[int, ResponseRow]] = []
    problems: list[RowProblem] = []
    for n, cells in rows:
        raw = {key: (cells[i] if i < len(cells) else "") for key, (i, _h) in columns.items()}
        found: list[tuple[int, RowProblem]] = [
            (
                i,
                RowProblem(
                    n,
                    f"第{i + 1}列 / column {i + 1}",
                    _clip(text),
                    "此单元格没有表头(CSV 中是否有未加引号的逗号?) / a cell without a header "
                    "(an unquoted comma in the CSV?)",
                ),
            )
            for i, text in enumerate(cells)
            if text and i not in mapped
        ]
        try:
            row = ResponseRow.model_validate(raw)
        except ValidationError as exc:
            row = None
            for e in exc.errors(include_url=False):
                key = str(e["loc"][0]) if e["loc"] else "overall"
                err = (e.get("ctx") or {}).get("error")
                message = str(err) if err is not None else f"无效值 / invalid value: {e['msg']}"
                index, shown = columns[key]
                found.append((index, RowProblem(n, shown, _clip(raw[key]), message)))
        if found:
            problems.extend(p for _i, p in sorted(found, key=lambda f: f[0]))
        elif row is not None:
            good.append((n, row))
    return good, problems
