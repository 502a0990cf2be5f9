"""Cards: the resources placed on a worksheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.models import ResourceStatus
from app.views.canvas.text import SCALE, static_text
from app.views.worksheet.card_chrome import (
    FACE_DOWN_BAND_MM,
    NAME_FONT,
    Chrome,
    chrome_blit,
    paint_vector,
)
from app.worksheets.card_style import GLYPH_MM, STATUS_GLYPHS, STRIPE_MM, card_fill

if TYPE_CHECKING:
    from app.views.worksheet.links import LinkItem

_TEXT = QColor("#222222")
_IDENTITY = QTransform()


@dataclass
class CardLook:
    """What a card shows; rebuilt from the document when the card or its resource changes."""

    name: str
    kind_colour: str
    mark: str
    status: ResourceStatus
    colour: str | None
    memo: str
    face_down: bool = False  # the room sees only its back until it is revealed
    #: The resource's photo shown at the card's end (when the sheet shows photos).
    photo_key: tuple[int, int] | None = None  # the photo's id and its turn
    photo: QPixmap | None = field(default=None, compare=False)


class CardItem(QGraphicsRectItem):
    """A placed resource. Programmatic moves go through :meth:`move_to` so links follow.

    A rectangle item so that bounds and hit tests stay in C++ (thousands of cards);
    the rectangle is the card with a margin for its border, never drawn as such.
    """

    def __init__(
        self, card_id: int, resource_id: int, width: float, height: float, look: CardLook
    ) -> None:
        super().__init__()
        self.card_id = card_id
        self.resource_id = resource_id
        self.size = (width, height)
        self.look = look
        self.links: list[LinkItem] = []  # arrows from or to this card
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setPen(Qt.PenStyle.NoPen)
        self._update_tooltip()
        self._prepare()

    def set_look(self, look: CardLook) -> None:
        if look == self.look:
            return
        self.look = look
        self._update_tooltip()
        self._prepare()
        self.update()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) == self.size:
            return
        self.size = (width, height)
        self._prepare()
        self.links_follow()

    def move_to(self, x: float, y: float) -> None:
        if (x, y) != (self.pos().x(), self.pos().y()):
            self.setPos(x, y)
            self.links_follow()

    def _update_tooltip(self) -> None:
        glyph, _ = STATUS_GLYPHS[self.look.status]
        tip = f"{self.look.name}\n{glyph} {self.look.status.label()}"
        if self.look.face_down:
            tip += "\n" + QCoreApplication.translate("CardItem", "Face-down: hidden from the room")
        self.setToolTip(tip + (f"\n\n{self.look.memo}" if self.look.memo else ""))

    def _prepare(self) -> None:
        """Lay the name out once; painting then only blits the chrome and draws the name."""
        w, h = self.size
        self._text_left = (STRIPE_MM + 0.6 + GLYPH_MM) * SCALE
        band = FACE_DOWN_BAND_MM if self.look.face_down else 0.0
        shows_photo = self.look.photo is not None and not self.look.face_down
        self._photo_rect = QRectF(w - h + 0.4, 0.4, h - 0.8, h - 0.8) if shows_photo else None
        photo = h if shows_photo else 0.0
        self._name_width = (w - STRIPE_MM - 1.6 - GLYPH_MM - band - photo) * SCALE
        self._name = static_text(self.look.name, NAME_FONT, self._name_width)
        top = max(0.0, (h * SCALE - self._name.size().height()) / 2)
        self._name_at = QPointF(self._text_left, top)
        self._name_clip = QRectF(self._text_left, 0, self._name_width, h * SCALE)
        self._name_overflows = self._name.size().height() > h * SCALE
        fill = card_fill(self.look.colour, self.look.kind_colour)
        self._chromes = tuple(
            Chrome(
                w,
                h,
                fill,
                self.look.kind_colour,
                self.look.mark,
                self.look.status,
                s,
                self.look.face_down,
            )
            for s in (False, True)
        )
        self.setRect(self._chromes[0].bounds())
        self._blit_key: tuple[float, float, float, bool] | None = None
        self._blit: tuple[QPixmap, float, float] | None = None

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, *self.size)

    def scene_card_rect(self) -> QRectF:
        return self.card_rect().translated(self.pos())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        ratio = painter.device().devicePixelRatio()
        key = (transform.m11(), transform.m12(), ratio, self.isSelected())
        if key != self._blit_key:
            self._blit_key = key
            self._blit = chrome_blit(painter, self._chromes[key[3]])
        if self._blit is None:
            paint_vector(painter, self._chromes[key[3]])
        else:
            pixmap, dx, dy = self._blit
            painter.setWorldTransform(_IDENTITY)
            painter.drawPixmap(round(transform.dx() + dx), round(transform.dy() + dy), pixmap)
            painter.setWorldTransform(transform)
        if self._photo_rect is not None and self.look.photo is not None:
            painter.drawPixmap(self._photo_rect, self.look.photo, _square(self.look.photo))
        painter.scale(1 / SCALE, 1 / SCALE)
        painter.setPen(_TEXT)
        painter.setFont(NAME_FONT)  # a static text is drawn in the painter's font
        if self._name_overflows:
            painter.setClipRect(self._name_clip)
        painter.drawStaticText(self._name_at, self._name)

    def links_follow(self) -> None:
        for link in self.links:
            link.update_path()


def _square(picture: QPixmap) -> QRectF:
    """The middle square of ``picture``: a photo fills the card's square end, cropped."""
    side = min(picture.width(), picture.height())
    return QRectF((picture.width() - side) / 2, (picture.height() - side) / 2, side, side)
