"""The whole path from article files to words and to a deck, as plain functions.

`learner.cli` calls these; tests and other programs can too.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import re
import signal
import stat
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from learner import article_cache, audio, deck, errors, frequency, known, nlp, stats, wordlists
from learner.articles import Article, check_path, read_bytes
from learner.dictionary import (
    ENTRY_FIELDS,
    Dictionary,
    Entry,
    article_fields,
    entry_values,
    find_source,
    look_up_words,
    word_field,
)
from learner.errors import UsageError
from learner.lexicon import nouns, pronunciations
from learner.readers import deck_title, is_address, read_articles, read_file
from learner.vocabulary import Example, Word, collect_words, replaced

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_DECK_FOLDER = Path("decks")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
ORDERS = ("frequency", "article", "i+1")

# Called as on_article(done, total) while articles are tagged: (0, total) first, then as each
# article is finished. The CLI draws a progress bar with it.
ProgressCallback = Callable[[int, int], None]
# spaCy is given at most this many characters at a time. A real paragraph is under 3,000; a
# file without blank lines (or a scraped page on one line) would otherwise reach spaCy whole,
# which refuses more than 1,000,000 characters and whose parser needs about 1 GB per 100,000
# (spaCy's own E088 message). Longer paragraphs are cut at a line break, else at a sentence
# end, else at a space.
MAX_CHUNK_CHARS = 10_000
# Paragraphs spaCy is given at once (`Language.pipe`'s batch_size). The neural components
# (the embedded default's name recognizer, an official pipeline's tagger and parser) compute
# over a batch at once, and the recognizer's arrays for it are its largest allocation: ~160 MB
# at 64 gnad paragraphs, ~55 MB at 16 (tracemalloc's peak over 1,280 paragraphs), in each
# worker, at once. At 16 its CPU time over those paragraphs was the same as at 64 (3.9-4.2 s
# each, two runs). An analysis does not depend on the batch (see `analyse_articles`).
PIPE_BATCH = 16
_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”)]*\s")


# What the commands made, kept until the process ends when the command line asked for it
# (`keep_until_exit`, by `cli.entry`, which then ends the process without freeing anything):
# a rebuild after one new article otherwise freed its 25,000 merged words, 12,800 notes and
# the memos object by object as each function returned, ~0.15 s of its CPU time after the
# deck was written. The system takes the memory back at once. None: freed as usual (a
# program or a test that calls these functions).
_kept: list[dict] | None = None


def keep_until_exit() -> None:
    """Keep what `build_deck` made alive after it returns, for a process that ends without
    freeing it (see `cli.entry`). Only what is alive when the deck is written: the peak
    memory stays the same."""
    global _kept
    if _kept is None:
        _kept = []


def _keep_until_exit(names: dict) -> None:
    if _kept is not None:
        _kept.append(names)


def paragraphs(article: Article) -> list[str]:
    """The article's paragraphs. A sentence never spans a blank line, and spaCy is fed
    paragraph by paragraph so memory stays bounded by the longest paragraph."""
    return [c for p in _PARAGRAPH_BREAK.split(article.text) if p.strip()
            for c in bounded_chunks(p.strip(), MAX_CHUNK_CHARS)]


def bounded_chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[str]:
    """`text` in pieces of at most `limit` characters, cut where a sentence is least likely
    to be split."""
    while len(text) > limit:
        window = text[:limit]
        cut = window.rfind("\n")
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ")
        if cut <= 0:
            cut = limit
        piece, text = text[:cut].strip(), text[cut:].strip()
        if piece:
            yield piece
    if text:
        yield text


def tag_articles(articles: Iterable[Article], pipeline: Language) -> Iterator[tuple[Doc, str]]:
    """Run the NLP pipeline over every paragraph, paired with its article's label."""
    labelled = ((p, a.label) for a in articles for p in paragraphs(a))
    # The batch size lets the neural components run on many docs at once (`PIPE_BATCH`); no
    # other component computes in batches (tokenizing and splitting 100 gnad articles takes
    # 0.06 s at 1, 64 or 1000).
    yield from pipeline.pipe(labelled, as_tuples=True, batch_size=PIPE_BATCH)


# Below this much text (two chunks) the articles are tagged in this process. Forking the
# workers costs well under 0.1 s and the CPU time is the same either way (30 gnad articles:
# 3.5-3.8 s user time in one process or two), so a second core pays off as soon as there are
# two chunks to give out.
PARALLEL_MIN_CHARS = 40_000
# Each task a worker takes is at least this much text (~2,800 words, ~0.5 s of tagging), so
# pickling articles out and words back stays a small share of the work.
_MIN_CHUNK_CHARS = 20_000


