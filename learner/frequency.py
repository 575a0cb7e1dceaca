"""Frequency: how common a word is in German, on wordfreq's Zipf scale, and the threshold.

Zipf is log10 of a word's frequency per billion words: 7 is "der", 4 is ten per million
("Vorwurf"), 3 is one per million ("Einmischung"), 0 means wordfreq has never seen the word.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from wordfreq import top_n_list, zipf_frequency

from learner.errors import UsageError
from learner.vocabulary import Word

LANGUAGE = "de"

# Words at Zipf above 4.0 occur more than ten times per million words: in German that is
# roughly the 4,000 most common word forms, which a B1 learner has met many times. A word at
# or below it is one an intermediate reader meets in news but has likely not learned.
DEFAULT_MAX_ZIPF = 4.0
# The scale's range: nothing in German is above ~7.5 ("der"); 8 leaves room and catches typos
# like 80 for 8.0.
MAX_ZIPF_LIMIT = 8.0


@lru_cache(maxsize=200_000)
def form_zipf(form: str) -> float:
    """Zipf frequency of one written form in German (0.0 when wordfreq has never seen it)."""
    return zipf_frequency(form, LANGUAGE)


def lemma_zipf(word: Word) -> float:
    """A word's Zipf frequency: its lemma's, or the sum over the forms the article used.

    A verb is mostly met through its forms ("zurückgewiesen"), so its frequency is the
    frequencies of lemma and seen forms added up (on the linear scale, then back to Zipf),
    whichever is larger. Forms are case-folded by wordfreq, so "Treffen" and "treffen" count
    once.
    """
    lemma = form_zipf(word.lemma)
    per_billion = 10 ** lemma if lemma else 0.0
    seen = {word.lemma.lower()}
    for form in word.forms:
        if form.lower() in seen:
            continue
        seen.add(form.lower())
        z = form_zipf(form)
        if z:
            per_billion += 10**z
    combined = math.log10(per_billion) if per_billion else 0.0
    return round(max(lemma, combined), 2)


def check_threshold(max_zipf: float) -> float:
    """The threshold as given, or UsageError when it is not a Zipf value."""
    if not isinstance(max_zipf, int | float) or math.isnan(max_zipf):
        raise UsageError(f"--max-zipf must be a number, got {max_zipf!r}")
    if not 0 <= max_zipf <= MAX_ZIPF_LIMIT:
        raise UsageError(f"--max-zipf must be between 0 and {MAX_ZIPF_LIMIT:g}, got {max_zipf:g}")
    return float(max_zipf)


def with_frequency(words: Iterable[Word]) -> list[Word]:
    """The words with their Zipf frequency filled in."""
    return [replace(w, zipf=lemma_zipf(w)) for w in words]


def select(words: Iterable[Word], max_zipf: float = DEFAULT_MAX_ZIPF) -> list[Word]:
    """Words German knows (Zipf > 0) but that are no more common than `max_zipf`."""
    max_zipf = check_threshold(max_zipf)
    return [w for w in words if w.zipf is not None and 0 < w.zipf <= max_zipf]


# --- Other ways to give the threshold ------------------------------------------------------
#
# Every option ends as one Zipf threshold, so `select`, the deck and `learner stats` agree on
# what it means. `--skip-top N` and `--level` say it in ranks of wordfreq's German word list.

# Vocabulary size (lemmas a learner knows receptively) per CEFR level.
# A1-B1: the Goethe-Institut's exam word lists, which state their size: Start Deutsch 1 (A1)
# "circa 650 Wörter", Goethe-Zertifikat A2 (2016) "circa 1300 lexikalische Einheiten",
# Zertifikat B1 (2013) "circa 2400 lexikalische Einheiten".
# B2-C2: no official German list exists; Milton & Alexiou (2009, "Vocabulary size and the
# Common European Framework of Reference for Languages") measured learners with X_Lex: B2
# 3250-3750, C1 3750-4500, C2 4500-5000 lemmas (English as a foreign language). B2 and C1 take
# the middle of the range; C2 takes 5000, the test's ceiling (X_Lex cannot measure more).
LEVEL_LEMMAS = {"A1": 650, "A2": 1300, "B1": 2400, "B2": 3500, "C1": 4100, "C2": 5000}
# How many of wordfreq's top German forms hold each level's lemmas: German inflects, so one
# lemma is several forms in the list. Measured by `python bench/level_ranks.py` (HanTa
# lemmatizes the top forms; names and non-words take a rank but add no lemma).
LEVEL_RANKS = {"A1": 958, "A2": 2012, "B1": 3895, "B2": 5901, "C1": 7045, "C2": 8771}
LEVELS = tuple(LEVEL_LEMMAS)
# wordfreq's German list holds ~630,000 forms; ranks beyond a million are certainly typos.
MAX_SKIP_TOP = 600_000


@lru_cache(maxsize=64)
def zipf_after_top(n: int) -> float:
    """The threshold for "I know the `n` most common German words": the Zipf of word n+1.

    wordfreq ranks written forms, not lemmas; the (n+1)-th form is the most common one the
    learner does not know, and every word as rare as it or rarer may become a card. Ties in
    Zipf around rank n fall on the card side.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise UsageError(f"--skip-top must be a whole number of words, 1 or more, got {n!r}")
    if n > MAX_SKIP_TOP:
        raise UsageError(f"--skip-top must be at most {MAX_SKIP_TOP:,}, got {n:,}")
    words = top_n_list(LANGUAGE, n + 1)
    if len(words) <= n:
        raise UsageError(f"--skip-top {n:,}: wordfreq knows only {len(words):,} German words")
    return form_zipf(words[n])


