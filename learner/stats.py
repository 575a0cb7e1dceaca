"""Stats: what each threshold would mean for a set of articles, before a deck is built.

For every threshold it says how many cards the deck would hold and how much of the articles'
running text a learner understands who knows every word more common than the threshold.

**Running words** are the word tokens of the article bodies, counted the way reading research
counts them (Hu & Nation 2000; Laufer & Ravenhorst-Kalovski 2010; Nation 2006): every token
that contains a letter, function words included, each occurrence counted.

- Punctuation, numbers written in digits ("2017", "20.") and URLs are not running words: they
  carry no vocabulary to learn and a reader understands them anyway.
- Names (STTS NE, UPOS PROPN: "Trump", "Hamburg") are running words a reader understands:
  Nation (2006) counts proper nouns as known, since they need no learning beyond recognising
  them as names.
- A content word that could become a card (noun, verb, adjective, adverb; see
  `vocabulary.is_candidate`) is known when its lemma's Zipf (`frequency.lemma_zipf`, the very
  value the deck uses) is above the threshold.
- Any other word (article, pronoun, preposition, auxiliary, particle...) is known when its
  written form or its lemma is above the threshold: "wurde" is known to whoever knows "werden".
- A word wordfreq has never seen (Zipf 0: typos, rare compounds) is never known and never a
  card. It caps the coverage any threshold reaches.

Coverage is then known running words / running words. Reading research finds about 95%
coverage needed to read with adequate comprehension (Laufer & Ravenhorst-Kalovski 2010: 95%
"minimal", 98% "optimal"; Hu & Nation 2000: 98% for unassisted reading of fiction).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from learner import frequency, known
from learner.errors import UsageError
from learner.vocabulary import CANDIDATE_VERDICTS, Word, is_candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEFAULT_COVERAGE = 0.95
# Band edges on the Zipf scale. Below 2 a word occurs less than once in ten million words
# ("Einmischung" is 2.6); above 5.5 are the few hundred words every beginner knows.
BAND_EDGES = (0.0, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, math.inf)
# The curve is sampled every 0.05 Zipf (the scale's values carry two decimals), and the
# suggested threshold is rounded down to a tenth, the precision a user types.
CURVE_STEP = 0.05
SUGGESTION_STEP = 0.1
EXAMPLES_PER_BAND = 5

_NAME_TAGS = frozenset({"NE", "NNE"})


@dataclass(frozen=True)
class Band:
    """The content words whose Zipf lies in (low, high], and what a threshold at `high` gives.

    `cards` and `coverage` are cumulative: the deck size with `--max-zipf high`, and the
    coverage of a learner who knows every word above `high`.
    """

    label: str
    low: float
    high: float
    words: int
    running_words: int
    cards: int
    coverage: float
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Point:
    """One threshold: the cards it gives and the coverage of a learner who knows the rest."""

    max_zipf: float
    cards: int
    coverage: float


@dataclass(frozen=True)
class Selection:
    """The threshold the user gave and the deck it makes.

    `coverage_after` is the coverage once the deck's cards are learned too.
    """

    max_zipf: float
    max_cards: int | None
    cards: int
    coverage: float
    coverage_after: float
    # With --known: the words at or below the threshold that the learner knows already, and
    # so are no cards (`cards` counts without them), and the coverage counting them as known.
    # Without --known, 0 and the coverage above.
    known_words: int = 0
    known_coverage: float | None = None


@dataclass(frozen=True)
class TextStats:
    articles: int
    running_words: int
    names: int  # running words that are names, always understood
    unlisted_words: int  # content lemmas wordfreq does not know (Zipf 0): never cards
    unlisted_running_words: int  # running words wordfreq does not know, content or not
    target: float
    suggested: Point | None  # None when no threshold reaches the target
    selection: Selection
    bands: tuple[Band, ...]
    unlisted_examples: tuple[str, ...] = ()
    curve: tuple[Point, ...] = field(default=(), repr=False)


@dataclass
class RunningWords:
    """A tally of the running words that do not become cards (those are tallied as Words)."""

    names: int = 0
    # (form, lemma) of function words and other non-candidates, with their counts.
    others: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, token: Token) -> bool | None:
        """Counts the token; returns `is_candidate(token)` where it was asked, else None."""
        kind, candidate = _running_word_kind(token)
        if kind == "name":
            self.names += 1
        elif kind == "other":
            self.others[(token.text, token.lemma_ or token.text)] += 1
        # A "candidate" is counted by vocabulary.collect_words, as its Word's count.
        return candidate


def running_word_kind(token: Token) -> str | None:
    """How a token counts: "candidate" (may be a card), "name", "other", or None (not a word)."""
    return _running_word_kind(token)[0]


def _running_word_kind(token: Token) -> tuple[str | None, bool | None]:
    """`running_word_kind`, and `is_candidate(token)` where it was asked (else None)."""
    text = token.text
    # A word's text is letters (isalpha, at C speed) far more often than not.
    if not (text.isalpha() or any(map(str.isalpha, text))):
        return None, None  # punctuation, numbers in digits, symbols
    if token.like_url or token.like_email:
        return None, None
    if is_candidate(token):
        return "candidate", True
    if token.tag_ in _NAME_TAGS or token.pos_ == "PROPN":
        return "name", False
    return "other", False


def tally_running_words(
    tagged: Iterable[tuple[Doc, str]], tally: RunningWords
) -> Iterator[tuple[Doc, str]]:
    """Pass the tagged docs through unchanged, counting their running words into `tally`.

    This lets the vocabulary be collected from the same single pass over the articles.
    """
    for doc, label in tagged:
        # Each token's candidate verdict, left for `vocabulary.collect_words`, which asks it
        # of the same tokens right after (see `CANDIDATE_VERDICTS`).
        doc.user_data[CANDIDATE_VERDICTS] = [tally.add(token) for token in doc]
        yield doc, label


def check_coverage(target: float) -> float:
    """The target coverage as given, or UsageError when it is not a share in (0, 1]."""
    if isinstance(target, bool) or not isinstance(target, int | float) or math.isnan(target):
        raise UsageError(f"--coverage must be a number, got {target!r}")
    if not 0 < target <= 1:
        raise UsageError(f"--coverage is a share between 0 and 1 (0.95 = 95%), got {target:g}")
    return float(target)


def other_zipf(form: str, lemma: str) -> float:
    """A non-card word's Zipf: its form's or its lemma's, whichever is higher."""
    return max(frequency.form_zipf(form), frequency.form_zipf(lemma))