def available_cores() -> int:
    """How many cores this process may run on (a container or `taskset` may allow fewer)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def article_words(
    articles: Sequence[Article],
    model: str = nlp.DEFAULT_MODEL,
    *,
    workers: int | None = None,
    min_parallel_chars: int = PARALLEL_MIN_CHARS,
    chunk_chars: int | None = None,
    on_article: ProgressCallback | None = None,
) -> list[Word]:
    """The words of the articles, in the order they first appear, from one or more processes.

    Each article is analysed on its own (see `analyses`) and the analyses are merged in order:
    the result is the same however the articles were spread over processes
    (tests/test_build_parallel.py checks that).
    """
    merged = MergedWords()
    for value in analyses(articles, model, workers=workers, min_parallel_chars=min_parallel_chars,
                          chunk_chars=chunk_chars, on_article=on_article):
        merged.add_analysis(article_cache.unpack(value))
    return merged.words()


def analyses(
    articles: Sequence[Article],
    model: str = nlp.DEFAULT_MODEL,
    *,
    workers: int | None = None,
    min_parallel_chars: int = PARALLEL_MIN_CHARS,
    chunk_chars: int | None = None,
    on_article: ProgressCallback | None = None,
    meanwhile: bool = False,
) -> Iterator[bytes]:
    """Each article's analysis (`analyse_article`, packed as the article cache stores it), in
    the articles' order, from one or more processes.

    Runs of consecutive articles (of about `chunk_chars` characters) go to `workers`
    processes (default: one per core). Less text than `min_parallel_chars` is tagged in this
    process; or, when the caller has other work to do `meanwhile` (merging the analyses the
    article cache holds) and there is a second core, in one background process that starts
    now, so spaCy's import and the models' loading (~1 s of CPU) overlap that work and this
    process never loads them.
    """
    if not articles:
        return (value for value in ())  # a generator, which the caller closes
    workers = available_cores() if workers is None else workers
    chars = sum(len(a.text) for a in articles)
    small = workers < 2 or len(articles) < 2 or chars < min_parallel_chars
    if in_background(articles, meanwhile, workers, min_parallel_chars):
        return _in_background(articles, model, on_article)
    return _analyses(articles, model, workers, chars, small, chunk_chars, on_article)


def in_background(articles: Sequence[Article], meanwhile: bool, workers: int | None = None,
                  min_parallel_chars: int = PARALLEL_MIN_CHARS) -> bool:
    """Whether `analyses` tags these articles in one background process (see there)."""
    workers = available_cores() if workers is None else workers
    return (bool(articles) and meanwhile and workers >= 2
            and sum(len(a.text) for a in articles) < min_parallel_chars)


def _in_background(
    articles: Sequence[Article], model: str, on_article: ProgressCallback | None
) -> Iterator[bytes]:
    # The worker loads the pipeline itself (in `_chunk_analyses`), so an error loading it
    # comes back through the result like any other, rather than from a pool initializer,
    # which the pool would run again and again.
    pool = _early.pop(model, None) or _background_pool()
    try:
        result = pool.apply_async(_chunk_analyses, ((list(articles), model),))
    except BaseException:
        pool.terminate()
        raise
    return _background_results(pool, result, len(articles), on_article)


def _background_pool() -> multiprocessing.pool.Pool:
    method = "fork" if sys.platform == "linux" else None
    return multiprocessing.get_context(method).Pool(1, _start_worker)


# The background worker of a rebuild, started before the articles to tag are read: by
# `start_tagging_early`, once the unchanged-deck check has found a few new files among cached
# ones. Its spaCy import and pipeline (~1 s of CPU) then overlap the parent's reading,
# decoding and merging from the start. Keyed by model; `stop_tagging_early` ends one that
# was not needed.
_early: dict[str, multiprocessing.pool.Pool] = {}


def _warm(model: str) -> None:
    with contextlib.suppress(Exception):  # loading fails again in the task, which says why
        _loaded(model)


def start_tagging_early(model: str) -> None:
    """Start the background worker `analyses` will hand a few new articles to (when others
    are cached: see `analyses`), loading the pipeline now."""
    if model in _early or available_cores() < 2:
        return
    # The worker's lexicon checks import wordfreq, and so does this process (the new
    # articles' language check, their words' Zipf): imported before the fork, it is
    # imported once, and the worker, whose end the rebuild waits for, starts with it
    # (0.1-0.17 s of its CPU once spaCy's modules are loaded; 0.07 s here).
    wordlists.import_wordfreq()
    pool = _background_pool()
    pool.apply_async(_warm, (model,))
    _early[model] = pool


def stop_tagging_early() -> None:
    """End a worker `start_tagging_early` started that no analysis took."""
    while _early:
        pool = _early.popitem()[1]
        pool.terminate()
        pool.join()


def _background_results(
    pool: multiprocessing.pool.Pool, result: multiprocessing.pool.AsyncResult, total: int,
    on_article: ProgressCallback | None,
) -> Iterator[bytes]:
    try:
        if on_article is not None:
            on_article(0, total)
        values = result.get()
        if on_article is not None:
            on_article(total, total)
        yield from values
    finally:
        pool.terminate()
        pool.join()


def _analyses(
    articles: Sequence[Article], model: str, workers: int, chars: int, small: bool,
    chunk_chars: int | None, on_article: ProgressCallback | None,
) -> Iterator[bytes]:
    pipeline = nlp.load_pipeline(model)
    if small:
        if on_article is not None:
            on_article(0, len(articles))
        for done, article in enumerate(articles, 1):
            value = article_cache.pack(analyse_article(article, pipeline))
            if on_article is not None:
                on_article(done, len(articles))
            yield value
        return
    # A corpus: each worker's lemma checks would ask wordfreq's German list some 20,000 words a
    # query at a time and then read it whole all the same (`wordlists.LAZY_LOOKUPS`). Read
    # here, before the fork, it is read once, and the workers and the Zipf of the merged words
    # share it (0.3 s, against ~0.6 s of CPU in every worker).
    wordlists.frequencies("de").read_whole()
    # And the English list (0.14 s), which the name, title and lemma rules ask whether a word
    # leans English. The reading stage's language check asks it first, and for 600 gnad
    # articles passes LAZY_LOOKUPS itself; for fewer (12,859 queries for 300) each worker
    # went on querying and then read the list whole all the same.
    wordlists.frequencies("en").read_whole()
    # Likewise the noun lexicon's index (0.08 s): made by each worker, its 34 MB (as lines)
    # were each worker's own.
    nouns.index_tables()
    # And Wiktionary's pronunciations, whose inflection tables the participle rules ask for an
    # adjective's degree forms (`lemmas._compared_in_wiktionary`): on a first run the index is
    # built here once (the deck reads it later all the same), not by each worker at once.
    pronunciations.open_index()
    # Several tasks per worker, so a worker that finishes early takes the next one instead of
    # waiting for the other at the end.
    if chunk_chars is None:
        chunk_chars = max(_MIN_CHUNK_CHARS, chars // (8 * workers))
    chunks = _chunks(articles, chunk_chars)
    workers = min(workers, len(chunks))
    # fork shares the loaded pipeline with the workers; elsewhere each loads it once.
    method = "fork" if sys.platform == "linux" else None
    with multiprocessing.get_context(method).Pool(workers, _load_worker, (model,)) as pool:
        parts = pool.imap(_chunk_analyses, ((chunk, model) for chunk in chunks))
        for part in _report_chunks(parts, chunks, on_article):
            yield from part


def _report_chunks(
    parts: Iterable[list[bytes]], chunks: list[list[Article]], on_article: ProgressCallback | None
) -> Iterator[list[bytes]]:
    """Pass the workers' results through, reporting progress as each run of articles is in."""
    total = sum(len(c) for c in chunks)
    done = 0
    if on_article is not None:
        on_article(0, total)
    for part, chunk in zip(parts, chunks, strict=True):
        done += len(chunk)
        if on_article is not None:
            on_article(done, total)
        yield part


def _chunks(articles: Sequence[Article], min_chars: int) -> list[list[Article]]:
    chunks: list[list[Article]] = [[]]
    size = 0
    for article in articles:
        if size >= min_chars:
            chunks.append([])
            size = 0
        chunks[-1].append(article)
        size += len(article.text)
    return chunks


# See `_loaded`.
WORKER_GC_THRESHOLD = 10_000


def _start_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and says one line. Workers that
    # caught it too would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _loaded(model: str) -> Language:
    """The pipeline, loaded with the cycle collector off as the parent left it (spaCy's
    import and the models are ~0.1 s of collections that find nothing) and switched on after,
    its objects set aside (`gc.freeze`) so that the collections while tagging do not walk
    them again: tagging makes spaCy objects that are the worker's own to collect.

    The youngest generation is collected every `WORKER_GC_THRESHOLD` new objects, not
    Python's 700: tagging makes and frees objects by the million, nearly all freed by their
    count, and at 700 the collector ran ~800 times per 150 articles, its older generations
    (the growing word memos) walked in full several times, 0.4 s of a worker's 12 s of CPU.
    At 10,000 it is ~0.2 s with no full collection, and the same peak memory (the objects it
    lets wait are a few MB)."""
    pipeline = nlp.load_pipeline(model)
    if not gc.isenabled():
        gc.freeze()
        gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
        gc.enable()
    return pipeline


def _load_worker(model: str) -> None:
    _start_worker()
    _loaded(model)


def _chunk_analyses(task: tuple[list[Article], str]) -> list[bytes]:
    # Packed in the worker: compressed bytes travel back, and the parent stores them as they
    # are.
    articles, model = task
    pipeline = _loaded(model)
    return [article_cache.pack(analysis) for analysis in analyse_articles(articles, pipeline)]


# --- one article's analysis, and merging analyses ------------------------------------------
#
# An article's analysis is plain data (tuples, strings, numbers), which the article cache
# stores with marshal, the fastest format Python reads back:
#     (words, names, others)
# - words: one tuple per Word, its fields in `Word`'s order, with `examples` a tuple of
#   Examples' field tuples (their sentences one shared string per sentence);
# - names: how many of its running words are names; others: (form, lemma, count) of its
#   other running words that are no candidates (see `stats.RunningWords`).
# Fields are read by name (`_WORD_FIELDS`), so a field added to Word or Example travels too.

_WORD_FIELDS = {f.name: i for i, f in enumerate(fields(Word))}
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
    return (tuple(_word_record(w) for w in words), tally.names,
            tuple((f, lemma, n) for (f, lemma), n in tally.others.items()))


