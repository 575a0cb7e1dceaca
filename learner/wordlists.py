"""wordfreq's German and English word lists, read a word at a time.

wordfreq keeps a language's list as one dict, built on first use from its packed file: 0.36 s
of CPU for the 634,000 German forms, 0.14 s for the 321,000 English ones. A build that asks a
few hundred words paid all of that: the demo article (its language check asks both lists, its
lemma checks the German one), a rebuild after one new article (its language check in the
build's process, its tagging in the worker's). Here each list is copied once into an SQLite
file in learner's cache folder (like the dictionary's index), and `frequencies` answers from it
a word at a time; past `LAZY_LOOKUPS` words (a corpus, not an article) it reads the whole list
as wordfreq does, a dict look-up being some fifty times cheaper than a query.

`zipf_frequency` is wordfreq's own, computed the same way over these lists (its tokens, its
digit rule, its combination of a phrase's tokens, its rounding), so every value is the one
wordfreq gives (tests/test_wordlists.py compares them). A cache folder that cannot be written
means wordfreq's dict, as before.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import sys
import types
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from learner.cache import cache_dir, gc_paused, read_only_uri, write_atomically
from learner.memo import memo

# wordfreq's list every learner look-up uses ("best": its large list where it has one).
WORDLIST = "best"
# Queries answered one at a time before the whole list is read instead: 20,000 queries take
# about as long as reading the German list once, so a corpus pays at most twice the least it
# could, and an article a few milliseconds.
LAZY_LOOKUPS = 20_000
_LANGUAGES = ("de", "en")


class Frequencies:
    """A language's word list as a read-only mapping, form -> frequency (wordfreq's
    `get_frequency_dict`), answered from the SQLite copy until the whole list is cheaper."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._whole: dict[str, float] | None = None
        self._db: sqlite3.Connection | None = None
        self._asked: dict[str, float | None] = {}
        self._queries = 0

    def _list(self) -> dict[str, float] | None:
        if self._whole is None and self._db is None:
            self._db = _open_index(self.lang)
            if self._db is None:
                self._whole = _wordfreq_dict(self.lang)
            else:
                _connected.add(self)
        return self._whole

    def read_whole(self) -> None:
        """Read the whole list now, as past LAZY_LOOKUPS queries: for a process that is about
        to fork workers that will each ask it thousands of words (tagging a corpus), which
        then share it instead of each querying 20,000 words and reading it anyway."""
        if self._whole is None:
            self._whole = _wordfreq_dict(self.lang)
            self._asked.clear()

    def get(self, word: str, default: float | None = None) -> float | None:
        whole = self._whole if self._whole is not None else self._list()
        if whole is not None:
            return whole.get(word, default)
        try:
            found = self._asked[word]
        except KeyError:
            found = self._query(word)
        return default if found is None else found

    def _query(self, word: str) -> float | None:
        self._queries += 1
        if self._queries > LAZY_LOOKUPS:
            self._whole = _wordfreq_dict(self.lang)
            self._asked.clear()
            return self._whole.get(word)
        try:
            row = self._db.execute("SELECT freq FROM words WHERE word = ?", (word,)).fetchone()
        except sqlite3.Error:  # a damaged copy: wordfreq's own list, as without one
            self._whole = _wordfreq_dict(self.lang)
            return self._whole.get(word)
        found = self._asked[word] = row[0] if row else None
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> float:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found


@cache
def frequencies(lang: str) -> Frequencies:
    """The word list of `lang` ("de" or "en"), shared by the whole process."""
    if lang not in _LANGUAGES:
        raise ValueError(f"no copy of wordfreq's {lang!r} list")
    return Frequencies(lang)


# The lists with an open connection to their SQLite copy.
_connected: weakref.WeakSet[Frequencies] = weakref.WeakSet()


def _forked() -> None:
    # A worker forked after a list was opened opens its own connection: SQLite connections
    # must not be carried across fork(). A whole list read before the fork is shared as it is.
    for found in list(_connected):
        found._db = None
    _connected.clear()


