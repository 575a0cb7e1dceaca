"""The parallel tagging: worker processes, their pool and the chunks of articles they take.

A corpus of two chunks' text or more is tagged by worker processes, one per core (`analyses`); a
rebuild may start its background worker early (`start_tagging_early`). A worker leaves Ctrl-C to
the parent (`_start_worker`) and loads its pipeline with the cycle collector tuned for
tagging (`_loaded`).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from learner import article_cache, nlp, wordlists
from learner.articles import Article
from learner.build.analysis import MergedWords, analyse_article, analyse_articles
from learner.build.tagging import ProgressCallback
from learner.lexicon import nouns, pronunciations
from learner.vocabulary import Word

if TYPE_CHECKING:
    from spacy.language import Language


# Below this much text (two chunks) the articles are tagged in this process. Forking the
# workers costs well under 0.1 s and the CPU time is the same either way (30 gnad articles:
# 3.5-3.8 s user time in one process or two), so a second core pays off as soon as there are
# two chunks to give out.
PARALLEL_MIN_CHARS = 40_000
# Each task a worker takes is at least this much text (~2,800 words, ~0.5 s of tagging), so
# pickling articles out and words back stays a small share of the work.
_MIN_CHUNK_CHARS = 20_000
# While the articles are still being read, each worker has at most this many chunks given
# out and not done (see `TaggingWhileReading`).
_WHILE_READING = 2


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
    started: TaggingWhileReading | None = None,
) -> Iterator[bytes]:
    """Each article's analysis (`analyse_article`, packed as the article cache stores it), in
    the articles' order, from one or more processes.

    Runs of consecutive articles (of about `chunk_chars` characters) go to `workers`
    processes (default: one per core). Less text than `min_parallel_chars` is tagged in this
    process; or, when the caller has other work to do `meanwhile` (merging the analyses the
    article cache holds) and there is a second core, in one background process that starts
    now, so spaCy's import and the models' loading (~1 s of CPU) overlap that work and this
    process never loads them.

    `started` (see `TaggingWhileReading`) holds the pool of workers started while the
    articles were read, if one was, and the chunks it was given: they are not given again.
    """
    if started is not None and started.began:
        return started.analyses(articles, on_article, chunk_chars)
    if not articles:
        return (value for value in ())  # a generator, which the caller closes
    workers = available_cores() if workers is None else workers
    chars = sum(len(a.text) for a in articles)
    small = not in_parallel(articles, workers, min_parallel_chars)
    if in_background(articles, meanwhile, workers, min_parallel_chars):
        return _in_background(articles, model, on_article)
    return _analyses(articles, model, workers, chars, small, chunk_chars, on_article)


def in_parallel(articles: Sequence[Article], workers: int | None = None,
                min_parallel_chars: int = PARALLEL_MIN_CHARS) -> bool:
    """Whether `analyses` tags these articles in a pool of worker processes, one per core,
    while this process mostly waits for their results (see there)."""
    workers = available_cores() if workers is None else workers
    return (workers >= 2 and len(articles) >= 2
            and sum(len(a.text) for a in articles) >= min_parallel_chars)


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
    _before_fork()
    # Several tasks per worker, so a worker that finishes early takes the next one instead of
    # waiting for the other at the end; and smaller ones towards the end (`_chunks`).
    if chunk_chars is None:
        chunk_chars = max(_MIN_CHUNK_CHARS, chars // (8 * workers))
    chunks = _chunks(articles, chunk_chars, workers)
    workers = min(workers, len(chunks))
    with _pool(workers, model) as pool:
        parts = pool.imap(_chunk_analyses, ((chunk, model) for chunk in chunks))
        for part in _report_chunks(parts, chunks, on_article):
            yield from part


def _pool(workers: int, model: str) -> multiprocessing.pool.Pool:
    # fork shares the loaded pipeline with the workers; elsewhere each loads it once.
    method = "fork" if sys.platform == "linux" else None
    return multiprocessing.get_context(method).Pool(workers, _load_worker, (model,))


def _before_fork() -> None:
    """Load what every worker's tagging asks for, so that the workers forked next share it."""
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


