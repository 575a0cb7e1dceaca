"""Look-up: `Dictionary`, which opens the index and answers each word's `Entry`, and
`look_up_words`, which gives a build's words their entries (with Wiktionary's genders,
plurals and definitions where Ding has none).
"""

from __future__ import annotations

import bisect
import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from learner import wordlists
from learner.cache import read_only_uri
from learner.dictionary.adjectival_nouns import (
    adjective_stem,
    declined_like_adjective,
    present_participle_noun,
)
from learner.dictionary.adjective_hints import head_frame
from learner.dictionary.adverb_senses import as_adverb, as_attribute
from learner.dictionary.compound_glosses import compound_gloss, first_part_gloss
from learner.dictionary.compound_heads import named_first_part_gloss, untranslated_first_part_gloss
from learner.dictionary.compound_senses import (
    part_nouns,
)
from learner.dictionary.context_senses import in_context
from learner.dictionary.contexts import noun_complement, verb_clause
from learner.dictionary.derived_nouns import taxon_diminutive
from learner.dictionary.discourse_senses import in_discourse
from learner.dictionary.english import (
    ENGLISH_WORD_MARGIN,
    ENGLISH_WORD_ZIPF,
)
from learner.dictionary.entry import EMPTY, Entry
from learner.dictionary.field_senses import in_field
from learner.dictionary.fields import (
    article_fields,
    article_nouns,
    article_sentences,
    is_article_name,
    word_neighbours,
)
from learner.dictionary.form_entries import (
    shared_verb_entry,
)
from learner.dictionary.frame_senses import in_frame
from learner.dictionary.index import build_index, find_source, index_is_current, index_path
from learner.dictionary.index_rows import (
    ABBREVIATION,
    APART,
    ENGLISH_ABBREVIATION,
    OBJECT_PHRASE,
    PHRASE_END,
)
from learner.dictionary.noun_forms import with_noun_forms
from learner.dictionary.noun_heads import head_declined_like_adjective
from learner.dictionary.parsing import (
    MIN_PART,
    lookup_key,
)
from learner.dictionary.part_words import part_word_senses
from learner.dictionary.plural_senses import in_plural
from learner.dictionary.seldom_plurals import with_plural_in_use
from learner.dictionary.subject_senses import by_subject
from learner.dictionary.word_entry import look_up, with_german_definition
from learner.errors import DictionaryError
from learner.lexicon import nouns
from learner.lexicon.nouns import Noun

if TYPE_CHECKING:
    from learner.vocabulary import Word


# A head with more of Ding's compounds than this keeps its first sense rather than cost a
# query for each (`noun_rows_ending_in`, for `compound_heads.COMMON_COMPOUND_ZIPF`).
_MAX_HEAD_COMPOUNDS = 400

def _ending_in(reversed_keys: Sequence[str], key: str) -> tuple[int, int]:
    """The slice (first, last) of `reversed_keys` (keys spelt backwards, sorted) whose keys end
    in `key`: past the key itself (the word alone), up to the last key that starts with it
    spelt backwards."""
    end = key[::-1]
    first = bisect.bisect_right(reversed_keys, end)
    return first, bisect.bisect_left(reversed_keys, end + "\U0010ffff", first)


class IndexNotBuilt(Exception):  # noqa: N818 (it is no error: the caller waits instead)
    """`Dictionary.open` would build the index first, inside `index_builds_deferred`."""


_builds_deferred = False


@contextlib.contextmanager
def index_builds_deferred() -> Iterator[None]:
    """`Dictionary.open` raises IndexNotBuilt instead of building a missing or stale index:
    for work that may wait for the index, such as the look-ups ahead while the workers tag
    (`Glossed.look_up_ahead`), which would otherwise build it (~20 s of CPU, and its memory)
    beside the workers' peak, and print its notice over the progress bar."""
    global _builds_deferred
    before, _builds_deferred = _builds_deferred, True
    try:
        yield
    finally:
        _builds_deferred = before