def _word_record(word: Word, strings: dict[str, str] | None = None) -> tuple:
    # One string object per sentence, so marshal writes a sentence once however many words
    # it is an example of.
    strings = {} if strings is None else strings
    values = [getattr(word, name) for name in _WORD_FIELDS]
    values[_WORD_FIELDS["examples"]] = tuple(
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
        """The merged Word's fields in `_WORD_FIELDS` order, examples as plain tuples."""
        values = list(self.first)
        values[_WORD_FIELDS["count"]] = self.count
        values[_WORD_FIELDS["forms"]] = tuple(self.forms)
        values[_WORD_FIELDS["examples"]] = tuple(self.examples)
        values[_WORD_FIELDS["articles"]] = tuple(self.articles)
        values[_WORD_FIELDS["verb_uses"]] = self.verb_uses
        values[_WORD_FIELDS["reflexive_uses"]] = self.reflexive_uses
        values[_WORD_FIELDS["dative_uses"]] = self.dative_uses
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
        self.add_records(_word_record(w) for w in words)

    def add_records(self, records: Iterable[tuple]) -> None:
        lemma, pos, count = _WORD_FIELDS["lemma"], _WORD_FIELDS["pos"], _WORD_FIELDS["count"]
        forms, examples = _WORD_FIELDS["forms"], _WORD_FIELDS["examples"]
        labels = _WORD_FIELDS["articles"]
        verb_uses, reflexive_uses = _WORD_FIELDS["verb_uses"], _WORD_FIELDS["reflexive_uses"]
        dative_uses = _WORD_FIELDS["dative_uses"]
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
            merged[(first[_WORD_FIELDS["lemma"]], first[_WORD_FIELDS["pos"]])] = _Merging(
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
        examples, zipf = _WORD_FIELDS["examples"], _WORD_FIELDS["zipf"]
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
        examples = _WORD_FIELDS["examples"]
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


# --- the articles under some paths, through the article cache ------------------------------
#
# The cache keeps one entry per input file, whatever its format: a file may hold several
# articles (an EPUB's chapters, a subtitle file's sentences, an e-reader's look-ups). Its
# entry is packed (see `article_cache.pack`) as
#     (sources, analyses)
# - sources: per article, (label, looked_up): what `select_words` needs of the articles;
# - analyses: per article, its analysis as `analyses` yields it (packed bytes).
# A web address is fetched afresh every time and bypasses the cache.

@dataclass(frozen=True)
class _Cached:
    """An input file whose analysis the cache holds."""

    path: Path
    key: bytes
    value: bytes


@dataclass(frozen=True)
class _Read:
    """An input file read afresh, to be analysed and then stored under `key`."""

    path: Path
    articles: tuple[Article, ...]
    key: bytes
    warnings: tuple[tuple[str, str], ...] = ()


@dataclass
class _Unit:
    """One input's articles on their way to the merge: `values` are their packed analyses when
    the cache had them, None while they are still to be computed."""

    item: Article | _Cached | _Read
    sources: tuple[Article, ...]
    values: tuple[bytes, ...] | None = None


@dataclass
class Corpus:
    """What the articles under some paths hold: their merged words, with their Zipf, and the
    tally of their other running words."""

    words: list[Word]
    running: stats.RunningWords
    articles: int
    cached: int = 0  # of `articles`, how many were answered by the article cache
    # Every article's label and look-ups (text left out): what `select_words` reads.
    sources: tuple[Article, ...] = ()
    # Each word's `record_digest`, by (lemma, part of speech), when the article cache is on:
    # the key of the memos of what later stages make of the word.
    digests: dict[tuple[str, str], bytes] = field(default_factory=dict)


def analyse_paths(
    paths: Sequence[str | Path],
    model: str = nlp.DEFAULT_MODEL,
    *,
    use_cache: bool = True,
    on_article: ProgressCallback | None = None,
    workers: int | None = None,
    while_tagging: Callable[[], None] | None = None,
) -> Corpus:
    """Read and analyse the articles under `paths`, answering from the article cache what it
    holds and storing what it does not (see `learner.article_cache`).

    When a few new articles are tagged in a background process, `while_tagging` is called
    once the cached analyses are merged, before their analyses are awaited: the caller's
    work that does not depend on them then fills that wait.

    With or without the cache, every article's analysis is the same plain data and is merged
    in the articles' order, so the words are the same.
    """
    cache = article_cache.open_cache() if use_cache else None
    computed = None
    try:
        key = article_cache.analysis_key(model) if cache is not None else b""
        if cache is None:
            items: list = read_articles(paths)
        else:
            keys = _FileKeys(cache, key)
            items = read_articles(paths, read=_cached_reader(cache, key, keys))
            keys.save()
        units = []
        for item in items:
            if isinstance(item, _Cached):
                decoded = _decode_entry(item.value)
                if decoded is not None:
                    units.append(_Unit(item, *decoded))
                    continue
                cache.damaged(item.key)
                item = _read_again(item)
            units.append(_Unit(item, (item,) if isinstance(item, Article) else item.articles))
        fresh = [a for u in units if u.values is None for a in u.sources]
        total = sum(len(u.sources) for u in units)
        cached = total - len(fresh)
        progress = None
        if on_article is not None and not fresh:
            on_article(total, total)
        elif on_article is not None:
            progress = (lambda done, _: on_article(cached + done, total))  # noqa: E731
        computed = analyses(fresh, model, workers=workers, on_article=progress,
                            meanwhile=cached > 0)
        if while_tagging is not None and not in_background(fresh, cached > 0, workers):
            while_tagging = None
        prefixes = _merge_keys(key, units) if cache is not None else []
        # A stored merge stands for analyses the cache may have evicted since: it is used for a
        # leading run of files whose entries are all there.
        leading = next((i for i, u in enumerate(units) if u.values is None), len(units))
        merged, start = _stored_merge(cache, prefixes[:leading])
        for unit in units[start:]:
            values = unit.values
            if values is None:
                if while_tagging is not None:
                    # The Words of the analyses merged so far are made now too: only those
                    # the new articles add to are made again (see `MergedWords.words`).
                    merged.words()
                    while_tagging()
                    while_tagging = None
                values = tuple(next(computed) for _ in unit.sources)
                if cache is not None and isinstance(unit.item, _Read):
                    _store(cache, unit.item, values)
            try:
                file_analyses = [article_cache.unpack(v) for v in values]
            except ValueError:
                cache.damaged(unit.item.key)
                cached -= len(unit.sources)
                again = _read_again(unit.item)
                pipeline = nlp.load_pipeline(model)
                values = tuple(article_cache.pack(analyse_article(a, pipeline))
                               for a in again.articles)
                _store(cache, again, values)
                unit.sources = again.articles
                file_analyses = [article_cache.unpack(v) for v in values]
            for analysis in file_analyses:
                merged.add_analysis(analysis)
        computed.close()  # the worker processes end here, not when collected
        if cache is not None:
            merged.add_zipf(lambda words: (
                [w.zipf for w in _with_zipf(words, cache, key)] if len(words) > _ZIPF_MEMO_MIN
                else [frequency.lemma_zipf(w) for w in words]))
        if len(prefixes) == len(units) and len(units) - start >= _MERGE_AGAIN_AFTER:
            cache.put(prefixes[-1], article_cache.Entry(article_cache.pack(merged.state(), False),
                                                        article_cache.MEMO_MARK))
        words = merged.words() if cache is not None else frequency.with_frequency(
            merged.words())
        sources = tuple(a for u in units for a in u.sources)
        digests = merged.digests() if cache is not None else {}
        return Corpus(words, merged.running, len(sources), cached, sources, digests)
    finally:
        if computed is not None:  # workers end on an error too (`while_tagging`'s, say)
            computed.close()
        if cache is not None:
            cache.close()


# The merge of the input files' analyses, in order, is kept as one more memo entry of the
# article cache, under a key that chains the analysis key and the files' entry keys: a rebuild
# after adding files starts from the merge of the files it shares with an earlier build
# (decoding and merging 600 analyses took ~0.7 s of CPU; decoding their merge ~0.2 s) and
# merges only the rest. Merging is associative (see `MergedWords`), so the words are the same
# as merging every file again. A new merge is stored once this many files were merged on top
# of the stored one (a build of new files, a first build), not on every rebuild.
_MERGE_AGAIN_AFTER = 16
_MERGE_ENTRY = b"merged analyses of the files"


def _merge_keys(key: bytes, units: list[_Unit]) -> list[bytes]:
    """The memo key of the merge of each leading run of files: units[:i + 1] for the i-th,
    as long as each is a file (a web address has no entry key)."""
    import hashlib

    digest = hashlib.blake2b(key + _MERGE_ENTRY, digest_size=20)
    keys = []
    for unit in units:
        if not isinstance(unit.item, _Cached | _Read):
            break
        digest.update(unit.item.key)
        keys.append(digest.copy().digest())
    return keys


def _stored_merge(
    cache: article_cache.ArticleCache | None, prefixes: list[bytes]
) -> tuple[MergedWords, int]:
    """The stored merge of the longest run of files `prefixes` has a key for, and how many
    files it covers; an empty merge and 0 where none is stored."""
    found = cache.get_many(prefixes) if cache is not None and prefixes else {}
    for count in range(len(prefixes), 0, -1):
        value = found.get(prefixes[count - 1])
        if value is None:
            continue
        merged = MergedWords()
        try:
            merged.restore(article_cache.unpack(value))
        except (ValueError, TypeError, KeyError, IndexError):
            cache.damaged(prefixes[count - 1])  # one warning; merged again, and stored
            break
        return merged, count
    return MergedWords(), 0


def _store(cache: article_cache.ArticleCache, item: _Read, values: tuple[bytes, ...]) -> None:
    sources = tuple((a.label, a.looked_up) for a in item.articles)
    cache.put(item.key, article_cache.Entry(article_cache.pack((sources, values)),
                                            item.warnings))


def _decode_entry(value: bytes) -> tuple[tuple[Article, ...], tuple[bytes, ...]] | None:
    """A file's entry as (articles, packed analyses), the articles standing in with their
    label and look-ups only; None when the entry is damaged."""
    try:
        sources, values = article_cache.unpack(value)
        articles = tuple(Article(path="", title=label, text="", looked_up=tuple(looked_up))
                         for label, looked_up in sources)
        if len(articles) != len(values) or not all(isinstance(v, bytes) for v in values):
            return None
    except (ValueError, TypeError):
        return None
    return articles, tuple(values)


# The Zipf of the words of earlier builds, stored as one more entry of the article cache: a
# rebuild then looks up only the words whose forms changed, and one that changed nothing
# never loads wordfreq's list (0.3-0.5 s). A word's Zipf depends on its fields other than its
# counts, examples and articles (`frequency.lemma_zipf` reads lemma, part of speech and forms).
_ZIPF_ENTRY = "zipf of words met before"
_NOT_ZIPF_INPUTS = frozenset({"count", "examples", "articles", "zipf"})
# Past this many words the memo starts over from the current build's: a year of news has
# ~100,000.
_ZIPF_MEMO_WORDS = 300_000
# Fewer words than this without a Zipf (those a few new articles add to a stored merge) are
# looked up directly: decoding the memo of 20,000 words takes ~0.07 s, a few hundred words'
# look-ups less.
_ZIPF_MEMO_MIN = 2_000


def _with_zipf(
    words: list[Word], cache: article_cache.ArticleCache | None, key: bytes
) -> list[Word]:
    """The words with their Zipf (`frequency.with_frequency`), from the cache's memo where it
    has them."""
    if cache is None:
        return frequency.with_frequency(words)
    memo_key = article_cache.entry_key(key, _ZIPF_ENTRY, b"")
    entry = cache.get(memo_key)
    memo: dict[tuple, float] = {}
    if entry is not None:
        try:
            memo = dict(article_cache.unpack(entry.value))
        except (ValueError, TypeError):
            cache.damaged(memo_key)
    if len(memo) > _ZIPF_MEMO_WORDS:
        memo = {}
    result, new = [], 0
    for word in words:
        inputs = tuple(getattr(word, name) for name in _WORD_FIELDS
                       if name not in _NOT_ZIPF_INPUTS)
        zipf = memo.get(inputs)
        if zipf is None:
            zipf = memo[inputs] = frequency.lemma_zipf(word)
            new += 1
        result.append(replaced(word, zipf=zipf))
    if new:
        cache.put(memo_key, article_cache.Entry(article_cache.pack(tuple(memo.items())),
                                                article_cache.MEMO_MARK))
    return result


# The entry key of a file hashes its bytes; reading and hashing 600 articles took ~0.025 s of
# CPU, twice a build (the unchanged-deck check's pass and the analysis's). So each file's key
# is also kept by its stat, in one more memo entry: where a file's device, inode, size,
# modification and change times and name are as when its bytes were hashed, its key is taken
# without reading it, as git's index and make trust a file's stat. The key stays a hash of
# the content: the stat only says the content is the one hashed before. The change time
# cannot be set back by a program (any write or `touch` moves it), and a key is recorded only
# for a file whose times are `_STAT_SETTLED_NS` in the past and whose stat was the same
# before and after the read, so a write within the clock's tick of an earlier one (git's
# "racy" case) or during the read is never hidden.
_STAT_ENTRY = "entry keys of files by their stat"
_STAT_SETTLED_NS = 2_000_000_000
_STAT_MEMO_FILES = 300_000


class _FileKeys:
    """The entry keys of input files (`article_cache.entry_key`), from the memo of their
    stat where it holds them, else read and hashed (see above); `save` keeps the new ones."""

    def __init__(self, cache: article_cache.ArticleCache, key: bytes) -> None:
        self.cache, self.key = cache, key
        self.memo_key = article_cache.entry_key(key, _STAT_ENTRY, b"")
        self.memo: dict[tuple[int, int], tuple] = {}
        self.new = 0
        entry = cache.get(self.memo_key)
        if entry is not None:
            try:
                self.memo = {(dev, ino): (size, mtime, ctime, name, entry_key)
                             for dev, ino, size, mtime, ctime, name, entry_key
                             in article_cache.unpack(entry.value)}
            except (ValueError, TypeError):
                cache.damaged(self.memo_key)
        if len(self.memo) > _STAT_MEMO_FILES:
            self.memo = {}

    def key_of(self, path: Path) -> tuple[bytes, int, bytes | None]:
        """The file's entry key, its size, and its bytes when they were read (InputError
        as `read_bytes` raises it)."""
        try:
            before = os.stat(path)
        except (OSError, ValueError):
            before = None
        if before is not None:
            seen = (before.st_size, before.st_mtime_ns, before.st_ctime_ns, path.name)
            found = self.memo.get((before.st_dev, before.st_ino))
            if found is not None and found[:4] == seen:
                return found[4], before.st_size, None
        data = read_bytes(path)
        entry_key = article_cache.entry_key(self.key, path.name, data)
        if (before is not None and stat.S_ISREG(before.st_mode)
                and len(data) == before.st_size
                and time.time_ns() - max(before.st_mtime_ns, before.st_ctime_ns)
                > _STAT_SETTLED_NS):
            try:
                after = os.stat(path)
            except OSError:
                after = None
            if after is not None and _stat_seen(after) == _stat_seen(before):
                self.memo[(before.st_dev, before.st_ino)] = (*seen, entry_key)
                self.new += 1
        return entry_key, len(data), data

    def save(self) -> None:
        if self.new:
            self.cache.put(self.memo_key, article_cache.Entry(article_cache.pack(tuple(
                (*ident, *rest) for ident, rest in self.memo.items())),
                article_cache.MEMO_MARK))
            self.new = 0


def _stat_seen(seen: os.stat_result) -> tuple[int, int, int, int, int]:
    return seen.st_dev, seen.st_ino, seen.st_size, seen.st_mtime_ns, seen.st_ctime_ns


def _cached_reader(
    cache: article_cache.ArticleCache, key: bytes, keys: _FileKeys | None = None
) -> Callable[[Path], list[_Cached | _Read]]:
    """`read_articles`' reader: the cache's entry for a file when it has one, else the file
    read afresh, with the warnings reading gave (shown now, and stored with the entry)."""
    keys = keys or _FileKeys(cache, key)

    def read(path: Path) -> list[_Cached | _Read]:
        entry_key = keys.key_of(path)[0]
        entry = cache.get(entry_key)
        if entry is not None:
            for kind, message in entry.warnings:
                category = getattr(errors, kind, errors.LearnerWarning)
                warnings.warn(category(message.replace(article_cache.PATH_MARK, str(path))),
                              stacklevel=2)
            return [_Cached(path, entry_key, entry.value)]
        articles, caught = _read_recording(path)
        for w in caught:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        return [_Read(path, articles, entry_key, _stored_warnings(caught, path))]

    return read


def _read_recording(path: Path) -> tuple[tuple[Article, ...], list[warnings.WarningMessage]]:
    """The file's articles (`readers.read_file`) and the warnings reading it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = tuple(read_file(path))
    return articles, caught


def _stored_warnings(
    caught: list[warnings.WarningMessage], path: Path
) -> tuple[tuple[str, str], ...]:
    return tuple((w.category.__name__, str(w.message).replace(str(path), article_cache.PATH_MARK))
                 for w in caught if issubclass(w.category, errors.LearnerWarning))


def _read_again(item: _Cached | _Read) -> _Read:
    # A damaged entry: the file is read again, to be analysed afresh (its warnings were shown
    # from the entry, so they are stored, not shown again).
    articles, caught = _read_recording(item.path)
    return _Read(item.path, articles, item.key, _stored_warnings(caught, item.path))


def order_words(words: Iterable[Word], order: str = "frequency") -> list[Word]:
    """Most frequent first (the ones most worth learning), as they appear in the text, or
    "i+1": most frequent first where earlier cards leave a later card's sentence no other
    new word (see `deck.i_plus_one_order`)."""
    if order not in ORDERS:
        raise UsageError(f"--order must be one of {', '.join(ORDERS)}, got {order!r}")
    words = list(words)
    if order == "frequency":
        return sorted(words, key=lambda w: (-(w.zipf or 0.0), w.lemma))
    if order == "i+1":
        return deck.i_plus_one_order(order_words(words, "frequency"))
    return words


def find_words(
    paths: Sequence[str | Path],
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    model: str = nlp.DEFAULT_MODEL,
    order: str = "frequency",
    max_cards: int | None = None,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    keep: frozenset[str] = frozenset(),
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    threshold_for_looked_up: bool = False,
    use_cache: bool = True,
    usable: Callable[[Word], bool] | None = None,
) -> list[Word]:
    """The vocabulary of the articles under `paths` at or below the threshold; with
    `usable`, only the words it accepts (see `Glossed`), before `max_cards` counts.

    With `max_cards`, only that many of them: the most frequent ones. Lemmas named in the
    `known_words` files (word lists, .apkg files, Anki collections) are left out first, unless
    `keep` (case-folded lemmas) holds them; from a collection, the notes with a card of an
    interval of `known_min_interval` days or more, their word read from `known_field` (see
    `known.read_source`). Words looked up on an e-reader are chosen whatever the threshold,
    unless `threshold_for_looked_up` (see `select_words`). `use_cache=False` analyses every
    article afresh and leaves the article cache alone.
    """
    return _find_words(paths, max_zipf=max_zipf, model=model, order=order,
                       max_cards=max_cards, on_article=on_article, known_words=known_words,
                       keep=keep, known_min_interval=known_min_interval,
                       known_field=known_field, threshold_for_looked_up=threshold_for_looked_up,
                       use_cache=use_cache, usable=usable)[0]


def _find_words(
    paths: Sequence[str | Path],
    *,
    max_zipf: float,
    model: str,
    order: str,
    max_cards: int | None,
    on_article: ProgressCallback | None,
    known_words: Sequence[str | Path],
    keep: frozenset[str],
    known_min_interval: int,
    known_field: str | None,
    threshold_for_looked_up: bool,
    use_cache: bool,
    usable: Callable[[Word], bool] | None,
    while_tagging: Callable[[], None] | None = None,
) -> tuple[list[Word], Corpus]:
    """`find_words`, with the corpus the words come from (their digests: see `Corpus`);
    `while_tagging` as `analyse_paths` takes it."""
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    order_words([], order)
    corpus = analyse_paths(paths, model, use_cache=use_cache, on_article=on_article,
                           while_tagging=while_tagging)
    if isinstance(usable, Glossed):
        usable.digests = corpus.digests
        usable.words = corpus.words
    lemmas = (known.known_lemmas(known_words, nlp.load_pipeline(model), known_min_interval,
                                 known_field) if known_words else frozenset())
    words = corpus.words
    chosen = select_words(words, corpus.sources, max_zipf, threshold_for_looked_up)
    # Known words go before --max-cards counts, so they never take a new word's place.
    unknown = known.drop_known(chosen, lemmas, keep)
    chosen = frequency.most_useful(unknown, max_cards, usable)
    # Each example learns which of its words are new to the learner, so the deck can show
    # the sentences where the card's word is the only one (i+1).
    chosen = known.count_unknown(chosen, known.unknown_words(words, max_zipf, lemmas))
    return order_words(chosen, order), corpus


def select_words(
    words: Iterable[Word],
    articles: Sequence[Article],
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    threshold_for_looked_up: bool = False,
) -> list[Word]:
    """The words that become cards: those at or below the threshold, and every word the
    learner looked up on an e-reader (Article.looked_up).

    A look-up says the learner did not know the word, however common it is, so it becomes a
    card whatever the threshold, even when wordfreq does not know it; with
    `threshold_for_looked_up` (a threshold the user gave) the threshold applies to it too.
    The other words of a look-up's sentence are its context, not words the learner asked
    about: they become cards only when another article has them.
    """
    looked_up = {w.casefold() for a in articles for w in a.looked_up}
    if not looked_up:
        return frequency.select(words, max_zipf)
    lookup_labels = {a.label for a in articles if a.looked_up}
    other_labels = {a.label for a in articles if not a.looked_up}
    selected = {id(w) for w in frequency.select(words, max_zipf)}
    chosen = []
    for word in words:
        lemma = word.lemma.casefold()
        asked = (not lookup_labels.isdisjoint(word.articles)
                 and (lemma in looked_up
                      or any(_looked_up_form(f.casefold(), lemma, word.pos, looked_up)
                             for f in word.forms)))
        if asked and not threshold_for_looked_up:
            chosen.append(word)
        elif id(word) in selected and (asked or not other_labels.isdisjoint(word.articles)):
            chosen.append(word)
    return chosen


def _looked_up_form(form: str, lemma: str, pos: str, looked_up: set[str]) -> bool:
    """Whether a word's form is one the learner looked up. A separable verb's form carries
    the particle the sentence left at the clause's end ("ging ... hinunter" is the form
    "hinunterging" of "hinuntergehen"), while the e-reader recorded the word tapped, "ging":
    the form matches when it is that word behind the particle its lemma starts with."""
    if form in looked_up:
        return True
    return pos == "VERB" and any(form[i:] in looked_up and lemma.startswith(form[:i])
               for i in range(1, len(form)))


def find_stats(
    paths: Sequence[str | Path],
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    max_cards: int | None = None,
    target: float = stats.DEFAULT_COVERAGE,
    model: str = nlp.DEFAULT_MODEL,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    use_cache: bool = True,
) -> stats.TextStats:
    """Cards and coverage at every threshold for the articles under `paths`, from the same
    analyses (and article cache) as the deck, on every core; with `known_words` (as
    `find_words`), also what the known words change at `max_zipf`."""
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    stats.check_coverage(target)
    corpus = analyse_paths(paths, model, use_cache=use_cache, on_article=on_article)
    lemmas = (known.known_lemmas(known_words, nlp.load_pipeline(model), known_min_interval,
                                 known_field) if known_words else frozenset())
    return stats.measure(corpus.words, corpus.running,
                         articles=corpus.articles, target=target, max_zipf=max_zipf,
                         max_cards=max_cards, known_lemmas=lemmas)


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

    @property
    def new(self) -> int:
        return len(self.added)

    def lookup(self, lemma: str, pos: str) -> Entry:
        found = self.memo.get((lemma, pos))
        if found is None:
            found = self.memo[(lemma, pos)] = self.added[(lemma, pos)] = (
                self._dictionary.lookup(lemma, pos))
        return found

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


def _memo_cache() -> article_cache.ArticleCache | None:
    """The article cache, which also keeps the memos of a build (entries, notes, sounds, the
    last package); None without it. Opened quietly: a cache that cannot be used was said
    once already, by the analysis."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", errors.CacheWarning)
        return article_cache.open_cache()


