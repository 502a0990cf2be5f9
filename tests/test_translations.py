"""The Japanese translation is complete and in step with the code."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "wagamachi_ja.ts"


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_is_translated() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished


def test_ts_file_holds_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((ROOT / "app").rglob("*.py"))]
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", *files, "-ts", str(fresh)], check=True
    )
    missing = _sources(fresh) - _sources(TS)
    assert not missing, f"run `make update-translations` and translate: {sorted(missing)[:5]}"


def test_japanese_is_the_default(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"


def test_lupdate_saw_every_translate_call() -> None:
    """lupdate skips calls it cannot parse (e.g. a plural count); catch them here."""
    import re

    pattern = re.compile(
        r'(?:QCoreApplication\.translate|QT_TRANSLATE_NOOP)\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)"\s*[,)]'
    )
    known = _sources(TS)
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        for ctx, text in pattern.findall(path.read_text(encoding="utf-8")):
            found.add((ctx, text.encode().decode("unicode_escape").encode("latin-1").decode()))
    assert found, "the pattern found no calls at all"
    missing = found - known
    assert not missing, sorted(missing)
