"""learner's cache folder: derived data it may rebuild at any time (the dictionary's index,
lists read from lexicon packages), never anything the user made."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

CACHE_VARIABLE = "LEARNER_CACHE_DIR"


def cache_dir() -> Path:
    """$LEARNER_CACHE_DIR, else the platform's user cache folder."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("learner"))


def write_atomically(target: Path, write: Callable[[str], None]) -> None:
    """Have `write` fill a temporary file beside `target`, then rename it into place.

    A file in the cache folder is then whole or absent: a run that is interrupted, or two
    runs at once, never leave half of one behind (the rename is atomic on one file system).
    OSError (a folder that cannot be written, a full disk) reaches the caller.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