class Dictionary:
    """Ding's German-English list, read through the ranked index: its queries, each
    remembered for the process where the same question recurs, and the calls learner's
    other modules, tests and benches make, which the modules of this package answer (see
    `learner/dictionary/__init__.py`)."""

    def __init__(self, index: Path, source: Path) -> None:
        self.index = index
        self.source = source
        self._db = sqlite3.connect(read_only_uri(index), uri=True)
        # Ding's adjectives ending in a word, by the word's key (`adjective_hints`'
        # `_head_sense` and `_suffix_sense`), asked again for every compound with that last
        # part.
        self._adjectives_ending: dict[str, list[str]] = {}
        # Ding's adjectives (20,000), keys reversed and sorted, with their glosses in lower
        # case, read once when first asked for: a key's end is then a prefix of the reversed
        # keys, found by bisection. A LIKE '%key' query scans the whole entry table each time
        # (12 ms); the 600 gnad articles asked it for 600 different last parts, 7.6 s.
        self._adjectives_reversed: tuple[list[str], list[str]] | None = None
        # Ding's noun rows (189,000), keys reversed and sorted, and those of the rows that
        # give a plural, read once when first asked for (`_reversed_nouns`), where a LIKE
        # '%head' query scanned the table each time, 12-20 ms, asked for ~220 heads over the
        # 600 gnad articles (3-4 s in the parent).
        self._nouns_reversed: tuple[nouns.PackedStrings, nouns.PackedStrings] | None = None
        # The memos of the rules in other modules, kept here because they hold per
        # dictionary. `compound_heads._common_compound_senses` by last part and senses:
        # asked again for each hint with that head, and each time reading every compound
        # ending in it.
        self.common_compounds: dict[tuple[str, tuple[str, ...]], tuple[list[int], int]] = {}
        # `noun_heads.compound_head` by noun: a noun's head is asked for its gender, its
        # plural, its counted family and its IPA, each trying every seam against the lexicons.
        self.compound_heads: dict[str, tuple[str, Noun] | None] = {}
        # `adjective_hints._suffix_sense` by last part: every adjective compound Ding lacks
        # asks it of each of its ends, and the same suffixes (-los, -frei) end many of them,
        # each time splitting the glosses of hundreds of adjectives (570 questions of 600
        # gnad articles).
        self.suffix_senses: dict[str, str] = {}
        # `adjective_hints.head_frame` by last part, asked again for each adjective compound
        # ending in it.
        self.head_frames: dict[str, tuple[str, str] | None] = {}
        # Ding's row for a word and part of speech (`entry_row`), as found. Compound hints try
        # every split of every compound, and the same parts recur across a corpus's
        # compounds: over 150 gnad articles, 27,000 questions of 15,000 words.
        self._rows: dict[tuple[str, str], tuple[str, str, str, str] | None] = {}
        # The rows of the other questions asked of the index (`fetch`), by query and
        # parameters: a compound's parts are asked about again for each compound they open or
        # end (whether Ding knows the part, how its compounds translate it).
        self._fetched: dict[tuple[str, tuple], list[tuple]] = {}
        # The words that name a subject field (`field_words`), by field, read once.
        self._field_names: dict[str, frozenset[tuple[str, str]]] = {}

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        on_build: Callable[[Path], None] | None = None,
    ) -> Dictionary | None:
        """The dictionary at `path` (or found as `find_source` says), its index built first
        if it is missing or older than the source; None when there is no dictionary."""
        source = find_source(path)
        if source is None:
            return None
        index = index_path(source)
        if not index_is_current(index, source):
            if _builds_deferred:
                raise IndexNotBuilt(source)
            if on_build:
                on_build(source)
            try:
                build_index(source, index)
            except OSError as exc:
                raise DictionaryError(
                    f"{index.parent}: cannot write the dictionary index "
                    f"({exc.strerror or exc})"
                ) from None
        return cls(index, source)

    def close(self) -> None:
        self._db.close()

    def entry_row(self, word: str, pos: str) -> tuple[str, str, str, str] | None:
        try:
            return self._rows[word, pos]
        except KeyError:
            pass
        rows = self._db.execute(
            "SELECT word, gloss, gender, plural FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(word), pos),
        ).fetchall()
        # Exact spelling first ("US" before "Us"), then the richer entry.
        found = max(rows, key=lambda r: (r[0] == word, len(r[1]))) if rows else None
        self._rows[word, pos] = found
        return found

    def fetch(self, sql: str, parameters: tuple) -> list[tuple]:
        """The rows of a query of the index, which is read-only: asked once per process.
        Callers must not change the list."""
        try:
            return self._fetched[sql, parameters]
        except KeyError:
            rows = self._fetched[sql, parameters] = self._db.execute(sql, parameters).fetchall()
            return rows

    def entry(self, word: str, pos: str) -> Entry | None:
        """Ding's own entry for the word, or None."""
        row = self.entry_row(word, pos)
        return Entry(gloss=row[1], gender=row[2], plural=row[3]) if row else None

    def lookup(self, lemma: str, pos: str) -> Entry:
        """Gloss, gender and plural of a lemma with a part of speech (EMPTY if unknown):
        `word_entry.look_up`, Ding's entry and, where it has none, the readings of the
        word's form and parts."""
        return look_up(self, lemma, pos)

    def frames(self, verb: str) -> str:
        """The frames Ding's lines give a verb (`Entry.frames`), "" where it has none."""
        return " ".join(sorted({f for f, _ in self.frame_rows(verb)}))

    def frame_rows(self, verb: str) -> list[tuple[str, str]]:
        return self.fetch("SELECT frame, sense FROM frame WHERE key = ?",
                           (lookup_key(verb),))

    def field_words(self, field: str) -> frozenset[tuple[str, str]]:
        """The (key, class) of the words all of whose Ding lines carry the field's label."""
        found = self._field_names.get(field)
        if found is None:
            found = self._field_names[field] = frozenset(self._db.execute(
                "SELECT key, pos FROM field WHERE field = ? AND sense = ''", (field,)))
        return found

    def compounds_with_plural(self, head: str) -> tuple[int, int]:
        """(how many of Ding's noun rows end in `head`, the head alone left out; how many of
        them Ding gives a plural). Asked only of a compound `seldom_plural` has found no
        plural in use for; answered by bisection in the reversed noun keys, as
        `adjectives_ending_in` does for adjectives."""
        keys, plural_keys = self._reversed_nouns()
        key = lookup_key(head)
        first, last = _ending_in(keys, key)
        first_plural, last_plural = _ending_in(plural_keys, key)
        return last - first, last_plural - first_plural

    def _reversed_nouns(self) -> tuple[nouns.PackedStrings, nouns.PackedStrings]:
        """Ding's noun keys spelt backwards and sorted, all rows' and those of the rows that
        give a plural (`_nouns_reversed`), as the index stores them packed
        (`index._noun_ends`), read on the first call: two lists of plain strings, each
        sorted on its own (a list of strings sorts several times faster than one of (key,
        flag) pairs, and a slice's count is the same either way), packed as the noun
        lexicon's are (held to the end of the build, 290,000 strings would be ~25 MB of the
        parent's peak)."""
        if self._nouns_reversed is None:
            found = {name: nouns.PackedStrings.from_parts(text, starts)
                     for name, text, starts in self._db.execute(
                         "SELECT name, text, starts FROM noun_end")}
            self._nouns_reversed = (found["all"], found["plural"])
        return self._nouns_reversed

    def knows(self, word: str) -> bool:
        """Whether Ding has the word as a headword of any class, whatever its case (an
        abbreviation after a headword, /LKW/, is no headword; nor is a phrase's last word,
        "Hause" of "nach Hause", nor two words run together)."""
        return bool(self.fetch(
            "SELECT 1 FROM entry WHERE key = ? AND pos NOT IN (?, ?, ?, ?, ?) LIMIT 1",
            (lookup_key(word), ABBREVIATION, ENGLISH_ABBREVIATION, APART, PHRASE_END,
             OBJECT_PHRASE)))

    def english_writes(self, abbreviation: str) -> bool:
        """Whether English writes these capital letters as an abbreviation: Ding has them,
        as written, on the English side of some line (ATP: "adenosine triphosphate /ATP/";
        the tennis tour's letters too). German Wiktionary may spell them out as a German word
        (ATP: Adenosintriphosphat), and which sense an article means the card cannot tell;
        but kept as written they are the letters English news writes, no German left in the
        gloss: "≈ ATP + tennis tournament"."""
        row = self.entry_row(abbreviation, ENGLISH_ABBREVIATION)
        return row is not None and row[0] == abbreviation

    def singular_row(self, plural: str) -> tuple[str] | None:
        """Ding's row of the singular whose plural `plural` is written like, or None."""
        rows = self.fetch("SELECT word FROM plural WHERE key = ?", (lookup_key(plural),))
        return rows[0] if rows else None

    def adjectives_ending_in(self, head: str) -> list[str]:
        """The glosses, lower case, of Ding's adjectives that end in `head` (not it alone)."""
        key = lookup_key(head)
        rows = self._adjectives_ending.get(key)
        if rows is None:
            if self._adjectives_reversed is None:
                found = sorted((k[::-1], g.lower()) for k, g in self._db.execute(
                    "SELECT key, gloss FROM entry WHERE pos = 'ADJ'"))
                self._adjectives_reversed = ([k for k, _ in found], [g for _, g in found])
            keys, glosses = self._adjectives_reversed
            first, last = _ending_in(keys, key)
            rows = self._adjectives_ending[key] = glosses[first:last]
        return rows

    def adjective_rows_ending_in(self, head: str) -> list[tuple[str, str]]:
        """(the first part, the gloss in lower case) of each of Ding's adjectives that end in
        `head` (not it alone), as `adjectives_ending_in` finds them."""
        glosses = self.adjectives_ending_in(head)
        key = lookup_key(head)
        keys = self._adjectives_reversed[0]
        first, last = _ending_in(keys, key)
        return [(k[::-1][: -len(key)], g) for k, g in zip(keys[first:last], glosses, strict=True)]

    def shared_verb_entry(self, verb: str) -> Entry | None:
        """`form_entries.shared_verb_entry`: "≈ to … also" for mit- before a verb Ding has."""
        return shared_verb_entry(self, verb)

    def compound_gloss(self, word: str, depth: int = 2, readings: int = 1,
                       as_first: bool = False) -> str:
        """`compound_glosses.compound_gloss`: "first part + head" for a compound Ding
        lacks."""
        return compound_gloss(self, word, depth, readings, as_first)

    def first_part_gloss(self, part: str, depth: int = 1) -> str:
        """`compound_glosses.first_part_gloss`: the English of a compound's first part."""
        return first_part_gloss(self, part, depth)

    def part_word_senses(self, prefix: str) -> list[str]:
        """`part_words.part_word_senses`: the senses of a compound's first part as a
        word."""
        return part_word_senses(self, prefix)

    def untranslated_first_part_gloss(self, part: str, last: str, head: Entry) -> str:
        """`compound_heads.untranslated_first_part_gloss`: the head's senses alone after a
        German noun Ding lacks."""
        return untranslated_first_part_gloss(self, part, last, head)

    def in_context(self, entry: Entry, lemma: str, pos: str, sentences: Iterable[str],
                   clauses: Iterable[str] = ()) -> Entry:
        """`context_senses.in_context`: the entry with the sense its sentences call for
        first."""
        return in_context(self, entry, lemma, pos, sentences, clauses)

    def by_subject(self, entry: Entry, lemma: str,
                   examples: Iterable[tuple[str, tuple[tuple[int, int], ...]]]) -> Entry:
        """`subject_senses.by_subject`: a verb's entry with the sense said of its clauses'
        kind of subject (a person, a thing) first."""
        return by_subject(self, entry, lemma, examples)

    def in_frame(self, entry: Entry, word: Word) -> Entry:
        """`frame_senses.in_frame`: a verb's entry with its card's frame's senses first."""
        return in_frame(self, entry, word)

    def in_field(self, entry: Entry, word: Word, fields: Mapping[str, str]) -> Entry:
        """`field_senses.in_field`: the entry with the sense of its articles' subject field
        first."""
        return in_field(self, entry, word, fields)

    def in_discourse(self, entry: Entry, lemma: str, neighbours: Iterable[str],
                     lowered: Iterable[str] | None = None) -> Entry:
        """`discourse_senses.in_discourse`: a compound hint's part read as the other compounds
        of its articles read it."""
        return in_discourse(self, entry, lemma, neighbours, lowered)

    def as_attribute(self, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
        """`adverb_senses.as_attribute`: an adverb's entry as the adjective the articles
        decline."""
        return as_attribute(self, entry, lemma, forms)

    def as_adverb(self, entry: Entry, lemma: str, forms: Iterable[str],
                  examples: Iterable[tuple[str, tuple[tuple[int, int], ...]]]) -> Entry:
        """`adverb_senses.as_adverb`: an adjective's entry with its adverb line first where
        the articles use it only as an adverb."""
        return as_adverb(self, entry, lemma, forms, examples)

    def in_plural(self, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
        """`plural_senses.in_plural`: a noun's entry with its plural headword's senses first
        where the articles use only the plural."""
        return in_plural(self, entry, lemma, forms)

    def taxon_diminutive(self, noun: str, found: Entry) -> Entry | None:
        """`derived_nouns.taxon_diminutive`: "≈ little …" for a diminutive Ding gives only a
        species' name."""
        return taxon_diminutive(self, noun, found)

    def head_frame(self, head: str) -> tuple[str, str] | None:
        """`adjective_hints.head_frame`: the English frame Ding's adjectives ending in
        `head` put around their first part's English."""
        return head_frame(self, head)

    def adjective_glosses_starting_with(self, part: str) -> list[str]:
        """The glosses of Ding's adjectives whose key starts with `part`'s (not it alone), as
        Ding wrote them. Not remembered: each part is asked once or twice."""
        key = lookup_key(part)
        return [gloss for (gloss,) in self._db.execute(
            "SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'ADJ'",
            (key, key + "\uffff")).fetchall()]

    def part_counts(self, part: str, role: str) -> dict[str, int]:
        rows = self.fetch("SELECT sense, count FROM part WHERE key = ? AND role = ?",
                           (part.casefold(), role))
        return dict(rows)

    def english_word(self, word: str) -> str:
        """The English word `word` is, lower-cased, where Ding uses it as English (some German
        word's sense is that word alone: "Hipster {m} :: hipster", "Leistungsvergleich ::
        benchmark") and English writes it at least `ENGLISH_WORD_ZIPF` often and not
        `ENGLISH_WORD_MARGIN` less often than German; "" otherwise. Asked of a word Ding
        lacks as a German noun before it is read as a German compound: German has borrowed
        it whole (Hipster, Hyperlink, Benchmark), and no split of it is a German reading.
        Not a word German writes far more often than English: a German compound that
        happens to spell an English word would lose its parts' reading."""
        lower = word.lower()
        if (not lower.isalpha() or len(lower) < 2 * MIN_PART
                or not wordlists.leans_english(lower, ENGLISH_WORD_ZIPF,
                                               -ENGLISH_WORD_MARGIN)):
            return ""
        return lower if self.fetch("SELECT 1 FROM english WHERE sense = ? LIMIT 1",
                                    (lower,)) else ""


    def noun_rows_ending_in(self, key: str, keep: Callable[[str], bool] | None = None
                            ) -> list[tuple[str, str, int]] | None:
        """Ding's noun rows whose key ends in `key` (the key alone left out), each (word,
        gloss, weight), None if there are more than _MAX_HEAD_COMPOUNDS. A row counts once
        for each row of its key, as `_count_common` has always counted them (a key of two
        rows, das/der Gehalt, counts each twice). With `keep`, only the rows of the keys it
        accepts are read (a query each); the count against _MAX_HEAD_COMPOUNDS is of all.

        The keys that end in `key` are one run of the reversed keys (`_reversed_nouns`),
        found by bisection."""
        keys = self._reversed_nouns()[0]
        first, last = _ending_in(keys, key)
        if last - first > _MAX_HEAD_COMPOUNDS:
            return None
        return [(word, gloss, 1)
                for row_key in (keys[i][::-1] for i in range(first, last))
                if keep is None or keep(row_key)
                for word, gloss in self.fetch(
                    "SELECT word, gloss FROM entry WHERE key = ? AND pos = 'NOUN'",
                    (row_key,))]

    def is_noun_part(self, part: str) -> bool:
        """Whether a compound's first part is a noun Ding has, as written or before a linking
        element (Bombe-n-), rather than an adjective (Groß-)."""
        return any(self.entry(word, "NOUN") is not None for word in part_nouns(part))


def look_up_words(
    words: Iterable, dictionary: Dictionary | None, fields: Mapping[str, str] | None = None,
    nouns: Mapping[str, Sequence[str]] | None = None,
    texts: Mapping[str, Sequence[tuple[str, frozenset[str]]]] | None = None,
) -> dict[tuple[str, str], Entry]:
    """Entries for the words' (lemma, part of speech). Without Ding, nouns still get gender
    and plural from Wiktionary, and every word Wiktionary's German definition. `fields` are
    the articles' subject fields (`article_fields`), `nouns` the articles' nouns
    (`article_nouns`) and `texts` their sentences (`article_sentences`), read from
    `words` where not given."""
    if dictionary is None:
        entries = {}
        for w in words:
            found = with_noun_forms(w.lemma, None) if w.pos == "NOUN" else None
            if found is not None:
                found = with_plural_in_use(found, w.forms)
            found = with_german_definition(w.lemma, w.pos, found) or EMPTY
            entries[w.key] = as_declined(found, w.lemma, w.pos, w.forms,
                                         [e.sentence for e in w.examples], None)
        return entries
    words = list(words)
    if fields is None:
        fields = article_fields(words, dictionary)
    if nouns is None:
        nouns = article_nouns(words)
    if texts is None:
        texts = article_sentences(words)
    entries = {}
    for w in words:
        sentences = [e.sentence for e in w.examples]
        # Only a verb's clauses and the word after a noun can select its sense
        # (`in_context`): no other word's examples are cut into clauses (22,000 examples of
        # 600 gnad articles' words).
        clauses = ([verb_clause(e.sentence, e.highlights) for e in w.examples]
                   if w.pos == "VERB" else
                   [noun_complement(e.sentence, e.highlights) for e in w.examples]
                   if w.pos == "NOUN" else [])
        found = dictionary.in_context(dictionary.lookup(w.lemma, w.pos), w.lemma, w.pos,
                                      sentences, clauses)
        found = dictionary.in_frame(found, w)
        if w.pos == "VERB":
            found = dictionary.by_subject(found, w.lemma,
                                          [(e.sentence, e.highlights) for e in w.examples])
        found = dictionary.in_field(found, w, fields)
        if w.pos == "NOUN":
            found = dictionary.in_plural(with_plural_in_use(found, w.forms), w.lemma, w.forms)
            if found.approximate:  # a hint read from the word's parts
                found = (_with_named_first_part(dictionary, found, w, texts)
                         or dictionary.in_discourse(found, w.lemma, *word_neighbours(w, nouns)))
        elif w.pos == "ADJ":
            found = dictionary.as_attribute(found, w.lemma, w.forms)
            found = dictionary.as_adverb(found, w.lemma, w.forms,
                                         [(e.sentence, e.highlights) for e in w.examples])
        entries[w.key] = as_declined(found, w.lemma, w.pos, w.forms, sentences, dictionary)
    return entries


def _with_named_first_part(dictionary: Dictionary, found: Entry, word: Word,
                           texts: Mapping[str, Sequence[tuple[str, frozenset[str]]]]
                           ) -> Entry | None:
    """The entry of a hyphenated compound whose hint reads its first part as other words
    where the articles write that part alone only as a name (`is_article_name`): the
    head's senses alone (`named_first_part_gloss`); None otherwise.
    Holzmeister-Bau is a building by the architect Holzmeister, not "wood + master +
    building"; Zielpunkt-Schieflage a supermarket chain's plight, not an "arrival point"'s.

    Not where the hint already says the name: English that is capitalized, as English
    writes names (Grünen- "Green Party", Europa- "European", Südosteuropa- "South-East
    Europe"), or the part itself (Clinton- "clinton", Windows-, Speed-: a loanword or a
    name English writes alike; only its capital would change); nor where the part is the
    plural of a noun Ding has (Boni-, which a tagger may take for a name in "Gehälter und
    Boni")."""
    first, hyphen, _ = word.lemma.partition("-")
    if (not hyphen or found.german or " + " not in found.gloss
            or len(first) < MIN_PART or not first.isalpha()
            or not (first[:1].isupper() and first[1:].islower())):
        return None
    said = found.gloss.split("; ")[0].rpartition(" + ")[0]
    if said.lower() != said or said == first.lower() or said.startswith(first + "-"):
        return None
    if dictionary.entry(first, "NOUN") is None and dictionary.singular_row(first) is not None:
        return None  # a plural Ding has (Boni-: Bonus): a name is seldom one
    if not is_article_name(first, word.articles, texts):
        return None
    gloss = named_first_part_gloss(dictionary, word.lemma)
    return replace(found, gloss=gloss) if gloss else None


def as_declined(entry: Entry, lemma: str, pos: str, forms: Iterable[str],
                sentences: Iterable[str], dictionary: Dictionary | None) -> Entry:
    """A noun declined like an adjective, as the article's forms decline it.

    `noun_forms` shows such a noun as a person, "der Abgeordnete, -n", because most are one,
    of either sex, and "der" is how dictionaries head them. The article may say more:
    - The neuter of an adjective used as a noun names an abstract thing, with no plural
      (das Gewohnte "the familiar", das Neue). The article says so where it writes the strong
      neuter ending -es with no article (Gewohntes, etwas Neues), or "das" before the -e form
      (das Gesagte, das eigentlich Wesentliche; not after a comma, where "das" is a
      relative pronoun), and never the masculine -er (ein Gewohnter): "das", and no plural.
    - A person: "die" or "eine" right before the -e form, with at most two adjectives
      between and no comma before it, is a woman ("die grüne Abgeordnete"); "der" or
      "ein" there, or the strong
      masculine -er (ein Abgeordneter), is a man. The feminine's genitive and dative take
      -en (der Abgeordneten), so "der ... Abgeordnete" is only ever the masculine. Where the
      article shows both, or neither, the card keeps "der".
    Only for a noun in -e whose stem is an adjective (gewohnt), a participle (gesagt,
    schlummernd), or that Wiktionary declines like one, itself or as a compound's head: a
    weak masculine noun looks alike (der Kollege, -n) but never takes -s, and a feminine in
    -e (die Reise) is "der Reise" in the genitive, so the rule must know the noun's kind.
    """
    if (pos != "NOUN" or entry.gender not in ("m", "f") or not lemma.endswith("e")
            or entry.plural != lemma + "n"):
        return entry
    forms = set(forms)
    if not (declined_like_adjective(lemma)
            or dictionary is not None and adjective_stem(lemma, dictionary)
            or present_participle_noun(lemma, dictionary)
            or head_declined_like_adjective(lemma, dictionary)):
        return entry
    masculine_strong = lemma + "r" in forms
    between = r"(?:[a-zäöüß][\w-]*\s+){0,2}"
    word = re.escape(lemma) + r"(?![\w-])"
    texts = list(sentences)
    thing = re.compile(rf"(?<!,)(?<!, )\b[Dd]as\s+{between}{word}")
    if not masculine_strong and (lemma + "s" in forms or any(thing.search(t) for t in texts)):
        return replace(entry, gender="n", plural="", rare_plural="")
    # Not after a comma, where "die" and "der" are mostly relative pronouns before a plural
    # without article ("Glide, die Obdachlose betreut": homeless people).
    woman = re.compile(rf"(?<!,)(?<!, )\b(?:[Dd]ie|[Ee]ine|[Kk]eine|[Jj]ede)\s+{between}{word}")
    man = re.compile(rf"(?<!,)(?<!, )\b(?:[Dd]er|[Ee]in|[Kk]ein|[Jj]eder)\s+{between}{word}")
    female = any(woman.search(t) for t in texts)
    male = masculine_strong or any(man.search(t) for t in texts)
    if female != male:
        return replace(entry, gender="f" if female else "m")
    return entry
