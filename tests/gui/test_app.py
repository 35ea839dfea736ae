"""Start-up: one instance per data folder, the smoke start, the first-run dialog."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QDialogButtonBox

from qa_desktop.gui.app import LOCK_NAME, acquire_lock
from qa_desktop.gui.dialogs.first_run import DEMO_USER, FirstRunDialog


def _start(data_dir, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "qa_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_lock_admits_one_holder_at_a_time(tmp_path):
    first = acquire_lock(tmp_path)
    assert first is not None
    assert acquire_lock(tmp_path) is None
    first.unlock()
    again = acquire_lock(tmp_path)
    assert again is not None
    again.unlock()


def test_smoke_start_opens_the_main_window_and_exits_cleanly(tmp_path):
    result = _start(tmp_path / "data", "--smoke")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "qa.sqlite3").exists()
    assert (tmp_path / "data" / "window.ini").exists()  # geometry saved on close


def test_a_second_instance_says_so_and_touches_nothing(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    holder = QLockFile(str(data / LOCK_NAME))
    assert holder.tryLock(0)
    try:
        result = _start(data, "--smoke")
    finally:
        holder.unlock()
    assert result.returncode == 1
    assert result.stderr.count("\n") <= 2 and str(data) in result.stderr
    assert not (data / "qa.sqlite3").exists()


def test_first_run_needs_a_name_and_a_company_or_the_demo(qtbot):
    dialog = FirstRunDialog("/data", "")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    # QTest cannot type CJK characters (it aborts); an input method would commit text like this.
    dialog.ui.userEdit.setText("李明")
    assert not ok.isEnabled()
    dialog.ui.companyEdit.setText("测试公司")
    assert ok.isEnabled() and (dialog.user(), dialog.company()) == ("李明", "测试公司")
    dialog.ui.demoCheck.setChecked(True)
    assert (
        dialog.user() == DEMO_USER and not dialog.ui.companyEdit.isEnabled() and dialog.wants_demo()
    )
    dialog.ui.demoCheck.setChecked(False)
    assert dialog.user() == "李明"


def test_the_start_up_notice_names_my_overdue_items(qtbot, session):
    from qa_desktop.gui.main_window import MainWindow
    from qa_desktop.services import reminders

    session.ctx.actor = "张伟"  # head of 运维管理部, whose demo NCs are late by 2026
    session.ctx.clock.set(2026, 1, 15)
    expected = reminders.my_overdue(session.ctx)
    assert expected.count > 0
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.noticeBar.isVisible())
    text = window.ui.noticeLabel.text()
    assert "张伟" in text and str(len(expected.overdue_ncs)) in text
    window.ui.noticeCloseButton.click()
    assert not window.ui.noticeBar.isVisible()


def test_no_notice_for_a_user_with_nothing_late(qtbot, session):
    from qa_desktop.gui.main_window import MainWindow

    session.ctx.actor = "孙玥"  # the general manager owns no actions and heads no department
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.notify_overdue() == ""
    assert not window.ui.noticeBar.isVisible()
