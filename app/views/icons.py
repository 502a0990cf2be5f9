"""Icons for the toolbars and the sections: Material Design Icons (Apache License 2.0),
drawn from the font qtawesome installs with itself, so nothing is fetched and every icon is
as sharp as the screen (high-DPI included).

One name per action, used wherever the action appears; ``tests/views/test_icons.py`` checks
that every name is in the bundled font (a wrong name would draw nothing).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")  # qtawesome draws through qtpy: use our Qt

import qtawesome  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction, QIcon, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QToolBar, QToolButton  # noqa: E402

INK = "#2d4a6b"  # the titles' blue
ON_DARK = "#ffffff"  # on the selected section

ICONS = {
    # sections
    "overview": "mdi6.information-outline",
    "resources": "mdi6.map-marker-multiple-outline",
    "worksheets": "mdi6.triangle-outline",
    "boards": "mdi6.note-multiple-outline",
    "roster": "mdi6.account-group-outline",
    "sessions": "mdi6.calendar-clock",
    "forms": "mdi6.clipboard-text-outline",
    # canvases
    "fit_page": "mdi6.fit-to-page-outline",
    "fit_zone": "mdi6.image-filter-center-focus",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "gaps": "mdi6.chart-bar",
    "links": "mdi6.vector-line",
    "colour": "mdi6.palette-outline",
    "align": "mdi6.format-align-left",
    "face_down": "mdi6.eye-off-outline",
    "add_stave": "mdi6.table-column-plus-after",
    "delete": "mdi6.delete-outline",
    "new_sheet": "mdi6.file-plus-outline",
    "new_note": "mdi6.note-plus-outline",
    "paste": "mdi6.content-paste",
    "group": "mdi6.group",
    "ungroup": "mdi6.ungroup",
    "reception": "mdi6.qrcode",
    "photos": "mdi6.image-multiple-outline",
    # the timeline
    "plan": "mdi6.calendar-month",
    "add_session": "mdi6.calendar-plus",
    "duplicate": "mdi6.content-duplicate",
    "split": "mdi6.call-split",
    "months": "mdi6.calendar-month",
    "weeks": "mdi6.calendar-week",
    "today": "mdi6.calendar-today",
    "wareki": "mdi6.calendar-text",
    "calendar": "mdi6.calendar",
}


def icon(name: str, colour: str = INK) -> QIcon:
    return qtawesome.icon(ICONS[name], color=colour, color_active=colour)


def put(target: QAction | QToolButton, name: str) -> None:
    """Give an action or a tool button its icon; its text stays beside it."""
    target.setIcon(icon(name))


def icon_only(bar: QToolBar, action: QAction) -> None:
    """An action whose icon says it all (zoom in, zoom out): its words go to the tooltip,
    with its shortcut, and the toolbar keeps room for the rest on a laptop's screen."""
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text()} ({keys})" if keys else action.text())


def text_beside_icons(bar: QToolBar) -> QToolBar:
    """A toolbar whose buttons show their icon and, beside it, their words."""
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return bar
