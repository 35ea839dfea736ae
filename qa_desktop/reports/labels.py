"""The words of the documents in both languages. A document is built once, from plain data,
with `t = Labels(lang)`; `t("key")` gives the label, Chinese first."""

from __future__ import annotations

COMMON: dict[str, tuple[str, str]] = {
    "doc_number": ("文件编号", "Document no."),
    "version": ("版本", "Version"),
    "prepared": ("编制", "Prepared by"),
    "reviewed": ("审核", "Reviewed by"),
    "approved": ("批准", "Approved by"),
    "date": ("日期", "Date"),
    "revisions": ("修订记录", "Revision history"),
    "change": ("变更说明", "Change"),
    "approver": ("批准人", "Approver"),
    "page_of": ("第 {page} 页 共 {pages} 页", "Page {page} of {pages}"),
    "none": ("无", "None"),
    "signature": ("签字", "Signature"),
    "new_document": ("新建", "New"),
}


class Labels:
    def __init__(self, lang: str, *tables: dict[str, tuple[str, str]]) -> None:
        self.lang = "en" if lang.startswith("en") else "zh_CN"
        self._table: dict[str, tuple[str, str]] = {}
        for table in (COMMON, *tables):
            self._table.update(table)

    @property
    def english(self) -> bool:
        return self.lang == "en"

    def __call__(self, key: str, **fields) -> str:
        zh, en = self._table[key]
        text = en if self.english else zh
        return text.format(**fields) if fields else text

    def pick(self, pair: tuple[str, str] | None) -> str:
        """One language of a (zh, en) label from the domain tables."""
        if pair is None:
            return ""
        return pair[1] if self.english else pair[0]
