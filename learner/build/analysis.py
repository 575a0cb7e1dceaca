"""One article's analysis as plain data, and the merge of many into one word per lemma."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from learner import nlp, stats
from learner.articles import Article
from learner.build.tagging import PIPE_BATCH, paragraphs, tag_articles
from learner.vocabulary import Example, Word, collect_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# --- one article's analysis, and merging analyses ------------------------------------------
#
# An article's analysis is plain data (tuples, strings, numbers), which the article cache
# stores with marshal, the fastest format Python reads back:
#     (words, names, others)
# - words: one tuple per Word, its fields in `Word`'s order, with `examples` a tuple of
#   Examples' field tuples (their sentences one shared string per sentence);
# - names: how many of its running words are names; others: (form, lemma, count) of its
#   other running words that are no candidates (see `stats.RunningWords`).
# Fields are read by name (`WORD_FIELDS`), so a field added to Word or Example travels too.

WORD_FIELDS = {f.name: i for i, f in enumerate(fields(Word))}
_EXAMPLE_FIELDS = {f.name: i for i, f in enumerate(fields(Example))}
# `MergedWords.add_records` reads an example's sentence first.
_EXAMPLE_SENTENCE, _EXAMPLE_WORDS = 0, _EXAMPLE_FIELDS["words"]
assert _EXAMPLE_FIELDS["sentence"] == _EXAMPLE_SENTENCE
# ... and its highlights second (shared too, see `MergedWords._shared_words`).
assert _EXAMPLE_FIELDS["highlights"] == 1
# A word keeps at most this many examples, the first ones met, while analyses are merged:
# memory then grows with the vocabulary, not with the corpus ("sagen" has 535 examples in 600
# gnad articles). A card shows three (deck.MAX_EXAMPLES); twenty leaves the choice among
# readable sentences and different articles room.
EXAMPLES_KEPT = 20


def analyse_article(article: Article, pipeline: Language) -> tuple:
    """One article's words and running-word tally, as plain data (see above)."""
    return _analysis(list(tag_articles([article], pipeline)))


def analyse_articles(articles: Sequence[Article], pipeline: Language) -> Iterator[tuple]:
    """Each article's `analyse_article`, in order, from one pass of the pipeline over all
    their paragraphs: the name recognizer's network then computes over many paragraphs at
    once (batches of 64 paragraphs took ~16 % less of its CPU than an article's one or two;
    see `PIPE_BATCH`).
    No component's result for one Doc depends on another (their memos hold analyses of words
    alone), and the network's figures for a paragraph do not depend on the others in its
    batch (each row of its matrix products is summed alike), so every analysis is the same."""
    labelled = ((p, i) for i, a in enumerate(articles) for p in paragraphs(a))
    tagged = pipeline.pipe(labelled, as_tuples=True, batch_size=PIPE_BATCH)
    pending = next(tagged, None)
    for i, article in enumerate(articles):
        docs = []
        while pending is not None and pending[1] == i:
            docs.append((pending[0], article.label))
            pending = next(tagged, None)
        yield _analysis(docs)


def _analysis(tagged: list[tuple[Doc, str]]) -> tuple:
    tally = stats.RunningWords()
    # A name is told by what the whole article says of it, not one paragraph.
    nlp.mark_article_names([doc for doc, _ in tagged])
    words = collect_words(stats.tally_running_words(tagged, tally))
    return (tuple(word_record(w) for w in words), tally.names,
            tuple((f, lemma, n) for (f, lemma), n in tally.others.items()))


def word_record(word: Word, strings: dict[str, str] | None = None) -> tuple:
    # One string object per sentence, so marshal writes a sentence once however many words
    # it is an example of.
    strings = {} if strings is None else strings
    values = [getattr(word, name) for name in WORD_FIELDS]
    values[WORD_FIELDS["examples"]] = tuple(
        tuple(strings.setdefault(v, v) if isinstance(v, str) else v
              for v in (getattr(e, name) for name in _EXAMPLE_FIELDS))
        for e in word.examples)
    return tuple(values)


