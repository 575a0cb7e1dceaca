"""The article cache: each input file's analysis, kept between runs, so a rebuild tags only
the articles that are new or changed.

An entry is what one input file gives `build`, `words` and `stats`: the analysis of each
article it holds (a news article is one, an EPUB one per chapter; their words and the tally of
their other running words, see `learner.build.analyse_paths`), as compressed bytes, with the
warnings reading the file gave. Web addresses are fetched afresh and never cached. Its key is
a hash of the file's name and bytes (the name gives an article without a title line its title)
and of everything else that can change the analysis (`analysis_key`):

- learner's version and its code: every file of the installed package, source and data (the
  lexicons and models learner ships), so a changed rule is a new key even when the version
  number is not bumped;
- the pipeline: the embedded one, or `--model` with its name and its files (meta.json, config,
  weights: their sizes and times) or its package's version;
- the versions of every installed distribution (spaCy, HanTa and its model, wordfreq,
  german-nouns, an official pipeline package...): whatever a component reads, a new version
  of it is a new key, and a component added later is covered without a change here.

Entries live in one SQLite file in the cache folder (`learner.cache.cache_dir`). SQLite's
locking lets two builds read and write it at once; a damaged entry is recomputed, a damaged
file is replaced, and a cache folder that cannot be written means building without the
cache. Every such trouble is one warning (`CacheWarning`). The least recently used entries go
first once the file passes its size limit ($LEARNER_CACHE_MB, default `DEFAULT_LIMIT_MB`).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
import warnings
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from learner.cache import PACKAGE_ROOT, cache_dir, package_file_digests
from learner.errors import CacheWarning, UsageError

CACHE_FILE = "articles-v1.sqlite"
LIMIT_VARIABLE = "LEARNER_CACHE_MB"
# An entry is about 5 kB compressed for a news article (measured over 200 gnad articles: 5.7 kB
# on average, the largest 15 kB), so 500 MB holds some 90,000 articles, decades of daily
# reading, while staying small beside the ~1 GB of packages learner needs.
DEFAULT_LIMIT_MB = 500
# Eviction goes below the limit by this share, so a build that adds a few entries does not
# evict again at once.
_EVICT_TO = 0.9
# Raised when the layout of an entry changes: older entries then become misses.
FORMAT = b"learner article cache 2"
# A second build waits this long for the other's write to finish before giving up on the
# cache (a write of a few hundred entries takes well under a second).
_BUSY_SECONDS = 30.0
# Keys asked in one statement by `ArticleCache.get_many`.
_BATCH = 900
# An entry's time of last use is written again only when it is older than this. Marking a
# row rewrites it whole, recording and all: a rebuild that marked the deck's 13,000
# recordings (53 MB) every time spent ~0.4 s of CPU on it, and the least recently used
# entries are told apart just as well to within ten minutes.
USE_RESOLUTION_SECONDS = 600.0



def cache_file() -> Path:
    return cache_dir() / CACHE_FILE


def limit_bytes() -> int:
    """The size limit: $LEARNER_CACHE_MB megabytes, else `DEFAULT_LIMIT_MB`."""
    value = os.environ.get(LIMIT_VARIABLE, "").strip()
    if not value:
        return DEFAULT_LIMIT_MB * 1_000_000
    try:
        megabytes = float(value)
    except ValueError:
        raise UsageError(f"${LIMIT_VARIABLE} must be a number of megabytes, got {value!r}") \
            from None
    if not megabytes >= 0:
        raise UsageError(f"${LIMIT_VARIABLE} must be 0 or more megabytes, got {value!r}")
    return int(megabytes * 1_000_000)


# --- keys ----------------------------------------------------------------------------------

@cache
def source_fingerprint(root: Path = PACKAGE_ROOT) -> bytes:
    """A hash of every file of the learner package (source, lexicons, models), from the
    digests `package_file_digests` reads once per process."""
    digest = hashlib.blake2b(digest_size=20)
    for name, file_digest in package_file_digests(root):
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + file_digest)
    return digest.digest()


@cache
def installed_versions() -> tuple[str, ...]:
    """name-version of every installed distribution (spaCy, HanTa, wordfreq, pipelines...),
    from the names of the metadata folders on sys.path ("wordfreq-3.1.1.dist-info"): 1 ms,
    where reading each distribution's metadata takes 0.3 s."""
    found = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.update(n for n in names if n.endswith((".dist-info", ".egg-info", ".egg-link"))
                     and not _own_metadata(n))
    return tuple(sorted(found))


