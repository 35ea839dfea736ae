"""The house rules ARCHITECTURE.md states, checked on the code itself."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import qa_desktop

PACKAGE_DIR = Path(qa_desktop.__file__).parent


def _non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="qa_desktop."):
        if info.name.startswith("qa_desktop.gui") or info.name.endswith("__main__"):
            continue
        if ".migrations" in info.name:
            continue
        names.append(info.name)
    return names


def test_nothing_below_the_gui_imports_qt():
    modules = _non_gui_modules()
    assert "qa_desktop.services.checklists" in modules and "qa_desktop.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_store_builds_queries():
    # Services and the CLI ask the store; a select()/insert() elsewhere is a leak of the schema.
    offenders = []
    for layer in ("services", "cli", "domain", "schemas", "reports"):
        for path in (PACKAGE_DIR / layer).rglob("*.py"):
            for name in _imports(path):
                if name == "sqlalchemy" or name.startswith("sqlalchemy.sql"):
                    text = path.read_text(encoding="utf-8")
                    if any(f"{verb}(" in text for verb in ("select", "insert", "update", "delete")):
                        offenders.append(str(path.relative_to(PACKAGE_DIR)))
    assert offenders == []


def test_domain_is_pure():
    for path in (PACKAGE_DIR / "domain").rglob("*.py"):
        for name in _imports(path):
            root = name.split(".")[0]
            assert root not in {"sqlalchemy", "PySide6", "reportlab", "alembic"}, (path, name)
            assert not name.startswith("qa_desktop.store"), (path, name)
            assert not name.startswith("qa_desktop.services"), (path, name)