# A memo of entries is kept as two memo entries, as the notes are (see `_NOTES_SINCE_ENTRY`):
# all of them, and those looked up since that one was written. Writing all 13,000 entries in
# context again after every rebuild cost ~0.03 s of CPU (their values, marshal, zlib, SQLite);
# a rebuild after one article adds a few hundred, to the second entry, until there are more
# than `_ENTRIES_MADE_SINCE`.
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
    identity = _dictionary_identity(dictionary)
    if identity is None:
        return _StoredEntries()
    cache = _memo_cache()
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
    cache = _memo_cache()
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

    @property
    def fields(self) -> dict[str, str]:
        """The articles' subject fields (`dictionary.article_fields`) of `words`."""
        if self._fields is None:
            self._fields = article_fields(self.words, self.dictionary)
        return self._fields

    @property
    def dictionary(self) -> Dictionary | None:
        if callable(self._dictionary):
            self._dictionary = self._dictionary()
        return self._dictionary

    def read_memos(self) -> None:
        """Open the dictionary and read the memos of entries now, not at the first word (see
        `_ReadAhead`): once the articles are read, as the first word would."""
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
        found = self._in_context.get(digest) if digest is not None else None
        if found is not None:
            self._in_context_now[digest] = found
            return found
        # The context-free entries' memo is read at the first word the entries in context
        # lack (a rebuild's words are mostly all there).
        self._read_remembered(dictionary)
        found = look_up_words([word], self._remembered, self.fields)[word.key]
        if digest is not None:
            self._in_context_new[digest] = found
            self._in_context_now[digest] = found
        return found

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


