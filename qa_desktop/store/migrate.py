"""Schema migrations at start-up: back up first, refuse a database newer than the app.

Developers create a revision with
    python -m qa_desktop.store.migrate revision "what changed"
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer qa-desktop; opening it could damage it."""


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script().get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    try:
        return script().get_revision(revision) is not None
    except Exception:
        return False


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def check_version(engine: Engine) -> str | None:
    """The database's revision; raises DatabaseTooNew for a revision this app does not know."""
    current = current_revision(engine)
    if current is not None and not is_known_revision(current):
        raise DatabaseTooNew(
            f"数据库版本 {current} 比本程序新,请升级 qa-desktop 后再打开 / "
            f"the database (revision {current}) was written by a newer qa-desktop; upgrade the app"
        )
    return current


def upgrade(engine: Engine) -> MigrationResult:
    current = check_version(engine)
    head = head_revision()
    if current != head:
        cfg = alembic_config()
        # One transaction for the whole upgrade: SQLite DDL is transactional once we own BEGIN.
        with engine.execution_options(qa_begin_immediate=True).begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return MigrationResult(current, head)


def _dev_main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "revision":
        print('usage: python -m qa_desktop.store.migrate revision "message"', file=sys.stderr)
        return 2
    import tempfile

    from .engine import make_engine, sqlite_url

    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "autogen.sqlite3")
        engine = make_engine(url)
        if script().get_current_head() is not None:
            upgrade(engine)
        cfg = alembic_config(url)
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=argv[1], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(_dev_main(sys.argv[1:]))
