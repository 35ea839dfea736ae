"""Long work off the GUI thread, through one helper, with progress and cancel.

    run_in_background(parent, fn, title=…, on_done=…)

`fn(task)` runs on the thread pool and may call `task.progress(done, total, text)` and check
`task.cancelled`; its result (or its error) comes back on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised by a task that noticed it was cancelled."""


class Task:
    """What the background function sees."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), text)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], task: Task, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.task, self.signals = fn, task, signals

    def run(self) -> None:
        try:
            result = self.fn(self.task)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported on the GUI thread, never lost in a worker
            exc.traceback_text = traceback.format_exc()
            self.signals.failed.emit(exc)
        else:
            if self.task.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class Job(QObject):
    """A running background call; keeps its signals alive until it ends."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.task = Task(self._signals)
        self._signals.progressed.connect(self.progressed)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self._signals.cancelled.connect(self.cancelled)

    def cancel(self) -> None:
        self.task.cancel()


_ACTIVE: set[Job] = set()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Task], Any],
    *,
    title: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
    pool: QThreadPool | None = None,
) -> Job:
    job = Job(parent)
    _ACTIVE.add(job)
    dialog = None
    if show_progress:
        dialog = QProgressDialog(
            title, QCoreApplication.translate("Job", "Cancel") if cancellable else "", 0, 0, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick jobs finish before a dialog flashes up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel)

        def show_progress_(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        job.progressed.connect(show_progress_)

    def end() -> None:
        _ACTIVE.discard(job)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        job.deleteLater()

    def done(result: Any) -> None:
        end()
        if on_done:
            on_done(result)

    def failed(exc: Exception) -> None:
        end()
        if on_error:
            on_error(exc)
        else:
            raise exc

    job.finished.connect(done)
    job.failed.connect(failed)
    job.cancelled.connect(end)
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, job.task, job._signals))
    return job