def deck_name_for(paths: Sequence[str | Path]) -> str:
    """A deck named after what was given: a book's title, the article's or the folder's
    name, a web page's address."""
    names = [_input_name(p) for p in paths]
    # Control characters (a file name may hold a newline) and Anki's "::" deck separator do
    # not belong in one deck's name.
    name = " ".join("".join(c if c.isprintable() else " " for c in names[0]).split()) \
        if len(names) == 1 else ""
    return name.replace("::", ":") or "articles"


def _input_name(given: str | Path) -> str:
    if is_address(given):
        address = str(given).split("://", 1)[1].split("?")[0].rstrip("/")
        return address.rsplit("/", 1)[-1] if "/" in address else address
    path = check_path(given)
    if path.is_file():
        return deck_title(path) or path.resolve().stem
    return path.resolve().name


def check_deck_name(name: str) -> str:
    """A deck name given with --deck, tidied: Anki's "::" levels are kept, each level's
    spaces collapsed; UsageError for an empty name or an empty level ("German::")."""
    levels = [" ".join("".join(c if c.isprintable() else " " for c in level).split())
              for level in name.split("::")]
    if not all(levels):
        raise UsageError(f"--deck {name!r}: a deck name with an empty level; write it as "
                         "Anki does, e.g. German::Bücher::Kafka")
    return "::".join(levels)


