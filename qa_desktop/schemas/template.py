"""Checklist template files: the pydantic schema, a strict YAML loader and a dumper.

Templates are edited by hand (by a quality manager, in a text editor), so every way a file
can be wrong must end in one `TemplateError` that names the file, the line and the field,
in Chinese and English.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from qa_desktop.domain.enums import AnswerType, Result
from qa_desktop.paths import templates_dir

__all__ = [
    "AnswerSpec",
    "ChecklistTemplateDoc",
    "TemplateError",
    "TemplateItem",
    "builtin_template_paths",
    "dump_template",
    "load_template_file",
    "parse_template",
]

FORMAT_VERSION = 1

# [0-9], not \d: pydantic's Rust regex engine lets \d match any Unicode digit.
ITEM_ID_PATTERN = r"^[A-Z]{2,6}-[0-9]{2,3}$"
CODE_PATTERN = r"^[A-Z]{2,6}$"
VERSION_PATTERN = r"^[0-9]+\.[0-9]+(\.[0-9]+)?$"

Text = Annotated[str, StringConstraints(strip_whitespace=True)]
RequiredText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_RULE = "template_rule"


def _rule_error(message: str, *at: str | int) -> PydanticCustomError:
    """A cross-field rule failure; `at` extends the error's loc so the loader can find the line."""
    return PydanticCustomError(_RULE, "{detail}", {"detail": message, "at": at})


class TemplateError(ValueError):
    """A template file that cannot be used, located as precisely as the input allows."""

    def __init__(
        self,
        message: str,
        *,
        source: str = "<template>",
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = " ".join(message.split())
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self._one_line())

    def _one_line(self) -> str:
        parts = [self.source]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)

    def __str__(self) -> str:
        return self._one_line()

    def __reduce__(self):
        return (_rebuild_error, (self.message, self.source, self.line, self.field))


def _rebuild_error(message: str, source: str, line: int | None, field: str | None) -> TemplateError:
    return TemplateError(message, source=source, line=line, field=field)


# --------------------------------------------------------------------------- schema


class AnswerSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: AnswerType
    results: tuple[Result, ...] = Field(min_length=1)
    # Strict so that `sample_size: true` or `25.0` is not silently read as a number.
    sample_size: Annotated[int, Field(strict=True, ge=1)] | None = None
    unit: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None

    @field_validator("results")
    @classmethod
    def _results_are_answers(cls, results: tuple[Result, ...]) -> tuple[Result, ...]:
        seen: set[Result] = set()
        for index, result in enumerate(results):
            if result is Result.UNANSWERED:
                raise _rule_error(
                    "结果选项不能包含 unanswered(它表示尚未作答,不是可选结果)"
                    " / results must not list 'unanswered' (it means not yet answered)",
                    index,
                )
            if result in seen:
                raise _rule_error(
                    f"结果选项重复:{result.value} / duplicate result code {result.value}", index
                )
            seen.add(result)
        return results

    @model_validator(mode="after")
    def _fields_fit_type(self) -> AnswerSpec:
        if self.type is AnswerType.SAMPLE and self.sample_size is None:
            raise _rule_error(
                "抽样类型必须给出样本量 / a sample item needs sample_size", "sample_size"
            )
        if self.type is not AnswerType.SAMPLE and self.sample_size is not None:
            raise _rule_error(
                "只有抽样类型(sample)才能填写样本量"
                " / sample_size is only allowed when type is sample",
                "sample_size",
            )
        if self.type is not AnswerType.MEASURE and self.unit is not None:
            raise _rule_error(
                "只有测量类型(measure)才能填写单位 / unit is only allowed when type is measure",
                "unit",
            )
        return self


class TemplateItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=ITEM_ID_PATTERN)]
    question: RequiredText
    question_en: Text
    clause: tuple[RequiredText, ...] = Field(min_length=1)
    evidence: RequiredText
    evidence_en: Text
    answer: AnswerSpec
    guidance: Text = ""


class ChecklistTemplateDoc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal[1] = FORMAT_VERSION
    code: Annotated[str, Field(pattern=CODE_PATTERN)]
    version: Annotated[str, Field(pattern=VERSION_PATTERN)]
    process: Annotated[str, Field(pattern=CODE_PATTERN)]
    title: RequiredText
    title_en: Text
    description: Text = ""
    description_en: Text = ""
    items: tuple[TemplateItem, ...] = Field(min_length=1)

    @field_validator("items")
    @classmethod
    def _ids_unique(cls, items: tuple[TemplateItem, ...]) -> tuple[TemplateItem, ...]:
        first_at: dict[str, int] = {}
        for index, item in enumerate(items):
            if item.id in first_at:
                raise _rule_error(
                    f"检查项编号重复:{item.id}(与 items[{first_at[item.id]}] 相同)"
                    f" / duplicate item id {item.id} (same as items[{first_at[item.id]}])",
                    index,
                    "id",
                )
            first_at[item.id] = index
        return items

    @model_validator(mode="after")
    def _ids_carry_code(self) -> ChecklistTemplateDoc:
        prefix = f"{self.code}-"
        for index, item in enumerate(self.items):
            if not item.id.startswith(prefix):
                raise _rule_error(
                    f"检查项编号 {item.id} 必须以 {prefix} 开头"
                    f" / item id {item.id} must start with {prefix}",
                    "items",
                    index,
                    "id",
                )
        return self


