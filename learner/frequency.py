"""Frequency: how common a word is in German, on wordfreq's Zipf scale, and the threshold.

Zipf is log10 of a word's frequency per billion words: 7 is "der", 4 is ten per million
("Vorwurf"), 3 is one per million ("Einmischung"), 0 means wordfreq has never seen the word.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from learner.errors import UsageError
from learner.lemmas import has_known_head, known
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
# Endings of weak verbs (present, simple past) and of declined adjectives.
_VERB_ENDINGS = ("e", "st", "t", "en", "te", "test", "ten", "tet", "end")
_ADJECTIVE_ENDINGS = ("e", "em", "en", "er", "es")


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
        return tuple(word + e for e in _ADJECTIVE_ENDINGS)
    if pos != "VERB" or not word.isalpha() or not word.endswith("n") or len(word) < 4:
        return ()
    particle = next((p for p in _PARTICLES if word.startswith(p) and len(word) > len(p) + 3),
                    "")
    base = word[len(particle):]
    stem = base[:-2] if base.endswith("en") else base[:-1]
    forms = [particle + stem + e for e in _VERB_ENDINGS]
    if base.startswith(_INSEPARABLE) or base.endswith("ieren"):
        forms.append(particle + stem + "t")
    else:
        forms.append(particle + "ge" + stem + "t")
    if particle:
        forms.append(particle + "zu" + base)
    return tuple(dict.fromkeys(f for f in forms if f != word))


def _made_of_known_parts(lemma: str, pos: str) -> bool:
    """A rare compound noun ends in a known word ("Fledertier"); a rare verb is a separable
    particle and a known verb ("dahinstellen"). Verbs are not compounded otherwise."""
    if pos != "VERB":
        return has_known_head(lemma)
    word = lemma.lower()
    return any(word.startswith(p) and known(word[len(p):]) for p in _PARTICLES)


def lemma_zipf(word: Word) -> float:
    """A word's Zipf frequency: that of all its written forms together.

    A verb is mostly met through its forms ("zurückgewiesen", "drängen"), so a word's
    frequency is the sum, on the linear scale and then back to Zipf, of the frequencies of
    its lemma, of its regular forms (see `regular_forms`) and of every form the articles used.
    A lemma wordfreq has never seen and that ends in no known word gets 0 (see below).
    Each written form counts once: wordfreq folds case (and ß into ss), so "Treffen" and
    "treffen" are one form. Look-ups go to wordfreq's list in memory, so this stays cheap.
    """
    if not known(word.lemma) and not _made_of_known_parts(word.lemma, word.pos):
        # A lemma German has never shown wordfreq, and no compound of a known word either, is
        # no word: a typo, a fragment or a lemmatizer's guess ("Durchwurschtel",
        # "unversuchen" from "nichts unversucht lassen").
        return 0.0
    forms = dict.fromkeys(
        f.lower() for f in (word.lemma, *regular_forms(word.lemma, word.pos), *word.forms))
    per_billion = sum(10**z for z in map(form_zipf, forms) if z)
    return round(math.log10(per_billion), 2) if per_billion else 0.0


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
