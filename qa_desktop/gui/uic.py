"""Compile the Qt Designer files in ui/ into qa_desktop/gui/forms/ui_*.py.

    python -m qa_desktop.gui.uic          # regenerate after editing a .ui file

The output is committed; tests/gui/test_forms.py fails when it differs from a fresh compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
HEADER = (
    "# generated from ui/{name} by `python -m qa_desktop.gui.uic` — do not edit.\n# ruff: noqa\n"
)


def _uic_binary() -> list[str]:
    base = Path(PySide6.__file__).parent
    for candidate in (base / "Qt" / "libexec" / "uic", base / "uic", base / "uic.exe"):
        if candidate.exists():
            return [str(candidate), "-g", "python"]
    return ["pyside6-uic"]


def compile_ui(ui_file: Path) -> str:
    out = subprocess.run(
        [*_uic_binary(), "--from-imports", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # uic stamps its own comment block with the Qt version; keep ours, stable across versions.
    body = out.split(
        "################################################################################", 2
    )[-1]
    return HEADER.format(name=ui_file.name) + body.lstrip("#\n")


def compile_all(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> dict[Path, str]:
    return {forms_dir / f"ui_{ui.stem}.py": compile_ui(ui) for ui in sorted(ui_dir.glob("*.ui"))}


def main() -> int:
    for path, text in compile_all().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
