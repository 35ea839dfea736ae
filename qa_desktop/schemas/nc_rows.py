"""One row of a nonconformity spreadsheet import (the template's columns), validated.

People fill these sheets in Excel or WPS, in Chinese or English, so every field accepts the
forms they type: labels or codes, dates as date cells or as text. Every refusal is one
"中文 / English" message that the import reports with the row and column it came from.
Whether a department, audit or person exists is for the service to check: this module
knows nothing of the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationInfo, field_validator

from qa_desktop.domain.enums import (
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    PROCESS_LABELS,
    Grade,
    NcStatus,
    NcType,
)

__all__ = [
    "IMPORT_COLUMNS",
    "IMPORT_STATUSES",
    "SAMPLE_ROW",
    "ImportColumn",
    "NcImportRow",
    "cell_text",
    "parse_day",
]


@dataclass(frozen=True)
class ImportColumn:
    key: str  # the NcImportRow field
    zh: str
    en: str
    required: bool
    help_zh: str
    help_en: str
    aliases: tuple[str, ...] = ()  # other headers people write for the same column

    def header(self, lang: str = "zh_CN") -> str:
        return self.en if lang.startswith("en") else self.zh


# The template's columns, in the template's order. Export headers reuse these texts, so a
# column reads the same in both directions.
IMPORT_COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn(
        "process", "过程", "Process", True,
        "过程代码或名称,如 SD 或 服务台事件管理", "process code or name, e.g. SD",
        ("过程代码", "process code"),
    ),
    ImportColumn(
        "department", "受审部门", "Department", True,
        "部门名称、代码或英文名,须已在系统中", "department name, code or English name; must exist",
        ("部门", "audited department", "dept"),
    ),
    ImportColumn(
        "found_on", "发现日期", "Found on", True,
        "日期,如 2025-06-16", "a date, e.g. 2025-06-16",
        ("日期", "found", "found date", "date found"),
    ),
    ImportColumn(
        "facts", "不符合事实", "Facts", True,
        "客观证据:单号、日期、人员、抽样数量", "objective evidence: ticket numbers, dates, people, sample",
        ("不符合事实描述", "事实", "facts description"),
    ),
    ImportColumn(
        "clause", "标准条款", "Clause", True,
        "不符合的标准条款,如 ISO 20000-1 8.6.1", "the standard clause, e.g. ISO 20000-1 8.6.1",
        ("不符合条款", "条款", "standard clause"),
    ),
    ImportColumn(
        "grade", "等级", "Grade", True,
        "严重 / 一般 / 观察", "major / minor / observation",
        ("不符合等级", "级别"),
    ),
    ImportColumn(
        "audit", "审核", "Audit", False,
        "审核编号,如 IA-2025-01,须已在系统中", "audit number, e.g. IA-2025-01; must exist",
        ("审核编号", "audit number"),
    ),
    ImportColumn(
        "nc_type", "类型", "Type", False,
        "体系性 / 实施性 / 效果性", "system / implementation / effectiveness",
        ("不符合类型", "nc type"),
    ),
    ImportColumn(
        "internal_clause", "内部条款", "Internal clause", False,
        "公司内部文件条款", "the internal document clause",
        ("内部文件条款",),
    ),
    ImportColumn(
        "auditee_representative", "受审方陪同人", "Auditee representative", False,
        "受审方陪同人姓名", "who accompanied the auditor",
        ("陪同人", "representative"),
    ),
    ImportColumn(
        "auditor", "审核员", "Auditor", False,
        "审核员姓名,须已在系统中;留空则取审核组长", "auditor's name, must exist; blank: the lead auditor",
        (),
    ),
    ImportColumn(
        "due_date", "完成期限", "Due date", False,
        "不早于发现日期;留空则按等级默认(观察项无期限)",
        "not before the found date; blank: the default for the grade",
        ("期限", "due"),
    ),
    ImportColumn(
        "status", "状态", "Status", False,
        "草稿 或 已开具;留空为草稿", "draft or issued; blank: draft",
        (),
    ),
)  # fmt: skip

# Importing may only start an NC's life: anything later would invent workflow history.
IMPORT_STATUSES = (NcStatus.DRAFT, NcStatus.ISSUED)

# The template's example line. Importing it unchanged is refused (see _facts).
SAMPLE_ROW: dict[str, Any] = {
    "process": "SD",
    "department": "服务台",
    "found_on": date(2025, 6, 16),
    "facts": "示例:抽查第2季度已关闭P2事件25张,4张未记录根本原因(INC0009123等)。",
    "clause": "ISO 20000-1 8.6.1",
    "grade": "一般",
    "audit": "IA-2025-01",
    "nc_type": "实施性",
    "internal_clause": "XDYJ-SD-01 5.3",
    "auditee_representative": "刘洋",
    "auditor": "李明",
    "due_date": date(2025, 7, 16),
    "status": "草稿",
}


def _aliases(labels: dict, extra: dict[str, str] | None = None) -> dict[str, str]:
    table = {}
    for code, (zh, en) in labels.items():
        for key in (str(code), zh, en):
            table[key.lower()] = str(code)
    for key, code in (extra or {}).items():
        table[key.lower()] = code
    return table


_GRADES = _aliases(
    GRADE_LABELS, {"严重不符合": "major", "一般不符合": "minor", "观察项": "observation"}
)
_TYPES = _aliases(NC_TYPE_LABELS)
_STATUSES = _aliases(NC_STATUS_LABELS)
_PROCESS_NAMES = {
    name.lower(): code for code, pair in PROCESS_LABELS.items() for name in (code, *pair)
}

_DATE_RE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)


def cell_text(value: Any) -> str:
    """What a cell shows as text: numbers without a spurious '.0', dates as ISO days."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def parse_day(value: Any) -> date | None:
    """A date cell, or text such as 2025-06-16, 2025/6/16, 20250616 or 2025年6月16日; None
    when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # 20250616 typed into a number cell
    text = value.strip() if isinstance(value, str) else ""
    if len(text) == 8 and text.isascii() and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE_RE.fullmatch(text) if text else None
    if match is None:
        raise ValueError(
            "日期格式应为 YYYY-MM-DD 或日期单元格 / expected a date (YYYY-MM-DD or a date cell)"
        )
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError("没有这一天 / no such day") from None
    if not 2000 <= day.year <= 2100:
        raise ValueError("年份不合理 / implausible year")
    return day


def _text(value: Any) -> str:
    return cell_text(value)


def _required(value: Any) -> str:
    text = cell_text(value)
    if not text:
        raise ValueError("必填 / required")
    return text


def _limited(n: int):
    def check(value: Any) -> str:
        text = cell_text(value)
        if len(text) > n:
            raise ValueError(f"不能超过 {n} 个字 / at most {n} characters")
        return text

    return check


def _optional_ref(value: Any) -> str | None:
    return cell_text(value) or None


def _grade(value: Any) -> str:
    text = _required(value)
    code = _GRADES.get(text.lower())
    if code is None:
        raise ValueError("等级应为 严重/一般/观察 / the grade must be major, minor or observation")
    return Grade(code).value


def _nc_type(value: Any) -> str | None:
    text = cell_text(value)
    if not text:
        return None
    code = _TYPES.get(text.lower())
    if code is None:
        raise ValueError(
            "类型应为 体系性/实施性/效果性 / the type must be system, implementation or "
            "effectiveness"
        )
    return NcType(code).value


def _status(value: Any) -> str:
    text = cell_text(value)
    if not text:
        return NcStatus.DRAFT.value
    code = _STATUSES.get(text.lower())
    if code not in IMPORT_STATUSES:
        raise ValueError(
            "导入时状态只能是 草稿 或 已开具(不能导入后续流程) / an import can only create draft "
            "or issued NCs (later states need their workflow steps)"
        )
    return code


RequiredText = Annotated[str, BeforeValidator(_required)]
Text = Annotated[str, BeforeValidator(_text)]
Day = Annotated[date | None, BeforeValidator(parse_day)]


class NcImportRow(BaseModel):
    """A validated row. Validate with `context={"processes": {...}, "today": date}` to check
    the process against the ones in use and refuse found dates in the future."""

    model_config = ConfigDict(frozen=True)

    process: RequiredText
    department: RequiredText
    found_on: Day
    facts: RequiredText
    clause: RequiredText
    grade: Annotated[str, BeforeValidator(_grade)]
    audit: Annotated[str | None, BeforeValidator(_optional_ref)] = None
    nc_type: Annotated[str | None, BeforeValidator(_nc_type)] = None
    internal_clause: Text = ""
    auditee_representative: Annotated[str, BeforeValidator(_limited(100))] = ""
    auditor: Annotated[str | None, BeforeValidator(_optional_ref)] = None
    due_date: Day = None
    status: Annotated[str, BeforeValidator(_status)] = NcStatus.DRAFT.value

    @field_validator("process")
    @classmethod
    def _known_process(cls, value: str, info: ValidationInfo) -> str:
        known = set((info.context or {}).get("processes") or ()) | set(PROCESS_LABELS)
        text = value.strip()
        code = _PROCESS_NAMES.get(text.lower())
        if code is None:
            # "SD 服务台事件管理" / "SD · …" as exported: the code comes first.
            head = re.split(r"[\s·:：\-]+", text, maxsplit=1)[0].upper()
            code = head if head in known else text.upper()
        if code not in known:
            raise ValueError(
                f"未知过程(可用:{'、'.join(sorted(known))}) / unknown process "
                f"(known: {', '.join(sorted(known))})"
            )
        return code

    @field_validator("facts")
    @classmethod
    def _not_the_sample(cls, value: str) -> str:
        if value == SAMPLE_ROW["facts"]:
            raise ValueError(
                "这是模板中的示例行,请改写或删除 / this is the template's sample row: "
                "replace or delete it"
            )
        return value

    @field_validator("found_on")
    @classmethod
    def _found(cls, value: date | None, info: ValidationInfo) -> date:
        if value is None:
            raise ValueError("必填 / required")
        today = (info.context or {}).get("today")
        if today is not None and value > today:
            raise ValueError("发现日期晚于今天 / the found date is in the future")
        return value

    @field_validator("due_date")
    @classmethod
    def _due_after_found(cls, value: date | None, info: ValidationInfo) -> date | None:
        found = info.data.get("found_on")
        if value is not None and found is not None and value < found:
            raise ValueError(
                f"完成期限早于发现日期 {found.isoformat()} / the due date is before the found "
                f"date {found.isoformat()}"
            )
        return value
