"""The whole path from article files to words and to a deck, as plain functions.

`learner.cli` calls these; tests and other programs can too.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from learner import deck, frequency, known, nlp, stats
from learner.articles import Article, check_path
from learner.dictionary import Dictionary, Entry, find_source, look_up_words
from learner.errors import UsageError
from learner.readers import deck_title, is_address, read_articles
from learner.vocabulary import Word, collect_words

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
_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”)]*\s")


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
    # The batch size hardly matters for the embedded default: no component computes in
    # batches (tokenizing and splitting 100 gnad articles takes 0.06 s at 1, 64 or 1000), but it
    # lets an official pipeline's neural components run on many docs at once.
    yield from pipeline.pipe(labelled, as_tuples=True, batch_size=64)


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

    Each article is tagged on its own, so runs of consecutive articles (of about `chunk_chars`
    characters) go to `workers` processes (default: one per core) and their words are merged
    back in order: the result is the same as tagging all articles in one process
    (tests/test_build_parallel.py checks that). Less text than `min_parallel_chars` is tagged
    in this process.
    """
    pipeline = nlp.load_pipeline(model)
    workers = available_cores() if workers is None else workers
    chars = sum(len(a.text) for a in articles)
    if workers < 2 or len(articles) < 2 or chars < min_parallel_chars:
        tagged = report_progress(tag_articles(articles, pipeline), len(articles), on_article)
        return collect_words(tagged)
    # Several tasks per worker, so a worker that finishes early takes the next one instead of
    # waiting for the other at the end.
    if chunk_chars is None:
        chunk_chars = max(_MIN_CHUNK_CHARS, chars // (8 * workers))
    chunks = _chunks(articles, chunk_chars)
    workers = min(workers, len(chunks))
    # fork shares the loaded pipeline with the workers; elsewhere each loads it once.
    method = "fork" if sys.platform == "linux" else None
    with multiprocessing.get_context(method).Pool(workers, _load_worker, (model,)) as pool:
        parts = pool.imap(_chunk_words, ((chunk, model) for chunk in chunks))
        return merge_words(_report_chunks(parts, chunks, on_article))


def _report_chunks(
    parts: Iterable[list[Word]], chunks: list[list[Article]], on_article: ProgressCallback | None
) -> Iterator[list[Word]]:
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


def _load_worker(model: str) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and says one line. Workers that
    # caught it too would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp.load_pipeline(model)


def _chunk_words(task: tuple[list[Article], str]) -> list[Word]:
    articles, model = task
    return collect_words(tag_articles(articles, nlp.load_pipeline(model)))


def merge_words(parts: Iterable[Iterable[Word]]) -> list[Word]:
    """One Word per (lemma, part of speech) from word lists of consecutive runs of articles.

    Counts add up; forms, examples and articles are joined in order, so merging the lists of
    runs taken in order gives what `collect_words` gives for all the runs at once.
    """
    merged: dict[tuple[str, str], tuple[Word, list[int], dict, list, dict]] = {}
    for words in parts:
        for w in words:
            if w.key not in merged:
                merged[w.key] = (w, [0], {}, [], {})
            _, count, forms, examples, labels = merged[w.key]
            count[0] += w.count
            forms.update(dict.fromkeys(w.forms))
            examples.extend(w.examples)
            labels.update(dict.fromkeys(w.articles))
    return [
        replace(first, count=count[0], forms=tuple(forms), examples=tuple(examples),
                articles=tuple(labels))
        for first, count, forms, examples, labels in merged.values()
    ]


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
) -> list[Word]:
    """The vocabulary of the articles under `paths` at or below the threshold.

    With `max_cards`, only that many of them: the most frequent ones. Lemmas named in the
    `known_words` files (word lists, .apkg files, Anki collections) are left out first, unless
    `keep` (case-folded lemmas) holds them; from a collection, the notes with a card of an
    interval of `known_min_interval` days or more, their word read from `known_field` (see
    `known.read_source`). Words looked up on an e-reader are chosen whatever the threshold,
    unless `threshold_for_looked_up` (see `select_words`).
    """
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    order_words([], order)
    articles = read_articles(paths)
    pipeline = nlp.load_pipeline(model)
    lemmas = (known.known_lemmas(known_words, pipeline, known_min_interval, known_field)
              if known_words else frozenset())
    words = frequency.with_frequency(article_words(articles, model, on_article=on_article))
    chosen = select_words(words, articles, max_zipf, threshold_for_looked_up)
    # Known words go before --max-cards counts, so they never take a new word's place.
    unknown = known.drop_known(chosen, lemmas, keep)
    chosen = frequency.most_useful(unknown, max_cards)
    # Each example learns which of its words are new to the learner, so the deck can show
    # the sentences where the card's word is the only one (i+1).
    chosen = known.count_unknown(chosen, known.unknown_words(words, max_zipf, lemmas))
    return order_words(chosen, order)


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


