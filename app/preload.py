"""The Qt-free layers, imported before PySide6 at start-up.

Once PySide6 is loaded it replaces ``__import__`` and reads the source of every module
imported after it (looking for ``from __feature__ import …``). SQLAlchemy and the store are
some 300 modules: imported first, they are spared that reading, about 50 ms of the start.
"""

from __future__ import annotations

import app.boards.templates  # noqa: F401
import app.store.boards  # noqa: F401
import app.store.change_log  # noqa: F401
import app.store.photos  # noqa: F401
import app.store.sample  # noqa: F401
import app.store.timeline  # noqa: F401
import app.store.worksheets  # noqa: F401
import app.store.workshop_file  # noqa: F401
import app.timeline.forms  # noqa: F401
