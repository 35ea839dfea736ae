"""The append-only, hash-chained event log.

Every flush of an audited entity appends one event per changed row, in the same transaction,
carrying the row's full snapshot after the change. Each event's hash covers its content and
the previous event's hash. Two things then reveal an edit made outside the app:
the chain no longer recomputes, or a row no longer matches the snapshot of its last event.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Float, bindparam, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from .models import Base, Entity, Event, utcnow

ACTOR_KEY = "qa_actor"
GENESIS = "0" * 64
_EVENT_TABLE = Event.__table__
# Built once: statement construction costs more than running them on the answer hot path.
_HEAD = (
    select(_EVENT_TABLE.c.seq, _EVENT_TABLE.c.hash)
    .order_by(_EVENT_TABLE.c.seq.desc())
    .limit(1)
    .with_for_update()
)
_INSERT = insert(_EVENT_TABLE)


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _float_columns(table) -> frozenset[str]:
    keys = _FLOAT_COLUMNS.get(table)
    if keys is None:
        keys = frozenset(c.name for c in table.columns if isinstance(c.type, Float))
        _FLOAT_COLUMNS[table] = keys
    return keys


_FLOAT_COLUMNS: dict[Any, frozenset[str]] = {}


def _typed(table, data: dict[str, Any]) -> dict[str, Any]:
    # An int put into a Float column reads back as a float; hash what will be read.
    for key in _float_columns(table):
        if data.get(key) is not None:
            data[key] = float(data[key])
    return data


def snapshot(obj: Base) -> dict[str, Any]:
    """The row as JSON-ready data, one key per column, typed as the database gives it back."""
    mapper = inspect(obj).mapper
    data = {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}
    return _typed(mapper.local_table, data)


def row_snapshot(table, row: Mapping[str, Any]) -> dict[str, Any]:
    """The same snapshot, from a Core row (or a dict of column values)."""
    return _typed(table, {c.name: _plain(row[c.name]) for c in table.columns})


def _before(obj: Base, after: dict[str, Any]) -> dict[str, Any]:
    state = inspect(obj)
    before = dict(after)
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.deleted:
            before[attr.key] = _plain(history.deleted[0])
    return before


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(fields).encode("utf-8")).hexdigest()


def _hashed_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "seq": row["seq"],
        "entity": row["entity"],
        "entity_id": row["entity_id"],
        "action": row["action"],
        "before": row["before"],
        "after": row["after"],
        "actor": row["actor"],
        "at": _plain(row["at"]),
        "prev_hash": row["prev_hash"],
    }


def _audited(obj: object) -> bool:
    return isinstance(obj, Entity)


def _before_flush(session: Session, _ctx, _instances) -> None:
    now = utcnow()
    for obj in session.new:
        if _audited(obj):
            if obj.id is None:
                obj.id = uuid.uuid4()
            if obj.created_at is None:
                obj.created_at = now
            obj.updated_at = obj.created_at
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now


def _after_flush(session: Session, _ctx) -> None:
    changes: list[tuple[str, Base, dict | None, dict | None]] = []
    for obj in session.new:
        if _audited(obj):
            changes.append(("create", obj, None, snapshot(obj)))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            after = snapshot(obj)
            changes.append(("update", obj, _before(obj, after), after))
    for obj in session.deleted:
        if _audited(obj):
            changes.append(("delete", obj, snapshot(obj), None))
    if not changes:
        return
    append(
        session,
        [
            (obj.__tablename__, str(obj.id), action, before, after)
            for action, obj, before, after in changes
        ],
    )


def append(session: Session, changes: list[tuple[str, str, str, dict | None, dict | None]]) -> None:
    """Chain (entity, entity_id, action, before, after) entries onto the log, in this transaction."""
    actor = session.info.get(ACTOR_KEY)
    if not actor:
        raise RuntimeError("a change was flushed outside Store.write(actor)")
    conn = session.connection()
    head = conn.execute(_HEAD).first()
    seq, prev = (head.seq, head.hash) if head else (0, GENESIS)
    at = utcnow()
    rows = []
    for entity, entity_id, action, before, after in changes:
        seq += 1
        row = {
            "seq": seq,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "before": before,
            "after": after,
            "actor": actor,
            "at": at,
            "prev_hash": prev,
        }
        row["hash"] = prev = event_hash(_hashed_fields(row))
        rows.append(row)
    conn.execute(_INSERT, rows)


_UPDATES: dict[Any, Any] = {}


def _update_by_id(table):
    # SET takes whichever columns the parameters name; one statement per table serves all.
    stmt = _UPDATES.get(table)
    if stmt is None:
        stmt = _UPDATES[table] = update(table).where(table.c.id == bindparam("_row_id"))
    return stmt


def update_row(
    session: Session, model, row: Mapping[str, Any], values: dict[str, Any]
) -> dict[str, Any]:
    """UPDATE one row by id with a Core statement and log it; returns the row's new values.

    For hot paths (an auditor's answer) where the ORM unit of work costs more than the write.
    `row` must hold every column as the database has it (a `select(table)` row mapping).
    """
    table = model.__table__
    values = {**values, "updated_at": utcnow()}
    new = {**row, **values}
    session.connection().execute(_update_by_id(table), {**values, "_row_id": row["id"]})
    append(
        session,
        [
            (
                table.name,
                str(row["id"]),
                "update",
                row_snapshot(table, row),
                row_snapshot(table, new),
            )
        ],
    )
    return new


def install() -> None:
    """Hook the log into every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)


