from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.domain.numbering import (
    AUDIT_PREFIX,
    NC_PREFIX,
    format_audit_number,
    format_document_number,
    format_nc_number,
    next_sequence,
    parse_number,
)


def test_prefixes():
    assert (AUDIT_PREFIX, NC_PREFIX) == ("IA", "NC")


@pytest.mark.parametrize(
    ("year", "seq", "expected"),
    [(2025, 1, "IA-2025-01"), (2025, 12, "IA-2025-12"), (2026, 100, "IA-2026-100")],
)
def test_format_audit_number(year, seq, expected):
    assert format_audit_number(year, seq) == expected


@pytest.mark.parametrize(
    ("year", "seq", "expected"),
    [(2025, 1, "NC-2025-001"), (2025, 42, "NC-2025-042"), (2025, 1000, "NC-2025-1000")],
)
def test_format_nc_number(year, seq, expected):
    assert format_nc_number(year, seq) == expected


def test_format_document_number():
    assert format_document_number("XDYJ", "NC", 2025, 1) == "XDYJ-NC-2025-001"
    assert format_document_number(" xdyj ", "qp", 2025, 27) == "XDYJ-QP-2025-027"


@pytest.mark.parametrize(
    "call",
    [
        lambda: format_nc_number(2025, 0),
        lambda: format_nc_number(2025, -3),
        lambda: format_audit_number(25, 1),
        lambda: format_audit_number(20250, 1),
        lambda: format_document_number("", "NC", 2025, 1),
        lambda: format_document_number("9X", "NC", 2025, 1),
        lambda: format_document_number("XDYJ", "N C", 2025, 1),
    ],
)
def test_format_rejects_bad_parts(call):
    with pytest.raises(ValueError):
        call()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NC-2025-001", ("NC", 2025, 1)),
        ("IA-2025-07", ("IA", 2025, 7)),
        ("IA-2025-100", ("IA", 2025, 100)),
        ("  nc-2024-017 \n", ("NC", 2024, 17)),
        ("Ia-2025-3", ("IA", 2025, 3)),
        ("ＮＣ－２０２５－００９", ("NC", 2025, 9)),  # typed with a full-width input method
        ("XDYJ-NC-2025-003", ("XDYJ-NC", 2025, 3)),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "NC2025001",
        "NC-25-001",
        "NC-02025-001",
        "NC-0999-001",
        "NC-2025-",
        "NC-2025-abc",
        "NC--2025-001",
        "-2025-001",
        "2025-001",
        "NC-2025-001-X",
        "NC-2025-000",
        "NC 2025 001",
        "NC-2025-1.5",
        None,
        2025,
    ],
)
def test_parse_number_rejects_malformed(text):
    with pytest.raises(ValueError) as info:
        parse_number(text)
    message = str(info.value)
    assert "编号" in message  # Chinese half
    assert "number" in message  # English half


@given(year=st.integers(1000, 9999), seq=st.integers(1, 100_000))
def test_format_and_parse_round_trip(year, seq):
    assert parse_number(format_audit_number(year, seq)) == ("IA", year, seq)
    assert parse_number(format_nc_number(year, seq)) == ("NC", year, seq)
    assert parse_number(format_document_number("XDYJ", "NC", year, seq)) == (
        "XDYJ-NC",
        year,
        seq,
    )


EXISTING = [
    "NC-2025-001",
    "NC-2025-007",
    "nc-2025-009 ",
    "NC-2024-050",
    "IA-2025-099",
    "IA-2025-02",
    "garbage",
    "NC-2025-",
    "",
    "XDYJ-NC-2025-300",
]


@pytest.mark.parametrize(
    ("prefix", "year", "expected"),
    [
        ("NC", 2025, 10),
        ("nc", 2025, 10),
        ("NC", 2024, 51),
        ("NC", 2026, 1),
        ("IA", 2025, 100),
        ("XDYJ-NC", 2025, 301),
        ("QP", 2025, 1),
    ],
)
def test_next_sequence(prefix, year, expected):
    assert next_sequence(EXISTING, prefix, year) == expected


def test_next_sequence_compares_numbers_not_text():
    # As text "NC-2025-9" sorts after "NC-2025-010"; the sequence must not.
    assert next_sequence(["NC-2025-9", "NC-2025-010"], "NC", 2025) == 11


def test_next_sequence_empty_and_generator():
    assert next_sequence([], "NC", 2025) == 1
    assert next_sequence((f"NC-2025-{i:03d}" for i in (3, 1, 2)), "NC", 2025) == 4


def test_next_sequence_then_format_gives_a_new_number():
    existing = ["IA-2025-01", "IA-2025-02"]
    number = format_audit_number(2025, next_sequence(existing, AUDIT_PREFIX, 2025))
    assert number == "IA-2025-03"
    assert number not in existing
