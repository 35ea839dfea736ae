"""The one background helper: results, progress, cancel and errors come back to the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from qa_desktop.gui.workers import run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    seen = {"threads": set(), "progress": []}
    gui_thread = QThread.currentThread()

    def work(task):
        seen["threads"].add(threading.get_ident())
        for i in range(1, 4):
            task.progress(i, 3, f"step {i}")
        return 42

    results = []

    def done(value):
        assert QThread.currentThread() is gui_thread
        results.append(value)

    job = run_in_background(None, work, title="t", on_done=done, show_progress=False)
    job.progressed.connect(lambda d, t, text: seen["progress"].append((d, t, text)))
    qtbot.waitUntil(lambda: results == [42])
    assert threading.get_ident() not in seen["threads"]


def test_cancel_stops_the_work_and_reports_no_result(qtbot):
    started = threading.Event()
    release = threading.Event()

    def work(task):
        started.set()
        release.wait(5)
        task.check()  # raises Cancelled
        return "finished anyway"

    results = []
    job = run_in_background(None, work, title="t", on_done=results.append, show_progress=False)
    assert started.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
        release.set()
    assert results == []


def test_an_error_reaches_the_handler_with_its_traceback(qtbot):
    errors = []

    def work(task):
        raise ValueError("坏输入 / bad input")

    run_in_background(None, work, title="t", on_error=errors.append, show_progress=False)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
    assert "ValueError" in errors[0].traceback_text


@pytest.mark.parametrize("cancellable", [True, False])
def test_progress_dialog_follows_the_job(qtbot, cancellable):
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    results = []

    def work(task):
        task.progress(1, 2, "half")
        gate.wait(5)
        return "ok"

    run_in_background(parent, work, title="导入", on_done=results.append, cancellable=cancellable)
    dialogs = parent.findChildren(QProgressDialog)
    assert len(dialogs) == 1 and (dialogs[0].findChild(QPushButton) is not None) == cancellable
    gate.set()
    qtbot.waitUntil(lambda: results == ["ok"])
    qtbot.waitUntil(lambda: not parent.findChildren(QProgressDialog))  # closed and deleted
