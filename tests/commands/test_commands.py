"""Every command: redo applies, undo restores exactly, redo again re-applies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.commands import AddResource, DeleteResources, EditProfile, EditResource
from app.document import ReadOnlyDocument, WorkshopDocument
from app.models.rules import ValidationError
from app.store.workshop_file import open_workshop


@pytest.fixture
def document(sample_path: Path, qapp) -> Iterator[WorkshopDocument]:  # type: ignore[no-untyped-def]
    doc = WorkshopDocument(open_workshop(sample_path))
    yield doc
    doc.close()


def _reopened(document: WorkshopDocument) -> WorkshopDocument:
    path = document.path
    document.close()
    return WorkshopDocument(open_workshop(path))


def test_edit_profile(document: WorkshopDocument, qtbot) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    with qtbot.waitSignal(document.profile_changed):
        stack.push(EditProfile(document, {"population": 44000, "municipality_code": "09214"}))
    assert document.workshop().population == 44000
    assert stack.undoText() == "概要を編集"
    stack.undo()
    assert document.workshop().population == 43878
    stack.redo()
    reopened = _reopened(document)
    assert reopened.workshop().population == 44000
    reopened.close()


def test_edit_profile_refuses_bad_input_before_it_is_pushed(document: WorkshopDocument) -> None:
    with pytest.raises(ValidationError) as caught:
        EditProfile(document, {"municipality_code": "092143"})
    assert caught.value.code == "code_check_digit"
    assert document.workshop().municipality_code == "092142"


def test_add_resource_undo_redo_keeps_its_id(document: WorkshopDocument) -> None:
    stack = QUndoStack()
    before = len(document.resources())
    command = AddResource(
        document, {"name": "訪問型サービスC（新設）", "kind_id": "houmon_c", "status": "planned"}
    )
    stack.push(command)
    new_id = command.resource_id
    assert new_id is not None
    assert document.resource(new_id).name == "訪問型サービスC（新設）"
    assert stack.undoText() == "地域資源「訪問型サービスC（新設）」を追加"
    stack.undo()
    assert len(document.resources()) == before
    stack.redo()
    assert document.resource(new_id).status.value == "planned"


def test_add_resource_with_empty_name_is_refused(document: WorkshopDocument) -> None:
    with pytest.raises(ValidationError, match="empty_name"):
        AddResource(document, {"name": "   ", "kind_id": "kayoi"})


def test_edit_resource(document: WorkshopDocument) -> None:
    stack = QUndoStack()
    target = next(r for r in document.resources() if r.kind_id == "tsusho_c")
    stack.push(EditResource(document, target.id, {"status": "active", "memo": "再開"}))
    assert document.resource(target.id).status.value == "active"
    stack.undo()
    restored = document.resource(target.id)
    assert restored.status.value == "not_functioning"
    assert restored.memo == target.memo


def test_delete_resources_restores_every_field(document: WorkshopDocument) -> None:
    stack = QUndoStack()
    rows = document.resources()[:3]
    before = [r.column_values() for r in rows]
    stack.push(DeleteResources(document, [r.id for r in rows]))
    assert stack.undoText() == "地域資源を3件削除"
    remaining = {r.id for r in document.resources()}
    assert not remaining & {r.id for r in rows}
    stack.undo()
    assert [document.resource(r.id).column_values() for r in rows] == before
    stack.redo()
    reopened = _reopened(document)
    assert not {r.id for r in reopened.resources()} & {r.id for r in rows}
    reopened.close()


def test_read_only_document_refuses_writes(sample_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    doc = WorkshopDocument(open_workshop(sample_path, read_only=True))
    try:
        with pytest.raises(ReadOnlyDocument):
            doc.update_profile({"population": 1})
    finally:
        doc.close()
