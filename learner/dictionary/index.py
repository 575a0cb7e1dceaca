"""The SQLite index of Ding: where it lives (its name carries INDEX_VERSION and a hash of the
code that writes it), whether it is current, how it is built from the user's copy of Ding,
and where that copy is found.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from learner.cache import (
    PACKAGE_ROOT,
    cache_dir,
    gc_paused,
    package_file_digests,
    read_only_uri,
    write_atomically,
)
from learner.dictionary.compound_senses import compound_lexicon, part_senses
from learner.dictionary.contexts import (
    TOPIC_FIELDS,
    context_rows,
    governed_rows,
    subject_fields,
    subject_rows,
    verb_frames,
)
from learner.dictionary.index_rows import (
    ABBREVIATION,
    PHRASE_CLASS,
    abbreviations,
    combining_forms,
    english_phrases,
    entry_rows,
    noun_idioms,
    object_phrases,
    phrase_ends,
    sense_genders,
    short_forms,
    spellings_apart,
    translation_breadth,
    unhyphenated_spellings,
    verb_forms,
)
from learner.dictionary.parsing import Candidate, lookup_key, parse_line
from learner.errors import DictionaryError
from learner.lexicon.nouns import PackedStrings

# Where Debian's trans-de-en installs Ding, and the variables that point elsewhere.
DEFAULT_SOURCE = Path("/usr/share/trans/de-en")
SOURCE_VARIABLE = "LEARNER_DICTIONARY"
# Bump when the parser or the ranking changes: every cached index is then rebuilt. The
# index's name also carries a hash of the code that writes it (`index_code_fingerprint`), so
# a change whose author forgot the bump still gets a new index, never a stale one.
INDEX_VERSION = "63"
# What the index is computed from besides Ding: this package (all of it: its modules parse,
# rank and write the rows, and the look-up reads them) and the modules it builds rows with
# (linking elements, wordfreq's English phrase frequencies, Wiktionary's noun table and
# definitions, with their data files). Paths relative to the learner package; a folder
# stands for every file under it.
_INDEX_CODE = ("dictionary", "morphology.py", "wordlists.py", "lexicon")


def _signature(source: Path) -> str:
    """What identifies the source's content for the cache: path, size, mtime, version."""
    stat = source.stat()
    return f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{INDEX_VERSION}"


def current_index_path() -> Path | None:
    """The index this install reads for the default dictionary; None without one."""
    try:
        source = find_source()
    except DictionaryError:
        return None
    return index_path(source) if source is not None else None


def index_path(source: Path) -> Path:
    """The index of `source` for this INDEX_VERSION and this code. Both are in the name so
    that two versions of learner sharing a cache folder (two virtualenvs; a benchmark running
    an older checkout beside this one) each keep their own index instead of rebuilding the
    other's at every run (~15 s of CPU each time); `learner cache clear` removes the ones no
    install reads."""
    digest = hashlib.sha256(str(source.resolve()).encode("utf-8")).hexdigest()[:16]
    code = index_code_fingerprint()
    return cache_dir() / f"ding-{digest}-v{INDEX_VERSION}-{code}.sqlite"


@cache
def index_code_fingerprint(root: Path = PACKAGE_ROOT,
                           names: tuple[str, ...] = _INDEX_CODE) -> str:
    """A hash of the files under `root` that decide the index's rows (`_INDEX_CODE`), from
    the digests `package_file_digests` reads once per process: the index was once keyed by
    INDEX_VERSION alone, and a rule merged without its bump left every existing cache
    reading rows the code no longer wrote."""
    digest = hashlib.blake2b(digest_size=6)
    for name, file_digest in package_file_digests(root):
        if any(name == top or name.startswith(top + os.sep) for top in names):
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + file_digest)
    return digest.hexdigest()


