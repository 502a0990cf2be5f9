"""The one helper that finds bundled files, in a source checkout and in a packaged build.

PyInstaller unpacks data next to the executable and sets ``sys._MEIPASS``; in a
checkout the same files sit at the project root. Fonts, templates, the
catalogue, translations, the sample and the migration scripts are all looked
up through :func:`bundle_path`, so nothing else needs to know which case it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def bundle_path(*parts: str) -> Path:
    """Return the path of a bundled file, relative to the project root."""
    return _ROOT.joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """Return the path of a file under ``resources/``."""
    return bundle_path("resources", *parts)
