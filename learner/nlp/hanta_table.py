"""HanTa's analyses of frequent German forms, computed once and shipped with learner.

HanTa analyses a form it does not list with two searches over its letters (`hanta_search`):
`analyze_forward`, the form's tags with their log-probabilities, and `analyze_viterbi`, the
morphemes that give the lemma for a tag. Both depend only on the form, the tag and HanTa's
model, never on the sentence; `hanta.py` memoizes them, but every process pays each distinct
form's first searches again, in every cold build (~0.25-0.45 ms a form forward, ~0.06-0.12 ms
a tag back: 28 % of a worker's CPU over gnad's articles, cold37 in docs/speed.md).

HanTa's model itself ships such a list (its `cache`, the tags of the 23,000 forms most
frequent in its training data, so that those forms skip the forward search). This table
extends the idea: the results of both searches for the most frequent forms of wordfreq's
German word list (a general source: web, subtitles, news, Wikipedia; nothing learner tags is
used to choose them), in `data/hanta_analyses.sqlite`, read-only and looked up one form at a
time, so a build reads an analysis instead of searching for it:

- `analyze_forward(form)` for every listed form not in HanTa's `cache` (HanTa asks the search
  only for those), each log-probability stored as the 8 bytes of its double, with its type
  (a float, numpy's float64 from `logaddexp`, or the int 0 of an unknown word's answer), so a
  look-up returns equal values of the same types;
- `analyze_viterbi(form, -tag)` for every tag the forward search or HanTa's `cache` gives the
  form (the tags a sentence or a lemma check can pick), but those HanTa's `_analyze` does not
  search for (its `atomic_class`).

A form or tag the table lacks is searched as before. The table holds HanTa's version and the
SHA-256 of its model file; with another HanTa or another model it is not read at all.

Built by `python -m learner.nlp.hanta_table` (a few minutes of CPU; `--top` sets how many of
wordfreq's forms). The table's licence (LGPL-3.0-or-later, as the output of HanTa's model;
its forms are wordfreq's, whose lists are CC BY-SA 4.0) is in `data/README.md`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import sys
from importlib import metadata
from pathlib import Path

import numpy

from learner.nlp import hanta_search

TABLE_PATH = Path(__file__).parent / "data" / "hanta_analyses.sqlite"
# The model file learner loads (HanTa resolves the name as `model_path` does).
MODEL_NAME = "morphmodel_ger.pgz"
# How this module encodes the analyses; a table of another format is not read.
TABLE_FORMAT = "1"
# How many of wordfreq's German forms, most frequent first (cold37: 200,000 cover ~60 % of a
# worker's forward searches over gnad and ~75 % of its lemma searches).
DEFAULT_TOP = 200_000
# `LEARNER_HANTA_TABLE=off` searches every form, as without the table (to compare the two).
ENV_SWITCH = "LEARNER_HANTA_TABLE"

# A forward result's entry: tag (a signed byte), the value's type, the value's 8 bytes.
_FORWARD = struct.Struct("<bBd")
_FLOAT, _NUMPY, _INT = 0, 1, 2
# A lemma search: the target tag and the number of morphemes, then each morpheme's tag and end.
_TARGET = struct.Struct("<bB")
_MORPHEME = struct.Struct("<bB")
# Forms longer than this are left out (a morpheme's end is one byte).
_MAX_FORM = 64


def model_path(name: str = MODEL_NAME) -> Path:
    """The model file HanTa loads for `name`: the name itself if it exists, else HanTa's own
    (`HanoverTagger.__init__`)."""
    if os.path.exists(name):
        return Path(name)
    from HanTa import HanoverTagger

    return Path(os.path.split(HanoverTagger.__file__)[0]) / name


def model_key(name: str = MODEL_NAME) -> tuple[str, str]:
    """HanTa's version and the SHA-256 of the model file (1.2 MB: ~3 ms)."""
    try:
        version = metadata.version("HanTa")
    except metadata.PackageNotFoundError:
        version = ""
    digest = hashlib.sha256(model_path(name).read_bytes()).hexdigest()
    return version, digest


