"""What every use case needs: the open store, who is acting, and what time it is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from qa_desktop.store.engine import Store
from qa_desktop.store.models import utcnow


class ServiceError(Exception):
    """A refusal the user can act on; the message is one bilingual line."""


class NotFound(ServiceError):
    pass


class Invalid(ServiceError):
    pass


@dataclass
class Context:
    store: Store
    actor: str
    clock: Callable[[], datetime] = field(default=utcnow)
    # Template snapshots never change once a run starts; parse each once per process.
    snapshot_cache: dict = field(default_factory=dict, repr=False)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        # Due dates are calendar days where the auditor is, not UTC days.
        return self.clock().astimezone().date()

    @contextmanager
    def write(self) -> Iterator[Session]:
        if not self.actor:
            raise Invalid(
                "未设置当前用户 / no current user is set (use --user or `qa-desktop user NAME`)"
            )
        with self.store.write(self.actor) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read() as session:
            yield session


def require(value, message: str):
    if value is None:
        raise NotFound(message)
    return value


def clean(text: str | None) -> str:
    return (text or "").strip()
