"""Run in its own process by bench/register_gui.py: the register page over a big database.

Prints one JSON object: ms from each filter change to the first page painted, ms to scroll
to the last row and paint it, and the process's peak RSS.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

import qa_desktop.gui  # noqa: F401  (applies the PySide6 6.12.0 None workaround first)
from qa_desktop.config import Settings
from qa_desktop.gui import fonts
from qa_desktop.gui.i18n import Translations
from qa_desktop.gui.register_presets import EMPTY_STATE
from qa_desktop.gui.session import AppSession
from qa_desktop.gui.views.nc_view import NonconformitiesView
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database

# What a quality manager changes in a day, one widget at a time.
CHANGES = [
    ("open", {"status": "open"}),
    ("major", {"grade": "major"}),
    ("department", {"department": "备件库"}),
    ("process", {"process": "SP"}),
    ("overdue", {"overdue": True}),
    ("year", {"year": 2025}),
    ("text", {"text": "INC123"}),
    ("text_common", {"text": "记录"}),  # matches every row: the count reads them all
    ("all", {}),
]


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(data_dir: str) -> None:
    app = QApplication([])
    fonts.register(app)
    translations = Translations()
    translations.install("zh_CN")
    store, _ = open_database(Path(data_dir), daily_backup=False)
    ctx = Context(store=store, actor="bench", clock=lambda: datetime(2026, 6, 30, 4, tzinfo=UTC))
    session = AppSession(
        ctx, Path(data_dir), Settings(user="bench", language="zh_CN"), translations
    )
    view = NonconformitiesView(session)
    view.resize(1280, 800)
    view.show()
    view.activate()
    app.processEvents()
    table = view.ui.table
    timings: dict[str, float] = {}
    counted: dict[str, float] = {}
    for label, change in CHANGES:
        state = {**EMPTY_STATE, **change}
        start = time.perf_counter()
        view.set_state(state)
        view.apply_filters()  # what the widget's signal (or the search debounce) triggers
        table.viewport().repaint()  # paint the first page now
        timings[label] = (time.perf_counter() - start) * 1000
        # A text search counts its matches after the paint; report when the count is in.
        view.model.finish_count()
        counted[label] = (time.perf_counter() - start) * 1000
    view.set_state(EMPTY_STATE)
    view.apply_filters()
    start = time.perf_counter()
    table.scrollToBottom()
    table.viewport().repaint()
    scroll_ms = (time.perf_counter() - start) * 1000
    last = view.model.row_at(view.model.rowCount() - 1)
    print(
        json.dumps(
            {
                "filter_paint_ms": timings,
                "filter_counted_ms": counted,
                "scroll_last_ms": scroll_ms,
                "rows": view.model.rowCount(),
                "last_row": last.number if last else None,
                "pages_in_memory": view.model.pages_in_memory(),
                "peak_rss_mb": peak_rss_mb(),
            }
        )
    )
    store.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
