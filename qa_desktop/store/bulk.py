"""Many rows in one statement, for data sets generated at scale (benchmarks, test fixtures).

These rows bypass the event log on purpose: they are not user changes. `check` will report
them as added outside the app, which is the truth.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert

from .engine import Store


def insert_rows(store: Store, model, rows: Iterable[dict], batch: int = 5000) -> int:
    table = model.__table__
    count = 0
    chunk: list[dict] = []
    with store.engine.execution_options(qa_begin_immediate=True).begin() as conn:
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                conn.execute(insert(table), chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            conn.execute(insert(table), chunk)
            count += len(chunk)
    return count