class _Coverage:
    """Coverage and card counts at any threshold, by bisecting sorted Zipf values."""

    def __init__(self, words: list[Word], tally: RunningWords) -> None:
        self.total = sum(w.count for w in words) + tally.names + sum(tally.others.values())
        weighted = [(w.zipf or 0.0, w.count) for w in words]
        weighted += [(other_zipf(f, lemma), n) for (f, lemma), n in tally.others.items()]
        weighted.sort()
        self.zipfs = [z for z, _ in weighted]
        # known_above[i]: running words whose Zipf is zipfs[i] or higher.
        self.known_above = [0] * (len(weighted) + 1)
        for i in range(len(weighted) - 1, -1, -1):
            self.known_above[i] = self.known_above[i + 1] + weighted[i][1]
        self.card_zipfs = sorted(w.zipf for w in words if w.zipf)
        self.names = tally.names

    def coverage(self, max_zipf: float) -> float:
        if not self.total:
            return 0.0
        # Known: every word strictly above the threshold (a word at it is a card), and names.
        understood = self.known_above[bisect_right(self.zipfs, max_zipf)] + self.names
        return understood / self.total

    def cards(self, max_zipf: float) -> int:
        return bisect_right(self.card_zipfs, max_zipf)

    def point(self, max_zipf: float) -> Point:
        return Point(round(max_zipf, 2), self.cards(max_zipf), self.coverage(max_zipf))


