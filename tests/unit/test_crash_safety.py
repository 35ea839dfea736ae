"""Pull the plug mid-answer, twenty times: nothing the app said was saved may be lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from qa_desktop.services import audits, checklists, organisation, templates
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database
from qa_desktop.store.integrity import check
from qa_desktop.store.models import Response

WORKER = Path(__file__).with_name("crash_worker.py")
TRIALS = 20


def _prepare(data_dir: Path) -> list[str]:
    store, _ = open_database(data_dir, daily_backup=False)
    ctx = Context(store=store, actor="准备")
    organisation.set_organisation(ctx, name="断电测试公司")
    organisation.add_department(ctx, "服务台")
    templates.install_builtin_templates(ctx)
    audit = audits.plan_audit(ctx, title="断电审核")
    run = checklists.start_run(ctx, audit.number, "SD", "服务台")
    # Items that accept both C and NC, so the worker can alternate.
    ids = [
        i.response.id for i in run.items if {"C", "NC"} <= {r.value for r in i.item.answer.results}
    ]
    store.dispose()
    return ids


@pytest.mark.slow
def test_answers_survive_sigkill_at_random_moments(tmp_path):
    data_dir = tmp_path / "data"
    ids = _prepare(data_dir)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    seed_note = f"(random kill points; rerun shows new ones) first draw {rng.random():.6f}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for trial in range(TRIALS):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir), str(trial), *ids],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        kill_after = rng.randint(0, 300)
        confirmed: dict[str, int] = {}
        for _ in range(kill_after):
            line = proc.stdout.readline()
            if not line:
                break
            rid, i = line.split()
            confirmed[rid] = int(i)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # Lines already in the pipe were printed after their answer returned: they count too.
        for line in proc.stdout.read().splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                confirmed[parts[0]] = int(parts[1])
        proc.stdout.close()
        proc.stderr.close()

        store, _ = open_database(data_dir, daily_backup=False)
        try:
            with store.read() as s:
                for rid, last in confirmed.items():
                    notes = s.get(Response, uuid.UUID(rid)).notes
                    stored_trial, _, stored_i = notes.partition(" answer ")
                    assert stored_trial == f"t{trial}", (trial, rid, notes, seed_note)
                    assert int(stored_i) >= last, (trial, rid, notes, last, seed_note)
            problems = check(store)
            assert problems == [], (trial, problems, seed_note)
        finally:
            store.dispose()