def _encode_forward(found: list) -> bytes:
    parts = []
    for tag, value in found:
        if type(value) is int:
            kind = _INT
        elif isinstance(value, numpy.float64):
            kind = _NUMPY
        elif type(value) is float:
            kind = _FLOAT
        else:
            raise TypeError(f"unexpected value {value!r} of tag {tag}")
        parts.append(_FORWARD.pack(tag, kind, value))
    return b"".join(parts)


def _decode_forward(data: bytes) -> list:
    found = []
    for tag, kind, value in _FORWARD.iter_unpack(data):
        if kind == _NUMPY:
            value = numpy.float64(value)
        elif kind == _INT:
            value = int(value)
        found.append((tag, value))
    return found


def _encode_viterbi(searches: dict[int, list]) -> bytes:
    parts = []
    for target, morphemes in searches.items():
        parts.append(_TARGET.pack(target, len(morphemes)))
        parts.extend(_MORPHEME.pack(tag, end) for tag, end in morphemes)
    return b"".join(parts)


def _decode_viterbi(data: bytes, targetpos: int) -> list | None:
    """The morphemes stored for `targetpos`, or None."""
    offset, size = 0, len(data)
    while offset < size:
        target, count = _TARGET.unpack_from(data, offset)
        offset += _TARGET.size
        if target == targetpos:
            return [_MORPHEME.unpack_from(data, offset + k * _MORPHEME.size)
                    for k in range(count)]
        offset += count * _MORPHEME.size
    return None


# A form's stored forward result, and its lemma searches (NULL where it has none).
_FORWARD_QUERY = "SELECT forward FROM forms WHERE form = ?"
_VITERBI_QUERY = "SELECT viterbi FROM forms WHERE form = ?"


class AnalysisTable:
    """The shipped analyses, opened at the first look-up (one connection per process: a
    forked worker opens its own)."""

    def __init__(self, path: Path = TABLE_PATH, model: str = MODEL_NAME) -> None:
        self.path = path
        self.model = model
        self._connection: sqlite3.Connection | None = None
        self._pid: int | None = None
        # None: not checked yet; False: missing, or made for another HanTa or model.
        self._usable: bool | None = None

    def _rows(self) -> sqlite3.Connection | None:
        if self._usable is False:
            return None
        if self._pid != os.getpid():
            self._connection = self._open()
            self._pid = os.getpid()
            self._usable = self._connection is not None
        return self._connection

    def _open(self) -> sqlite3.Connection | None:
        if os.environ.get(ENV_SWITCH, "").lower() in ("0", "off", "no", "false"):
            return None
        if not self.path.is_file():
            return None
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1",
                                         uri=True, check_same_thread=False)
            meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error:
            return None
        version, digest = model_key(self.model)
        if (meta.get("format") != TABLE_FORMAT or meta.get("hanta") != version
                or meta.get("model_sha256") != digest):
            connection.close()
            return None
        return connection

    def _stored(self, query: str, word: str) -> bytes | None:
        """The form's bytes that `query` selects, or None (no row, or NULL)."""
        rows = self._rows()
        if rows is None:
            return None
        row = rows.execute(query, (word,)).fetchone()
        return None if row is None else row[0]

    def forward(self, word: str) -> list | None:
        """`analyze_forward(word)` as stored, or None."""
        data = self._stored(_FORWARD_QUERY, word)
        return None if data is None else _decode_forward(data)

    def viterbi(self, word: str, targetpos: int) -> list | None:
        """`analyze_viterbi(word, targetpos)` as stored, or None."""
        data = self._stored(_VITERBI_QUERY, word)
        return None if data is None else _decode_viterbi(data, targetpos)


def with_table(tagger, table: AnalysisTable) -> None:
    """Make the tagger's two searches read the table first (the tagger's own searches, as
    `hanta_search.install` set them, answer what it lacks)."""
    search_forward, search_viterbi = tagger.analyze_forward, tagger.analyze_viterbi
    forward, viterbi = table.forward, table.viterbi

    def analyze_forward(word):
        found = forward(word)
        return search_forward(word) if found is None else found

    def analyze_viterbi(word, targetpos):
        found = viterbi(word, targetpos)
        return search_viterbi(word, targetpos) if found is None else found

    # What answers behind the table (the tests look).
    for wrapper, search in ((analyze_forward, search_forward), (analyze_viterbi, search_viterbi)):
        wrapper.search, wrapper.table = search, table
    tagger.analyze_forward = analyze_forward
    tagger.analyze_viterbi = analyze_viterbi


