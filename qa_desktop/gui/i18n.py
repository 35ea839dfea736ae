"""Languages: Chinese first, English second, switchable at run time.

UI strings are written in English in the code and .ui files and translated through Qt's
tools (resources/i18n/qa_desktop_zh_CN.ts → .qm). Coded values (grades, statuses…) carry
their labels in the domain; service messages come as "中文 / English" and are split here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qa_desktop.config import LANGUAGES
from qa_desktop.domain.enums import label
from qa_desktop.paths import resources_dir

APP_CATALOGUE = "qa_desktop"


def i18n_dir():
    return resources_dir() / "i18n"


def resolve_language(setting: str) -> str:
    """The saved choice, else the system's language when it is one we have, else Chinese."""
    if setting in LANGUAGES:
        return setting
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


# The translators installed in this process: a language switch replaces all of them,
# whichever Translations object installed them.
_INSTALLED: list[QTranslator] = []


class Translations:
    """Installs the catalogues of one language (Qt's own and the app's)."""

    def __init__(self) -> None:
        self.language = "zh_CN"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for t in _INSTALLED:
            app.removeTranslator(t)
        _INSTALLED.clear()
        self.language = language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"{APP_CATALOGUE}_{language}", str(i18n_dir())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _INSTALLED.append(translator)
        # Chinese dates and numbers in widgets that format them (QDateEdit, QLocale.toString).
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if language == "zh_CN"
            else QLocale(QLocale.Language.English)
        )


def pick(message: str, language: str) -> str:
    """One language out of a service message written as "中文 / English"."""
    zh, sep, en = str(message).partition(" / ")
    if not sep:
        return str(message)
    if not language.startswith("en"):
        # "找不到部门 / no such department: 研发部" — the trailing detail belongs to both.
        _lead, colon, detail = en.rpartition(": ")
        return f"{zh}:{detail}" if colon and detail and detail not in zh else zh
    # "SD.yaml: line 4: items[0].id: 中文" — the ASCII lead-in belongs to both languages.
    prefix, pos = "", zh.find(": ")
    while pos >= 0 and zh[:pos].isascii():
        prefix, pos = zh[: pos + 2], zh.find(": ", pos + 2)
    return en if en.startswith(prefix) else prefix + en


def coded(labels: dict, value, language: str) -> str:
    return label(labels, value, language)