def _own_metadata(name: str) -> bool:
    """Whether a metadata folder is learner's own ("learner-0.9.dist-info", or the
    "learner.egg-info" an editable install leaves in the checkout). Its version and source are
    in the key already, and the checkout's folder is on sys.path only when learner runs as
    `python -m learner` from there: counting it made that run and the `learner` command's
    miss each other's entries."""
    return name.startswith(("learner-", "learner."))


def model_fingerprint(model: str) -> bytes:
    """What identifies a `--model` pipeline beyond its name: the names, sizes and times of the
    files of its folder (meta.json, config.cfg and weights), found without importing spaCy.
    The embedded pipeline is learner's own code, already in the key."""
    from learner.nlp import DEFAULT_MODEL

    if model == DEFAULT_MODEL:
        return b""
    folder = Path(model)
    if not folder.is_dir():
        from importlib.util import find_spec

        try:
            spec = find_spec(model)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            return b""  # not installed: loading it fails before anything is cached
        folder = Path(next(iter(spec.submodule_search_locations)))
    digest = hashlib.blake2b(digest_size=20)
    for path in sorted(folder.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        stat = path.stat()
        digest.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\0"
                      .encode("utf-8", "surrogateescape"))
        if path.name in ("meta.json", "config.cfg"):
            digest.update(path.read_bytes())
    return digest.digest()


@cache
def analysis_key(model: str) -> bytes:
    """Everything besides the article that decides its analysis, hashed (see the module's
    docstring)."""
    import learner

    digest = hashlib.blake2b(digest_size=20)
    for part in (FORMAT, learner.__version__.encode(), sys.version.encode(),
                 source_fingerprint(), model.encode("utf-8", "surrogateescape"),
                 model_fingerprint(model), "\n".join(installed_versions()).encode()):
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.digest()


def entry_key(analysis: bytes, name: str, data: bytes) -> bytes:
    """The key of an article file's entry: the analysis key, the file's name and its bytes."""
    digest = hashlib.blake2b(analysis, digest_size=20)
    digest.update(os.fsencode(name) + b"\0")
    digest.update(data)
    return digest.digest()


