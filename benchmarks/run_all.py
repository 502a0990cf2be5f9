"""Run every benchmark in this folder; exit non-zero if any is over its budget."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"OVER BUDGET: {', '.join(failed)}")
        return 1
    print("all benchmarks within budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
