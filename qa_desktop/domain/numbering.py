"""Record numbers such as ``IA-2025-01`` (an audit) and ``NC-2025-001`` (a nonconformity).

A number is ``PREFIX-YEAR-SEQ``. The prefix may itself have several parts
(``XDYJ-NC-2025-001`` for controlled documents); each part starts with a letter, which is
what tells it apart from the four-digit year.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

AUDIT_PREFIX = "IA"
NC_PREFIX = "NC"

AUDIT_SEQ_WIDTH = 2
NC_SEQ_WIDTH = 3
DOCUMENT_SEQ_WIDTH = 3

_PART = r"[A-Z][A-Z0-9]*"
_PREFIX_RE = re.compile(rf"{_PART}(?:-{_PART})*")
_NUMBER_RE = re.compile(rf"({_PREFIX_RE.pattern})-([1-9][0-9]{{3}})-([0-9]+)")


def _check_prefix(prefix: str) -> str:
    canonical = prefix.strip().upper() if isinstance(prefix, str) else ""
    if not _PREFIX_RE.fullmatch(canonical):
        raise ValueError(
            f"编号前缀无效：{prefix!r}（应为字母开头的字母数字，如 NC） / "
            f"invalid number prefix {prefix!r} (letters and digits starting with a letter, e.g. NC)"
        )
    return canonical


def _check_year_seq(year: int, seq: int) -> None:
    if not 1000 <= year <= 9999:
        raise ValueError(f"年份应为四位数：{year} / the year must have four digits: {year}")
    if seq < 1:
        raise ValueError(f"流水号应从1开始：{seq} / the sequence number must be 1 or more: {seq}")


def _format(prefix: str, year: int, seq: int, width: int) -> str:
    canonical = _check_prefix(prefix)
    _check_year_seq(year, seq)
    return f"{canonical}-{year}-{seq:0{width}d}"


def format_audit_number(year: int, seq: int) -> str:
    """``IA-2025-01``; past 99 the number simply gets longer (``IA-2025-100``)."""
    return _format(AUDIT_PREFIX, year, seq, AUDIT_SEQ_WIDTH)


def format_nc_number(year: int, seq: int) -> str:
    """``NC-2025-001``."""
    return _format(NC_PREFIX, year, seq, NC_SEQ_WIDTH)


def format_document_number(prefix: str, kind: str, year: int, seq: int) -> str:
    """``XDYJ-NC-2025-001``: company prefix, document kind, year, sequence."""
    return _format(f"{_check_prefix(prefix)}-{_check_prefix(kind)}", year, seq, DOCUMENT_SEQ_WIDTH)


def parse_number(text: str) -> tuple[str, int, int]:
    """``" nc-2025-007 "`` → ``("NC", 2025, 7)``.

    Full-width characters typed with a Chinese input method (``ＮＣ－２０２５－００７``) are
    folded to ASCII first, so they parse too.
    """
    if not isinstance(text, str):
        raise ValueError(f"编号应为文本：{text!r} / a number must be text: {text!r}")
    canonical = unicodedata.normalize("NFKC", text).strip().upper()
    match = _NUMBER_RE.fullmatch(canonical)
    if match is None:
        raise ValueError(
            f"编号格式无效：{text!r}（应为 前缀-年份-流水号，如 NC-2025-001） / "
            f"malformed number {text!r} (expected PREFIX-YEAR-SEQ, e.g. NC-2025-001)"
        )
    prefix, year, seq = match.group(1), int(match.group(2)), int(match.group(3))
    if seq < 1:
        raise ValueError(
            f"编号流水号应从1开始：{text!r} / "
            f"the sequence part of number {text!r} must be 1 or more"
        )
    return prefix, year, seq


def next_sequence(existing: Iterable[str], prefix: str, year: int) -> int:
    """One more than the highest sequence used for ``prefix`` in ``year``; 1 if none.

    Malformed numbers and those of other prefixes or years are ignored, so a stray
    hand-typed value cannot block numbering.
    """
    wanted = _check_prefix(prefix)
    highest = 0
    for text in existing:
        try:
            got_prefix, got_year, seq = parse_number(text)
        except ValueError:
            continue
        if got_prefix == wanted and got_year == year:
            highest = max(highest, seq)
    return highest + 1