# --- the store -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """A stored analysis (compressed bytes) and the warnings reading its file gave: pairs of
    a warning class's name and its message, the file's path written as `PATH_MARK`."""

    value: bytes
    warnings: tuple[tuple[str, str], ...] = ()


PATH_MARK = "\x00path\x00"
# An entry that is no article's analysis (the build's memo of Zipf values) says so in its
# warnings, so `learner cache info` counts articles only.
MEMO_MARK = (("memo", ""),)


class ArticleCache:
    """The cache file, opened for one run. Use `open_cache`; `close` writes what was used."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.hits = 0
        self.misses = 0
        self._used: list[bytes] = []
        self._pending: list[tuple[bytes, bytes, str, int, float]] = []
        self._writable = True
        self._warned = False
        self._grew = False  # whether this run wrote entries
        # Entries last used before this are marked used again at `close`.
        self._stale = time.time() - USE_RESOLUTION_SECONDS

    def get(self, key: bytes) -> Entry | None:
        """The entry under `key`, or None (a miss)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value, warnings, used FROM entries WHERE key = ?",
                                   (key,)).fetchone()
        except sqlite3.Error as exc:
            self._give_up(f"cannot read the article cache {self.path} ({exc})")
            return None
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        if row[2] < self._stale:
            self._used.append(key)
        return Entry(row[0], _decode_warnings(row[1]))

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The values (not the warnings) under those of `keys` the cache holds, read in
        batches: a deck's 13,000 recordings, each asked on its own, took ~0.4 s of CPU."""
        return self._read_many(keys, "value")

    def warnings_many(self, keys: Iterable[bytes]) -> dict[bytes, tuple[tuple[str, str], ...]]:
        """The warnings stored with those of `keys` the cache holds (their values are not
        read), in batches, marking them used as `get` does."""
        return {key: _decode_warnings(stored)
                for key, stored in self._read_many(keys, "warnings").items()}

    def _read_many(self, keys: Iterable[bytes], column: str) -> dict[bytes, Any]:
        """One column ("value" or "warnings") of those of `keys` the cache holds, read in
        batches, each entry marked used and counted a hit or a miss as `get` does."""
        found: dict[bytes, Any] = {}
        if self._db is None:
            return found
        keys = list(dict.fromkeys(keys))
        # SQLite's limit on a statement's parameters is 32,766 since 3.32, 999 before.
        for start in range(0, len(keys), _BATCH):
            batch = keys[start:start + _BATCH]
            marks = ",".join("?" * len(batch))
            try:
                rows = self._db.execute(
                    f"SELECT key, {column}, used FROM entries WHERE key IN ({marks})",
                    batch).fetchall()
            except sqlite3.Error as exc:
                self._give_up(f"cannot read the article cache {self.path} ({exc})")
                return {}
            stale = self._stale
            for key, stored, used in rows:
                found[key] = stored
                if used < stale:
                    self._used.append(key)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put(self, key: bytes, entry: Entry) -> None:
        """Store an entry; it is written at the next `flush` (or `close`)."""
        if self._db is None or not self._writable:
            return
        self._pending.append((key, entry.value, _encode_warnings(entry.warnings),
                              len(entry.value) + len(key), time.time()))
        if len(self._pending) >= 200:
            self.flush()

    def damaged(self, key: bytes) -> None:
        """Note that the entry under `key` could not be decoded: one warning, and it is
        replaced by the recomputed one."""
        self.hits -= 1
        self.misses += 1
        if not self._warned:
            self._warned = True
            warnings.warn(CacheWarning(
                f"damaged entries in the article cache {self.path}: those articles are "
                "analysed again"), stacklevel=2)

    def flush(self) -> None:
        if self._db is None or not self._pending:
            return
        pending, self._pending = self._pending, []
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries (key, value, warnings, size, used) "
                    "VALUES (?, ?, ?, ?, ?)", pending)
            self._grew = True
        except sqlite3.Error as exc:
            self._writable = False
            self._warn(f"cannot write the article cache {self.path} ({exc}); building "
                       "without storing the analyses")

    def close(self) -> None:
        """Write pending entries, mark the ones read as used now (those not marked within
        `USE_RESOLUTION_SECONDS`), keep the file under its limit and close it."""
        if self._db is None:
            return
        self.flush()
        try:
            if self._writable and self._used:
                with self._db:
                    now = time.time()
                    self._db.executemany("UPDATE entries SET used = ? WHERE key = ?",
                                         ((now, k) for k in self._used))
            if self._writable and self._grew:  # reading alone adds nothing to evict
                evict(self._db, limit_bytes())
        except sqlite3.Error as exc:
            self._warn(f"cannot update the article cache {self.path} ({exc})")
        finally:
            self._db.close()
            self._db = None

    def _give_up(self, message: str) -> None:
        self._warn(message + "; building without the cache")
        try:
            self._db.close()
        finally:
            self._db = None

    def _warn(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            warnings.warn(CacheWarning(message), stacklevel=3)


def _encode_warnings(found: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f"{kind}\t{message}" for kind, message in found)


def _decode_warnings(text: str | None) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    return tuple(tuple(line.split("\t", 1)) for line in text.split("\n") if "\t" in line)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key BLOB PRIMARY KEY,
    value BLOB NOT NULL,
    warnings TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    used REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_by_use_and_size ON entries (used, size, key);
"""
# An index of (used, size, key) answers the size check and the eviction's order without
# reading the rows: their `size` comes after the value, which SQLite keeps in overflow pages,
# so summing it read the whole file (0.04-0.07 s for 22,000 entries, 137 MB, at every close).
# Caches made before it have an index on `used` alone, which it replaces.
_OLD_INDEX = "entries_by_use"


def _set_wal(db: sqlite3.Connection) -> None:
    """Switch the connection to WAL, waiting up to _BUSY_SECONDS for another process.

    Two builds opening a new cache at once both switch it; SQLite answers the second switch
    "database is locked" at once, without the busy timeout's wait (a lock upgrade that could
    deadlock is not retried by the busy handler), so it is retried here.
    """
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None,
                         check_same_thread=False)
    try:
        # WAL: readers never wait for a writer, and a write interrupted halfway (a crash, a
        # full disk) leaves the last committed state.
        _set_wal(db)
        db.execute("PRAGMA synchronous = NORMAL")
        db.executescript(_SCHEMA)
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                      (_OLD_INDEX,)).fetchone():
            db.execute(f"DROP INDEX IF EXISTS {_OLD_INDEX}")
        db.isolation_level = ""  # `with db:` transactions from here on
    except BaseException:
        db.close()
        raise
    return db


def open_cache() -> ArticleCache | None:
    """The article cache for this run, or None after one warning when it cannot be used (a
    read-only or full cache folder). A file that is not a cache (damaged) is replaced."""
    path = cache_file()
    try:
        try:
            db = _connect(path)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) or not path.is_file():
                raise
            # "file is not a database": derived data, rebuilt from the articles.
            warnings.warn(CacheWarning(f"the article cache {path} was damaged ({exc}); "
                                       "starting a new one"), stacklevel=2)
            for stale in (path, path.with_name(path.name + "-wal"),
                          path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
            db = _connect(path)
    except (sqlite3.Error, OSError) as exc:
        warnings.warn(CacheWarning(
            f"cannot use the article cache {path} ({getattr(exc, 'strerror', None) or exc}); "
            "building without it"), stacklevel=2)
        return None
    return ArticleCache(db, path)


def evict(db: sqlite3.Connection, limit: int) -> int:
    """Delete the least recently used entries until the rest fit `limit` bytes (to
    `_EVICT_TO` of it); how many went."""
    total = db.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()[0]
    if total <= limit:
        return 0
    target = int(limit * _EVICT_TO)
    doomed, freed = [], 0
    for key, size in db.execute("SELECT key, size FROM entries ORDER BY used"):
        if total - freed <= target:
            break
        doomed.append((key,))
        freed += size
    with db:
        db.executemany("DELETE FROM entries WHERE key = ?", doomed)
    return len(doomed)


def pack(record: object, compress: bool = True) -> bytes:
    """An analysis as stored: marshal (plain tuples, strings and numbers, the fastest to
    read back) compressed by zlib, whose checksum catches a damaged or truncated entry.

    With `compress=False`, marshal's bytes as they are behind `_RAW` and their Adler-32: for
    the few large memos a rebuild reads whole (the stored merge, the notes, the entries),
    where inflating took ~0.15 s of CPU per rebuild (an 11.5 MB notes memo: 0.075 s, its
    checksum 0.004 s) for ~12 MB more of the cache's 500."""
    import marshal

    data = marshal.dumps(record)
    if compress:
        return zlib.compress(data, 1)
    return _RAW + zlib.adler32(data).to_bytes(4, "big") + data