@dataclass
class _Merging:
    first: tuple
    count: int = 0
    forms: dict[str, None] = field(default_factory=dict)
    examples: list[tuple] = field(default_factory=list)
    articles: dict[str, None] = field(default_factory=dict)
    verb_uses: int = 0
    reflexive_uses: int = 0
    dative_uses: int = 0
    # A hash of the merged word (`record_digest`), and its Zipf, kept until an article adds
    # to the word; likewise the Word made of it (`MergedWords.words`).
    digest: bytes | None = None
    zipf: float | None = None
    word: Word | None = None

    def record(self) -> tuple:
        """The merged Word's fields in `WORD_FIELDS` order, examples as plain tuples."""
        values = list(self.first)
        values[WORD_FIELDS["count"]] = self.count
        values[WORD_FIELDS["forms"]] = tuple(self.forms)
        values[WORD_FIELDS["examples"]] = tuple(self.examples)
        values[WORD_FIELDS["articles"]] = tuple(self.articles)
        values[WORD_FIELDS["verb_uses"]] = self.verb_uses
        values[WORD_FIELDS["reflexive_uses"]] = self.reflexive_uses
        values[WORD_FIELDS["dative_uses"]] = self.dative_uses
        return tuple(values)


def record_digest(record: tuple) -> bytes:
    """A hash of a word's record (`_Merging.record`): what every later stage makes of the word
    (its gloss in context, its note) depends on it and on the build's other inputs, which the
    memos keyed by it add. marshal's version 0 writes no references and no interning flags,
    so equal records give equal bytes whichever objects hold them."""
    import hashlib
    import marshal

    return hashlib.blake2b(marshal.dumps(record, 0), digest_size=16).digest()


