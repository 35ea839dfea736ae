"""The committed forms are exactly what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

from qa_desktop.gui import uic


def test_generated_forms_match_the_designer_files():
    fresh = uic.compile_all()
    assert fresh, "no .ui files found"
    stale = [
        p.name
        for p, text in fresh.items()
        if not p.exists() or p.read_text(encoding="utf-8") != text
    ]
    assert stale == [], f"regenerate with `python -m qa_desktop.gui.uic`: {stale}"
    orphans = {p.name for p in uic.FORMS_DIR.glob("ui_*.py")} - {p.name for p in fresh}
    assert orphans == set(), f"forms without a .ui source: {orphans}"


def test_generated_forms_say_do_not_edit():
    for path in uic.FORMS_DIR.glob("ui_*.py"):
        assert "do not edit" in path.read_text(encoding="utf-8").splitlines()[0], path.name
