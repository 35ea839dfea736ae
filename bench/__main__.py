"""python -m bench [--quick] [--only NAME ...]"""

from __future__ import annotations

import argparse
import sys

from . import annual_report, answer_commit, nc_register, register_gui

BENCHMARKS = {
    "answer_commit_p99": answer_commit.run,
    "nc_register_first_page": nc_register.run,
    "nc_register_filter_paint": register_gui.run,
    "annual_report_build": annual_report.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repeats")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS))
    args = parser.parse_args(argv)
    for name in args.only or BENCHMARKS:
        BENCHMARKS[name](args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