class MergedWords:
    """Words of consecutive runs of articles, merged into one Word per (lemma, part of
    speech) as they come.

    Counts add up, the verb uses with and without a reflexive pronoun too; forms, examples
    and articles are joined in order. Merging runs taken in order gives what `collect_words`
    gives for all of them at once, except that a word keeps only its first `EXAMPLES_KEPT`
    examples.
    """

    def __init__(self, examples_kept: int = EXAMPLES_KEPT) -> None:
        self.examples_kept = examples_kept
        self._words: dict[tuple[str, str], _Merging] = {}
        self.running = stats.RunningWords()
        # One object for each value the kept examples repeat (`_shared_words`).
        self._shared: dict = {}

    def add_analysis(self, analysis: tuple) -> None:
        """Add one article's analysis (`analyse_article`'s plain data)."""
        words, names, others = analysis
        self.add_records(words)
        self.running.names += names
        for form, lemma, n in others:
            self.running.others[(form, lemma)] += n

    def add(self, words: Iterable[Word]) -> None:
        """Add the words of the next run of articles."""
        self.add_records(word_record(w) for w in words)

    def add_records(self, records: Iterable[tuple]) -> None:
        lemma, pos, count = WORD_FIELDS["lemma"], WORD_FIELDS["pos"], WORD_FIELDS["count"]
        forms, examples = WORD_FIELDS["forms"], WORD_FIELDS["examples"]
        labels = WORD_FIELDS["articles"]
        verb_uses, reflexive_uses = WORD_FIELDS["verb_uses"], WORD_FIELDS["reflexive_uses"]
        dative_uses = WORD_FIELDS["dative_uses"]
        kept = self.examples_kept
        merged = self._words
        seen: dict[int, tuple[tuple, tuple]] = {}
        shared, word_list = self._shared, _EXAMPLE_WORDS
        for record in records:
            key = (record[lemma], record[pos])
            into = merged.get(key)
            if into is None:
                # The first record stands for the fields that are not merged; its examples
                # are never read from it (`_Merging.record`), and holding them would hold
                # sentences past the first `examples_kept`.
                into = merged[key] = _Merging(
                    record[:examples] + ((),) + record[examples + 1:])
            into.count += record[count]
            into.forms.update(dict.fromkeys(record[forms]))
            room = kept - len(into.examples)
            if room > 0:
                # Kept, the example's sentence, highlights and words are the objects that
                # stand for their values (`_shared_words`). The highlights repeat with the
                # sentence (an article's copy, or a quote, highlights the same word at the same
                # offsets), and each decoded pair of offsets is a tuple in a tuple of its own:
                # shared, 3,000 gnad copies kept ~16 MB less.
                for e in record[examples][:room]:
                    found = seen.get(id(e[word_list]))
                    if found is None:
                        found = self._shared_words(e[word_list], seen)
                    sentence, highlights = e[0], e[1]
                    into.examples.append((shared.setdefault(sentence, sentence),
                                          shared.setdefault(highlights, highlights))
                                         + e[2:word_list] + (found[1],) + e[word_list + 1:])
            into.articles.update(dict.fromkeys(record[labels]))
            into.verb_uses += record[verb_uses]
            into.reflexive_uses += record[reflexive_uses]
            into.dative_uses += record[dative_uses]
            into.digest = into.zipf = into.word = None

    def _shared_words(self, words: tuple, seen: dict[int, tuple[tuple, tuple]]
                      ) -> tuple[tuple, tuple]:
        """The object that stands for the value of an example's words ((lemma, part of speech)
        of the sentence's candidates), its pairs shared too, noted in `seen` by the id of
        `words`, which the entry keeps alive.

        Each article's analysis is decoded into objects of its own, so every kept example's
        sentence held its own pairs and strings, and an article's copy (or another article
        quoting a sentence) held its sentences again: 3,000 gnad copies (`bench/speed.py
        --scale`) merged kept 191,565 examples of 57,764 sentence objects, 12,738 distinct,
        whose words held 401,368 pairs (tracemalloc: 100 MB merged; 72 MB with one object
        per value, for ~0.2 s more of the merge's ~0.9 s of CPU). An article's examples cut
        from one sentence share its words (`Example.words`), so `seen` makes them once per
        article."""
        shared = self._shared
        one = shared.get(words)
        if one is None:
            one = tuple([shared.setdefault(pair, pair) for pair in words])
            shared[one] = one
        found = seen[id(words)] = (words, one)
        return found

    def state(self) -> tuple:
        """The merge so far as plain data (`restore` takes it back), for the article cache;
        with each word's digest, so a rebuild hashes only the words new articles add to."""
        self.digests()
        return (tuple((m.first, m.count, tuple(m.forms), tuple(m.examples), tuple(m.articles),
                       m.verb_uses, m.reflexive_uses, m.dative_uses, m.digest, m.zipf)
                      for m in self._words.values()),
                self.running.names, tuple(self.running.others.items()))

    def restore(self, state: tuple) -> None:
        """Continue from a merge's `state` (this one being empty)."""
        words, names, others = state
        merged = self._words
        for (first, count, forms, examples, articles, verb_uses, reflexive_uses, dative_uses,
             digest, zipf) in words:
            if digest is not None and not isinstance(digest, bytes):
                raise TypeError("a stored merge's digest is not bytes")
            if zipf is not None and not isinstance(zipf, int | float):
                raise TypeError("a stored merge's Zipf is not a number")
            merged[(first[WORD_FIELDS["lemma"]], first[WORD_FIELDS["pos"]])] = _Merging(
                first, count, dict.fromkeys(forms), list(examples), dict.fromkeys(articles),
                verb_uses, reflexive_uses, dative_uses, digest, zipf)
        self.running.names += names
        for key, n in others:
            self.running.others[tuple(key)] += n

    def words(self) -> list[Word]:
        """The merged words, in the order they first appeared; with their Zipf where
        `add_zipf` gave it. A word no article added to since the last call is the same Word
        (making 20,000 of them took ~0.15 s)."""
        result = []
        examples, zipf = WORD_FIELDS["examples"], WORD_FIELDS["zipf"]
        for m in self._words.values():
            if m.word is None:
                values = list(m.record())
                values[examples] = tuple(Example(*e) for e in m.examples)
                values[zipf] = m.zipf
                m.word = Word(*values)
            result.append(m.word)
        return result

    def add_zipf(self, zipf_of: Callable[[list[Word]], list[float]]) -> None:
        """Give the words without a Zipf theirs: `zipf_of` answers for a list of them (made
        from their records, examples left out). A stored merge keeps them, so a rebuild
        asks only for the words new articles add to."""
        missing = [m for m in self._words.values() if m.zipf is None]
        examples = WORD_FIELDS["examples"]
        words = []
        for m in missing:
            values = list(m.record())
            values[examples] = ()
            words.append(Word(*values))
        for m, found in zip(missing, zipf_of(words), strict=True):
            m.zipf = found
            m.word = None

    def digests(self) -> dict[tuple[str, str], bytes]:
        """Each merged word's `record_digest`, by (lemma, part of speech)."""
        for m in self._words.values():
            if m.digest is None:
                m.digest = record_digest(m.record())
        return {key: m.digest for key, m in self._words.items()}


def merge_words(parts: Iterable[Iterable[Word]]) -> list[Word]:
    """One Word per (lemma, part of speech) from word lists of consecutive runs of articles
    (see `MergedWords`)."""
    merged = MergedWords()
    for words in parts:
        merged.add(words)
    return merged.words()
