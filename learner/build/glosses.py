"""The dictionary, the entries it gave in earlier builds, and `Glossed`, the words it knows."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from learner import article_cache, errors, nlp
from learner.build.analysis import record_digest
from learner.dictionary import (
    ENTRY_FIELDS,
    Dictionary,
    Entry,
    IndexNotBuilt,
    article_fields,
    article_nouns,
    article_sentences,
    entry_values,
    find_source,
    index_builds_deferred,
    look_up_words,
    word_field,
)
from learner.vocabulary import Word


def find_dictionary(path: str | Path | None = None) -> Path | None:
    """The dictionary file that would be used (see `dictionary.find_source`)."""
    return find_source(path)


def open_dictionary(
    path: str | Path | None = None, on_build: Callable[[Path], None] | None = None
) -> Dictionary | None:
    """The German-English dictionary: `path`, $LEARNER_DICTIONARY or Debian's trans-de-en;
    None when none is installed. `on_build` is told before a first run builds its index."""
    return Dictionary.open(path, on_build=on_build)


def look_up(
    words: Iterable[Word], dictionary: Dictionary | None = None,
    fields: Mapping[str, str] | None = None,
) -> dict[tuple[str, str], Entry]:
    """Dictionary entries for the words (all empty without a dictionary); `fields` as
    `look_up_words` takes them."""
    return look_up_words(words, dictionary, fields)


# --- the dictionary's entries of earlier builds ---------------------------------------------
#
# A word's entry (`Dictionary.lookup`) depends only on its lemma and part of speech, on the
# dictionary's files and on learner's code and data and the packages it reads (the analysis
# key). A rebuild after one new article looks up some 13,000 words of which a few dozen are
# new, and looking them all up again cost ~3.5 s of CPU over the 600 gnad articles (compound
# splits, Wiktionary's noun forms and definitions). So the entries of earlier builds are kept
# in one more entry of the article cache, as the Zipf values are; the one choice that depends
# on the word's sentences (`Dictionary.in_context`, a verb's sense) is made afresh each time.

_ENTRIES_MEMO = "dictionary entries of words met before"
# The entries in context (`look_up_words`: a verb's sense, a noun declined like an adjective),
# by the word's `record_digest`: 13,000 words' choices took ~0.6 s of CPU on every rebuild.
_IN_CONTEXT_MEMO = "dictionary entries in context of words met before"
# Past this many (lemma, part of speech) the memo starts over from the current build's.
_ENTRIES_MEMO_WORDS = 300_000


class _RememberedEntries:
    """A Dictionary whose `lookup` answers from `memo` what an earlier build looked up, and
    asks the dictionary for the rest; every other method is the dictionary's own."""

    def __init__(self, dictionary: Dictionary, memo: dict[tuple[str, str], Entry]) -> None:
        self._dictionary = dictionary
        self.memo = memo
        self.added: dict[tuple[str, str], Entry] = {}
        # Entries looked up before they were asked for (`Glossed.look_up_ahead`): taken
        # from here when asked for, as if looked up then; those never asked for are dropped,
        # and the memo stored is the same as without them.
        self.ahead: dict[tuple[str, str], Entry] = {}

    @property
    def new(self) -> int:
        return len(self.added)

    def lookup(self, lemma: str, pos: str) -> Entry:
        found = self.memo.get((lemma, pos))
        if found is None:
            found = self.ahead.pop((lemma, pos), None)
            if found is None:
                found = self._dictionary.lookup(lemma, pos)
            self.memo[(lemma, pos)] = self.added[(lemma, pos)] = found
        return found

    def look_up_ahead(self, lemma: str, pos: str) -> None:
        """Look the word up now, for `lookup` to answer it later, unless the memo has it."""
        key = (lemma, pos)
        if key not in self.memo and key not in self.ahead:
            self.ahead[key] = self._dictionary.lookup(lemma, pos)

    def __getattr__(self, name: str) -> object:
        return getattr(self._dictionary, name)


