"""Checklist template files: the built-in templates and how bad files are refused."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desktop.domain.enums import AnswerType, Result
from qa_desktop.schemas.template import (
    AnswerSpec,
    ChecklistTemplateDoc,
    TemplateError,
    TemplateItem,
    builtin_template_paths,
    dump_template,
    load_template_file,
    parse_template,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

# Line numbers matter: the malformed cases below assert them.
BASE = """\
code: SD
version: "1.0"
process: SD
title: 服务台事件管理
title_en: Service desk
items:
  - id: SD-01
    question: 是否有程序?
    question_en: Procedure?
    clause: [ISO 9001:2015 7.5]
    evidence: 查看程序文件。
    evidence_en: Procedure document.
    answer:
      type: judgement
      results: [C, NC]
  - id: SD-02
    question: 必填项是否完整?
    question_en: Fields complete?
    clause: [ISO/IEC 20000-1:2018 8.6.1]
    evidence: 抽取工单25张。
    evidence_en: 25 tickets.
    answer:
      type: sample
      sample_size: 25
      results: [C, NC, OBS]
"""


def _line(n: int) -> str:
    return BASE.splitlines(keepends=True)[n - 1]


def _replace(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def _insert_after(n: int, text: str) -> str:
    lines = BASE.splitlines(keepends=True)
    return "".join([*lines[:n], text, *lines[n:]])


def _drop_line(n: int) -> str:
    lines = BASE.splitlines(keepends=True)
    return "".join(lines[: n - 1] + lines[n:])


def _refusal(text: str | bytes) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        parse_template(text, source="T.yaml")
    return info.value


# --------------------------------------------------------------------------- built-ins

EXPECTED_COUNTS = {"SD": 16, "SP": 15, "KM": 15}


def test_builtin_paths_are_the_three_templates_sorted():
    assert [p.name for p in builtin_template_paths()] == ["KM.yaml", "SD.yaml", "SP.yaml"]


@pytest.mark.parametrize("code", sorted(EXPECTED_COUNTS))
def test_builtin_template_is_complete(code):
    (path,) = [p for p in builtin_template_paths() if p.stem == code]
    doc = load_template_file(path)

    assert (doc.code, doc.process, doc.version, doc.format) == (code, code, "1.0", 1)
    assert CJK.search(doc.title) and LATIN.search(doc.title_en)
    count = EXPECTED_COUNTS[code]
    assert [item.id for item in doc.items] == [f"{code}-{n:02d}" for n in range(1, count + 1)]
    for item in doc.items:
        assert CJK.search(item.question), item.id
        assert CJK.search(item.evidence), item.id
        assert LATIN.search(item.question_en), item.id
        assert LATIN.search(item.evidence_en), item.id
        assert item.clause and all(c.strip() for c in item.clause), item.id
        # Provenance tags belong to the research notes, not to a printed checklist.
        assert not any(re.search(r"\[(S\d+|GK)\]", c) for c in item.clause), item.id
        assert Result.UNANSWERED not in item.answer.results


def test_builtin_answer_types_follow_the_checklists():
    docs = {p.stem: load_template_file(p) for p in builtin_template_paths()}
    items = {item.id: item for doc in docs.values() for item in doc.items}

    assert items["SD-01"].answer == AnswerSpec(
        type=AnswerType.JUDGEMENT, results=(Result.CONFORM, Result.NONCONFORM)
    )
    assert items["SD-10"].answer.results == (
        Result.CONFORM,
        Result.NONCONFORM,
        Result.NOT_APPLICABLE,
    )
    assert items["SD-04"].answer.sample_size == 25
    assert items["SP-02"].answer.sample_size == 30
    assert items["KM-10"].answer.sample_size == 3
    assert (items["SD-06"].answer.type, items["SD-06"].answer.unit) == (AnswerType.MEASURE, "%")
    assert items["SD-06"].answer.results == (Result.CONFORM, Result.NONCONFORM)
    assert items["SP-06"].answer.unit == "件"
    assert items["KM-09"].answer.unit == "条"
    assert items["KM-14"].answer.results == (
        Result.CONFORM,
        Result.OBSERVATION,
        Result.NOT_APPLICABLE,
    )
    assert "ISO/IEC 20000-1:2018 8.6.1" in items["SD-01"].clause


@pytest.mark.parametrize("path", builtin_template_paths(), ids=lambda p: p.stem)
def test_builtin_round_trips_through_dump(path):
    doc = load_template_file(path)
    text = dump_template(doc)
    assert parse_template(text) == doc
    assert dump_template(parse_template(text)) == text
    assert doc.items[0].question in text  # Chinese written as is, not \u-escaped


def test_dump_omits_defaults_and_keeps_field_order():
    doc = parse_template(BASE)
    text = dump_template(doc)
    keys = [line.split(":")[0] for line in text.splitlines() if not line.startswith(" ")]
    assert keys == ["code", "version", "process", "title", "title_en", "items"]
    assert "guidance" not in text and "unit" not in text and "format" not in text


def test_round_trip_of_multiline_text_units_and_tricky_scalars():
    doc = ChecklistTemplateDoc(
        code="QA",
        version="2.10",
        process="QA",
        title="质量: 测试 # 不是注释",
        title_en="yes",
        description="第一行\n第二行",
        items=(
            TemplateItem(
                id="QA-100",
                question="- 以短横开头?",
                question_en="'quoted'",
                clause=("1.0", "2024-01-01", "null"),
                evidence="[方括号]",
                evidence_en="a: b",
                answer=AnswerSpec(type=AnswerType.MEASURE, results=(Result.NONCONFORM,), unit="%"),
                guidance="提示\n  缩进的第二行",
            ),
        ),
    )
    assert parse_template(dump_template(doc)) == doc


def test_text_is_stripped_and_bom_accepted():
    text = _replace("question: 是否有程序?", "question: '  是否有程序?  '")
    doc = parse_template(("\ufeff" + text).encode("utf-8"))
    assert doc.items[0].question == "是否有程序?"


# --------------------------------------------------------------------------- refusals


def test_error_is_one_line_with_source_line_field_and_message():
    err = _refusal(_drop_line(24))
    assert str(err) == (
        "T.yaml: line 23: items[1].answer.sample_size: "
        "抽样类型必须给出样本量 / a sample item needs sample_size"
    )
    assert isinstance(err, ValueError)
    assert "\n" not in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert (again.source, again.line, again.field, again.message) == (
        err.source,
        err.line,
        err.field,
        err.message,
    )


def test_refuses_bytes_that_are_not_utf8():
    err = _refusal("code: SD\ntitle: 服务台\n".encode("gbk"))
    assert (err.line, err.field) == (2, None)
    assert "UTF-8" in err.message


def test_refuses_yaml_syntax_error_with_its_line():
    err = _refusal(_replace("question: 是否有程序?", "question: 是否: 有程序?"))
    assert (err.line, err.field) == (8, None)
    assert "YAML syntax error" in err.message


@pytest.mark.parametrize("text", ["", "\n\n", "# 只有注释\n", "---\n"])
def test_refuses_empty_file(text):
    err = _refusal(text)
    assert (err.line, err.field) == (None, None)
    assert "empty" in err.message
    assert str(err) == "T.yaml: 模板文件为空 / the template is empty"


@pytest.mark.parametrize("text", ["- code: SD\n- items: []\n", "just text\n", "42\n"])
def test_refuses_top_level_that_is_not_a_mapping(text):
    err = _refusal(text)
    assert err.line == 1
    assert "top level must be a mapping" in err.message


def test_refuses_missing_code_at_the_line_of_the_mapping():
    err = _refusal(_drop_line(1))
    assert (err.line, err.field) == (1, "code")
    assert "required field is missing" in err.message


def test_refuses_missing_items():
    err = _refusal(BASE.split("items:")[0])
    assert (err.line, err.field) == (1, "items")
    assert "required" in err.message


def test_refuses_empty_items():
    err = _refusal(BASE.split("items:")[0] + "items: []\n")
    assert (err.line, err.field) == (6, "items")
    assert "at least one" in err.message


def test_refuses_duplicate_item_id_at_the_second():
    err = _refusal(_replace("- id: SD-02", "- id: SD-01"))
    assert (err.line, err.field) == (16, "items[1].id")
    assert "duplicate item id SD-01" in err.message


def test_refuses_item_id_without_the_code_prefix():
    err = _refusal(_replace("- id: SD-02", "- id: SP-02"))
    assert (err.line, err.field) == (16, "items[1].id")
    assert "must start with SD-" in err.message


def test_refuses_badly_formed_item_id():
    err = _refusal(_replace("- id: SD-02", "- id: SD-2"))
    assert (err.line, err.field) == (16, "items[1].id")
    assert "SD-01" in err.message and "SD-2" in err.message


def test_refuses_unknown_answer_type():
    err = _refusal(_replace("type: judgement", "type: opinion"))
    assert (err.line, err.field) == (14, "items[0].answer.type")
    assert "unknown answer type" in err.message and "opinion" in err.message


def test_refuses_sample_without_sample_size():
    err = _refusal(_drop_line(24))
    assert (err.line, err.field) == (23, "items[1].answer.sample_size")
    assert "needs sample_size" in err.message


def test_refuses_sample_size_on_a_judgement_item():
    err = _refusal(_insert_after(14, "      sample_size: 5\n"))
    assert (err.line, err.field) == (15, "items[0].answer.sample_size")
    assert "only allowed when type is sample" in err.message


@pytest.mark.parametrize("size", ["0", "-3"])
def test_refuses_sample_size_below_one(size):
    err = _refusal(_replace("sample_size: 25", f"sample_size: {size}"))
    assert (err.line, err.field) == (24, "items[1].answer.sample_size")
    assert "at least 1" in err.message


@pytest.mark.parametrize("size", ["true", "25.0", '"25"'])
def test_refuses_sample_size_that_is_not_a_whole_number(size):
    err = _refusal(_replace("sample_size: 25", f"sample_size: {size}"))
    assert (err.line, err.field) == (24, "items[1].answer.sample_size")
    assert "whole number" in err.message


def test_refuses_unit_on_a_judgement_item():
    err = _refusal(_insert_after(14, '      unit: "%"\n'))
    assert (err.line, err.field) == (15, "items[0].answer.unit")
    assert "only allowed when type is measure" in err.message


def test_refuses_unknown_result_code():
    err = _refusal(_replace("results: [C, NC]", "results: [C, MAYBE]"))
    assert (err.line, err.field) == (15, "items[0].answer.results[1]")
    assert "unknown result code" in err.message and "MAYBE" in err.message


def test_refuses_unanswered_as_a_result():
    err = _refusal(_replace("results: [C, NC]", "results: [C, unanswered]"))
    assert (err.line, err.field) == (15, "items[0].answer.results[1]")
    assert "unanswered" in err.message


def test_refuses_duplicate_and_empty_results():
    err = _refusal(_replace("results: [C, NC]", "results: [C, NC, C]"))
    assert (err.line, err.field) == (15, "items[0].answer.results[2]")
    assert "duplicate result code C" in err.message

    err = _refusal(_replace("results: [C, NC]", "results: []"))
    assert (err.line, err.field) == (15, "items[0].answer.results")
    assert "at least one" in err.message


def test_refuses_unknown_field_at_its_line():
    err = _refusal(_insert_after(9, "    colour: red\n"))
    assert (err.line, err.field) == (10, "items[0].colour")
    assert "unknown field colour" in err.message


def test_refuses_duplicate_mapping_key_at_the_duplicate():
    err = _refusal(_insert_after(9, "    question: 又一个问题?\n"))
    assert (err.line, err.field) == (10, None)
    assert "duplicate key question" in err.message and "line 8" in err.message


def test_refuses_duplicate_top_level_key():
    err = _refusal(BASE + "code: SP\n")
    assert err.line == 26
    assert "duplicate key code" in err.message


def test_refuses_bad_version_string():
    err = _refusal(_replace('version: "1.0"', 'version: "v1"'))
    assert (err.line, err.field) == (2, "version")
    assert "1.0 or 1.0.1" in err.message


def test_unquoted_version_gets_a_hint_to_quote_it():
    err = _refusal(_replace('version: "1.0"', "version: 1.10"))
    assert (err.line, err.field) == (2, "version")
    assert 'write it in quotes as "1.10"' in err.message


def test_refuses_other_format_versions():
    err = _refusal("format: 2\n" + BASE)
    assert (err.line, err.field) == (1, "format")
    assert "only 1 is accepted" in err.message


def test_refuses_empty_required_text():
    err = _refusal(_replace("question: 是否有程序?", 'question: "  "'))
    assert (err.line, err.field) == (8, "items[0].question")
    assert "must not be empty" in err.message

    err = _refusal(_replace("question: 是否有程序?", "question:"))
    assert (err.line, err.field) == (8, "items[0].question")


def test_refuses_clause_that_is_not_a_list():
    err = _refusal(_replace("clause: [ISO 9001:2015 7.5]", "clause: ISO 9001:2015 7.5"))
    assert (err.line, err.field) == (10, "items[0].clause")
    assert "must be a list" in err.message


def test_refuses_anchors_and_aliases():
    err = _refusal(_replace("answer:\n      type: sample", "answer: &a\n      type: sample"))
    assert err.line == 22
    assert "anchors and aliases" in err.message

    shared = _replace("    answer:\n      type: judgement\n      results: [C, NC]\n", "")
    shared = shared.replace("  - id: SD-01\n", "  - &first\n    id: SD-01\n")
    err = _refusal(shared + "  - *first\n")
    assert "anchors and aliases" in err.message


@pytest.mark.parametrize(
    "value",
    ["!!python/object:os.system echo", "!!binary aGVsbG8=", "!!set {a, b}", "!custom x"],
)
def test_refuses_non_plain_yaml_tags(value):
    err = _refusal(_replace("title_en: Service desk", f"title_en: {value}"))
    assert err.line == 5
    assert "unsupported YAML tag" in err.message


def test_refuses_several_documents():
    err = _refusal(BASE + "---\n" + BASE)
    assert err.line == 26
    assert "YAML syntax error" in err.message


def test_reports_how_many_more_errors_there_are():
    text = _replace('version: "1.0"', 'version: "v1"').replace("type: opinion", "")
    text = text.replace("colour", "").replace("title_en: Service desk\n", "")
    err = _refusal(text)
    assert err.field == "title_en"  # the earliest line comes first
    assert "1 more error" in err.message


def test_refuses_a_missing_file(tmp_path):
    with pytest.raises(TemplateError) as info:
        load_template_file(tmp_path / "nope.yaml")
    err = info.value
    assert (err.source, err.line, err.field) == ("nope.yaml", None, None)
    assert "file not found" in err.message


def test_refuses_an_unreadable_path(tmp_path):
    with pytest.raises(TemplateError) as info:
        load_template_file(tmp_path)
    assert info.value.source == tmp_path.name
    assert "cannot read" in info.value.message


def test_load_uses_the_file_name_as_source(tmp_path):
    path = tmp_path / "MY.yaml"
    path.write_text(_replace("type: judgement", "type: opinion"), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^MY\.yaml: line 14: items\[0\]\.answer\.type: "):
        load_template_file(path)


def test_models_refuse_bad_values_when_built_in_code():
    with pytest.raises(ValueError, match="sample_size"):
        AnswerSpec(type=AnswerType.SAMPLE, results=(Result.CONFORM,))
    with pytest.raises(ValueError):
        AnswerSpec(type=AnswerType.JUDGEMENT, results=(Result.CONFORM,), extra=1)


# Anything at all, text or a damaged template, ends in a model or a TemplateError.
@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.binary(max_size=200),
        st.builds(
            lambda cut, junk: BASE[:cut] + junk + BASE[cut:],
            st.integers(0, len(BASE)),
            st.text(alphabet=":-[]{}&*!|>'\"#%@ \n\tabc1", max_size=6),
        ),
    )
)
def test_never_raises_anything_but_template_error(text):
    try:
        parse_template(text)
    except TemplateError as err:
        assert "\n" not in str(err)