def report_progress(
    tagged: Iterable[tuple[Doc, str]], total: int, on_article: ProgressCallback | None
) -> Iterator[tuple[Doc, str]]:
    """Pass tagged docs through, calling `on_article(done, total)` as articles finish.

    An article is finished when the docs move on to the next article's label, whatever the
    tagging's batching; two consecutive articles with the same label count as one until the
    end, when (total, total) is always reported.
    """
    if on_article is None:
        yield from tagged
        return
    on_article(0, total)
    done, current = 0, None
    for doc, label in tagged:
        if current is not None and label != current:
            done = min(done + 1, total)
            on_article(done, total)
        current = label
        yield doc, label
    on_article(total, total)


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
) -> stats.TextStats:
    """Cards and coverage at every threshold for the articles under `paths`; with
    `known_words` (as `find_words`), also what the known words change at `max_zipf`."""
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    stats.check_coverage(target)
    articles = read_articles(paths)
    pipeline = nlp.load_pipeline(model)
    lemmas = (known.known_lemmas(known_words, pipeline, known_min_interval, known_field)
              if known_words else frozenset())
    tagged = report_progress(tag_articles(articles, pipeline), len(articles), on_article)
    return stats.measure_docs(tagged, articles=len(articles), target=target,
                              max_zipf=max_zipf, max_cards=max_cards, known_lemmas=lemmas)


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
    words: Iterable[Word], dictionary: Dictionary | None = None
) -> dict[tuple[str, str], Entry]:
    """Dictionary entries for the words (all empty without a dictionary)."""
    return look_up_words(words, dictionary)


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
    card_kinds: Sequence[str] = deck.CARD_KINDS,
    order: str = "frequency",
    max_cards: int | None = None,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    dictionary: Dictionary | Callable[[], Dictionary | None] | None = None,
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    deck_name: str | None = None,
    threshold_for_looked_up: bool = False,
) -> tuple[deck.DeckSummary, list[Word]]:
    """Build the deck for the articles under `paths` and write it to `output`, glossed from
    `dictionary` when there is one.

    `dictionary` may be a function that opens it: it is then called only once the articles
    have been read, so bad input fails before a first run spends seconds indexing Ding.

    New cards reach the learner in the order of `order` (see `deck.build_package`).
    """
    card_kinds = deck.check_card_kinds(card_kinds)
    if deck_name is not None:
        deck_name = check_deck_name(deck_name)
        name = deck_name.rsplit("::", 1)[-1]
    else:
        name = deck_name_for(paths)
        deck_name = f"German::{name}"
    path = Path(output) if output else DEFAULT_DECK_FOLDER / f"{_file_safe(name)}.apkg"
    deck.check_output(path)  # before the articles are read: fail in a second, not a minute
    # The deck being replaced keeps its words, known or not, so their notes go on updating.
    keep = known.deck_lemmas(path) if known_words else frozenset()
    words = find_words(paths, max_zipf=max_zipf, model=model, order=order,
                       max_cards=max_cards, on_article=on_article, known_words=known_words,
                       keep=keep, known_min_interval=known_min_interval,
                       known_field=known_field, threshold_for_looked_up=threshold_for_looked_up)
    if callable(dictionary):
        dictionary = dictionary()
    package = deck.build_package(words, look_up(words, dictionary), deck_name, card_kinds)
    deck.write_package(package, path)
    notes = [n for d in package.decks for n in d.notes]
    cards = sum(len(n.cards) for n in notes)
    return deck.DeckSummary(path, deck_name, len(notes), cards), words


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