@dataclass(frozen=True)
class Problem:
    """One thing `check` found wrong, in words a user can act on."""

    kind: str  # integrity / foreign_key / chain / tampered / unlogged / attachment
    detail: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.detail}"


def verify_chain(session: Session, batch: int = 5000) -> list[Problem]:
    problems: list[Problem] = []
    prev_hash, prev_seq = GENESIS, 0
    stmt = select(_EVENT_TABLE).order_by(_EVENT_TABLE.c.seq).execution_options(yield_per=batch)
    for row in session.execute(stmt).mappings():
        seq = row["seq"]
        if seq != prev_seq + 1:
            problems.append(
                Problem(
                    "chain", f"事件序号 {prev_seq} 之后缺失 / events missing after seq {prev_seq}"
                )
            )
        if row["prev_hash"] != prev_hash:
            problems.append(
                Problem(
                    "chain",
                    f"事件 {seq} 的前序哈希不符 / event {seq} does not follow its predecessor",
                )
            )
        if event_hash(_hashed_fields(dict(row))) != row["hash"]:
            problems.append(Problem("chain", f"事件 {seq} 的内容被改动 / event {seq} was altered"))
        prev_hash, prev_seq = row["hash"], seq
    return problems


def latest_snapshots(session: Session, entity: str) -> dict[str, tuple[str, dict | None]]:
    """entity_id -> (action, after) of the newest event of each row of one table."""
    t = _EVENT_TABLE
    stmt = (
        select(t.c.entity_id, t.c.action, t.c.after).where(t.c.entity == entity).order_by(t.c.seq)
    )
    latest: dict[str, tuple[str, dict | None]] = {}
    for entity_id, action, after in session.execute(stmt):
        latest[entity_id] = (action, after)
    return latest


def verify_rows(session: Session) -> list[Problem]:
    """Every row equals the snapshot its last event recorded; every logged row still exists."""
    problems: list[Problem] = []
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if not issubclass(cls, Entity):
            continue
        table = cls.__tablename__
        latest = latest_snapshots(session, table)
        seen: set[str] = set()
        for obj in session.execute(select(cls)).scalars():
            key = str(obj.id)
            seen.add(key)
            logged = latest.get(key)
            if logged is None or logged[0] == "delete":
                problems.append(
                    Problem(
                        "unlogged",
                        f"{table} {key}: 行不在事件日志中 / row was added outside the app",
                    )
                )
            elif canonical(logged[1]) != canonical(snapshot(obj)):
                changed = sorted(
                    k for k, v in snapshot(obj).items() if (logged[1] or {}).get(k) != v
                )
                problems.append(
                    Problem(
                        "tampered",
                        f"{table} {key}: 字段 {', '.join(changed)} 在程序外被修改 / "
                        f"changed outside the app",
                    )
                )
            session.expunge(obj)
        for key, (action, _after) in latest.items():
            if action != "delete" and key not in seen:
                problems.append(
                    Problem(
                        "tampered",
                        f"{table} {key}: 行在程序外被删除 / row was deleted outside the app",
                    )
                )
    return problems
