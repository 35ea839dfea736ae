"""Where the data lives and the few settings that belong to this laptop, not to the database."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, ValidationError

APP_NAME = "qa-desktop"
ENV_DATA_DIR = "QA_DESKTOP_DATA_DIR"
SETTINGS_FILE = "settings.json"
LANGUAGES = ("zh_CN", "en")


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then QA_DESKTOP_DATA_DIR, then the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Settings(BaseModel):
    """Per-laptop settings. The current user signs every change in the event log."""

    model_config = ConfigDict(extra="ignore")

    user: str = ""
    language: str = ""  # "" follows the system: Chinese first, English on an English system


def load_settings(data_dir: Path) -> Settings:
    path = Path(data_dir) / SETTINGS_FILE
    try:
        return Settings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, ValidationError):
        # A damaged settings file must not keep the app from starting; the data is elsewhere.
        return Settings()


def save_settings(data_dir: Path, settings: Settings) -> None:
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(settings.model_dump_json(indent=2))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, data_dir / SETTINGS_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