# Building the table.

def candidate_forms(top: int) -> list[str]:
    """wordfreq's `top` most frequent German forms (case-folded, as the list has them, which
    is how HanTa lower-cases a form before searching), without digits (wordfreq writes
    every digit as 0) and not longer than `_MAX_FORM`."""
    import wordfreq

    return [w for w in wordfreq.top_n_list("de", top, wordlist="large")
            if len(w) <= _MAX_FORM and not any(c.isdigit() for c in w)]


def _tagger():
    """A fresh tagger with the exact searches and no memo or table."""
    from HanTa import HanoverTagger as ht

    tagger = hanta_search.tagger_class(ht.HanoverTagger)(MODEL_NAME)
    if not hanta_search.install(tagger):
        raise SystemExit(f"HanTa {hanta_search.HANTA_VERSION} is needed to build the table")
    return tagger


_worker_tagger = None


def analyses(forms: list[str]) -> list[tuple[str, bytes | None, bytes | None]]:
    """Each form's rows: its forward search (None for a form in HanTa's `cache`, which HanTa
    never searches forward) and its lemma searches by tag, encoded."""
    global _worker_tagger
    if _worker_tagger is None:
        _worker_tagger = _tagger()
    tagger = _worker_tagger
    rows = []
    for form in forms:
        if form in tagger.cache:
            forward = None
            tags = [tag for tag, _ in tagger.cache[form]]
        else:
            forward = tagger.analyze_forward(form)
            tags = [tag for tag, _ in forward]
        searches = {}
        for tag in tags:
            # `_analyze` searches with the tag negated, except for the unknown word's answer
            # and the atomic classes.
            target = -tag
            if tag <= hanta_search._UNKNOWN or target in tagger.atomic_class:
                continue
            if target not in searches:
                searches[target] = tagger.analyze_viterbi(form, target)
        rows.append((form, None if forward is None else _encode_forward(forward),
                     _encode_viterbi(searches) if searches else None))
    return rows


def build(path: Path, forms: list[str], jobs: int = 1,
          key: tuple[str, str] | None = None) -> int:
    """Write the table of `forms` to `path`; how many forms it holds. `key` (HanTa's version
    and the model's digest) is the installed one unless given (the tests give a wrong one)."""
    version, digest = key or model_key()
    forms = sorted(set(forms))
    size = max(1, len(forms) // (jobs * 20))
    batches = [forms[k:k + size] for k in range(0, len(forms), size)]
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.map(analyses, batches)
    else:
        results = [analyses(batch) for batch in batches]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    with connection:
        connection.execute("PRAGMA page_size = 4096")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("CREATE TABLE forms (form TEXT PRIMARY KEY, forward BLOB,"
                           " viterbi BLOB) WITHOUT ROWID")
        connection.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("format", TABLE_FORMAT), ("hanta", version), ("model_sha256", digest),
            ("source", f"wordfreq {metadata.version('wordfreq')} German 'large' list"),
        ])
        connection.executemany("INSERT INTO forms VALUES (?, ?, ?)",
                               (row for rows in results for row in rows))
    connection.execute("VACUUM")
    connection.close()
    partial.replace(path)
    return len(forms)


def main(argv: list[str] | None = None) -> int:
    import argparse  # here: a build imports this module, never its command line

    parser = argparse.ArgumentParser(
        prog="python -m learner.nlp.hanta_table",
        description="Compute HanTa's analyses of wordfreq's most frequent German forms.")
    parser.add_argument("--top", type=int, default=DEFAULT_TOP,
                        help=f"how many of wordfreq's forms (default {DEFAULT_TOP:,})")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--output", type=Path, default=TABLE_PATH)
    args = parser.parse_args(argv)
    count = build(args.output, candidate_forms(args.top), args.jobs)
    print(f"{count:,} forms, {args.output.stat().st_size / 1e6:.1f} MB: {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

