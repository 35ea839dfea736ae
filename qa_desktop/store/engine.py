"""Engine and sessions: SQLite in WAL mode, one committed transaction per unit of work.

Writes start with BEGIN IMMEDIATE so that two processes on one database serialise on the
write lock up front (the event-log chain reads its head and appends in the same transaction);
reads use a plain deferred BEGIN so that a long read never blocks an auditor's answer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from . import eventlog

DB_FILENAME = "qa.sqlite3"
BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "qa_begin_immediate"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # pysqlite's own transaction handling begins late and commits around DDL; take it over.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _json(value) -> str:
    # Readable Chinese in the file for anyone who opens it with the sqlite3 shell.
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: str) -> Engine:
    engine = create_engine(url, json_serializer=_json)
    if engine.dialect.name == "sqlite":
        _install_sqlite_listeners(engine)
    return engine


@dataclass
class Store:
    """An open database: the engine, its data directory and the two kinds of session."""

    engine: Engine
    data_dir: Path
    _read: sessionmaker = field(init=False, repr=False)
    _write: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(bind=write_engine, expire_on_commit=False, autoflush=True)

    @property
    def db_path(self) -> Path | None:
        database = self.engine.url.database
        return Path(database) if self.engine.dialect.name == "sqlite" and database else None

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        Every change made here is appended to the event log in the same transaction,
        signed with `actor`.
        """
        if not actor or not actor.strip():
            raise ValueError("every change must name its actor")
        with self._write() as session:
            session.info[eventlog.ACTOR_KEY] = actor.strip()
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()


eventlog.install()
