"""The file under faults: a long read beside edits, links to one file, leftover journals,
crashes between steps. Each test here once failed on a path that lost an edit."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy.exc

from app.models import Workshop
from app.store import migrate, repository
from app.store.errors import PendingChanges, WriteFailed
from app.store.leftover_wal import Outcome
from app.store.workshop_file import ReadOnlyReason, check_workshop_file, open_workshop


def test_a_long_read_does_not_hold_the_lock_an_edit_needs(workshop_path: Path) -> None:
    workshop_file = open_workshop(workshop_path)
    reading, done = threading.Event(), threading.Event()
    seen: list[str] = []

    def long_read() -> None:  # as an export does, on its own thread
        with workshop_file.read_session() as session:
            seen.append(repository.workshop(session).name)
            reading.set()
            done.wait(10)
            seen.append(repository.workshop(session).name)  # one consistent state

    reader = threading.Thread(target=long_read)
    reader.start()
    assert reading.wait(5)
    start = time.monotonic()
    with workshop_file.session() as session:
        session.get_one(Workshop, 1).name = "新しい名前"
    took = time.monotonic() - start
    done.set()
    reader.join()
    assert took < 1.0  # no busy wait on the reader
    assert seen == ["town", "town"]
    with workshop_file.read_session() as session:
        assert repository.workshop(session).name == "新しい名前"
    workshop_file.close()


def test_a_read_session_refuses_to_write(workshop_path: Path) -> None:
    with (
        open_workshop(workshop_path) as workshop_file,
        pytest.raises(sqlalchemy.exc.OperationalError),
        workshop_file.read_session() as session,
    ):
        session.get_one(Workshop, 1).name = "x"
        session.flush()


# -- one writer, whatever the name ---------------------------------------------------------
def test_a_symlink_and_a_hard_link_to_an_open_file_open_read_only(workshop_path: Path) -> None:
    link = workshop_path.with_name("link.wagamachi")
    hard = workshop_path.with_name("hard.wagamachi")
    link.symlink_to(workshop_path)
    os.link(workshop_path, hard)
    with open_workshop(workshop_path) as writer:
        assert writer.read_only_reason is None
        for other in (link, hard):
            with open_workshop(other) as second:
                assert second.read_only_reason is ReadOnlyReason.IN_USE
    for first, second in ((link, hard), (hard, workshop_path)):
        with open_workshop(first) as writer, open_workshop(second) as reader:
            assert writer.read_only_reason is None
            assert reader.read_only_reason is ReadOnlyReason.IN_USE
    with open_workshop(hard) as writer:  # every lock went with its writer
        assert writer.read_only_reason is None


_CHURN = """
import os, sys, time
sys.path.insert(0, {root!r})
from app.store import migrate
from app.store.errors import PendingChanges, WriteFailed
from app.store.leftover_wal import Outcome
from app.store.workshop_file import ReadOnlyReason, check_workshop_file, open_workshop
path, marker, until = sys.argv[1], sys.argv[2], float(sys.argv[3])
writes = clashes = 0
while time.time() < until:
    with open_workshop(path) as f:
        if f.read_only_reason is None:
            writes += 1
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL)
            except FileExistsError:
                clashes += 1
                continue
            os.close(fd)
            time.sleep(0.002)
            os.unlink(marker)
