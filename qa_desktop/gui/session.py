"""The GUI's view of the data: the services context, settings, language and one change signal.

Every write goes through `call`, which shows a refusal to the user in their language and,
on success, announces what kind of data changed so every screen can refresh from one signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from qa_desktop.config import Settings, save_settings
from qa_desktop.schemas.template import TemplateError
from qa_desktop.services.context import Context, ServiceError

from .i18n import Translations, coded, pick

# What `changed` carries.
AUDITS, ANSWERS, NCS, TEMPLATES, SETTINGS, ALL = (
    "audits",
    "answers",
    "ncs",
    "templates",
    "settings",
    "all",
)
MEASURES, SURVEYS, PROGRAMME, REVIEWS = "measures", "surveys", "programme", "reviews"
DOCUMENTS = "documents"  # a PDF was generated and recorded


class AppSession(QObject):
    changed = Signal(str)
    language_changed = Signal(str)

    def __init__(
        self, ctx: Context, data_dir: Path, settings: Settings, translations: Translations
    ):
        super().__init__()
        self.ctx = ctx
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.translations = translations

    @property
    def language(self) -> str:
        return self.translations.language

    def text(self, message: str) -> str:
        return pick(message, self.language)

    def label(self, labels: dict, value) -> str:
        return coded(labels, value, self.language)

    def set_language(self, language: str) -> None:
        self.settings = self.settings.model_copy(update={"language": language})
        save_settings(self.data_dir, self.settings)
        self.translations.install(language)
        self.language_changed.emit(language)

    def set_user(self, name: str) -> None:
        self.settings = self.settings.model_copy(update={"user": name.strip()})
        save_settings(self.data_dir, self.settings)
        self.ctx.actor = name.strip()
        self.changed.emit(SETTINGS)

    def call(
        self,
        parent: QWidget | None,
        fn: Callable[..., Any],
        *args,
        changed: str | None = None,
        **kwargs,
    ) -> tuple[bool, Any]:
        """(True, result) or (False, None) after telling the user why it was refused."""
        try:
            result = fn(self.ctx, *args, **kwargs)
        except (ServiceError, TemplateError) as exc:
            self.refuse(parent, str(exc))
            return False, None
        if changed:
            self.changed.emit(changed)
        return True, result

    def refuse(self, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, self.tr("Not possible"), self.text(message))
