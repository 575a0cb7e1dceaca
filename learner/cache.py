"""learner's cache folder: derived data it may rebuild at any time (the dictionary's index,
lists read from lexicon packages), never anything the user made."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_VARIABLE = "LEARNER_CACHE_DIR"


def cache_dir() -> Path:
    """$LEARNER_CACHE_DIR, else the platform's user cache folder."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("learner"))
