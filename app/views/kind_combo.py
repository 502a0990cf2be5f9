"""A combo box of resource kinds, grouped under their catalogue groups."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from app import i18n
from app.document import WorkshopDocument
from app.views.kind_icons import kind_icon


def fill_kind_combo(combo: QComboBox, document: WorkshopDocument, *, with_groups: bool) -> None:
    """Fill ``combo`` with kinds under group headings.

    With ``with_groups`` the headings can be chosen too (data ``group:<id>``,
    kinds ``kind:<id>``), for filtering; otherwise headings are disabled and the
    data is the bare kind id, for choosing a kind.
    """
    lang = i18n.current_language()
    kinds_by_group: dict[str, list] = {}
    for kind in document.kinds():
        kinds_by_group.setdefault(kind.group_id, []).append(kind)
    for group in document.kind_groups():
        heading = f"■ {group.display_name(lang)}"
        combo.addItem(heading, f"group:{group.id}" if with_groups else None)
        if not with_groups:
            model = combo.model()
            assert isinstance(model, QStandardItemModel)
            item = model.item(combo.count() - 1)
            item.setEnabled(False)
        for kind in kinds_by_group.get(group.id, []):
            combo.addItem(
                kind_icon(kind.colour, kind.mark),
                ("    " if with_groups else "  ") + kind.display_name(lang),
                f"kind:{kind.id}" if with_groups else kind.id,
            )
