"""Keeping Python's garbage collector out of the window's way.

A full collection stops every thread, the window's too, and looks at every object alive:
with a workshop open (its rows, the scenes' items, Qt's wrappers) one took 90–140 ms, and
sixty phones writing set one off every few seconds. The objects alive once a file has
opened are set aside (frozen) so that later collections only look at what came after.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


def settle() -> None:
    """Collect what the last file left, then set aside everything alive now."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """No collection while the block runs (an export making many pages), with what is
    alive set aside; what the block leaves behind is collected as usual afterwards."""
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