def build_deck(
    paths: Sequence[str | Path],
    output: str | Path | None = None,
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    model: str = nlp.DEFAULT_MODEL,
    card_kinds: Sequence[str] = deck.DEFAULT_CARD_KINDS,
    audio_choice: str = audio.DEFAULT_AUDIO,
    order: str = "frequency",
    max_cards: int | None = None,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    dictionary: Dictionary | Callable[[], Dictionary | None] | None = None,
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    deck_name: str | None = None,
    threshold_for_looked_up: bool = False,
    use_cache: bool = True,
    keep_unglossed: bool = False,
    words_needed: bool = True,
) -> tuple[deck.DeckSummary, list[Word]]:
    """Build the deck for the articles under `paths` and write it to `output`, glossed from
    `dictionary` when there is one.

    `dictionary` may be a function that opens it: it is then called only once the articles
    have been read, so bad input fails before a first run spends seconds indexing Ding.

    New cards reach the learner in the order of `order` (see `deck.build_package`);
    `audio_choice` says which pronunciation they carry (see `learner.audio`). Words no
    dictionary knows are left out unless `keep_unglossed` (see `Glossed`), before
    `max_cards` counts. Returns the deck's summary and its words.

    With `words_needed=False` (the caller reads only the summary), a rebuild whose every input
    file, option and dictionary is as when the deck at `output` was written, and whose deck
    is unchanged since, leaves the deck as it is without analysing the articles at all (see
    `_inputs_fingerprint`); the words returned are then empty.
    """
    card_kinds = deck.check_card_kinds(card_kinds)
    audio.check_audio(audio_choice)
    if deck_name is not None:
        deck_name = check_deck_name(deck_name)
        name = deck_name.rsplit("::", 1)[-1]
    else:
        name = deck_name_for(paths)
        deck_name = f"German::{name}"
    path = Path(output) if output else DEFAULT_DECK_FOLDER / f"{_file_safe(name)}.apkg"
    deck.check_output(path)  # before the articles are read: fail in a second, not a minute
    inputs = pending = None
    # Options whose change changes the words or the notes; the articles, the model and
    # learner's code are in the fingerprint through the files' entry keys.
    options = (max_zipf, order, max_cards, threshold_for_looked_up, deck_name,
               tuple(card_kinds), audio_choice, keep_unglossed,
               audio.tools_signature() if audio_choice.startswith("word") else "")
    if use_cache and not known_words:
        found = _inputs_fingerprint(paths, model, options, on_new=lambda size: (
            start_tagging_early(model) if size < PARALLEL_MIN_CHARS else None))
        if found is not None:
            # The files as read now are the ones the deck is built from and remembered with:
            # one changed during the build makes the next build see a change.
            pending = found[0]
        if found is not None and found[1] is not None:
            if callable(dictionary):
                dictionary = dictionary()
            inputs = _inputs_key(pending, dictionary)
            if inputs is not None:
                unchanged = (_unchanged_deck(path, deck_name, inputs=inputs)
                             if not words_needed else None)
                if unchanged is not None:
                    for w in found[1]:  # what reading the files says, said as a build says it
                        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
                    return unchanged, []
    try:
        # The deck being replaced keeps its words, known or not, so their notes go on updating.
        keep = known.deck_lemmas(path) if known_words else frozenset()
        glossed = None if keep_unglossed else Glossed(dictionary, model if use_cache else None)
        ahead = _ReadAhead(path, model, audio_choice, glossed) if use_cache else None
        words, corpus = _find_words(
            paths, max_zipf=max_zipf, model=model, order=order, max_cards=max_cards,
            on_article=on_article, known_words=known_words, keep=keep,
            known_min_interval=known_min_interval, known_field=known_field,
            threshold_for_looked_up=threshold_for_looked_up, use_cache=use_cache, usable=glossed,
            while_tagging=ahead)
        if glossed is not None:
            dictionary = glossed.dictionary
        elif callable(dictionary):
            dictionary = dictionary()
        stamp = (_deck_stamp(words, dictionary, deck_name, card_kinds, model, audio_choice,
                             keep_unglossed, corpus.digests)
                 if use_cache else None)
        unchanged = _unchanged_deck(path, deck_name, stamp=stamp) if stamp else None
        if glossed is not None:
            glossed.save()
        if unchanged is not None:
            if inputs is None and not known_words:
                inputs = _inputs_key(pending, dictionary)
            if inputs is not None:
                _remember_deck(unchanged, stamp, inputs)
            return unchanged, words
        entries = glossed.entries if glossed is not None else {}
        missing = [w for w in words if w.key not in entries]
        if missing:
            fields = (glossed.fields if glossed is not None
                      else article_fields(corpus.words, dictionary))
            entries.update(look_up_remembered(missing, dictionary, model, fields) if use_cache
                           else look_up(missing, dictionary, fields))
        ipa, spoken = (_remembered_sounds(words, model, audio_choice.startswith("word"),
                                          ahead.sounds)
                       if ahead is not None else (None, None))
        made = _notes_made(corpus.digests, ahead.notes) if ahead is not None else None
        package = deck.build_package(words, entries, deck_name, card_kinds, ipa=ipa, made=made)
        if made is not None and (made.new or len(made.now) != len(made.before)):
            _remember_notes(path, model, made)
        note_time, packaged, tools = ahead.package if ahead is not None else (None, None, None)
        media = _add_audio(package, words, entries, audio_choice, use_cache, spoken,
                           packaged, tools)
        written = deck.write_package(package, path, media=media,
                                     timestamp=deck.note_timestamp(path, newest=note_time))
        if use_cache:
            _remember_package(path, model, written, audio_choice)
        notes = [n for d in package.decks for n in d.notes]
        cards = sum(len(n.cards) for n in notes)
        summary = deck.DeckSummary(path, deck_name, len(notes), cards)
        if stamp:
            if inputs is None and not known_words:
                # A first build: every file is in the article cache now.
                inputs = _inputs_key(pending, dictionary)
            _remember_deck(summary, stamp, inputs, written.identity)
        return summary, words
    finally:
        stop_tagging_early()  # a worker started early that no analysis took
        _keep_until_exit(locals())


class _ReadAhead:
    """What a build reads from the article cache once the articles are analysed, but which
    does not depend on them: the notes of the deck's last build, the package it wrote, the
    words' pronunciations, and the dictionary entries met before (`Glossed.read_memos`).

    Called (as `analyse_paths`'s `while_tagging`), it reads them all while a background
    process tags a few new articles: a rebuild after one new article waited ~0.3 s for it,
    and reading them took about as long. Otherwise each is read when first wanted.
    """

    def __init__(self, path: Path, model: str, choice: str, glossed: Glossed | None) -> None:
        self.path, self.model, self.choice, self.glossed = path, model, choice, glossed

    def __call__(self) -> None:
        for name in ("notes", "package", "sounds"):
            getattr(self, name)
        if self.glossed is not None:
            self.glossed.read_memos()
        if self.choice.startswith("word"):
            # The recordings' tools, found once per process (~0.01 s: lameenc's version is
            # read from its metadata), found now rather than when the notes are filled.
            audio.find_tools()

    @cached_property
    def notes(self) -> tuple[dict[bytes, tuple], dict[bytes, tuple]] | None:
        return _stored_notes(self.path, self.model)

    @cached_property
    def package(self) -> tuple[int | None, dict[str, deck.PackagedFile] | None, str | None]:
        return _previous_package(self.path, self.model, self.choice)

    @cached_property
    def sounds(self) -> tuple[dict[str, str], dict[str, str]] | None:
        return _sounds_memo(self.model)


