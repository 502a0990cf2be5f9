"""Photos in the file: a batch attached as one undo step, captions and quarter turns, delete
and undo giving back the very bytes, the photos still there after reopening, and gone with
the session they belong to (and back with its undo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.commands.photos import AttachPhotos, DeletePhotos, EditPhoto
from app.document import WorkshopDocument
from app.models import OwnerKind, PhotoOwner
from app.models.rules import ValidationError
from app.photos.intake import prepare
from app.store.workshop_file import open_workshop
from tests.photos.pictures import halves, jpeg


@pytest.fixture
def document(sample_path: Path, qapp):  # type: ignore[no-untyped-def]
    document = WorkshopDocument(open_workshop(sample_path))
    yield document
    document.close()


def _visit(document: WorkshopDocument) -> PhotoOwner:
    session = next(s for s in document.timeline.sessions() if s.title == "2回目支援")
    return PhotoOwner(OwnerKind.SESSION, session.id)


def test_a_batch_is_one_undo_step_and_delete_gives_back_the_same_bytes(
    document: WorkshopDocument, sample_path: Path
) -> None:
    owner = _visit(document)
    prepared = [prepare(jpeg(halves(600 + 10 * n, 400)), f"模造紙{n}.jpg") for n in range(3)]
    heard: list[None] = []
    document.photos_changed.connect(lambda: heard.append(None))
    attach = AttachPhotos(document, owner, prepared, ["テーブル1の模造紙", "", "ホワイトボード"])
    attach.redo()
    photos = document.photos.of(owner)
    assert [p.caption for p in photos] == ["テーブル1の模造紙", "", "ホワイトボード"]
    assert [p.width for p in photos] == [600, 610, 620] and heard
    stored = document.photos.image(photos[2].id)
    assert stored == prepared[2].image
    attach.undo()
    assert document.photos.of(owner) == []
    attach.redo()
    assert len(document.photos.of(owner)) == 3

    turn = EditPhoto(document, photos[2].id, rotation=90)
    turn.redo()
    caption = EditPhoto(document, photos[2].id, caption="  ホワイト　ボード ")
    caption.redo()
    assert (
        document.photos.get(photos[2].id).rotation,
        document.photos.get(photos[2].id).caption,
    ) == (90, "ホワイト ボード")
    caption.undo()
    assert document.photos.get(photos[2].id).caption == "ホワイトボード"
    assert document.photos.get(photos[2].id).rotation == 90  # the turn stays

    delete = DeletePhotos(document, [photos[2].id])
    delete.redo()
    assert len(document.photos.of(owner)) == 2
    delete.undo()
    assert document.photos.image(photos[2].id) == stored  # every byte back

    document.close()
    again = WorkshopDocument(open_workshop(sample_path))
    try:
        kept = again.photos.of(owner)
        assert [p.caption for p in kept] == ["テーブル1の模造紙", "", "ホワイトボード"]
        assert again.photos.image(kept[2].id) == stored
    finally:
        again.close()


def test_photos_go_with_their_session_and_come_back_with_its_undo(
    document: WorkshopDocument,
) -> None:
    from app.commands.timeline import DeleteSessions

    owner = _visit(document)
    AttachPhotos(document, owner, [prepare(jpeg(halves()), "a.jpg")]).redo()
    delete = DeleteSessions(document, [owner.id])
    delete.redo()
    assert document.photos.of(owner) == []
    delete.undo()
    assert len(document.photos.of(owner)) == 1


def test_a_caption_too_long_is_refused_before_anything_is_written(
    document: WorkshopDocument,
) -> None:
    owner = _visit(document)
    with pytest.raises(ValidationError):
        AttachPhotos(document, owner, [prepare(jpeg(halves()), "a.jpg")], ["長" * 201])
    assert document.photos.of(owner) == []
