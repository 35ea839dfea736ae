"""GUI fixtures: an AppSession over a copy of the demo year, and modal boxes that never block."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qa_desktop.config import Settings
from qa_desktop.gui.i18n import Translations
from qa_desktop.gui.session import AppSession
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database
from tests.conftest import FixedClock

DEMO_USER = "王海燕"


def tr(context: str, text: str) -> str:
    """A GUI string as the installed catalogue shows it (Chinese in these tests)."""
    return QCoreApplication.translate(context, text)


class Boxes:
    """Records every QMessageBox a test triggers; answers questions with `answer`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    record = Boxes()

    def fake(kind):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    return record


class Files:
    """What the next file dialog returns (set `open_path` / `save_path` in the test)."""

    def __init__(self) -> None:
        self.open_path = ""
        self.open_paths: list[str] = []
        self.save_path = ""
        self.asked: list[str] = []


@pytest.fixture(autouse=True)
def file_dialogs(monkeypatch):
    files = Files()

    def get_open(parent=None, caption="", *a, **k):
        files.asked.append(caption)
        return files.open_path, ""

    def get_opens(parent=None, caption="", *a, **k):
        files.asked.append(caption)
        return list(files.open_paths), ""

    def get_save(parent=None, caption="", *a, **k):
        files.asked.append(caption)
        return files.save_path, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_opens))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return files


@pytest.fixture
def gui_clock():
    # The week of the demo year's November audit: some NCs open, some overdue.
    return FixedClock(datetime(2025, 11, 20, 2, 0, tzinfo=UTC))


def _session(data_dir, clock, user=DEMO_USER, language="zh_CN"):
    store, _ = open_database(data_dir, daily_backup=False)
    translations = Translations()
    translations.install(language)
    ctx = Context(store=store, actor=user, clock=clock)
    return AppSession(ctx, data_dir, Settings(user=user, language=language), translations)


@pytest.fixture
def demo_dir(tmp_path, demo_db):
    target = tmp_path / "demo"
    shutil.copytree(demo_db, target)
    return target


@pytest.fixture
def session(qapp, demo_dir, gui_clock):
    """An AppSession over a private copy of the demo year, signed in as its quality manager."""
    s = _session(demo_dir, gui_clock)
    yield s
    s.ctx.store.dispose()


@pytest.fixture
def org_session(qapp, store, org_ctx, clock):
    """An AppSession over the small org_ctx database (no audits yet)."""
    translations = Translations()
    translations.install("zh_CN")
    s = AppSession(
        org_ctx, store.data_dir, Settings(user=org_ctx.actor, language="zh_CN"), translations
    )
    return s