# What an uncompressed entry starts with; a zlib stream starts with 0x78, never with "m".
_RAW = b"m1"


def unpack(value: bytes) -> object:
    """The analysis `pack` stored; ValueError when the bytes are damaged."""
    import marshal

    try:
        if value[:2] == _RAW:
            data = memoryview(value)[6:]
            if zlib.adler32(data) != int.from_bytes(value[2:6], "big"):
                raise ValueError("checksum mismatch")
            return marshal.loads(data)
        return marshal.loads(zlib.decompress(value))
    except (zlib.error, EOFError, TypeError, ValueError) as exc:
        raise ValueError(f"damaged cache entry: {exc}") from None


# --- what `learner cache` shows and does ---------------------------------------------------

@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int
    size: int  # bytes of the file, with SQLite's own pages
    limit: int  # bytes


def cache_info() -> CacheInfo:
    """Where the article cache is, how many articles it holds and its size and limit."""
    path = cache_file()
    entries = 0
    if path.is_file():
        try:
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=_BUSY_SECONDS)
            try:
                entries = db.execute("SELECT COUNT(*) FROM entries WHERE warnings != ?",
                                     (_encode_warnings(MEMO_MARK),)).fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:
            entries = 0
    size = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal"))
               if p.is_file())
    return CacheInfo(path, entries, size, limit_bytes())


def clear_cache() -> int:
    """Delete every stored analysis (the dictionary's index stays); how many there were."""
    path = cache_file()
    count = cache_info().entries
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    return count
