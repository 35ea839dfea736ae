"""Chinese first: every string the GUI shows has a translation, and the compiled catalogue is current."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from qa_desktop.gui import translations_build as tb
from qa_desktop.gui.i18n import Translations


def _untranslated(ts_file) -> list[str]:
    root = ET.parse(ts_file).getroot()
    return [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]


def test_the_catalogue_covers_every_string_in_the_code(tmp_path):
    committed = tb.ts_path("zh_CN")
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    tb.update(copy)  # what lupdate finds in today's sources
    assert _untranslated(copy) == [], (
        "run `python -m qa_desktop.gui.translations_build` and translate"
    )
    assert len(list(ET.parse(copy).getroot().iter("message"))) > 300


def test_the_compiled_catalogue_is_current(tmp_path):
    committed = tb.ts_path("zh_CN")
    fresh = tmp_path / "fresh.qm"
    tb.release(committed, fresh)
    assert fresh.read_bytes() == committed.with_suffix(".qm").read_bytes()


def test_placeholders_survive_translation():
    import re

    root = ET.parse(tb.ts_path("zh_CN")).getroot()
    for m in root.iter("message"):
        source, text = m.findtext("source"), m.findtext("translation") or ""
        for field in set(re.findall(r"\{\w+\}", source)):
            assert field in text, (source, text)


def test_chinese_is_installed_and_english_restores_the_source(qapp):
    translations = Translations()
    translations.install("zh_CN")
    try:
        home = QCoreApplication.translate("MainWindow", "Home")
        assert home != "Home" and not home.isascii()
        translations.install("en")
        assert QCoreApplication.translate("MainWindow", "Home") == "Home"
    finally:
        translations.install("zh_CN")