os.register_at_fork(after_in_child=_forked)


def import_wordfreq() -> None:
    """Import wordfreq, its data folder found without `inspect.stack()`.

    wordfreq finds its data folder at import with `locate.this_dir()`, which calls
    `inspect.stack()`: that reads the source lines of every frame of the import and, for each,
    asks `inspect.getmodule`, which walks every loaded module. 0.02 s of the ~0.1 s wordfreq's
    import takes in a build's process, 0.05 s of ~0.17 s in a worker that has loaded spaCy's
    1,100 modules. `this_dir` only reads the calling frame's `__file__` (locate's `_this_dir`
    given the stack), so it is given that frame alone, through locate's own function; a
    locate without it is left as it is.
    """
    if "wordfreq" in sys.modules:
        return
    try:
        import locate
        from locate import _locate
    except ImportError:
        locate = _locate = None
    if (locate is not None and callable(getattr(_locate, "_this_dir", None))
            and locate.this_dir is _locate.this_dir):
        def this_dir() -> Path:
            return _locate._this_dir([None, types.SimpleNamespace(frame=sys._getframe(1))])

        locate.this_dir = this_dir
    import wordfreq  # noqa: F401


def frequency_dict(lang: str) -> dict[str, float]:
    """wordfreq's whole list of `lang` (`get_frequency_dict`), the one dict wordfreq and
    `frequencies` share: asked otherwise (the list's name as a keyword), wordfreq's memo
    reads the packed file a second time into a second dict (0.13 s for English)."""
    return _wordfreq_dict(lang)


def frequent_words(lang: str, zipf: float) -> set[str]:
    """The words of `frequency_dict(lang)` at Zipf `zipf` or more, read from the head of
    wordfreq's packed list, whose buckets run from the most frequent down: the dictionary's
    index asks for the German words at Zipf 3 (40,000) and 6, and building the whole dict of
    634,000 words to keep them cost 0.3 s of each index build's CPU."""
    import_wordfreq()
    from wordfreq import cB_to_freq, get_frequency_list

    least = 10 ** (zipf - 9)
    found: set[str] = set()
    # Bucket i holds the words of frequency cB_to_freq(-i), as `get_frequency_dict` reads it.
    for index, bucket in enumerate(get_frequency_list(lang, WORDLIST)):
        if cB_to_freq(-index) < least:
            break
        found.update(bucket)
    return found


def _wordfreq_dict(lang: str) -> dict[str, float]:
    # Asked exactly as wordfreq asks itself inside zipf_frequency (language and list name,
    # positionally): its lru_cache keys the arguments as written.
    import_wordfreq()
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, WORDLIST)


def ending_frequency(ending: str, lang: str) -> float:
    """The summed frequency of `lang`'s words that end in `ending` (lower case), `ending`
    itself left out: how often compounds of a head are written (-unterricht:
    Ethikunterricht, Schwimmunterricht ...). Answered from a copy of the list spelt
    backwards in learner's cache, where the words of one ending stand together."""
    backwards = ending[::-1]
    db = _endings(lang)
    if db is None:
        words = _backwards_words(lang)
        whole = _wordfreq_dict(lang)
        start = bisect_left(words, backwards)
        end = bisect_left(words, backwards + "\uffff")
        return sum(whole[w[::-1]] for w in words[start:end] if w != backwards)
    row = db.execute("SELECT SUM(freq) FROM endings WHERE word > ? AND word < ?",
                     (backwards, backwards + "\uffff")).fetchone()
    return row[0] or 0.0


# The open copy of each list spelt backwards, by language, with the process that opened it
# (an SQLite connection must not cross fork()).
_ENDINGS: dict[str, tuple[int, sqlite3.Connection | None]] = {}


