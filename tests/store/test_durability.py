"""A power cut or a killed process loses no edit that was reported committed."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import repository
from app.store.workshop_file import open_workshop
from tests.conftest import ROOT

WRITER = """
import sys
from app.store import repository
from app.store.workshop_file import open_workshop

wf = open_workshop(sys.argv[1])
i = 0
while True:
    with wf.session() as s:
        repository.insert_resource(s, {"name": f"edit-{i}", "kind_id": "kayoi"})
        repository.update_profile(s, {"population": i})
    print(i, flush=True)  # only after the commit returned
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("trial", range(5))
def test_killed_writer_loses_no_committed_edit(workshop_path: Path, trial: int) -> None:
    rng = random.Random(trial)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(workshop_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()  # wait until it is really writing
    assert first.strip() == "0"
    time.sleep(rng.uniform(0.05, 0.6))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    reported = [0] + [int(line) for line in rest.split() if line.strip().isdigit()]
    assert child.returncode == -signal.SIGKILL

    with open_workshop(workshop_path) as wf:
        assert wf.read_only_reason is None, "the killed writer's lock must not linger"
        with wf.session() as s:
            names = {r.name for r in repository.resources(s)}
            population = repository.workshop(s).population
            integrity = s.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
    assert integrity == "ok"
    missing = [i for i in reported if f"edit-{i}" not in names]
    assert not missing, f"{len(missing)} committed edits lost"
    # the profile and the resource were one transaction: both or neither
    assert population is not None and population >= reported[-1]
    assert f"edit-{population}" in names
