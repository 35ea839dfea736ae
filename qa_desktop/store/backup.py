"""Backups with SQLite's online backup API: consistent while the app runs, atomic on disk."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

AUTO_PREFIX = "auto-"
PRE_MIGRATE_PREFIX = "pre-migrate-"
PRE_RESTORE_PREFIX = "pre-restore-"
KEEP = 7
REQUIRED_TABLES = frozenset({"alembic_version", "organisation", "nonconformity", "event_log"})


class BackupError(RuntimeError):
    pass


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_database(source: Path, dest: Path) -> Path:
    """Write a consistent copy of `source` to `dest`; a failure (full disk…) leaves no half file."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                out.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise BackupError(f"备份失败 / backup failed: {exc}") from exc
    return dest


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _rotate(backups_dir: Path, prefix: str, keep: int) -> None:
    files = sorted(backups_dir.glob(f"{prefix}*.sqlite3"))
    for old in files[:-keep] if keep else files:
        old.unlink(missing_ok=True)


def auto_backup(db_path: Path, backups_dir: Path, now: datetime, keep: int = KEEP) -> Path | None:
    """At most one automatic backup a day, the newest `keep` kept. None when today's exists."""
    if not db_path.exists():
        return None
    day = now.strftime("%Y%m%d")
    if any(backups_dir.glob(f"{AUTO_PREFIX}{day}-*.sqlite3")):
        return None
    dest = copy_database(db_path, backups_dir / f"{AUTO_PREFIX}{_stamp(now)}.sqlite3")
    _rotate(backups_dir, AUTO_PREFIX, keep)
    return dest


def safety_backup(db_path: Path, backups_dir: Path, prefix: str, now: datetime) -> Path:
    dest = copy_database(db_path, backups_dir / f"{prefix}{_stamp(now)}.sqlite3")
    _rotate(backups_dir, prefix, KEEP)
    return dest


@dataclass(frozen=True)
class BackupInfo:
    revision: str
    tables: frozenset[str]


def inspect_backup(path: Path) -> BackupInfo:
    """Refuse anything that is not a sound qa-desktop database; say why in one line."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"文件不存在 / no such file: {path}")
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise BackupError(
                f"不是 qa-desktop 数据库文件 / not a qa-desktop database: {path.name}"
            )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"数据库文件已损坏 / the database file is damaged: {path.name}")
            tables = frozenset(
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            missing = REQUIRED_TABLES - tables
            if missing:
                raise BackupError(
                    f"不是 qa-desktop 数据库(缺少 {', '.join(sorted(missing))}) / "
                    f"not a qa-desktop database: {path.name}"
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"无法读取数据库 / cannot read the database {path.name}: {exc}") from exc
    if row is None:
        raise BackupError(f"数据库没有版本信息 / the database has no schema version: {path.name}")
    return BackupInfo(revision=row[0], tables=tables)


def restore_into(source: Path, db_path: Path) -> None:
    """Replace the live database's content with `source`, through SQLite so WAL stays coherent."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(db_path)
            try:
                dst.execute("PRAGMA busy_timeout=10000")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"恢复失败 / restore failed: {exc}") from exc
