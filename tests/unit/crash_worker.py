"""Run by test_crash_safety: answer checklist items in a loop until killed.

A line is printed only after record_response has returned, so every printed answer is one
the user was told was saved.
"""

import sys
from pathlib import Path

from qa_desktop.services import checklists
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database


def main() -> None:
    data_dir, trial, *response_ids = sys.argv[1:]
    store, _ = open_database(Path(data_dir), daily_backup=False)
    ctx = Context(store=store, actor="断电测试")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    i = 0
    while True:
        rid = response_ids[i % len(response_ids)]
        checklists.record_response(
            ctx, rid, result=("C", "NC")[i % 2], notes=f"t{trial} answer {i}"
        )
        sys.stdout.write(f"{rid} {i}\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
