"""Creating, reopening, refusing and copying workshop files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from app.store import migrate, repository
from app.store.errors import (
    DamagedFile,
    FileExists,
    FileMissing,
    ForeignFile,
    NewerVersion,
    NotSQLite,
    WriteFailed,
)
from app.store.workshop_file import (
    APPLICATION_ID,
    ReadOnlyReason,
    check_workshop_file,
    create_workshop,
    open_workshop,
)
from tests.conftest import file_hash


def test_new_file_is_ours_in_wal_mode_and_at_head(workshop_path: Path) -> None:
    conn = sqlite3.connect(workshop_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert version == migrate.head_revision()


def test_connections_commit_with_full_sync(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as wf, wf.engine.connect() as conn:
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_edits_survive_reopening(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as wf, wf.session() as s:
        repository.update_profile(s, {"municipality_name": "美里町", "population": 12000})
        rid = repository.insert_resource(s, {"name": "ふれあいサロン", "kind_id": "salon"}).id
    with open_workshop(workshop_path) as wf, wf.session() as s:
        assert repository.workshop(s).municipality_name == "美里町"
        assert repository.workshop(s).population == 12000
        assert [(r.id, r.name) for r in repository.resources(s)] == [(rid, "ふれあいサロン")]


def test_catalogue_is_stored_in_the_file(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as wf, wf.session() as s:
        kinds = repository.kinds(s)
        groups = {g.id for g in repository.kind_groups(s)}
    assert len(kinds) >= 50
    assert {"sogo", "ippan", "hokatsu", "nini", "chiiki", "hito", "hoken"} <= groups
    names = {k.name_ja for k in kinds}
    assert {
        "通所型サービスC",
        "訪問型サービスD",
        "通いの場",
        "社会福祉協議会",
        "チームオレンジ",
    } <= names
    assert "通所型サービスD" not in names  # there is no day-service D


def test_create_refuses_to_overwrite(workshop_path: Path) -> None:
    before = file_hash(workshop_path)
    with pytest.raises(FileExists):
        create_workshop(workshop_path)
    assert file_hash(workshop_path) == before


def _refused(path: Path, error: type[Exception]) -> None:
    before = file_hash(path)
    names = sorted(os.listdir(path.parent))
    with pytest.raises(error):
        open_workshop(path)
    assert file_hash(path) == before, "the original must be left byte-identical"
    assert sorted(os.listdir(path.parent)) == names, "no file may be left beside it"


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.wagamachi"
    path.write_text("会議メモ\n" * 50, encoding="utf-8")
    _refused(path, NotSQLite)


def test_refuses_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.wagamachi"
    path.write_bytes(b"")
    _refused(path, NotSQLite)


def test_refuses_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.wagamachi"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    _refused(path, ForeignFile)


def test_refuses_a_file_from_a_newer_version(workshop_path: Path) -> None:
    conn = sqlite3.connect(workshop_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    _refused(workshop_path, NewerVersion)


def test_refuses_a_damaged_file(sample_path: Path) -> None:
    data = bytearray(sample_path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page + 8 : 2 * page + 600] = os.urandom(592)  # scramble a b-tree page
    sample_path.write_bytes(bytes(data))
    _refused(sample_path, DamagedFile)


def test_refuses_a_truncated_file(sample_path: Path) -> None:
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[: len(data) // 3])
    _refused(sample_path, DamagedFile)


def test_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing):
        open_workshop(tmp_path / "nowhere.wagamachi")
    assert not (tmp_path / "nowhere.wagamachi").exists()


def test_check_without_opening_writes_nothing(workshop_path: Path) -> None:
    before = file_hash(workshop_path)
    assert check_workshop_file(workshop_path) == migrate.head_revision()
    assert file_hash(workshop_path) == before


def test_a_read_only_file_opens_read_only(sample_path: Path) -> None:
    sample_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = file_hash(sample_path)
    try:
        with open_workshop(sample_path) as wf:
            assert wf.read_only_reason is ReadOnlyReason.PERMISSION
            with wf.session() as s:
                assert len(repository.resources(s)) >= 25
            with (
                pytest.raises(WriteFailed, match="readonly"),
                wf.session() as s,
            ):
                s.execute(text("UPDATE workshop SET name = 'x'"))
    finally:
        sample_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert file_hash(sample_path) == before
    assert sorted(p.name for p in sample_path.parent.iterdir()) == [sample_path.name]


def test_a_second_opener_gets_read_only(workshop_path: Path) -> None:
    first = open_workshop(workshop_path)
    try:
        second = open_workshop(workshop_path)
        assert second.read_only_reason is ReadOnlyReason.IN_USE
        with first.session() as s:
            repository.update_profile(s, {"municipality_name": "更新後"})
        with second.session() as s:
            assert (
                repository.workshop(s).municipality_name == "更新後"
            )  # it sees the writer's edits
        second.close()
    finally:
        first.close()
    third = open_workshop(workshop_path)
    assert third.read_only_reason is None  # the lock went with the first window
    third.close()


def test_save_as_copies_everything_with_the_backup_api(sample_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.wagamachi"
    with open_workshop(sample_path) as wf:
        wf.backup_to(copy)
    with open_workshop(copy) as wf, wf.session() as s:
        assert repository.workshop(s).municipality_name == "さくら市"
        assert len(repository.resources(s)) >= 25
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _make_revision_0001_file(path: Path) -> None:
    """A file as the first released schema wrote it: workshop table only."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.commit()
    conn.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO workshop (id, name, municipality_name, prefecture, cap_status, memo, "
            "is_fictional, created_at) VALUES (1, '旧ファイル', '富士川町', '山梨県', '', '', 0, "
            "'2024-04-01 09:00:00')"
        )
    engine.dispose()


def test_an_old_file_is_upgraded_and_the_original_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.wagamachi"
    _make_revision_0001_file(path)
    original = file_hash(path)
    with open_workshop(path) as wf, wf.session() as s:
        assert repository.workshop(s).municipality_name == "富士川町"
        assert len(repository.kinds(s)) >= 50
        repository.insert_resource(s, {"name": "通いの場", "kind_id": "kayoi"})
    backup = tmp_path / "old.before-upgrade-0001.wagamachi"
    assert file_hash(backup) == original
    assert check_workshop_file(path) == migrate.head_revision()


def test_a_failed_upgrade_leaves_the_original_untouched(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.wagamachi"
    _make_revision_0001_file(path)
    before = file_hash(path)

    def broken_upgrade(connection, revision="head"):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("DROP TABLE workshop")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(Exception, match="disk I/O error"):
        open_workshop(path)
    assert file_hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.wagamachi"]


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == frozenset(s.revision for s in scripts.walk_revisions())