def measure(
    words: list[Word],
    tally: RunningWords,
    *,
    articles: int,
    target: float = DEFAULT_COVERAGE,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    max_cards: int | None = None,
    known_lemmas: frozenset[str] = frozenset(),
) -> TextStats:
    """Stats from words with their Zipf filled in and the tally of the other running words.

    `known_lemmas` (case-folded, from --known) changes only the selection: the bands and the
    curve describe the articles and the thresholds, whoever reads them.
    """
    target = check_coverage(target)
    max_zipf = frequency.check_threshold(max_zipf)
    cov = _Coverage(words, tally)

    curve = tuple(cov.point(i * CURVE_STEP)
                  for i in range(int(round(frequency.MAX_ZIPF_LIMIT / CURVE_STEP)) + 1))
    # Coverage only falls as the threshold rises: the suggestion is the highest threshold
    # that still reaches the target, so the learner is asked to know as little as possible.
    grid = [round(i * SUGGESTION_STEP, 1)
            for i in range(int(round(frequency.MAX_ZIPF_LIMIT / SUGGESTION_STEP)) + 1)]
    reaching = [t for t in grid if cov.coverage(t) >= target]
    suggested = cov.point(max(reaching)) if reaching else None

    below = frequency.select(words, max_zipf)
    unknown = known.drop_known(below, known_lemmas)
    chosen = frequency.most_useful(unknown, max_cards)
    learned = sum(w.count for w in chosen)
    understood = cov.coverage(max_zipf)
    # Words at or below the threshold that --known names are understood too.
    had = sum(w.count for w in below if known.is_known(w, known_lemmas))
    with_known = understood + (had / cov.total if cov.total else 0.0)
    selection = Selection(
        max_zipf=max_zipf,
        max_cards=max_cards,
        cards=len(chosen),
        coverage=understood,
        coverage_after=with_known + (learned / cov.total if cov.total else 0.0),
        known_words=len(below) - len(unknown),
        known_coverage=with_known,
    )

    bands = []
    for low, high in zip(BAND_EDGES, BAND_EDGES[1:], strict=False):
        in_band = [w for w in words if w.zipf and low < w.zipf <= high]
        bands.append(Band(
            label=band_label(low, high),
            low=low,
            high=high,
            words=len(in_band),
            running_words=sum(w.count for w in in_band),
            cards=cov.cards(high),
            coverage=cov.coverage(high),
            examples=examples(in_band),
        ))
    unlisted = [w for w in words if not w.zipf]
    unlisted_others = sum(n for (f, lemma), n in tally.others.items() if not other_zipf(f, lemma))
    return TextStats(
        articles=articles,
        running_words=cov.total,
        names=tally.names,
        unlisted_words=len(unlisted),
        unlisted_running_words=sum(w.count for w in unlisted) + unlisted_others,
        target=target,
        suggested=suggested,
        selection=selection,
        bands=tuple(bands),
        unlisted_examples=examples(unlisted),
        curve=curve,
    )


def band_label(low: float, high: float) -> str:
    if low <= 0:
        return f"≤ {high:.1f}"
    if math.isinf(high):
        return f"> {low:.1f}"
    return f"{low:.1f}–{high:.1f}"


def examples(words: Iterable[Word], limit: int = EXAMPLES_PER_BAND) -> tuple[str, ...]:
    """The band's words a reader of these articles meets most often."""
    ranked = sorted(words, key=lambda w: (-w.count, -(w.zipf or 0.0), w.lemma))
    return tuple(w.lemma for w in ranked[:limit])



def as_record(stats: TextStats) -> dict:
    """The stats as plain JSON-ready data (the open top band's edge becomes null)."""
    record = asdict(stats)
    for band in record["bands"]:
        if math.isinf(band["high"]):
            band["high"] = None
    return record
