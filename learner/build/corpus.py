"""The articles under some paths, read and analysed through the article cache.

`analyse_paths` returns a `Corpus`: the merged words and what `select_words` needs of the
articles. Besides one entry per file, the article cache keeps memos of the merge of the
files' analyses, of the words' Zipf values and of the files' entry keys by their stat.
"""

from __future__ import annotations

import os
import stat
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from learner import article_cache, errors, frequency, nlp, stats
from learner.articles import Article, read_bytes
from learner.build.analysis import WORD_FIELDS, MergedWords, analyse_article
from learner.build.tagging import ProgressCallback
from learner.build.workers import (
    TaggingWhileReading,
    analyses,
    in_background,
    in_parallel,
)
from learner.readers import read_articles, read_file
from learner.vocabulary import Word, replaced

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
    while_merging: Callable[[tuple], None] | None = None,
) -> Corpus:
    """Read and analyse the articles under `paths`, answering from the article cache what it
    holds and storing what it does not (see `learner.article_cache`).

    When a few new articles are tagged in a background process, `while_tagging` is called
    once the cached analyses are merged, before their analyses are awaited: the caller's
    work that does not depend on them then fills that wait.

    With or without the cache, every article's analysis is the same plain data and is merged
    in the articles' order, so the words are the same.

    When the new articles are tagged by worker processes, one per core, and are at most
    `MERGING_WORK_MAX_CHARS` of text, `while_merging` is given each of their analyses
    (`analyse_article`'s plain data) once it is merged, in the articles' order: this
    process, which otherwise waits for the workers, can then do work that would be left for
    after the tagging (`Glossed.look_up_ahead`).
    """
    cache = article_cache.open_cache() if use_cache else None
    computed = None
    # The workers start while the files are read, once those read make a corpus (see there).
    started = TaggingWhileReading(model, workers)
    try:
        key = article_cache.analysis_key(model) if cache is not None else b""
        if cache is None:
            items: list = read_articles(paths, read=_giving(read_file, started))
        else:
            keys = FileKeys(cache, key)
            items = read_articles(paths, read=_giving(_cached_reader(cache, key, keys), started))
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
                            meanwhile=cached > 0, started=started)
        if while_tagging is not None and not in_background(fresh, cached > 0, workers):
            while_tagging = None
        if while_merging is not None and not (
                in_parallel(fresh, workers)
                and sum(len(a.text) for a in fresh) <= MERGING_WORK_MAX_CHARS):
            while_merging = None
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
                if while_merging is not None and unit.values is None:
                    while_merging(analysis)
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
        started.close()  # and on an error while reading
        if cache is not None:
            cache.close()


# `while_merging`'s work shares the workers' time, and its memory their peak: the look-ups
# ahead (`Glossed.look_up_ahead`) hold the dictionary's memos, ~110 MB for the 600 gnad
# articles' 13,000 words (the rows of its queries 30 MB, the noun table's and the compound
# glosses' 12 MB each), which a build otherwise holds only once the workers have ended. The
# workers' peak grows with the text: over 3,000 gnad articles (7.9 M characters) the sum of
# PSS went from 873 MB to 1,015 MB, past the 1 GB target. Past this much new text (~1,500
# gnad articles) that work is left for after the tagging, as it was.
MERGING_WORK_MAX_CHARS = 4_000_000


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
ZIPF_MEMO_WORDS = 300_000
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
    if len(memo) > ZIPF_MEMO_WORDS:
        memo = {}
    result, new = [], 0
    for word in words:
        inputs = tuple(getattr(word, name) for name in WORD_FIELDS
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


class FileKeys:
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


def _giving(read: Callable[[Path], list], started: TaggingWhileReading) -> Callable[[Path], list]:
    """`read_articles`' reader `read`, giving the articles it reads afresh to `started`."""

    def read_and_give(path: Path) -> list:
        items = read(path)
        started.add(a for item in items for a in (
            (item,) if isinstance(item, Article) else
            item.articles if isinstance(item, _Read) else ()))
        return items

    return read_and_give


def _cached_reader(
    cache: article_cache.ArticleCache, key: bytes, keys: FileKeys | None = None
) -> Callable[[Path], list[_Cached | _Read]]:
    """`read_articles`' reader: the cache's entry for a file when it has one, else the file
    read afresh, with the warnings reading gave (shown now, and stored with the entry)."""
    keys = keys or FileKeys(cache, key)

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
