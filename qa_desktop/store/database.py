"""Opening a data directory: version check, safety backup, migration, the daily backup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from . import backup, migrate
from .engine import DB_FILENAME, Store, make_engine, sqlite_url
from .models import utcnow


class DatabaseUnusable(RuntimeError):
    """The database cannot be opened as it is; the message says what to do."""


@dataclass(frozen=True)
class OpenReport:
    created: bool
    migrated_from: str | None
    revision: str
    safety_backup: Path | None
    daily_backup: Path | None


def open_database(
    data_dir: Path, *, daily_backup: bool = True, now: datetime | None = None
) -> tuple[Store, OpenReport]:
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnusable(
            f"数据文件夹不可用 / the data folder cannot be used: {data_dir} ({exc.strerror or exc})"
        ) from exc
    db_path = data_dir / DB_FILENAME
    now = now or utcnow()
    existed = db_path.exists() and db_path.stat().st_size > 0
    engine = make_engine(sqlite_url(db_path))
    backups_dir = data_dir / "backups"
    try:
        current = migrate.check_version(engine)
        head = migrate.head_revision()
        safety = None
        if existed and current != head:
            safety = backup.safety_backup(db_path, backups_dir, backup.PRE_MIGRATE_PREFIX, now)
        result = migrate.upgrade(engine)
        daily = backup.auto_backup(db_path, backups_dir, now) if daily_backup and existed else None
    except migrate.DatabaseTooNew as exc:
        engine.dispose()
        raise DatabaseUnusable(str(exc)) from exc
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise DatabaseUnusable(
            f"无法打开数据库 {db_path}(文件可能已损坏),可用 `qa-desktop restore` 从 {backups_dir} "
            f"中的备份恢复 / cannot open the database (it may be damaged); restore a backup "
            f"from {backups_dir}: {exc.orig if hasattr(exc, 'orig') else exc}"
        ) from exc
    except backup.BackupError as exc:
        engine.dispose()
        raise DatabaseUnusable(str(exc)) from exc
    report = OpenReport(
        created=not existed,
        migrated_from=result.from_revision if result.changed else None,
        revision=result.to_revision,
        safety_backup=safety,
        daily_backup=daily,
    )
    return Store(engine=engine, data_dir=data_dir), report
