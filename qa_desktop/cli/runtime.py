"""What a command runs against: the data folder, opened lazily, and the acting user."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from qa_desktop.config import Settings, load_settings, resolve_data_dir
from qa_desktop.services.context import Context
from qa_desktop.services.templates import install_builtin_templates
from qa_desktop.store.database import open_database
from qa_desktop.store.engine import Store


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "qa-desktop"


@dataclass
class Runtime:
    data_dir_arg: str | None = None
    user_arg: str | None = None
    _store: Store | None = field(default=None, init=False, repr=False)

    @cached_property
    def data_dir(self) -> Path:
        return resolve_data_dir(self.data_dir_arg)

    @cached_property
    def settings(self) -> Settings:
        return load_settings(self.data_dir)

    @property
    def actor(self) -> str:
        return (self.user_arg or self.settings.user or _login_name()).strip()

    @cached_property
    def ctx(self) -> Context:
        self._store, _report = open_database(self.data_dir)
        ctx = Context(store=self._store, actor=self.actor)
        install_builtin_templates(ctx)  # a new database, or templates shipped by an update
        return ctx

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()
            self._store = None
