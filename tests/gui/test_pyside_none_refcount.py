"""PySide6 6.12.0 on Python 3.11 leaks a reference to None per void call; the app must survive."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import qa_desktop.gui  # applies the workaround before any Qt call
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox(); box.addItem("a")
for _ in range(50_000):
    box.setCurrentIndex(0)
print("alive")
"""


def test_fifty_thousand_void_calls_do_not_kill_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