def zipf_for_level(level: str) -> float:
    """The threshold for a CEFR level (A1-C2): as `--skip-top` with the level's rank."""
    key = level.strip().upper() if isinstance(level, str) else level
    if key not in LEVEL_RANKS:
        raise UsageError(f"--level must be one of {', '.join(LEVELS)}, got {level!r}")
    return zipf_after_top(LEVEL_RANKS[key])


def threshold(
    max_zipf: float | None = None, skip_top: int | None = None, level: str | None = None
) -> float:
    """The Zipf threshold from whichever one of the three ways it was given (default 4.0)."""
    given = [name for name, value in
             (("--max-zipf", max_zipf), ("--skip-top", skip_top), ("--level", level))
             if value is not None]
    if len(given) > 1:
        raise UsageError(f"give only one of {', '.join(given)}: each sets the threshold")
    if skip_top is not None:
        return zipf_after_top(skip_top)
    if level is not None:
        return zipf_for_level(level)
    return check_threshold(DEFAULT_MAX_ZIPF if max_zipf is None else max_zipf)


def check_max_cards(max_cards: int | None) -> int | None:
    """`--max-cards` as given, or UsageError when it is not a positive whole number."""
    if max_cards is None:
        return None
    if isinstance(max_cards, bool) or not isinstance(max_cards, int) or max_cards < 1:
        raise UsageError(f"--max-cards must be a whole number, 1 or more, got {max_cards!r}")
    return max_cards


def most_useful(words: Iterable[Word], max_cards: int | None) -> list[Word]:
    """The `max_cards` most frequent of the words (all when None), in their given order.

    Below the threshold, a more frequent word is met again sooner: it is the more useful one
    to learn when a learner wants fewer cards. Ties go to the word met more often in the
    articles, then alphabetically, so the choice is stable.
    """
    words = list(words)
    max_cards = check_max_cards(max_cards)
    if max_cards is None or len(words) <= max_cards:
        return words
    ranked = sorted(words, key=lambda w: (-(w.zipf or 0.0), -w.count, w.lemma))
    keep = {id(w) for w in ranked[:max_cards]}
    return [w for w in words if id(w) in keep]
