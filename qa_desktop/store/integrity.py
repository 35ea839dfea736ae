"""`check`: is the database sound, is the event log intact, does every row match its log?"""

from __future__ import annotations

from sqlalchemy import select, text

from .attachments import BlobStore
from .engine import Store
from .eventlog import Problem, verify_chain, verify_rows
from .models import Attachment


def _sqlite_checks(store: Store) -> list[Problem]:
    problems: list[Problem] = []
    with store.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            problems += [Problem("integrity", r) for r in rows[:20]]
        for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                Problem(
                    "foreign_key", f"{table} 行 {rowid} 引用的 {parent} 不存在 / dangling reference"
                )
            )
    return problems


def _attachment_checks(store: Store, session) -> list[Problem]:
    blobs = BlobStore(store.attachments_dir)
    problems = []
    for sha, name in session.execute(
        select(Attachment.sha256, Attachment.original_name).distinct()
    ):
        issue = blobs.verify(sha)
        if issue:
            problems.append(Problem("attachment", f"{name} ({sha[:12]}…): {issue}"))
    return problems


def check(store: Store) -> list[Problem]:
    """Every problem found; an empty list means the data is sound."""
    problems: list[Problem] = []
    if store.engine.dialect.name == "sqlite":
        problems += _sqlite_checks(store)
        if any(p.kind == "integrity" for p in problems):
            return problems  # the rest would read a damaged file
    with store.read() as session:
        problems += verify_chain(session)
        problems += verify_rows(session)
        problems += _attachment_checks(store, session)
    return problems
