"""Check, back up and restore a data folder."""

from __future__ import annotations

from pathlib import Path

from qa_desktop.store import backup, integrity, migrate
from qa_desktop.store.engine import DB_FILENAME, Store
from qa_desktop.store.eventlog import Problem
from qa_desktop.store.models import utcnow

from .context import Invalid


def check(store: Store) -> list[Problem]:
    return integrity.check(store)


def backup_to(store: Store, dest: Path) -> Path:
    try:
        return backup.copy_database(store.db_path, Path(dest))
    except backup.BackupError as exc:
        raise Invalid(str(exc)) from exc


def restore(data_dir: Path, source: Path) -> Path:
    """Replace the data folder's database with `source` after checking it is one of ours.

    The current database is kept as a pre-restore backup first. Returns that backup's path.
    The caller must not hold the database open.
    """
    try:
        info = backup.inspect_backup(Path(source))
    except backup.BackupError as exc:
        raise Invalid(str(exc)) from exc
    if not migrate.is_known_revision(info.revision):
        raise Invalid(
            f"备份来自更新版本的 qa-desktop(版本 {info.revision}) / the backup was made by a newer "
            f"qa-desktop (revision {info.revision}); upgrade the app first"
        )
    data_dir = Path(data_dir)
    db_path = data_dir / DB_FILENAME
    try:
        safety = None
        if db_path.exists() and db_path.stat().st_size:
            safety = backup.safety_backup(
                db_path, data_dir / "backups", backup.PRE_RESTORE_PREFIX, utcnow()
            )
        data_dir.mkdir(parents=True, exist_ok=True)
        backup.restore_into(Path(source), db_path)
    except backup.BackupError as exc:
        raise Invalid(str(exc)) from exc
    return safety