def read_candidates(lines: Iterable[str]) -> dict[tuple[str, str], list[Candidate]]:
    by_key: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for line in lines:
        for candidate in parse_line(line):
            by_key[(candidate.word, candidate.pos)].append(candidate)
    return by_key


def build_index(source: Path, target: Path) -> None:
    """Write the ranked index of `source` to `target`, atomically.

    The index is written to a temporary file beside the target and renamed into place, so a
    run that is interrupted, or two runs at once, never leave a half-written index behind.
    """
    with gc_paused():
        write_atomically(target, lambda path: _write_index(source, path))


def _write_index(source: Path, path: str) -> None:
    db = sqlite3.connect(path)
    try:
        db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE entry (key TEXT, pos TEXT, word TEXT, gloss TEXT, gender TEXT,"
            " plural TEXT);"
            "CREATE TABLE plural (key TEXT, word TEXT);"
            "CREATE TABLE part (key TEXT, role TEXT, sense TEXT, count INTEGER);"
            "CREATE TABLE context (key TEXT, pos TEXT, noun TEXT, sense TEXT);"
            "CREATE TABLE governs (key TEXT, pos TEXT, preposition TEXT, sense TEXT);"
            "CREATE TABLE frame (key TEXT, frame TEXT, sense TEXT);"
            "CREATE TABLE field (key TEXT, pos TEXT, field TEXT, sense TEXT);"
            "CREATE TABLE subject (key TEXT, sense TEXT, kind TEXT);"
            "CREATE TABLE english (sense TEXT PRIMARY KEY) WITHOUT ROWID;"
            "CREATE TABLE noun_end (name TEXT PRIMARY KEY, text TEXT, starts BLOB);"
        )
        with open(source, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()  # 25 MB: read at once, and walked twice
        by_key = read_candidates(lines)
        abbreviated = [line for line in lines if " /" in line]
        combining = [line for line in lines if "…" in line]
        adjective_lines = [line for line in lines if "{adj}" in line or "{adv}" in line]
        short_form_lines = [line for line in lines if "} (" in line]
        # PHRASE_CLASS ends in a verb's, adjective's or adverb's class: a line without one
        # ("{v", "{ad") is left before its head is cut out for the search.
        phrase_lines = [line for line in lines if ("{v" in line or "{ad" in line)
                        and " :: " in line and PHRASE_CLASS.search(
                            line.partition(" :: ")[0].partition(" | ")[0])]
        # One search per line for any field's label: a generator of substring tests per
        # line cost ~0.2 s.
        labels = re.compile("|".join(re.escape(f"[{field}]") for field in TOPIC_FIELDS))
        field_lines = [line for line in lines if labels.search(line)]
        subjects = list(subject_rows(lines))
        idioms = list(noun_idioms(lines, verb_forms(lines)))
        idioms += object_phrases(lines)
        del lines
        lexicon = compound_lexicon(by_key)
        parts = list(part_senses(by_key, lexicon))
        in_compounds: dict[str, dict[str, int]] = defaultdict(dict)
        as_last_part: dict[str, dict[str, int]] = defaultdict(dict)
        for part, role, sense, count in parts:
            if role == "head":
                in_compounds[part][sense.lower()] = count
            elif role == "last":
                as_last_part[part][sense.lower()] = count
        breadth = translation_breadth(by_key)
        combining_rows = list(combining_forms(combining))
        forms = {row[2].casefold(): row[3] for row in combining_rows}
        rows = (list(entry_rows(by_key, in_compounds, lexicon, breadth, as_last_part, forms))
                + list(abbreviations(abbreviated)) + combining_rows)
        # Ding's short words in parentheses, where no abbreviation row has the same letters.
        taken = {row[0] for row in rows if row[1] == ABBREVIATION}
        rows += [row for row in short_forms(short_form_lines, {w.casefold() for w, _ in by_key})
                 if row[0] not in taken]
        rows += list(unhyphenated_spellings(rows))
        rows += list(spellings_apart(adjective_lines))
        rows += list(phrase_ends(phrase_lines))
        rows += idioms
        # In key order: SQLite appends each to the table's B-tree, where in Ding's order it
        # inserts it in the middle (the same rows).
        # The phrases sorted as strings, then made rows: sorting the one-string rows compared
        # tuples (~0.08 s more).
        db.executemany("INSERT INTO english VALUES (?)",
                       [(phrase,) for phrase in sorted(english_phrases(breadth))])
        db.executemany("INSERT INTO context VALUES (?, ?, ?, ?)", context_rows(by_key))
        db.executemany("INSERT INTO governs VALUES (?, ?, ?, ?)", governed_rows(by_key))
        db.executemany("INSERT INTO frame VALUES (?, ?, ?)", verb_frames(by_key))
        db.executemany("INSERT INTO field VALUES (?, ?, ?, ?)",
                       subject_fields(by_key, field_lines))
        db.executemany("INSERT INTO subject VALUES (?, ?, ?)", subjects)
        db.executemany("INSERT INTO part VALUES (?, ?, ?, ?)", parts)
        db.executemany("INSERT INTO part VALUES (?, ?, ?, ?)", sense_genders(by_key))
        db.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO noun_end VALUES (?, ?, ?)", _noun_ends(rows))
        db.executemany(
            "INSERT INTO plural VALUES (?, ?)",
            [(lookup_key(r[5]), r[2]) for r in rows if r[1] == "NOUN" and r[5]],
        )
        db.executescript(
            "CREATE INDEX entry_key ON entry (key, pos);"
            "CREATE INDEX plural_key ON plural (key);"
            "CREATE INDEX part_key ON part (key, role);"
            "CREATE INDEX context_key ON context (key, pos);"
            "CREATE INDEX governs_key ON governs (key, pos);"
            "CREATE INDEX frame_key ON frame (key);"
            "CREATE INDEX field_key ON field (key, pos);"
            "CREATE INDEX subject_key ON subject (key);"
        )
        db.execute("INSERT INTO meta VALUES ('source', ?)", (_signature(source),))
        db.commit()
    finally:
        db.close()


def _noun_ends(rows: list[tuple]) -> list[tuple[str, str, bytes]]:
    """The entry rows' noun keys written backwards and sorted, all ("all") and those of the
    rows that give a plural ("plural"), each packed (`PackedStrings.parts`): the nouns that
    end in a head are then one bisected run (`Dictionary.noun_rows_ending_in`,
    `Dictionary.compounds_with_plural`). Sorted here, once: a build that asked for a head
    read and sorted the 189,000 keys (~0.3 s of CPU over the 600 gnad articles) and, before
    that, scanned the entry table for each of its first heads (~20 ms each); reading the
    ~3 MB takes a few milliseconds."""
    nouns = [(row[0][::-1], row[5]) for row in rows if row[1] == "NOUN"]
    every = sorted(key for key, _ in nouns)
    plural = sorted(key for key, has_plural in nouns if has_plural)
    return [(name, *PackedStrings(keys).parts()) for name, keys in (("all", every),
                                                                   ("plural", plural))]


def index_is_current(index: Path, source: Path) -> bool:
    if not index.is_file():
        return False
    try:
        db = sqlite3.connect(read_only_uri(index), uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'source'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == _signature(source)


def find_source(path: str | Path | None = None) -> Path | None:
    """The Ding file to use: `path`, else $LEARNER_DICTIONARY, else Debian's; None if none.

    A path the user named that does not exist is an error; a missing default is not.
    """
    named = path if path is not None else os.environ.get(SOURCE_VARIABLE) or None
    if named is not None:
        source = Path(named)
        if not source.is_file():
            where = "--dictionary" if path is not None else f"${SOURCE_VARIABLE}"
            raise DictionaryError(f"{where} {source}: no such dictionary file")
        return source
    return DEFAULT_SOURCE if DEFAULT_SOURCE.is_file() else None