class _AudioStore:
    """The article cache as `audio.Store`: recordings are entries like the Zipf memo."""

    def __init__(self, cache: article_cache.ArticleCache) -> None:
        self.cache = cache

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        return self.cache.get_many(keys)

    def put(self, key: bytes, data: bytes) -> None:
        self.cache.put(key, article_cache.Entry(data, article_cache.MEMO_MARK))


def _add_audio(
    package: object, words: Sequence[Word], entries: dict[tuple[str, str], Entry],
    choice: str, use_cache: bool, spoken: dict[str, str] | None = None,
    packaged: dict[str, deck.PackagedFile] | None = None, tools: str | None = None,
) -> dict[str, bytes | deck.PackagedFile]:
    """`audio.add_audio`, with the article cache keeping the recordings when it may, and the
    deck being replaced giving those it holds (`packaged`, made by `tools`)."""
    if not use_cache or not choice.startswith("word"):
        return audio.add_audio(package, words, entries, choice)
    cache = _memo_cache()
    try:
        store = _AudioStore(cache) if cache is not None else None
        return audio.add_audio(package, words, entries, choice, store=store,
                               spoken_nouns=spoken, packaged=packaged, packaged_tools=tools)
    finally:
        if cache is not None:
            cache.close()


# What `deck.write_package` wrote at each output path (`deck.WrittenPackage`) and with which
# audio tools, kept under the analysis key like the notes below: the next build of that deck
# copies its recordings from it and takes its note time, while the file is still that one (see
# `deck.packaged_media`). ~0.6 MB for 13,000 recordings.
_PACKAGE_ENTRY = "package written"


def _tools_fingerprint(choice: str) -> str:
    tools = audio.find_tools() if choice.startswith("word") else None
    return tools.fingerprint if isinstance(tools, audio.Tools) else ""


def _previous_package(
    path: Path, model: str, choice: str
) -> tuple[int | None, dict[str, deck.PackagedFile] | None, str | None]:
    """What the package at `path` holds, as its build remembered it: its notes' time, its
    media files (with `choice` of recordings) and the fingerprint of the tools that made
    them; Nones when it was not remembered or is not that file any more."""
    nothing = None, None, None
    cache = _memo_cache()
    if cache is None:
        return nothing
    try:
        memo_key = _notes_key(path, model, _PACKAGE_ENTRY)
        entry = cache.get(memo_key)
        if entry is None:
            return nothing
        try:
            identity, note_time, tools, media = article_cache.unpack(entry.value)
            written = deck.WrittenPackage(tuple(identity), note_time, {
                name: (offset, size, crc) for name, offset, size, crc in media})
        except (ValueError, TypeError):
            cache.damaged(memo_key)
            return nothing
    finally:
        cache.close()
    packaged = deck.packaged_media(path, written, with_media=choice.startswith("word"))
    return (written.note_time, packaged, tools) if packaged is not None else nothing


def _remember_package(path: Path, model: str, written: deck.WrittenPackage, choice: str) -> None:
    cache = _memo_cache()
    if cache is None:
        return
    try:
        cache.put(_notes_key(path, model, _PACKAGE_ENTRY), article_cache.Entry(
            article_cache.pack((written.identity, written.note_time, _tools_fingerprint(choice),
                                tuple((name, *where) for name, where in written.media.items())),
                               False),
            article_cache.MEMO_MARK))
    finally:
        cache.close()


# Each lemma's IPA (`deck.word_ipa`) and each noun as its recording says it
# (`audio.spoken_compound`) depend on the lemma and learner's lexicons alone, so an earlier
# build's are kept as one more memo entry under the analysis key, like the Zipf memo. For a
# deck of 13,000 words, looking them up (Wiktionary's pronunciations, the compound seams) took
# ~0.55 s of CPU; decoding the memo takes ~0.02 s.
_SOUNDS_ENTRY = "pronunciations of words met before"


def _sounds_key(model: str) -> bytes:
    return article_cache.entry_key(article_cache.analysis_key(model), _SOUNDS_ENTRY, b"")


