"""Refresh the translation catalogues from the code and the .ui files, then compile them.

    python -m qa_desktop.gui.translations_build          # lupdate, then lrelease

Sources are English; resources/i18n/qa_desktop_zh_CN.ts carries the Chinese. English needs
no catalogue. tests/gui/test_translations.py fails when a string is untranslated or the
compiled .qm is older than its .ts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6

from .uic import ROOT, UI_DIR

I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)
GUI_DIR = Path(__file__).resolve().parent


def _tool(name: str) -> str:
    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def sources() -> list[Path]:
    py = [p for p in GUI_DIR.rglob("*.py") if "forms" not in p.parts]
    return sorted(py) + sorted(UI_DIR.glob("*.ui"))


def ts_path(language: str) -> Path:
    return I18N_DIR / f"qa_desktop_{language}.ts"


def update(ts_file: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, sources()),
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
    )


def release(ts_file: Path, qm_file: Path) -> None:
    # A running app maps the .qm into memory; rewriting it in place would crash that process
    # (SIGBUS), so the new catalogue is written beside it and renamed over it.
    fresh = qm_file.with_suffix(".qm.new")
    subprocess.run(
        [_tool("lrelease"), str(ts_file), "-qm", str(fresh)], check=True, capture_output=True
    )
    os.replace(fresh, qm_file)


def main() -> int:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
