"""nc_register_first_page: a filtered, sorted first page of 200 at 100,000 nonconformities.

Measured through the service layer (what the register view calls). Baseline: the same SQL
run with raw sqlite3, in the same run.
"""

from __future__ import annotations

import gc
import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta

from qa_desktop.domain.enums import Grade, NcStatus
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services import organisation
from qa_desktop.services.context import Context
from qa_desktop.store import bulk
from qa_desktop.store.database import open_database
from qa_desktop.store.models import Audit, Nonconformity
from qa_desktop.store.queries import ncs as q

from .common import emit, log, percentile, scratch_dir, timed_ms

DEPARTMENTS = ["服务台", "运维管理部", "备件库", "技术支持部", "研发部", "人力资源部", "质量效能部"]
PROCESSES = ["SD", "SP", "KM"]
STATUSES = [s.value for s in NcStatus]
GRADES = [g.value for g in Grade]
TODAY = date(2026, 6, 30)

# (label, filters) — what a quality manager clicks most.
FILTERS = [
    ("open_by_due", {"open_only": True}),
    ("major_open", {"grade": ["major"], "open_only": True}),
    ("dept", {"department_ref": "备件库"}),
    ("process_status", {"process": ["SP"], "status": ["in_progress"]}),
    ("overdue", {"overdue": True}),
    ("year", {"year": 2025}),
]
# Free-text search scans facts with LIKE '%…%'; reported on its own line, not in the headline.
TEXT_FILTER = ("text", {"text": "INC123"})


def seed(store, org_id, count: int, rng: random.Random) -> None:
    dept_ids = {}
    ctx = Context(store=store, actor="bench")
    for name in DEPARTMENTS:
        dept_ids[name] = uuid.UUID(organisation.add_department(ctx, name).id)
    now = datetime.now(UTC)
    audit_ids = []
    audit_rows = []
    for year in range(2016, 2027):
        for n in range(1, 21):
            aid = uuid.uuid4()
            audit_ids.append(aid)
            audit_rows.append(
                {
                    "id": aid,
                    "organisation_id": org_id,
                    "number": f"IA-{year}-{n:02d}",
                    "year": year,
                    "title": f"{year}年度第{n}次内审",
                    "created_at": now,
                    "updated_at": now,
                }
            )
    bulk.insert_rows(store, Audit, audit_rows)
    per_year: dict[int, int] = {}

    def rows():
        for _ in range(count):
            year = rng.randint(2016, 2026)
            per_year[year] = per_year.get(year, 0) + 1
            found = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
            grade = rng.choices(GRADES, weights=[1, 6, 3])[0]
            yield {
                "id": uuid.uuid4(),
                "organisation_id": org_id,
                "number": f"NC-{year}-{per_year[year]:03d}",
                "year": year,
                "audit_id": rng.choice(audit_ids),
                "process": rng.choice(PROCESSES),
                "department_id": dept_ids[rng.choice(DEPARTMENTS)],
                "found_on": found,
                "facts": f"抽查工单INC{rng.randint(10000, 99999):05d}等{rng.randint(5, 30)}张,发现记录不完整。",
                "clause": f"ISO/IEC 20000-1:2018 8.{rng.randint(1, 7)}.{rng.randint(1, 6)}",
                "grade": grade,
                "status": rng.choice(STATUSES),
                "due_date": None if grade == "observation" else found + timedelta(days=30),
                "created_at": now,
                "updated_at": now,
            }

    bulk.insert_rows(store, Nonconformity, rows())


def run(quick: bool) -> dict:
    count = 20_000 if quick else 100_000
    repeats = 10 if quick else 30
    rng = random.Random(20251117)
    with scratch_dir("register") as tmp:
        store, _ = open_database(tmp / "data", daily_backup=False)
        ctx = Context(
            store=store, actor="bench", clock=lambda: datetime(2026, 6, 30, 4, tzinfo=UTC)
        )
        org = organisation.set_organisation(ctx, name="基准测试公司")
        log(f"seeding {count} nonconformities…")
        seed(store, uuid.UUID(org.id), count, rng)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        # Measure the register as a user meets it: data already on disk, not a process that
        # has just generated 100,000 rows (their garbage would be timed as the register's).
        store.dispose()
        gc.collect()
        store, _ = open_database(tmp / "data", daily_backup=False)
        ctx = Context(store=store, actor="bench", clock=ctx.clock)
        per_filter = {}
        raw = {}
        raw_conn = sqlite3.connect(store.db_path)
        for label, filters in [*FILTERS, TEXT_FILTER]:

            def page(filters=filters):
                return ncs.list_ncs(ctx, with_total=False, limit=200, **filters)

            assert page().rows, label
            per_filter[label] = percentile([timed_ms(page) for _ in range(repeats)], 50)
            with store.read() as s:
                f = ncs.register_filter(s, ncs.current_org(s), **filters)
                stmt = q.page_statement(
                    f, TODAY, sort="due_date", descending=False, offset=0, limit=200
                )
                sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
            raw[label] = percentile(
                [
                    timed_ms(lambda sql=sql: raw_conn.execute(sql).fetchall())
                    for _ in range(repeats)
                ],
                50,
            )
        raw_conn.close()
        store.dispose()
    text_label = TEXT_FILTER[0]
    emit(
        "nc_register_text_search", per_filter.pop(text_label), "ms", raw.pop(text_label), rows=count
    )
    worst = max(per_filter, key=per_filter.get)
    return emit(
        "nc_register_first_page",
        per_filter[worst],
        "ms",
        raw[worst],
        rows=count,
        worst_filter=worst,
        per_filter_ms={k: round(v, 3) for k, v in per_filter.items()},
    )