def _sounds_memo(model: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The memo of IPA and spoken nouns by lemma (see `_remembered_sounds`); None without
    the cache."""
    cache = _memo_cache()
    if cache is None:
        return None
    try:
        memo_key = _sounds_key(model)
        ipa: dict[str, str] = {}
        spoken: dict[str, str] = {}
        entry = cache.get(memo_key)
        if entry is not None:
            try:
                ipa_items, spoken_items = article_cache.unpack(entry.value)
                ipa, spoken = dict(ipa_items), dict(spoken_items)
            except (ValueError, TypeError):
                cache.damaged(memo_key)
        if len(ipa) + len(spoken) > _ZIPF_MEMO_WORDS:
            ipa, spoken = {}, {}
        return ipa, spoken
    finally:
        cache.close()


def _remembered_sounds(
    words: Sequence[Word], model: str, spoken_too: bool,
    memo: tuple[dict[str, str], dict[str, str]] | None = None,
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """The words' IPA by lemma and, with `spoken_too`, the nouns' spoken form by lemma: from
    the memo (`_sounds_memo`, read now unless given) where an earlier build made them, the
    rest made now and stored; (None, None) without the cache, when each note makes its own."""
    if memo is None:
        memo = _sounds_memo(model)
    if memo is None:
        return None, None
    ipa, spoken = memo
    new = 0
    for word in words:
        if word.lemma not in ipa:
            ipa[word.lemma] = deck.word_ipa(word.lemma)
            new += 1
        if spoken_too and word.pos == "NOUN" and word.lemma not in spoken:
            spoken[word.lemma] = audio.spoken_compound(word.lemma)
            new += 1
    if new:
        cache = _memo_cache()
        if cache is not None:
            try:
                cache.put(_sounds_key(model), article_cache.Entry(
                    article_cache.pack((tuple(ipa.items()), tuple(spoken.items())), False),
                    article_cache.MEMO_MARK))
            finally:
                cache.close()
    return ipa, (spoken if spoken_too else None)


# The notes of a deck's last build (`deck.NotesMade`), kept per output path under the analysis
# key, as memo entries of the article cache: all of them in one entry (12 MB for 12,800 notes,
# ~0.1 s to write), and the ones made since in a second, small one, so a rebuild after one
# article writes a few hundred notes; once more than `_NOTES_MADE_SINCE` were made since, the
# first entry is written again with this build's notes and the second emptied.
_NOTES_ENTRY = "notes of the deck built before"
_NOTES_SINCE_ENTRY = "notes of the deck made since"
_NOTES_MADE_SINCE = 2_000


def _notes_key(path: Path, model: str, name: str = _NOTES_ENTRY) -> bytes:
    return article_cache.entry_key(article_cache.analysis_key(model), name,
                                   os.fsencode(str(path.resolve())))


def _notes_made(
    digests: dict[tuple[str, str], bytes],
    stored: tuple[dict[bytes, tuple], dict[bytes, tuple]] | None,
) -> deck.NotesMade | None:
    """The notes the last build of the deck made, by key, from its two memo entries
    (`_stored_notes`); None without the cache. `NotesMade.stored` are those of the first."""
    if stored is None:
        return None
    made = deck.NotesMade(digests, {**stored[0], **stored[1]})
    made.stored = frozenset(stored[0])
    return made


def _stored_notes(
    path: Path, model: str
) -> tuple[dict[bytes, tuple], dict[bytes, tuple]] | None:
    """The notes of the last build of the deck at `path`, by key: the memo's first entry
    and the one of the notes made since; None without the cache."""
    cache = _memo_cache()
    if cache is None:
        return None
    try:
        parts: list[dict[bytes, tuple]] = []
        for name in (_NOTES_ENTRY, _NOTES_SINCE_ENTRY):
            memo_key = _notes_key(path, model, name)
            entry = cache.get(memo_key)
            notes: dict[bytes, tuple] = {}
            if entry is not None:
                try:
                    for key, note_fields, tags, guid, ords in article_cache.unpack(entry.value):
                        if len(note_fields) != len(deck.FIELDS) or not isinstance(guid, str):
                            raise ValueError("a note of another layout")
                        notes[key] = (note_fields, tags, guid, ords)
                except (ValueError, TypeError):
                    cache.damaged(memo_key)  # one warning; the notes are made again
                    notes = {}
            parts.append(notes)
        return parts[0], parts[1]
    finally:
        cache.close()


def _remember_notes(path: Path, model: str, made: deck.NotesMade) -> None:
    """Keep this build's notes (`made.now`) for the next build of the deck at `path`."""
    cache = _memo_cache()
    if cache is None:
        return
    stored = made.stored
    since = {key: note for key, note in made.now.items() if key not in stored}
    try:
        if stored and len(since) <= _NOTES_MADE_SINCE:
            entries = {_NOTES_SINCE_ENTRY: since}
        else:
            entries = {_NOTES_ENTRY: made.now, _NOTES_SINCE_ENTRY: {}}
        for name, notes in entries.items():
            cache.put(_notes_key(path, model, name), article_cache.Entry(
                article_cache.pack(tuple((key, *note) for key, note in notes.items()), False),
                article_cache.MEMO_MARK))
    finally:
        cache.close()


def _inputs_key(digest: bytes | None, dictionary: object) -> bytes | None:
    """The fingerprint a deck is remembered with: the inputs' digest (see
    `_inputs_fingerprint`) and the dictionary's files; None when either cannot be told."""
    identity = _dictionary_identity(dictionary)
    if digest is None or identity is None:
        return None
    return article_cache.entry_key(digest, "deck inputs", identity)


# --- a deck that is already what the build would write -------------------------------------
#
# A rebuild in which nothing changed (the same words with the same examples and Zipf, the same
# dictionary file, card kinds, deck name, learner code and packages) would write the deck that
# is already there. The article cache remembers, per output path, a hash of those inputs and
# the identity of the file it wrote (device, inode, size and time: `deck.file_identity`); when
# both still match, the file is left as it is, like `make` leaves a target newer than its
# sources. Any other change, or a deck edited or replaced since, builds
# as always.

def _deck_stamp(
    words: Sequence[Word], dictionary: object, deck_name: str, card_kinds: Sequence[str],
    model: str, audio_choice: str = audio.DEFAULT_AUDIO, keep_unglossed: bool = False,
    digests: dict[tuple[str, str], bytes] | None = None,
) -> bytes | None:
    """A hash of everything the deck is made from; None when that cannot be told (a
    dictionary object of another kind). A word with a digest (`record_digest` of its merged
    record) is hashed as the digest, its Zipf and its examples' unknown words, the rest of
    its record being what the digest hashed (~0.2 s of CPU for 13,000 words, against
    ~0.02 s)."""
    identity = _dictionary_identity(dictionary)
    if identity is None:
        return None
    import hashlib
    import marshal

    digest = hashlib.blake2b(article_cache.analysis_key(model), digest_size=20)
    digest.update(identity)
    # The audio choice, and whether its tools are there: installing espeak-ng makes the
    # next build write the deck with audio.
    tools_seen = audio.tools_signature() if audio_choice.startswith("word") else ""
    digest.update(marshal.dumps((deck_name, tuple(card_kinds), audio_choice, tools_seen,
                                 keep_unglossed)))
    strings: dict[str, str] = {}
    digests = digests or {}
    digest.update(marshal.dumps(tuple(
        (digests[w.key], w.zipf, tuple(e.unknown for e in w.examples)) if w.key in digests
        else _word_record(w, strings) for w in words)))
    return digest.digest()


def _dictionary_identity(dictionary: object) -> bytes | None:
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


def _deck_entry_key(path: Path) -> bytes:
    return article_cache.entry_key(b"deck", str(path.resolve()), b"")


def _file_identity(path: Path) -> tuple[int, int, int, int] | None:
    # The deck as a file (`deck.file_identity`), not its bytes: hashing a 78 MB deck with its
    # recordings took ~0.1 s of CPU at each rebuild, and an edited or replaced deck has
    # another time or inode all the same.
    try:
        return deck.file_identity(path.stat())
    except OSError:
        return None


def _unchanged_deck(
    path: Path, deck_name: str, *, stamp: bytes | None = None, inputs: bytes | None = None
) -> deck.DeckSummary | None:
    """The summary of the deck at `path` when it is the one these inputs make (the words'
    `stamp`, or the `inputs` fingerprint it was remembered with), else None."""
    cache = _memo_cache()
    if cache is None:
        return None
    try:
        entry = cache.get(_deck_entry_key(path))
    finally:
        cache.close()
    if entry is None:
        return None
    try:
        saved_stamp, saved_file, notes, cards, saved_inputs = article_cache.unpack(entry.value)
    except (ValueError, TypeError):
        return None
    if stamp is not None and saved_stamp != stamp:
        return None
    if inputs is not None and saved_inputs != inputs:
        return None
    if (stamp is None and inputs is None) or tuple(saved_file) != _file_identity(path):
        return None
    return deck.DeckSummary(path, deck_name, notes, cards)


def _remember_deck(summary: deck.DeckSummary, stamp: bytes, inputs: bytes | None,
                   identity: tuple[int, int, int, int] | None = None) -> None:
    """Remember the deck at `summary.path` as the one these inputs make; `identity` is the
    file's as written (`deck.WrittenPackage`), else the file there now is taken."""
    identity = identity or _file_identity(summary.path)
    cache = _memo_cache()
    if cache is None or identity is None:
        return
    try:
        cache.put(_deck_entry_key(summary.path), article_cache.Entry(
            article_cache.pack((stamp, identity, summary.notes, summary.cards, inputs)),
            article_cache.MEMO_MARK))
    finally:
        cache.close()


def _inputs_fingerprint(
    paths: Sequence[str | Path], model: str, options: tuple,
    on_new: Callable[[int], None] | None = None,
) -> tuple[bytes, list[warnings.WarningMessage]] | None:
    """A hash of everything the words are made from: the analysis key (learner's code and
    data, the packages, the model), each file's entry key (its name and bytes) in reading
    order, and `options`; with the warnings reading the files gives, not yet shown, when the
    article cache holds every input file, else None in their place (the hash is then the one
    the deck built from these files is remembered with). None without the cache, or when a
    web address is given (fetched afresh each time).

    The same inputs make the same words, so a deck remembered with this fingerprint, and
    unchanged since, is what the build would write again; checking that costs reading and
    hashing the files (~0.1 s for 600 articles), not decoding and merging their analyses.
    When the cache holds some of the files, `on_new` is told how many bytes the others have.
    """
    import hashlib
    import marshal

    if any(is_address(p) for p in paths):
        return None
    cache = _memo_cache()
    if cache is None:
        return None
    key = article_cache.analysis_key(model)
    digest = hashlib.blake2b(key, digest_size=20)
    digest.update(marshal.dumps(options))
    # Each file, its entry key, and how many warnings reading had given before it: its
    # stored warnings go there, in reading order.
    files: list[tuple[Path, bytes, int]] = []
    sizes: dict[bytes, int] = {}

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")

            keys = _FileKeys(cache, key)

            def read(path: Path) -> list[Path]:
                entry_key, size, _ = keys.key_of(path)
                files.append((path, entry_key, len(caught)))
                sizes[entry_key] = size
                return [path]

            read_articles(paths, read=read)
            keys.save()
            # One query for all the files' entries, their warnings only (not their analyses).
            stored = cache.warnings_many(entry_key for _, entry_key, _ in files)
            if len(stored) != len(sizes):
                if stored and on_new is not None:
                    on_new(sum(n for k, n in sizes.items() if k not in stored))
                for _, entry_key, _ in files:
                    digest.update(entry_key)
                return digest.digest(), None
            own = caught[:]
            shown: list[warnings.WarningMessage] = []
            done = 0
            for path, entry_key, before in files:
                digest.update(entry_key)
                shown += own[done:before]
                done = before
                del caught[:]
                for kind, message in stored[entry_key]:
                    category = getattr(errors, kind, errors.LearnerWarning)
                    warnings.warn(category(message.replace(article_cache.PATH_MARK,
                                                           str(path))), stacklevel=2)
                shown += caught
            caught[:] = shown + own[done:]
    finally:
        cache.close()
    return digest.digest(), caught


# A file name's length limit is 255 bytes on common file systems; leave room for ".apkg" and
# the temporary file's prefix and suffix (see deck.write_package).
_MAX_NAME_BYTES = 200
# Names Windows reserves for devices, whatever the suffix.
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})


def _file_safe(name: str) -> str:
    """A file name from an article title or folder name: letters, digits, "-", "_" and "."
    only, so no path separator, control character or leading dot survives."""
    name = unicodedata.normalize("NFC", name)
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    safe = re.sub(r"-{2,}", "-", safe).strip(".-_")
    while len(safe.encode("utf-8")) > _MAX_NAME_BYTES:
        safe = safe[:-1]
    safe = safe.rstrip(".-_")
    if safe.split(".")[0].lower() in _RESERVED:
        safe = f"deck-{safe}"
    return safe or "deck"
