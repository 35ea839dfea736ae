"""nc_register_filter_paint, nc_register_scroll_last and register_rss: the register page at
100,000 NCs, measured in a separate offscreen process so its memory is the register's own.

Baseline for the paint: the same filters' first page through the service alone (no Qt), in
the same run.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from datetime import UTC, datetime

from qa_desktop.services import nonconformities as ncs
from qa_desktop.services import organisation
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database

from .common import emit, log, scratch_dir, timed_ms
from .nc_register import seed

SERVICE_FILTERS = [
    {"open_only": True},
    {"grade": "major"},
    {"department_ref": "备件库"},
    {"process": "SP"},
    {"overdue": True},
    {"year": 2025},
    {"text": "INC123"},
    {},
]


def run(quick: bool) -> list[dict]:
    count = 20_000 if quick else 100_000
    with scratch_dir("register-gui") as tmp:
        data = tmp / "data"
        store, _ = open_database(data, daily_backup=False)
        clock = lambda: datetime(2026, 6, 30, 4, tzinfo=UTC)  # noqa: E731
        ctx = Context(store=store, actor="bench", clock=clock)
        org = organisation.set_organisation(ctx, name="基准测试公司")
        log(f"seeding {count} nonconformities for the register…")
        seed(store, uuid.UUID(org.id), count, random.Random(7))
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        baseline = max(
            timed_ms(lambda f=f: ncs.list_ncs(ctx, limit=200, **f)) for f in SERVICE_FILTERS
        )
        store.dispose()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-m", "bench.register_probe", str(data)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        probe = json.loads(out.stdout.strip().splitlines()[-1])
    paints = probe["filter_paint_ms"]
    worst = max(paints, key=paints.get)
    return [
        emit(
            "nc_register_filter_paint",
            paints[worst],
            "ms",
            baseline,
            rows=count,
            worst_filter=worst,
            per_filter_ms={k: round(v, 2) for k, v in paints.items()},
            # A text search's count arrives after its first page is painted.
            counted_ms={k: round(v, 2) for k, v in probe["filter_counted_ms"].items()},
        ),
        emit(
            "nc_register_scroll_last",
            probe["scroll_last_ms"],
            "ms",
            None,
            rows=count,
            last_row=probe["last_row"],
            pages_in_memory=probe["pages_in_memory"],
        ),
        emit("register_rss", probe["peak_rss_mb"], "MB", None, rows=count),
    ]