def look_up_remembered(
    words: Sequence[Word], dictionary: Dictionary | None, model: str = nlp.DEFAULT_MODEL,
    fields: Mapping[str, str] | None = None,
) -> dict[tuple[str, str], Entry]:
    """The same entries as `look_up`, the words' context-free entries answered from the
    article cache where an earlier build looked them up (with the same dictionary files and
    the same analysis key), and the new ones stored there."""
    if dictionary is None:
        return look_up(words, dictionary)
    stored = _entries_memo(dictionary, model)
    if stored.key is None:
        return look_up(words, dictionary, fields)
    remembered = _RememberedEntries(dictionary, stored.memo)
    entries = look_up_words(words, remembered, fields)
    if remembered.new:
        _save_entries_memo(stored, remembered.added)
    return entries


def memo_cache() -> article_cache.ArticleCache | None:
    """The article cache, which also keeps the memos of a build (entries, notes, sounds, the
    last package); None without it. Opened quietly: a cache that cannot be used was said
    once already, by the analysis."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", errors.CacheWarning)
        return article_cache.open_cache()


# A memo of entries is kept as two memo entries, as the notes are (see
# `deck_memos._NOTES_SINCE_ENTRY`): all of them, and those looked up since that one was
# written. Writing all 13,000 entries in context again after every rebuild cost ~0.03 s of
# CPU (their values, marshal, zlib, SQLite); a rebuild after one article adds a few hundred,
# to the second entry, until there are more than `_ENTRIES_MADE_SINCE`.
_ENTRIES_MADE_SINCE = 2_000


@dataclass
class _StoredEntries:
    """A memo of entries as read: its key in the article cache (None where the dictionary's
    files or the cache cannot be told), its first entry's and its second's, and both."""

    key: bytes | None = None
    first: dict = field(default_factory=dict)
    since: dict = field(default_factory=dict)
    memo: dict = field(default_factory=dict)


def _since_key(memo_key: bytes) -> bytes:
    return article_cache.entry_key(memo_key, "looked up since", b"")


def _entries_memo(
    dictionary: Dictionary, model: str, name: str = _ENTRIES_MEMO
) -> _StoredEntries:
    """The memo's entries (by (lemma, part of speech), or by the words' digests for
    `_IN_CONTEXT_MEMO`), with its key in the article cache."""
    identity = dictionary_identity(dictionary)
    if identity is None:
        return _StoredEntries()
    cache = memo_cache()
    if cache is None:
        return _StoredEntries()
    try:
        memo_key = article_cache.entry_key(article_cache.analysis_key(model), name, identity)
        first = _read_entries_memo(cache, memo_key)
        since = _read_entries_memo(cache, _since_key(memo_key)) if first else {}
        if len(first) + len(since) > _ENTRIES_MEMO_WORDS:
            first, since = {}, {}
        return _StoredEntries(memo_key, first, since, {**first, **since})
    finally:
        cache.close()


def _save_entries_memo(stored: _StoredEntries, new: dict, kept: dict | None = None) -> None:
    """Store the entries `new` (looked up now) beside `stored`'s; where the two would pass
    `_ENTRIES_MEMO_WORDS`, the memo starts over with `kept` (this build's) or `new`."""
    cache = memo_cache()
    if cache is None or stored.key is None:
        return
    since = {**stored.since, **new}
    if not stored.first or len(since) > _ENTRIES_MADE_SINCE:
        entries = {stored.key: {**stored.first, **since}, _since_key(stored.key): {}}
        if len(entries[stored.key]) > _ENTRIES_MEMO_WORDS:
            entries[stored.key] = new if kept is None else kept
    else:
        entries = {_since_key(stored.key): since}
    try:
        for memo_key, memo in entries.items():
            record = tuple((*(key if isinstance(key, tuple) else (key,)),
                            *entry_values(e))
                           for key, e in memo.items())
            cache.put(memo_key, article_cache.Entry(article_cache.pack(record, False),
                                                    article_cache.MEMO_MARK))
    finally:
        cache.close()


def _read_entries_memo(
    cache: article_cache.ArticleCache, memo_key: bytes
) -> dict:
    entry = cache.get(memo_key)
    if entry is None:
        return {}
    try:
        memo = {}
        fields_count = len(ENTRY_FIELDS)
        for row in article_cache.unpack(entry.value):
            if len(row) == fields_count + 1:  # by digest
                memo[row[0]] = Entry(*row[1:])
            elif len(row) == fields_count + 2:  # by (lemma, part of speech)
                memo[(row[0], row[1])] = Entry(*row[2:])
            else:
                raise ValueError("an entry of another layout")
        return memo
    except (ValueError, TypeError):
        cache.damaged(memo_key)  # one warning; the entries are looked up again
        return {}


class Glossed:
    """Whether a word has something on the back of its card: an English gloss from Ding, one
    composed from the word's parts, or German Wiktionary's definition.

    A word that neither dictionary knows, nor explains through its parts, is seldom a word
    to learn: on the judged samples (bench/card_quality_judged.tsv, seeds 41 and 42) two in
    three such cards were names (surnames, places, brands), inflected forms read as lemmas
    ("narrt", "werkt"), fragments or foreign words, and a card with an empty back teaches
    nothing. Without Ding nothing is left out: an empty back then says nothing about the word.

    `find_words` asks it word by word: the dictionary is opened at the first question, once
    the articles are read, and the entries looked up are kept for the deck.

    With `model` (the analysis key's pipeline), the context-free entries of earlier builds
    are read from the article cache, as `look_up_remembered` does; `save` stores the new ones.
    With `digests` too (each word's `record_digest`, which `find_words` hands in), so are
    the entries in context: a word whose record is as in an earlier build, with the same
    dictionary files and analysis key, has the entry it had then.
    """

    def __init__(self, dictionary: Dictionary | Callable[[], Dictionary | None] | None,
                 model: str | None = None) -> None:
        self._dictionary = dictionary
        self._model = model
        self._index_pending = False  # the dictionary's index is to be built (look_up_ahead)
        self._remembered: _RememberedEntries | None = None
        self._stored = _StoredEntries()
        self.entries: dict[tuple[str, str], Entry] = {}
        self.digests: dict[tuple[str, str], bytes] = {}
        self._in_context_read = False
        self._in_context_stored = _StoredEntries()
        self._in_context: dict[bytes, Entry] = {}
        self._in_context_now: dict[bytes, Entry] = {}
        self._in_context_new: dict[bytes, Entry] = {}
        # All the words of the articles (`find_words` hands them in), for the articles'
        # subject fields (`article_fields`), read at the first word looked up.
        self.words: Sequence[Word] = ()
        self._fields: dict[str, str] | None = None
        self._nouns: dict[str, tuple[str, ...]] | None = None
        self._sentences: dict[str, tuple[tuple[str, frozenset[str]], ...]] | None = None
        self._nouns_digests: dict[str, bytes] = {}

    @property
    def fields(self) -> dict[str, str]:
        """The articles' subject fields (`dictionary.article_fields`) of `words`."""
        if self._fields is None:
            self._fields = article_fields(self.words, self.dictionary)
        return self._fields

    @property
    def nouns(self) -> dict[str, tuple[str, ...]]:
        """The articles' nouns (`dictionary.article_nouns`) of `words`."""
        if self._nouns is None:
            self._nouns = article_nouns(self.words)
        return self._nouns

    @property
    def sentences(self) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
        """The articles' sentences (`dictionary.article_sentences`) of `words`."""
        if self._sentences is None:
            self._sentences = article_sentences(self.words)
        return self._sentences

    def _nouns_digest(self, word: Word) -> bytes:
        """A digest of the nouns of the word's articles, on which a compound hint's reading
        depends (`Dictionary.in_discourse`), and of their sentences, which tell a name before
        a hyphen (`dictionary.is_article_name`); the word's own record holds neither."""
        for article in word.articles:
            if article not in self._nouns_digests:
                self._nouns_digests[article] = record_digest((
                    self.nouns.get(article, ()),
                    tuple((sentence, tuple(sorted(lemmas)))
                          for sentence, lemmas in self.sentences.get(article, ()))))
        return record_digest(tuple(self._nouns_digests[a] for a in word.articles))

    @property
    def dictionary(self) -> Dictionary | None:
        if callable(self._dictionary):
            self._dictionary = self._dictionary()
        return self._dictionary

    def read_memos(self) -> None:
        """Open the dictionary and read the memos of entries now, not at the first word (see
        `ReadAhead`): once the articles are read, as the first word would."""
        dictionary = self.dictionary
        if dictionary is None or self._model is None:
            return
        self._read_in_context(dictionary)
        self._read_remembered(dictionary)

    def _read_in_context(self, dictionary: Dictionary) -> None:
        if not self._in_context_read:
            self._in_context_read = True
            self._in_context_stored = _entries_memo(dictionary, self._model, _IN_CONTEXT_MEMO)
            self._in_context = self._in_context_stored.memo

    def _read_remembered(self, dictionary: Dictionary) -> None:
        if self._remembered is None:
            if self._model is not None:
                self._stored = _entries_memo(dictionary, self._model)
            self._remembered = _RememberedEntries(dictionary, self._stored.memo)

    def _looked_up(self, word: Word, dictionary: Dictionary) -> Entry:
        if self._model is not None and self.digests:
            self._read_in_context(dictionary)
        digest = (self.digests.get(word.key) if self._in_context_stored.key is not None
                  else None)
        field = word_field(word, self.fields)
        if digest is not None and field:
            # The sense may follow the articles' field (`Dictionary.in_field`), which the
            # word's own record does not hold.
            digest += field.encode()
        if digest is not None and word.pos == "NOUN":
            digest += self._nouns_digest(word)
        found = self._in_context.get(digest) if digest is not None else None
        if found is not None:
            self._in_context_now[digest] = found
            return found
        # The context-free entries' memo is read at the first word the entries in context
        # lack (a rebuild's words are mostly all there).
        self._read_remembered(dictionary)
        found = look_up_words([word], self._remembered, self.fields, self.nouns,
                              self.sentences)[word.key]
        if digest is not None:
            self._in_context_new[digest] = found
            self._in_context_now[digest] = found
        return found

    def look_up_ahead(self, lemma: str, pos: str) -> None:
        """Look up the word's context-free entry (`Dictionary.lookup`) now, before it is
        asked for: `find_words` calls it for the words the first analyses show below the
        threshold while worker processes tag the rest, and this process would otherwise wait
        for them. Over the 600 gnad articles these look-ups were ~3.5 s of one core after
        the tagging, the other idle. `lookup` is a pure function of the lemma, the part of
        speech and the dictionary's files (its memos only keep answers), so an entry looked
        up early is the one it would give later (only the order in which its memos fill
        changes); the words chosen, their entries and the entries stored for later builds
        are as without it (see `_RememberedEntries.ahead`)."""
        if self._index_pending:
            return
        if callable(self._dictionary):
            # Opened now, as the first word would open it, but a first run's index is built
            # after the tagging, as it was (see `index_builds_deferred`).
            try:
                with index_builds_deferred():
                    self._dictionary = self._dictionary()
            except IndexNotBuilt:
                self._index_pending = True
                return
        dictionary = self._dictionary
        if dictionary is None:
            return
        self._read_remembered(dictionary)
        self._remembered.look_up_ahead(lemma, pos)

    def __call__(self, word: Word) -> bool:
        dictionary = self.dictionary
        if dictionary is None:
            return True
        entry = self.entries.get(word.key)
        if entry is None:
            entry = self.entries[word.key] = self._looked_up(word, dictionary)
        return bool(entry.gloss)

    def save(self) -> None:
        """Store the entries looked up for the first time in the article cache."""
        if self._remembered is not None and self._remembered.new:
            _save_entries_memo(self._stored, self._remembered.added)
        if self._in_context_new:
            # Added to the earlier ones while there is room, else this build's alone.
            _save_entries_memo(self._in_context_stored, self._in_context_new,
                               self._in_context_now)


def dictionary_identity(dictionary: object) -> bytes | None:
    """The dictionary's files (Ding's list and its index: path, size, time); None for a
    dictionary object of another kind, whose contents cannot be told."""
    if dictionary is None:
        return b"no dictionary"
    if not isinstance(dictionary, Dictionary):
        return None
    parts = []
    for file in (dictionary.source, dictionary.index):
        stat = Path(file).stat()
        parts.append(f"{Path(file).resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\0".join(parts).encode("utf-8", "surrogateescape")
