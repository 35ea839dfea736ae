"""Saved filters of the nonconformity register: five built in, plus the user's own.

A preset is the state of the register's filter widgets as a small JSON-able dict. Built-in
presets may say "me" and "this year"; the register resolves those when one is chosen, so
"Awaiting my verification" follows whoever is signed in and the current year follows the
clock. The user's presets are stored per laptop in window.ini (group "register_presets").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings

# Symbolic values a built-in preset may hold.
OPEN = "__open__"  # the status filter "every open state"
ME = "__me__"  # the signed-in user (as action owner or as auditor)
THIS_YEAR = "__this_year__"

# The filter widgets, in the order the register shows them.
FIELDS = (
    "status",
    "grade",
    "process",
    "department",
    "audit",
    "year",
    "owner",
    "auditor",
    "overdue",
    "text",
)
EMPTY_STATE: dict[str, Any] = {
    "status": None,
    "grade": None,
    "process": None,
    "department": None,
    "audit": None,
    "year": None,
    "owner": None,
    "auditor": None,
    "overdue": False,
    "text": "",
}

GROUP = "register_presets"
KEY = "presets"
BUILTIN_PREFIX = "builtin:"


def normalised(state: dict[str, Any]) -> dict[str, Any]:
    """Every field present, unknown keys dropped: two states compare equal when the
    widgets would look the same."""
    out = dict(EMPTY_STATE)
    for key in FIELDS:
        value = state.get(key)
        if key == "overdue":
            out[key] = bool(value)
        elif key == "text":
            out[key] = str(value or "").strip()
        else:
            out[key] = value if value not in ("", None) else None
    return out


@dataclass(frozen=True)
class Preset:
    key: str  # "builtin:overdue" or the user's name
    name: str  # as shown
    state: dict[str, Any] = field(default_factory=dict)
    builtin: bool = False


class RegisterPresets(QObject):
    """The built-in presets (named in the current language) and the user's saved ones."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)

    # --- built in ------------------------------------------------------------------------

    def builtins(self) -> list[Preset]:
        def make(key: str, name: str, **state: Any) -> Preset:
            return Preset(BUILTIN_PREFIX + key, name, normalised(state), builtin=True)

        return [
            make(
                "awaiting_verification",
                self.tr("Awaiting my verification"),
                status="pending_verification",
                auditor=ME,
            ),
            make("overdue", self.tr("Overdue"), overdue=True),
            make("major_this_year", self.tr("Major this year"), grade="major", year=THIS_YEAR),
            make("my_actions", self.tr("My corrective actions"), status=OPEN, owner=ME),
            make("open_this_year", self.tr("Open this year"), status=OPEN, year=THIS_YEAR),
        ]

    # --- the user's own ------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def user_presets(self) -> list[Preset]:
        raw = self._settings().value(f"{GROUP}/{KEY}", "")
        try:
            entries = json.loads(raw) if raw else []
        except (TypeError, ValueError):
            # A damaged entry costs the saved filters, never the register.
            entries = []
        out = []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and str(entry.get("name", "")).strip():
                name = str(entry["name"]).strip()
                out.append(Preset(name, name, normalised(entry.get("filters") or {})))
        return out

    def _write(self, presets: list[Preset]) -> None:
        settings = self._settings()
        settings.setValue(
            f"{GROUP}/{KEY}",
            json.dumps([{"name": p.name, "filters": p.state} for p in presets], ensure_ascii=False),
        )
        settings.sync()

    def save(self, name: str, state: dict[str, Any]) -> Preset:
        """Store (or replace) a user preset under this name."""
        name = name.strip()
        preset = Preset(name, name, normalised(state))
        kept = [p for p in self.user_presets() if p.name != name]
        self._write([*kept, preset])
        return preset

    def delete(self, name: str) -> None:
        self._write([p for p in self.user_presets() if p.name != name])

    # --- lookup --------------------------------------------------------------------------

    def all(self) -> list[Preset]:
        return [*self.builtins(), *self.user_presets()]

    def find(self, key: str) -> Preset | None:
        """A preset by key ("overdue" finds the built-in one too) or by the user's name."""
        for p in self.all():
            if key in (p.key, p.name) or BUILTIN_PREFIX + key == p.key:
                return p
        return None

    def is_builtin_name(self, name: str) -> bool:
        return any(p.name == name.strip() for p in self.builtins())