class TaggingWhileReading:
    """Worker processes started while the articles are still being read (`analyse_paths`).

    Reading the 600 gnad articles takes ~1 s of this process's CPU (decoding, cleaning, the
    language check), with the second core idle: the workers were forked once every article
    was read. Here, as soon as the articles read so far that are to be tagged make a corpus
    (`in_parallel`: two chunks' text, ~15 gnad articles), what the workers share is loaded
    (the pipeline, `_before_fork`) and they are forked; the articles read on are given out
    in chunks of `_MIN_CHUNK_CHARS` as they come, a few at a time (`_WHILE_READING`), and
    the rest, once the reading is over, in the tapering chunks `analyses` makes (`analyses`
    here). Every analysis is the same (each article's is its own) and they are yielded in
    the articles' order.

    The reading's output stays as it was: what loading the pipeline warns is held and shown
    where it was loaded before, after every warning of the reading (when the analyses are
    first asked for), and an error loading it or forking is raised there. Loading it first
    also makes the rest of the reading cheaper: its language check then asks wordfreq's
    whole lists, read for the workers anyway, not 20,000 words a query at a time before
    reading them (`wordlists.LAZY_LOOKUPS`).
    """

    def __init__(self, model: str, workers: int | None = None) -> None:
        self.model = model
        self.workers = available_cores() if workers is None else workers
        self.pool: multiprocessing.pool.Pool | None = None
        self.began = False
        self._pending: list[Article] = []
        self._pending_chars = 0
        # Per chunk given out: its articles, its result, how many of its analyses are still
        # to be yielded (its result is let go after the last).
        self._chunks: list[list] = []
        self._given: dict[int, tuple[int, int]] = {}  # id(article) -> (chunk, position)
        self._held: list[tuple] = []
        self._failed: Exception | None = None

    def add(self, articles: Iterable[Article]) -> None:
        """Articles just read that are to be tagged, in the order they will be asked for."""
        if self._failed is not None or self.workers < 2:
            return
        for article in articles:
            self._pending.append(article)
            self._pending_chars += len(article.text)
        if not self.began:
            if self._pending_chars < PARALLEL_MIN_CHARS or len(self._pending) < 2:
                return
            self._start()
        if self.pool is not None:
            self._give_out()

    def _start(self) -> None:
        self.began = True
        shown = warnings.showwarning
        warnings.showwarning = lambda *args: self._held.append(args)
        try:
            nlp.load_pipeline(self.model)
            _before_fork()
            self.pool = _pool(self.workers, self.model)
        except Exception as exc:  # raised where it would have been (`analyses`)
            self._failed = exc
            self._pending = []
        finally:
            warnings.showwarning = shown

    def _give_out(self) -> None:
        # A few chunks ahead of the workers: those read later wait for the reading's end,
        # when the whole text is known and the last chunks can be made small (`_chunks`).
        while self._pending_chars >= _MIN_CHUNK_CHARS and sum(
                c[1] is not None and not c[1].ready() for c in self._chunks
        ) < _WHILE_READING * self.workers:
            taken, size = 0, 0
            while size < _MIN_CHUNK_CHARS:
                size += len(self._pending[taken].text)
                taken += 1
            self._give(self._pending[:taken])
            del self._pending[:taken]
            self._pending_chars -= size

    def _give(self, chunk: list[Article]) -> None:
        index = len(self._chunks)
        result = self.pool.apply_async(_chunk_analyses, ((chunk, self.model),))
        self._chunks.append([chunk, result, len(chunk)])
        for position, article in enumerate(chunk):
            self._given[id(article)] = (index, position)

    def analyses(
        self, articles: Sequence[Article], on_article: ProgressCallback | None,
        chunk_chars: int | None,
    ) -> Iterator[bytes]:
        """`analyses` of `articles` (those given to `add`, and any others), in their order:
        the rest given out now, in chunks that taper towards the end."""
        self._pending = []
        if self.pool is not None:
            rest = [a for a in articles if id(a) not in self._given]
            if chunk_chars is None:
                chars = sum(len(a.text) for a in articles)
                chunk_chars = max(_MIN_CHUNK_CHARS, chars // (8 * self.workers))
            for chunk in _chunks(rest, chunk_chars, self.workers) if rest else ():
                self._give(chunk)
        return self._results(articles, on_article)

    def _results(
        self, articles: Sequence[Article], on_article: ProgressCallback | None
    ) -> Iterator[bytes]:
        try:
            for args in self._held:
                warnings.showwarning(*args)
            self._held = []
            if self._failed is not None:
                raise self._failed
            total, done = len(articles), 0
            if on_article is not None:
                on_article(0, total)
            parts: dict[int, list[bytes]] = {}
            for article in articles:
                index, position = self._given[id(article)]
                chunk = self._chunks[index]
                part = parts.get(index)
                if part is None:
                    part = parts[index] = chunk[1].get()
                    done += len(chunk[0])
                    if on_article is not None:
                        on_article(done, total)
                chunk[2] -= 1
                if not chunk[2]:
                    del parts[index]
                    chunk[1] = None
                yield part[position]
        finally:
            self.close()

    def close(self) -> None:
        """End the workers (on an error, or once every analysis is in)."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None


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


def _chunks(
    articles: Sequence[Article], max_chars: int, workers: int = 1
) -> list[list[Article]]:
    """Runs of consecutive articles of `max_chars` characters each, fewer towards the end.

    The workers take the chunks in turn, and a worker that takes the last one while the other
    has just begun its own leaves a core idle until it is done: with chunks of equal size
    that wait is up to a chunk's tagging (~2 s of CPU for the 600 gnad articles' 16 chunks of
    100,000 characters), and on average half of it. So a chunk is at most a `2 * workers`-th
    of the text still to be given out (guided scheduling), but at least `_MIN_CHUNK_CHARS`
    (or `max_chars`, when smaller): the last ones are ~20,000 characters, ~0.4 s."""
    remaining = sum(len(a.text) for a in articles)
    chunks: list[list[Article]] = [[]]
    size = 0
    target = _chunk_target(max_chars, remaining, workers)
    for article in articles:
        if size >= target:
            chunks.append([])
            size = 0
            target = _chunk_target(max_chars, remaining, workers)
        chunks[-1].append(article)
        size += len(article.text)
        remaining -= len(article.text)
    return chunks


def _chunk_target(max_chars: int, remaining: int, workers: int) -> int:
    return min(max_chars, max(_MIN_CHUNK_CHARS, remaining // (2 * workers)))


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