print(writes, clashes)
"""


def test_three_processes_opening_and_closing_never_write_at_once(workshop_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    until = time.time() + 4.0
    marker = workshop_path.with_name("writing-now")
    script = _CHURN.format(root=str(ROOT))
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(workshop_path), str(marker), str(until)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [tuple(map(int, run.communicate(timeout=60)[0].split())) for run in runs]
    assert sum(writes for writes, _ in results) > 30  # the lock changed hands often
    assert [clashes for _, clashes in results] == [0, 0, 0]


def test_releasing_never_removes_a_lock_someone_else_holds(workshop_path: Path) -> None:
    from app.store.writer_lock import WriterLock, sidecar_path

    first = WriterLock(workshop_path)
    assert first.acquire()
    waiting = os.open(sidecar_path(workshop_path.resolve()), os.O_RDWR)  # opened before release
    first.release()
    second = WriterLock(workshop_path)
    assert second.acquire()
    third = WriterLock(workshop_path)
    assert not third.acquire()  # the new lock is held: the old name's holder cannot join
    os.close(waiting)
    second.release()
    assert third.acquire()
    third.release()


# -- a -wal left by a crash ----------------------------------------------------------------
def _crash_image(path: Path, into: Path) -> Path:
    """What a power cut leaves: the file and its -wal as they are while a writer has them."""
    into.mkdir(exist_ok=True)
    copy = into / path.name
    shutil.copyfile(path, copy)
    shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    return copy


def _name(path: Path) -> str:
    with open_workshop(path, read_only=True) as f, f.read_session() as session:
        return repository.workshop(session).name


def _rename(workshop_file, name: str) -> None:  # type: ignore[no-untyped-def]
    with workshop_file.session() as session:
        session.get_one(Workshop, 1).name = name


def test_changes_left_in_the_wal_by_a_crash_are_merged_and_the_state_before_kept(
    workshop_path: Path, tmp_path: Path
) -> None:
    with open_workshop(workshop_path) as writer:
        _rename(writer, "保存途中の名前")
        crashed = _crash_image(workshop_path, tmp_path / "crashed")
    with open_workshop(crashed) as reopened:
        assert reopened.recovery is not None
        assert reopened.recovery.outcome is Outcome.MERGED
        with reopened.read_session() as session:
            assert repository.workshop(session).name == "保存途中の名前"
        before = reopened.recovery.copy
    assert not Path(f"{crashed}-wal").exists()
    assert before.parent == crashed.parent and before.name.startswith("town.before-recovery-")
    assert _name(before) == "town"  # the file as it was, without the log
    assert Path(f"{before}-wal.saved").stat().st_size > 0


def test_checking_a_file_with_a_leftover_wal_writes_nothing_beside_it(
    workshop_path: Path, tmp_path: Path
) -> None:
    from app.store.workshop_file import check_workshop_file

    with open_workshop(workshop_path) as writer:
        _rename(writer, "保存途中の名前")
        crashed = _crash_image(workshop_path, tmp_path / "crashed")
    before = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}
    assert check_workshop_file(crashed)
    after = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}
    assert after == before  # no -shm, the -wal left for the app to recover


def test_a_wal_from_a_later_state_beside_an_older_backup_is_set_aside(
    workshop_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.wagamachi"
    with open_workshop(workshop_path) as writer:
        _rename(writer, "バックアップ時点")
    shutil.copyfile(workshop_path, backup)
    with open_workshop(workshop_path) as writer:
        _rename(writer, "その後の状態")
    with open_workshop(workshop_path) as writer:
        _rename(writer, "さらに後、保存途中")
        crashed = _crash_image(workshop_path, tmp_path / "crashed")
    shutil.copyfile(backup, crashed)  # the backup copied over, the later -wal still there
    backup_bytes = crashed.read_bytes()
    with open_workshop(crashed) as reopened:
        assert reopened.recovery is not None
        assert reopened.recovery.outcome is Outcome.SET_ASIDE
        with reopened.read_session() as session:
            assert repository.workshop(session).name == "バックアップ時点"  # no mix
        saved = reopened.recovery.saved_wal
    assert saved.stat().st_size > 0  # the log is kept, not merged
    assert reopened.recovery.copy.read_bytes() == backup_bytes


def test_a_sibling_copys_wal_is_set_aside(workshop_path: Path, tmp_path: Path) -> None:
    sibling = tmp_path / "sibling" / "town.wagamachi"
    sibling.parent.mkdir()
    shutil.copyfile(workshop_path, sibling)
    with open_workshop(workshop_path) as writer:
        _rename(writer, "本体で編集")
    with open_workshop(sibling) as other:
        _rename(other, "コピーで保存途中")
        shutil.copyfile(f"{sibling}-wal", f"{workshop_path}-wal")
    with open_workshop(workshop_path) as reopened:
        assert reopened.recovery is not None and reopened.recovery.outcome is Outcome.SET_ASIDE
        with reopened.read_session() as session:
            assert repository.workshop(session).name == "本体で編集"


def test_a_leftover_wal_on_a_file_opened_read_only_is_refused_untouched(
    workshop_path: Path, tmp_path: Path
) -> None:
    with open_workshop(workshop_path) as writer:
        _rename(writer, "保存途中")
        crashed = _crash_image(workshop_path, tmp_path / "crashed")
    crashed.chmod(0o444)
    before = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}
    with pytest.raises(PendingChanges):
        open_workshop(crashed)
    with pytest.raises(PendingChanges):
        open_workshop(crashed, read_only=True)
    assert {p.name: p.read_bytes() for p in crashed.parent.iterdir()} == before


def test_reading_for_export_leaves_nothing_beside_the_file(
    workshop_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from app.store import writer_lock
    from app.store.workshop_file import reading

    with open_workshop(workshop_path) as writer:
        _rename(writer, "保存途中")
        crashed = _crash_image(workshop_path, tmp_path / "crashed")
    crashed.chmod(0o444)
    before = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}
    with reading(crashed) as f, f.read_session() as session:  # the -wal read from a copy
        assert repository.workshop(session).name == "保存途中"
    assert {p.name: p.read_bytes() for p in crashed.parent.iterdir()} == before

    take = writer_lock._take

    def no_lock_here(path: Path):  # type: ignore[no-untyped-def]
        if path.parent == crashed.parent:
            raise PermissionError(13, "Read-only file system", str(path))
        return take(path)

    monkeypatch.setattr(writer_lock, "_take", no_lock_here)  # a folder nobody may write
    with reading(crashed) as f, f.read_session() as session:
        assert repository.workshop(session).name == "保存途中"
    assert {p.name: p.read_bytes() for p in crashed.parent.iterdir()} == before


# -- the upgrade's swap, and what crashes leave behind ---------------------------------------
def test_a_crash_before_the_upgrades_rename_leaves_the_original_at_its_name(
    tmp_path: Path, monkeypatch
) -> None:
    from app.store import workshop_file
    from tests.store.test_workshop_file import _make_revision_0001_file

    path = tmp_path / "old.wagamachi"
    _make_revision_0001_file(path)
    original = path.read_bytes()

    def power_cut(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(workshop_file.os, "replace", power_cut)
    with pytest.raises(WriteFailed):
        open_workshop(path)
    assert path.read_bytes() == original  # never a moment without the file at its name
    assert (tmp_path / "old.before-upgrade-0001.wagamachi").read_bytes() == original
    monkeypatch.undo()
    with open_workshop(path) as upgraded:
        assert upgraded.read_only_reason is None
    assert check_workshop_file(path) == migrate.head_revision()


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporaries_left_by_a_crash_are_cleaned_at_the_next_start(
    workshop_path: Path, tmp_path: Path
) -> None:
    from app.export.output import write_atomic

    dead, alive = _dead_pid(), os.getpid()
    folder = workshop_path.parent
    stale = [
        f".town.wagamachi.{dead}.upgrading",
        f".town.wagamachi.{dead}.upgrading-wal",
        f".report.pdf.{dead}.k2j4_x9a.part",
        f".copy.wagamachi.{dead}.tmp",
    ]
    kept = [
        f".town.wagamachi.{alive}.upgrading",  # a live process's
        ".town.wagamachi.upgrading",  # not our pattern
        f"notes.{dead}.part",
    ]
    for name in stale + kept:
        (folder / name).write_bytes(b"x")
    with open_workshop(workshop_path):
        pass
    assert sorted(p.name for p in folder.iterdir() if p.name in stale + kept) == sorted(kept)

    (folder / stale[2]).write_bytes(b"x")  # an export into this folder cleans it too
    write_atomic(folder / "report.pdf", b"%PDF-")
    assert not (folder / stale[2]).exists()
