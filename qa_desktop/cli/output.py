"""Plain-text and JSON output for the terminal."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from datetime import date, datetime
from enum import Enum
from pathlib import Path


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def clip(text: str, cols: int) -> str:
    text = " ".join(str(text).split())
    if width(text) <= cols:
        return text
    out, used = "", 0
    for c in text:
        w = width(c)
        if used + w > cols - 1:
            break
        out, used = out + c, used + w
    return out + "…"


def table(headers: list[str], rows: list[list], out=None) -> None:
    out = out or sys.stdout
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    for n, r in enumerate(cells):
        print("  ".join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip(), file=out)
        if n == 0:
            print("  ".join("-" * w for w in widths), file=out)


def _default(obj):
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Path):
        return str(obj)
    if dataclasses.is_dataclass(obj):
        return dataclasses.asdict(obj)
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def print_json(data) -> None:
    print(json.dumps(data, default=_default, ensure_ascii=False, indent=2))


def fmt_date(d: date | datetime | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        return d.astimezone().strftime("%Y-%m-%d %H:%M")
    return d.isoformat()


def print_row_errors(report, max_shown: int) -> int:
    """An all-or-nothing import's refused rows on stderr (row, column, value, problem) and
    the one-line verdict; the exit code to return (1)."""
    shown = report.errors[:max_shown]
    table(
        ["行 row", "列 column", "值 value", "问题 problem"],
        [[e.row, e.column, clip(e.value, 30), e.message] for e in shown],
        out=sys.stderr,
    )
    if len(report.errors) > len(shown):
        more = len(report.errors) - len(shown)
        print(f"… 另有 {more} 个问题 / {more} more problems", file=sys.stderr)
    bad = report.rows_read - report.rows_ok
    print(
        f"qa-desktop: {bad} 行有错误(共 {report.rows_read} 行),未导入任何数据 / "
        f"{bad} of {report.rows_read} rows have errors; nothing was imported",
        file=sys.stderr,
    )
    return 1