# --------------------------------------------------------------------------- YAML loading

_CORE = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
# Dates stay text (no field wants a date), and merge/value keys have no use without anchors.
_DROPPED_RESOLVERS = frozenset(_CORE + name for name in ("timestamp", "merge", "value"))


class _Refused(yaml.MarkedYAMLError):
    """Valid YAML that a template may not use; `problem` is already bilingual."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem=problem, problem_mark=mark)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader minus the features that make hand-edited files mean something unexpected."""

    yaml_implicit_resolvers: ClassVar = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED_RESOLVERS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):
        event = self.peek_event()
        # Aliases share (or recurse into) objects and hide where a value came from.
        if event.anchor is not None:
            raise _Refused(
                "不支持锚点/别名(& 和 *),请直接写出内容"
                " / anchors and aliases (& and *) are not supported; write the value out",
                event.start_mark,
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _PLAIN_TAGS:
            raise _Refused(
                f"不支持的 YAML 标签 {_short_tag(tag)} / unsupported YAML tag {_short_tag(tag)}",
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        seen: dict[str, yaml.Node] = {}
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _CORE + "str":
                raise _Refused(
                    "键必须是文本 / mapping keys must be plain text", key_node.start_mark
                )
            first = seen.get(key_node.value)
            if first is not None:
                raise _Refused(
                    f"键 {key_node.value} 重复(第 {first.start_mark.line + 1} 行已出现)"
                    f" / duplicate key {key_node.value}"
                    f" (already on line {first.start_mark.line + 1})",
                    key_node.start_mark,
                )
            seen[key_node.value] = key_node
        return node


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _mark_line(mark: yaml.Mark | None) -> int | None:
    return None if mark is None else mark.line + 1


def _load_yaml(text: str, source: str) -> tuple[yaml.MappingNode, dict[str, Any]]:
    loader = None
    try:
        loader = _StrictLoader(text)  # the reader already refuses control characters here
        root = loader.get_single_node()
        if root is None or (
            isinstance(root, yaml.ScalarNode) and root.tag == _CORE + "null" and not root.value
        ):
            raise TemplateError("模板文件为空 / the template is empty", source=source)
        if not isinstance(root, yaml.MappingNode):
            raise TemplateError(
                "顶层必须是映射(键: 值),而不是列表或单个值"
                " / the top level must be a mapping (key: value), not a list or a single value",
                source=source,
                line=_mark_line(root.start_mark),
            )
        data = loader.construct_document(root)
    except _Refused as exc:
        raise TemplateError(
            exc.problem or "", source=source, line=_mark_line(exc.problem_mark)
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = "; ".join(part for part in (exc.context, exc.problem) if part)
        raise TemplateError(
            f"YAML 语法错误 / YAML syntax error: {detail}", source=source, line=_mark_line(mark)
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        raise TemplateError(
            "文件含有不允许的字符 / the file contains a character YAML does not allow: "
            f"{exc.reason}",
            source=source,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise TemplateError(f"YAML 错误 / YAML error: {exc}", source=source) from None
    except RecursionError:
        raise TemplateError("嵌套层次过深 / nesting is too deep", source=source) from None
    finally:
        if loader is not None:
            loader.dispose()
    return root, data


# --------------------------------------------------------------------------- error reporting


def _locate(root: yaml.Node, loc: Sequence[str | int]) -> tuple[int, yaml.Node | None]:
    """The line of the node at `loc`; for a missing key, the line of the mapping that lacks it."""
    node: yaml.Node = root
    line = root.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    line, node = key_node.start_mark.line + 1, value_node
                    break
            else:
                return node.start_mark.line + 1, None
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return line, None
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            # pydantic adds loc parts of its own (union members etc.); the line so far is best.
            return line, None
    return line, node


def _dotted(loc: Sequence[str | int]) -> str | None:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or None


def _clip(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


_PATTERN_HINTS = {
    "id": "编号格式应为大写字母-两到三位数字,如 SD-01 / an id looks like SD-01",
    "code": "应为 2~6 个大写字母,如 SD / must be 2-6 capital letters, e.g. SD",
    "process": "应为 2~6 个大写字母,如 SD / must be 2-6 capital letters, e.g. SD",
    "version": "版本号格式应为 1.0 或 1.0.1 / a version looks like 1.0 or 1.0.1",
}


def _describe(error: dict[str, Any], node: yaml.Node | None) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    name = next((p for p in reversed(error["loc"]) if isinstance(p, str)), "")
    if kind == _RULE:
        return str(ctx["detail"])
    if kind == "missing":
        return "缺少必填字段 / required field is missing"
    if kind == "extra_forbidden":
        return f"未知字段 {name}(拼写错误?) / unknown field {name} (a typo?)"
    if value is None and kind.endswith("_type"):
        return "值不能为空 / a value is required here"
    if kind == "string_type":
        if isinstance(node, yaml.ScalarNode) and node.style is None:
            return (
                f'须为文本,请加引号写成 "{_clip(node.value)}"'
                f' / must be text: write it in quotes as "{_clip(node.value)}"'
            )
        return "须为文本 / must be text"
    if kind == "string_too_short":
        return "不能为空 / must not be empty"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(name, f"格式不符 / must match {ctx.get('pattern')}")
        return f"{hint}(现为 {_clip(value)} / got {_clip(value)})"
    if kind == "enum":
        if name == "type":
            choices = " / ".join(t.value for t in AnswerType)
            return (
                f"未知答案类型 {_clip(value)},可选 {choices} / unknown answer type, use {choices}"
            )
        if name == "results":
            choices = " / ".join(r.value for r in Result if r is not Result.UNANSWERED)
            return (
                f"未知结果代码 {_clip(value)},可选 {choices} / unknown result code, use {choices}"
            )
        return f"取值无效 {_clip(value)} / invalid value, expected {ctx.get('expected')}"
    if kind == "literal_error" and name == "format":
        return f"不支持的格式版本 {_clip(value)},只接受 1 / unsupported format, only 1 is accepted"
    if kind in ("tuple_type", "list_type"):
        return "须为列表 / must be a list"
    if kind == "too_short":
        return "至少需要一项 / needs at least one entry"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "须为整数 / must be a whole number"
    if kind == "greater_than_equal":
        return f"须不小于 {ctx.get('ge')} / must be at least {ctx.get('ge')}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "须为映射(键: 值) / must be a mapping (key: value)"
    return f"取值无效 / invalid value: {error.get('msg', kind)}"


def _is_echo(error: dict[str, Any]) -> bool:
    """pydantic also reports a list whose entries all failed as too short; the entries say more."""
    if error["type"] != "too_short":
        return False
    given, ctx = error.get("input"), error.get("ctx") or {}
    return isinstance(given, list | tuple) and len(given) >= ctx.get("min_length", 0)


def _validation_error(exc: ValidationError, root: yaml.Node, source: str) -> TemplateError:
    located = []
    for error in exc.errors():
        if _is_echo(error):
            continue
        loc = tuple(error["loc"])
        if error["type"] == _RULE:
            loc += tuple((error.get("ctx") or {}).get("at", ()))
        line, node = _locate(root, loc)
        located.append((line, loc, error, node))
    # Report the earliest line: people fix a file top to bottom.
    line, loc, error, node = min(located, key=lambda entry: entry[0])
    message = _describe({**error, "loc": loc}, node)
    if len(located) > 1:
        more = len(located) - 1
        message += f"(另有 {more} 处错误 / {more} more error{'s' if more > 1 else ''})"
    return TemplateError(message, source=source, line=line, field=_dotted(loc))


# --------------------------------------------------------------------------- public functions


def parse_template(text: str | bytes, source: str = "<template>") -> ChecklistTemplateDoc:
    """Read a template from YAML text; every failure is a `TemplateError`."""
    if isinstance(text, bytes):
        try:
            # utf-8-sig: Windows Notepad may prepend a BOM; that is still UTF-8.
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TemplateError(
                "文件不是 UTF-8 编码,请另存为 UTF-8"
                " / the file is not UTF-8 encoded; save it as UTF-8",
                source=source,
                line=text.count(b"\n", 0, exc.start) + 1,
            ) from None
    root, data = _load_yaml(text, source)
    try:
        return ChecklistTemplateDoc.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc, root, source) from None


def load_template_file(path: str | Path) -> ChecklistTemplateDoc:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError("文件不存在 / file not found", source=path.name) from None
    except OSError as exc:
        raise TemplateError(
            f"无法读取文件 / cannot read the file: {exc.strerror or exc}", source=path.name
        ) from None
    return parse_template(raw, source=path.name)


class _TemplateDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses aliases, so never write any

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list entries under their key, as the hand-written templates do.
        return super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar(_CORE + "str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    # Short lists of codes read best inline: results: [C, NC, OBS].
    flow = all(isinstance(entry, str) and len(entry) <= 8 for entry in value)
    return dumper.represent_sequence(_CORE + "seq", value, flow_style=flow)


_TemplateDumper.add_representer(str, _represent_str)
_TemplateDumper.add_representer(list, _represent_list)


def dump_template(doc: ChecklistTemplateDoc) -> str:
    """YAML text for `doc`, fields in schema order, defaults left out."""
    data = doc.model_dump(mode="json", exclude_defaults=True)
    return yaml.dump(
        data,
        Dumper=_TemplateDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
    )


def builtin_template_paths() -> list[Path]:
    return sorted(templates_dir().glob("*.yaml"))
