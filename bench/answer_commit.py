"""answer_commit_p99: one checklist answer through the service layer, committed and logged.

Baseline: a raw sqlite3 one-row UPDATE committed with the same pragmas (WAL, synchronous=FULL),
measured in the same run on the same disk.
"""

from __future__ import annotations

import gc
import sqlite3

from qa_desktop.services import audits, checklists, organisation, templates
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database

from .common import emit, percentile, scratch_dir, timed_ms

RESULTS = ["C", "NC", "C", "NA"]


def _raw_baseline(path, runs: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE response (id TEXT PRIMARY KEY, result TEXT, notes TEXT)")
    conn.execute("INSERT INTO response VALUES ('r1', 'unanswered', '')")
    times = []
    for i in range(runs):

        def one(i=i):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE response SET result = ?, notes = ? WHERE id = 'r1'",
                (RESULTS[i % 4], f"note {i}"),
            )
            conn.execute("COMMIT")

        times.append(timed_ms(one))
    conn.close()
    return times


def _setup(ctx: Context) -> list[str]:
    organisation.set_organisation(ctx, name="基准测试公司")
    organisation.add_department(ctx, "服务台")
    organisation.add_person(ctx, "审核员甲", roles=["auditor"])
    templates.install_builtin_templates(ctx)
    audit = audits.plan_audit(ctx, title="基准审核", lead_auditor="审核员甲")
    run = checklists.start_run(ctx, audit.number, "SD", "服务台")
    # SD-10 allows C/NC/NA; the others here take C and NC, so cycle results that all accept.
    return [i.response.id for i in run.items if i.item.id == "SD-10"]


def run(quick: bool) -> dict:
    runs = 400 if quick else 2000
    with scratch_dir("answer") as tmp:
        baseline = percentile(_raw_baseline(tmp / "raw.sqlite3", runs), 99)
        store, _ = open_database(tmp / "data", daily_backup=False)
        ctx = Context(store=store, actor="审核员甲")
        response_id = _setup(ctx)[0]
        for i in range(50):  # warm caches and the template snapshot parse
            checklists.record_response(ctx, response_id, result=RESULTS[i % 4])
        gc.collect()
        times = [
            timed_ms(
                lambda i=i: checklists.record_response(
                    ctx, response_id, result=RESULTS[i % 4], notes=f"抽查记录 {i}"
                )
            )
            for i in range(runs)
        ]
        store.dispose()
    return emit(
        "answer_commit_p99",
        percentile(times, 99),
        "ms",
        baseline,
        median=round(percentile(times, 50), 4),
        runs=runs,
    )