def _in_this_process(
    opened: dict[str, tuple[int, sqlite3.Connection | None]], lang: str,
    open_: Callable[[str], sqlite3.Connection | None],
) -> sqlite3.Connection | None:
    """`lang`'s connection in `opened`, opened (`open_`) again in a process forked since: an
    SQLite connection must not cross fork()."""
    found = opened.get(lang)
    if found is None or found[0] != os.getpid():
        found = opened[lang] = (os.getpid(), open_(lang))
    return found[1]


def _endings(lang: str) -> sqlite3.Connection | None:
    return _in_this_process(_ENDINGS, lang, _open_endings)


def _open_endings(lang: str) -> sqlite3.Connection | None:
    db = None
    path = endings_index_path(lang)
    if path is not None:
        if not path.is_file() and not _write_words(
                path, "endings",
                lambda: sorted((word[::-1], f) for word, f in _wordfreq_dict(lang).items())):
            path = None
        if path is not None:
            try:
                db = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
            except sqlite3.Error:
                db = None
    return db


@cache
def _backwards_words(lang: str) -> list[str]:
    return sorted(word[::-1] for word in _wordfreq_dict(lang))


def _data_files(lang: str) -> list[Path]:
    """wordfreq's packed lists of `lang`, found without importing wordfreq (0.1 s)."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return sorted(folder.glob(f"*_{lang}.msgpack.gz"))


def index_path(lang: str) -> Path | None:
    """Where this install's SQLite copy of wordfreq's `lang` list lives (None without
    wordfreq's data): named by the data files' sizes and times, so a reinstall gets a new one."""
    files = _data_files(lang)
    if not files:
        return None
    stamp = "-".join(f"{f.name.split('_')[0]}{f.stat().st_size}-{f.stat().st_mtime_ns}"
                     for f in files)
    return cache_dir() / f"wordfreq-{lang}-{stamp}.sqlite"


def endings_index_path(lang: str) -> Path | None:
    """Where this install's copy of wordfreq's `lang` list spelt backwards lives (`_endings`),
    beside `index_path`'s, named after it; None without wordfreq's data."""
    path = index_path(lang)
    return None if path is None else path.with_name(path.stem + "-endings.sqlite")


def _write_words(path: Path, table: str,
                 rows: Callable[[], Iterable[tuple[str, float]]]) -> bool:
    """Write (word, frequency) rows into a new SQLite file's `table`, keyed by word, atomically
    (`write_atomically`): the list as wordfreq has it, or spelt backwards (`_endings`). False
    where the cache folder cannot take it."""
    with gc_paused():
        found = rows()

        def write(tmp: str) -> None:
            db = sqlite3.connect(tmp)
            try:
                db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                                 f"CREATE TABLE {table} (word TEXT PRIMARY KEY, freq REAL) "
                                 "WITHOUT ROWID;")
                db.executemany(f"INSERT INTO {table} VALUES (?, ?)", found)
                db.commit()
            finally:
                db.close()

        try:
            write_atomically(path, write)
        except (OSError, sqlite3.Error):
            return False
    return True


def _open_index(lang: str) -> sqlite3.Connection | None:
    """The SQLite copy of wordfreq's `lang` list, built from it first where it is missing;
    None when it cannot be (a cache folder that cannot be written)."""
    path = index_path(lang)
    if path is None:
        return None
    if not path.is_file() and not _write_words(
            path, "words", lambda: list(_wordfreq_dict(lang).items())):
        return None
    try:
        return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


# The open copy of each list by language, with the process that opened it, for
# `endings_after` (its own connection: `Frequencies` lets its go once the whole list is read).
_PREFIXED: dict[str, tuple[int, sqlite3.Connection | None]] = {}


@memo(20_000)
def endings_after(prefix: str, lang: str, letters: int) -> frozenset[str]:
    """What `lang`'s words that begin with `prefix` (lower case) write after it, where that
    is `letters` letters or more, all letters: the heads German writes after a compound's
    first part ("vereins" -> "führung", "präsident", "mitglied" ...)."""
    db = _in_this_process(_PREFIXED, lang, _open_index)
    if db is not None:
        rows = [w for (w,) in db.execute("SELECT word FROM words WHERE word > ? AND word < ?",
                                         (prefix, prefix + "\uffff"))]
    else:
        rows = [w for w in _wordfreq_dict(lang) if w.startswith(prefix)]
    return frozenset(w[len(prefix):] for w in rows
                     if len(w) - len(prefix) >= letters and w[len(prefix):].isalpha())


# --- wordfreq's zipf_frequency over these lists ---------------------------------------------

# wordfreq.zipf_frequency's default minimum, Zipf 0, as the frequency it passes on.
_MINIMUM = 10 ** 0.0 / 1e9


@memo(200_000)
def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)`, with the lists read a word at a time."""
    return round(math.log(_word_frequency(word, lang, _MINIMUM), 10) + 9, 2)


def zipf_at_least(word: str, lang: str, zipf: float) -> bool:
    """Whether `zipf_frequency(word, lang) >= zipf`, a Zipf above 0, its Zipf computed only
    where `zipf_far_below` cannot tell. A rule that counts Ding's compounds of a head that
    German uses (`compound_heads._count_common`) asks it of thousands of nouns, most of
    them far below its threshold."""
    return not zipf_far_below(word, lang, zipf) and zipf_frequency(word, lang) >= zipf


def zipf_far_below(word: str, lang: str, zipf: float) -> bool:
    """Whether the word's Zipf is below `zipf` (above 0), told from its frequency alone: a
    word of plain letters (`_PLAIN_WORD`, one case-folded token to wordfreq) that the list
    lacks, or whose frequency is less than half the threshold's: wordfreq's roundings (three
    significant digits, then the Zipf to two decimals) move it by less than 2 %. False where
    that does not tell, whatever the Zipf."""
    if zipf > 0 and lang in _PLAIN_LANGUAGES and _PLAIN_WORD.fullmatch(word):
        freq = frequencies(lang).get(word.casefold())
        return freq is None or freq < 10 ** (zipf - 9) / 2
    return False


def leans_english(word: str, at_least: float, margin: float = 0.0) -> bool:
    """Whether English writes the word (lower-cased) at least `at_least` often (Zipf), and at
    least `margin` more often than German: how the name, lemma and dictionary rules tell an
    English word in German text from a German one, each with its own bounds."""
    lower = word.lower()
    english = zipf_frequency(lower, "en")
    return english >= at_least and english >= zipf_frequency(lower, "de") + margin


# A word of these letters alone is one token to wordfreq's tokenizer in German and English,
# case-folded (ß to ss), with no digit to smash: `lossy_tokenize` (the language's details
# looked up, NFC twice, its word-break pattern, the quotes) gives `[word.casefold()]` for
# every such word, checked over every word of both lists in three cases and every string of
# up to three of these letters. It took ~11 us a word; the first look-ups of a build's words
# (tens of thousands, parent and workers) skip it.
_PLAIN_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_PLAIN_LANGUAGES = frozenset({"de", "en"})


def _word_frequency(word: str, lang: str, minimum: float) -> float:
    # wordfreq's _word_frequency, line for line; its Jieba branch is for Chinese only.
    if lang in _PLAIN_LANGUAGES and _PLAIN_WORD.fullmatch(word):
        # One token with no digit: `smash_numbers` leaves it as it is, and the loop below
        # sums one term. The same arithmetic, without the imports, the digit pattern's pass
        # and the loop (~1.5 us of ~3 us a word, for the ~100,000 first look-ups of a
        # corpus build's parent and as many in its workers).
        freq = frequencies(lang).get(word.casefold())
        if freq is None:
            return minimum
        return _rounded(1.0 / (0.0 + 1.0 / freq), minimum)
    import_wordfreq()
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    freqs = frequencies(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = freqs.get(smashed)
        if freq is None:
            return minimum
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    return _rounded(1.0 / one_over_result, minimum)


def _rounded(freq: float, minimum: float) -> float:
    # The end of wordfreq's _word_frequency.
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)
