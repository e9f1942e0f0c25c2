"""Run every ``benchmarks/bench_*.py`` in its own process and print their tables.

    make benchmarks            # all, at their default sizes (100,000 contacts)
    make benchmarks-big        # the size benchmarks at 1,000,000 (``--big``: MADOGUCHI_BENCH_SIZES=1000000)
    python -m benchmarks.run foundation contacts
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    env = dict(os.environ)
    if "--big" in argv:
        argv = [a for a in argv if a != "--big"]
        env["MADOGUCHI_BENCH_SIZES"] = "1000000"
    wanted = set(argv)
    status = 0
    for script in sorted(HERE.glob("bench_*.py")):
        name = script.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        result = subprocess.run(check=False, args=[sys.executable, "-m", f"benchmarks.{script.stem}"], cwd=HERE.parent, env=env)
        status = status or result.returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
