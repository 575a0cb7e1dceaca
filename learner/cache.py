"""learner's cache folder: derived data it may rebuild at any time (the dictionary's index,
lists read from lexicon packages), never anything the user made."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cache
from pathlib import Path

CACHE_VARIABLE = "LEARNER_CACHE_DIR"


def cache_dir() -> Path:
    """$LEARNER_CACHE_DIR, else the platform's user cache folder."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("learner"))


# The learner package, whose files key what is derived from its code.
PACKAGE_ROOT = Path(__file__).resolve().parent


@cache
def package_file_digests(root: Path = PACKAGE_ROOT) -> tuple[tuple[str, bytes], ...]:
    """Every file of the learner package (source, lexicons, models) by its path relative to
    `root`, in order, with a hash of its bytes: read once per process for every key made of
    them (the article cache's `source_fingerprint`, the dictionary index's
    `index_code_fingerprint`); a few hundred kB of source and a few MB of data take
    milliseconds.

    Each file is hashed in pieces, not read whole: reading the 25 MB HanTa table
    (`nlp/data/hanta_analyses.sqlite`) in one piece made glibc's allocator raise its mmap
    threshold to 25 MB once that block was freed, for the rest of the process and the
    workers forked after it: their later large temporaries (the notes' memo, ~40 MB) came
    from the heap and stayed counted after they were freed, and the 600 gnad articles'
    build peaked ~20-35 MB higher (mem38, docs/speed.md)."""
    found = []
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        with path.open("rb") as file:
            digest = hashlib.file_digest(file, lambda: hashlib.blake2b(digest_size=20))
        found.append((str(path.relative_to(root)), digest.digest()))
    return tuple(found)


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


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block (and left as it was after).

    Building an index, or a deck from cached analyses, makes millions of small objects (rows,
    tuples, lists, strings) that stay alive until the end; every collection the allocations
    trigger walks them all again, a quarter of an index build's time and a fifth of a
    rebuild's, and finds nothing: they form no cycles, and are freed by reference counting
    as usual. `cli.main` runs every command inside it; forked workers switch it on again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_only_uri(path: Path) -> str:
    """The URI that opens an index of the cache folder read-only, as immutable.

    Every index here is written whole and renamed into place (`write_atomically`), never
    changed where it lies: a connection keeps reading the file it opened. Told so, SQLite skips
    what guards a file that others may write, on every query: two locks taken and released
    (`fcntl`), a look for a hot journal (`stat`) and a check of the file's change counter
    (`pread`). A cold build of 150 gnad articles made 800,000 such calls for the dictionary's
    and wordfreq's look-ups, ~1 s of system time.
    """
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def read_only_index(
    path: Path,
    rows: Callable[[], Sequence[tuple]],
    fill: Callable[[sqlite3.Connection, Sequence[tuple]], None],
) -> sqlite3.Connection:
    """An SQLite index in the cache folder, opened read-only (and usable from any thread).

    Where `path` is missing or unreadable, `fill` writes `rows()` into a new one, written
    atomically (see `write_atomically`); a cache folder that cannot be written means the
    index lives in memory. The file's name should say what it was built from, so a new source
    gets a new index.
    """
    def opened() -> sqlite3.Connection:
        return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)

    if path.is_file():
        try:
            return opened()
        except sqlite3.Error:
            pass
    with gc_paused():
        memory = _write_index(path, rows, fill)
    return opened() if memory is None else memory


def _write_index(
    path: Path,
    rows: Callable[[], Sequence[tuple]],
    fill: Callable[[sqlite3.Connection, Sequence[tuple]], None],
) -> sqlite3.Connection | None:
    """`read_only_index`'s new index: None once written to `path`, else one in memory.

    Its own function so that the rows are freed on return, while the collector is still
    paused: alive when it resumed, they were all young objects to it, and its first
    collection walked every one (0.2 s of CPU for Wiktionary's 838,000 pronunciations)."""
    data = rows()

    def write(tmp: str) -> None:
        db = sqlite3.connect(tmp)
        try:
            fill(db, data)
        finally:
            db.close()

    try:
        write_atomically(path, write)
    except (OSError, sqlite3.Error):
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        fill(memory, data)
        return memory
    return None


# The files learner derives into the cache folder, by the start of their names: the article
# cache, the dictionary's index, the indexes of the lexicon packages and of wordfreq, and the
# compiled regular expressions (learner.regexes).
_DERIVED_PREFIXES = ("articles-", "ding-", "regexes-", "wiktionary-", "wordfreq-")
# A temporary file younger than this may be one a running build is still writing.
_TEMPORARY_GRACE_SECONDS = 3600


def unused_files(in_use: Collection[Path]) -> list[Path]:
    """The derived files in the cache folder that this install does not read.

    Each index is named by what it was built from (the package file's size and time, the
    dictionary's INDEX_VERSION), so that two installs sharing the folder never rebuild each
    other's. The price is that every upgrade or reinstall leaves the old ones behind, ~100 MB a
    time; these are they, with the temporary files of runs that were killed while writing one.
    Deleting a file another install still reads costs it one rebuild, never a wrong result.
    """
    folder = cache_dir()
    if not folder.is_dir():
        return []
    keep = {path.name for path in in_use}
    keep |= {name + suffix for name in list(keep) for suffix in ("-wal", "-shm")}
    now = time.time()
    unused = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if not path.is_file() or name in keep:
            continue
        if name.startswith(".") and name.endswith(".tmp"):
            if (not name[1:].startswith(_DERIVED_PREFIXES)
                    or now - path.stat().st_mtime < _TEMPORARY_GRACE_SECONDS):
                continue
        elif not name.startswith(_DERIVED_PREFIXES):
            continue  # not ours: left as it is
        unused.append(path)
    return unused
