"""Frequency: how common a word is in German, on wordfreq's Zipf scale, and the threshold.

Zipf is log10 of a word's frequency per billion words: 7 is "der", 4 is ten per million
("Vorwurf"), 3 is one per million ("Einmischung"), 0 means wordfreq has never seen the word.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from learner import wordlists
from learner.errors import UsageError
from learner.lexicon import definitions, nouns
from learner.lexicon.zipf import HEAD_ZIPF, has_known_head, known, known_first_part
from learner.memo import memo
from learner.morphology import ADJECTIVE_ENDINGS
from learner.vocabulary import Word

LANGUAGE = "de"

# Words at Zipf above 4.0 occur more than ten times per million words: in German that is
# roughly the 4,000 most common word forms, which a B1 learner has met many times. A word at
# or below it is one an intermediate reader meets in news but has likely not learned.
DEFAULT_MAX_ZIPF = 4.0
# The scale's range: nothing in German is above ~7.5 ("der"); 8 leaves room and catches typos
# like 80 for 8.0.
MAX_ZIPF_LIMIT = 8.0


def form_zipf(form: str) -> float:
    """Zipf frequency of one written form in German (0.0 when wordfreq has never seen it)."""
    return known(form)


# Separable verb particles, longest first, as German writes them before "ge" and "zu"
# ("zurückgewiesen", "zurückzuweisen"). A verb lemma starting with one is taken to be
# separable; the rare wrong split ("umfahren") only adds forms that do not exist.
_PARTICLES = tuple(sorted((
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach",
    "vor", "weg", "weiter", "zu", "zurück", "zusammen", "auseinander", "entgegen", "heraus",
    "herein", "herum", "hinaus", "hinein", "voran", "vorbei", "dazu", "durch", "über", "um",
    "dahin", "daher", "davon", "dabei", "daran", "hinzu", "hervor", "nieder", "wieder", "frei",
    "kaputt", "hoch", "statt", "teil", "bereit", "klar", "gleich", "vorweg", "voraus",
), key=len, reverse=True))
# Inseparable prefixes take no "ge" in the participle ("verhindert", "bezweifelt").
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
# Endings of weak verbs (present, simple past); a declined adjective's are
# `morphology.ADJECTIVE_ENDINGS`.
_VERB_ENDINGS = ("e", "st", "t", "en", "te", "test", "ten", "tet", "end")


def regular_forms(lemma: str, pos: str) -> tuple[str, ...]:
    """The forms a regular German verb or adjective takes, built from its lemma.

    Verbs: the present and simple-past endings of weak verbs on the stem, the participle
    (ge-...-t, with the particle in front for separable verbs, without ge for inseparable
    prefixes and -ieren verbs) and the zu-infinitive of separable verbs. Strong verbs' own
    forms ("zurückgewiesen") come from the articles instead. Adjectives: the five declension
    endings. Nouns get none: their plural in -en would count the verb ("Lauf", "laufen"),
    since wordfreq ignores case.
    """
    word = lemma.lower()
    if pos == "ADJ" and word.isalpha():
        return tuple(word + e for e in ADJECTIVE_ENDINGS)
    if pos != "VERB" or not word.isalpha() or not word.endswith("n") or len(word) < 4:
        return ()
    particle, base, stem = _verb_parts(word)
    forms = [particle + stem + e for e in _VERB_ENDINGS]
    if base.startswith(_INSEPARABLE) or base.endswith("ieren"):
        forms.append(particle + stem + "t")
    else:
        forms.append(particle + "ge" + stem + "t")
    if particle:
        forms.append(particle + "zu" + base)
    return tuple(dict.fromkeys(f for f in forms if f != word))


def _verb_parts(word: str) -> tuple[str, str, str]:
    """A verb's separable particle ("" for none), the infinitive after it, and that
    infinitive's stem, without -en or -n: "zurückweisen" ("zurück", "weisen", "weis"),
    "handeln" ("", "handeln", "handel"). A particle counts only before at least four more
    letters."""
    particle = next((p for p in _PARTICLES if word.startswith(p) and len(word) > len(p) + 3),
                    "")
    base = word[len(particle):]
    return particle, base, base[:-2] if base.endswith("en") else base[:-1]


def _made_of_known_parts(lemma: str, pos: str) -> bool:
    """A rare compound noun ends in a known word ("Fledertier"); a rare verb is a separable
    particle and a known verb ("dahinstellen"), or one German Wiktionary defines: some
    verbs are written mostly in their perfect, and a corpus may hold only their participle
    ("haben sich die Stadt zur Heimat erkoren": erküren; "sich verkalkuliert":
    verkalkulieren). Verbs are not compounded otherwise."""
    if pos == "NOUN":
        return has_known_head(lemma) or listed_noun(lemma)
    if pos != "VERB":
        return has_known_head(lemma)
    word = lemma.lower()
    return (any(word.startswith(p) and known(word[len(p):]) for p in _PARTICLES)
            or bool(definitions.living_definition(word)))


def listed_noun(lemma: str) -> bool:
    """Whether a noun lexicon lists the noun, or a word and a last part it lists as a noun
    that German writes at least HEAD_ZIPF counting its listed plurals.

    wordfreq counts written forms, and a noun met mostly in the plural may lack its singular
    there: das Pharmazeutikum (Wikidata lists it; wordfreq knows only "Pharmazeutika"), die
    Praktik, whose plural "Praktiken" is far commoner than "Praktik" and makes the compound
    Steuerpraktik a word. Its frequency then comes from the forms the articles used.
    """
    if nouns.is_noun(lemma):
        return True
    for start, part in enumerate(nouns.last_parts(lemma), 1):
        if not known_first_part(lemma[:start]):
            continue
        for noun in nouns.entries(part):
            if noun.is_common and noun.gender and _summed_zipf(
                    (part, *noun.plurals)) >= HEAD_ZIPF:
                return True
    return False


def _summed_zipf(forms: Iterable[str]) -> float:
    """The Zipf frequency of the forms together (each written form once, case folded)."""
    per_billion = sum(10**z for z in map(form_zipf, dict.fromkeys(f.lower() for f in forms))
                      if z)
    return round(math.log10(per_billion), 2) if per_billion else 0.0


def lemma_zipf(word: Word) -> float:
    """A word's Zipf frequency: that of all its written forms together.

    A verb is mostly met through its forms ("zurückgewiesen", "drängen"), so a word's
    frequency is the sum, on the linear scale and then back to Zipf, of the frequencies of
    its lemma, of its regular forms (see `regular_forms`) and of every form the articles used.
    A lemma wordfreq has never seen, that ends in no known word and that no noun lexicon
    lists (see `listed_noun`) gets 0 (see below).
    Each written form counts once: wordfreq folds case (and ß into ss), so "Treffen" and
    "treffen" are one form. Look-ups go to wordfreq's list in memory, so this stays cheap.
    """
    return zipf_of(word.lemma, word.pos, word.forms)


def zipf_of(lemma: str, pos: str, forms: Iterable[str]) -> float:
    """`lemma_zipf` of a word with this lemma, part of speech and forms.

    It never falls as forms are added: a word's Zipf from the forms of some of its articles
    is at most its Zipf from all of them (`Glossed.look_up_ahead` relies on it)."""
    return _zipf_of(lemma, pos, tuple(forms))


# A corpus build asks most words' Zipf twice with the same forms: from a word's first
# analysis, to look it up ahead while the workers tag (`build.words._glossing_ahead`), and
# once the analyses are merged; most words stand in one article. 20,000 words over the 600
# gnad articles; past this many the memo starts over.
_ZIPF_MEMO_WORDS = 200_000


@memo(_ZIPF_MEMO_WORDS)
def _zipf_of(lemma: str, pos: str, forms: tuple[str, ...]) -> float:
    if not known(lemma) and not _made_of_known_parts(lemma, pos):
        # A lemma German has never shown wordfreq, and no compound of a known word either, is
        # no word: a typo, a fragment or a lemmatizer's guess ("Durchwurschtel",
        # "unversuchen" from "nichts unversucht lassen").
        return 0.0
    used = [f for f in forms if not _declined_participle(f, lemma, pos)]
    return _summed_zipf((lemma, *regular_forms(lemma, pos), *used))


def _declined_participle(form: str, lemma: str, pos: str) -> bool:
    """Whether `form` is the verb `lemma`'s past participle with an adjective's ending
    ("zusammengesetzte", "zurückgewiesenen"), its ge- marking it unmistakably.

    Declined, a participle stands before a noun as an adjective, and wordfreq counts the
    adjective's uses with the verb's ("zusammengesetzte Wörter", compound words). A verb's
    frequency counts its lemma, regular forms (the bare participle among them) and the
    forms the articles used; with its declined participles among those, a verb's Zipf rose
    by the accident of an article writing one (zusammensetzen 4.00 → 4.03, over the deck's
    threshold, for one "international zusammengesetzte Expertengruppe"). Only participles in
    ge-, of a verb whose stem does not itself begin with ge-: without ge- (verhinderte,
    gestatteten) the declined participle is spelt as the simple past.
    """
    if pos != "VERB":
        return False
    word, form = lemma.lower(), form.lower()
    particle, base, stem = _verb_parts(word)
    if base.startswith("ge") or not form.startswith(particle + "ge"):
        return False
    # The bare participle before the ending: a weak one is the stem in ge-…-(e)t
    # ("gesetzt", "gearbeitet"), a strong one ends in -en ("gewiesen"). A strong participle
    # of a stem in -t is no weak one with -en ("gehalten" is bare, not "gehalt" + en).
    weak = tuple(particle + "ge" + stem + t for t in ("t", "et"))
    return any(form.endswith(e) and (form[:-len(e)] in weak or (
        form[:-len(e)].endswith("en") and len(form) - len(e) > len(particle) + 4))
        for e in ADJECTIVE_ENDINGS)


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
    wordlists.import_wordfreq()
    from wordfreq import top_n_list  # 0.3 s to import: paid by the options that use it

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


def most_useful(words: Iterable[Word], max_cards: int | None,
                usable: Callable[[Word], bool] | None = None) -> list[Word]:
    """The `max_cards` most frequent of the words (all when None), in their given order;
    with `usable`, of the words it accepts, asked from the most frequent down only until
    `max_cards` are found (the deck passes whether a dictionary knows the word).

    Below the threshold, a more frequent word is met again sooner: it is the more useful one
    to learn when a learner wants fewer cards. Ties go to the word met more often in the
    articles, then alphabetically, so the choice is stable.
    """
    words = list(words)
    max_cards = check_max_cards(max_cards)
    if max_cards is None:
        return words if usable is None else [w for w in words if usable(w)]
    ranked = sorted(words, key=lambda w: (-(w.zipf or 0.0), -w.count, w.lemma))
    chosen = ranked if usable is None else (w for w in ranked if usable(w))
    keep = {id(w) for w in islice(chosen, max_cards)}
    return [w for w in words if id(w) in keep]
