"""Plurals German hardly uses: whether a noun's plural is seldom used (`seldom_plural`), by
Wiktionary's note, wordfreq's figures for the noun, its head or its head's compound family,
and Ding's lines for the noun and its head's compounds; and a rare plural the articles use
shown as the plural again (`with_plural_in_use`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.entry import Entry
from learner.dictionary.noun_heads import compound_head
from learner.dictionary.parsing import (
    GENDERS,
    GERMAN_VOWEL_GROUPS,
    upper_first,
)
from learner.lexicon import definitions
from learner.lexicon.nouns import Noun

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# Nouns of these suffixes name a state, a quality or an action (die Verzweiflung, die
# Menschlichkeit, der Antisemitismus, die Souveränität, die Dominanz, die Rhetorik), and
# most of them German uses only in the singular, although Wiktionary and Ding list a plural
# for many: a plural "of sorts" (Verzweiflungen), which a teacher marks wrong on a card. The
# counted nouns among them (die Lösung, die Lösungen) show their plural in running text
# nearly as often as the singular. Not -ie: die Linie, die Serie, die Studie are counted.
_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "ismus", "tät", "ion", "schaft", "anz", "enz",
                      "ik")
# A singular at least this common, whose plural wordfreq does not list (its German list
# stops near Zipf 1), is used at least a hundred times as often as its plural: over the 600
# gnad articles' cards, Meinungsfreiheit, Verzweiflung, Globalisierung, Souveränität, and
# a few counted nouns with few referents (Währungsunion).
_ABSTRACT_SINGULAR_ZIPF = 3.0
# How much rarer than the singular (in Zipf, a log10 of frequency) a plural is that German
# hardly uses, where wordfreq has seen the singular often enough (Zipf SEEN_SINGULAR_ZIPF)
# to see a plural in use: for an abstract noun 1.7 (the plural under 2% of the singular: die
# Dominanz 3.7, Dominanzen 0; die Sicherheit 5.1, Sicherheiten 3.2, so die Zielsicherheit),
# for any other noun 3.0 (under 0.1%: der Konsens 3.8, Konsense 0). Counted nouns stay above
# both: die Lösung 4.6, Lösungen 4.4; der Abend 5.3, Abende 3.6; die Hauptstadt 4.6,
# Hauptstädte 2.9. Measured on the plurals the card samples' teachers judged (seeds up to
# 80): 35 "no plural in use" verdicts of 135 met, against 20 plurals of counted nouns (die
# Tagesordnungen, die Kanzlerämter) among 6,244 judged right (docs/vocabulary.md).
ABSTRACT_PLURAL_GAP = 1.7
# Suffixes of quality nouns made from adjectives (die Fehlerhaftigkeit, die Zivilität), whose
# plural, where a lexicon lists one, names instances German seldom counts (plurals42).
_QUALITY_SUFFIXES = ("heit", "keit", "tät")
PLURAL_GAP = 3.0
SEEN_SINGULAR_ZIPF = 3.5


def seldom_plural(lemma: str, plural: str, gender: str = "",
                  dictionary: Dictionary | None = None) -> bool:
    """Whether German hardly uses the noun's plural, though a lexicon lists one: Wiktionary's
    first sense says so ("ohne Plural", "Plural selten": die Folter, die Schulpflicht), or
    wordfreq sees the plural far less often than the singular (ABSTRACT_PLURAL_GAP,
    PLURAL_GAP). A compound too rare for wordfreq to weigh (der Markenschutz) is weighed by
    its head (der Schutz), unless wordfreq has seen its own plural in use (die Weltmächte:
    die Macht's plural is rare, the world powers' is not).

    Not where the plural is spelt as the singular (wordfreq counts both as one), nor for a
    woman's title in -in (die Bundeskanzlerin: one office holder fills the singular's
    count, and every such noun is counted)."""
    if plural == lemma or plural.endswith("innen"):
        return False
    if definitions.seldom_plural(lemma):
        return True
    abstract = lemma.endswith(_ABSTRACT_SUFFIXES)
    singular = wordlists.zipf_frequency(lemma, "de")
    in_use = _plural_zipf(lemma, plural, gender)
    if abstract and in_use == 0 and singular >= _ABSTRACT_SINGULAR_ZIPF:
        return True
    if (in_use == 0 and singular >= UNSEEN_PLURAL_SINGULAR_ZIPF and dictionary is not None
            and _ding_has_no_plural(lemma, dictionary)
            and not _counted_family(lemma, dictionary)):
        return True
    gap = ABSTRACT_PLURAL_GAP if abstract else PLURAL_GAP
    if singular >= SEEN_SINGULAR_ZIPF:
        return in_use - singular <= -gap
    if in_use > 0 and in_use - singular > -gap:
        return False  # the compound's own plural is in use
    split = compound_head(lemma, dictionary) if lemma[:1].isupper() else None
    if split is None:
        # A quality noun derived from an adjective (die Nachgiebigkeit, die Zivilität) names
        # the quality, and German hardly counts it: a plural wordfreq has never seen beside
        # a singular it has seen says so, however rare the singular (plurals42).
        return in_use == 0 and singular > 0 and lemma.endswith(_QUALITY_SUFFIXES)
    return _seldom_by_head(lemma, plural, split, gap, dictionary)


def _seldom_by_head(lemma: str, plural: str, split: tuple[str, Noun], gap: float,
                    dictionary: Dictionary | None) -> bool:
    """Whether a compound too rare for wordfreq to weigh hardly takes its plural, by its head
    (`split`): the head's own figures, or those of the head's compound family."""
    prefix, head = split
    own = plural[len(prefix):] if prefix.endswith("-") else upper_first(plural[len(prefix):])
    if not plural.startswith(prefix) or own not in head.plurals:
        return False
    head_singular = wordlists.zipf_frequency(head.lemma, "de")
    if (head_singular >= SEEN_SINGULAR_ZIPF
            and _plural_zipf(head.lemma, own, head.gender) - head_singular <= -gap):
        return True
    # The head's plural as compounds use it: die Händel (quarrels) and die Unterrichte are
    # words of their own, but der Tierhandel and der Ethikunterricht are a trade and a
    # school subject, and German hardly writes *-händel, *-unterrichte with any first part.
    family = _family_zipf(head.lemma.lower())
    family_plural = _family_zipf(own.lower())
    if family < FAMILY_SINGULAR_ZIPF:
        # A head itself too rare to weigh, and a compound (Mikro + Wellenstrahlung): weighed
        # as its own head is (die Strahlung), the part that says what the word names.
        inner = (compound_head(head.lemma, dictionary)
                 if head_singular < SEEN_SINGULAR_ZIPF and head.lemma != lemma else None)
        return inner is not None and _seldom_by_head(head.lemma, own, inner, gap, dictionary)
    if family_plural == 0:
        return False
    if family - family_plural >= FAMILY_PLURAL_GAP:
        return True
    return _singular_family(head.lemma, family - family_plural, dictionary)


def _singular_family(head: str, family_gap: float, dictionary: Dictionary | None) -> bool:
    """Whether a compound family whose plurals wordfreq sees less often than the singulars
    (`family_gap`, in Zipf) is one German uses in the singular, by Ding's compounds of the
    head, nearly none of which Ding gives a plural (SINGULAR_FAMILY_SHARE): for an abstract
    head a smaller gap says so (SINGULAR_FAMILY_ABSTRACT_GAP), for any other a larger one
    (SINGULAR_FAMILY_GAP)."""
    if dictionary is None:
        return False
    count, with_plural = dictionary.compounds_with_plural(head)
    if count < COUNTED_FAMILY_COUNT or with_plural >= SINGULAR_FAMILY_SHARE * count:
        return False
    abstract = head.endswith(_ABSTRACT_SUFFIXES)
    return family_gap >= (SINGULAR_FAMILY_ABSTRACT_GAP if abstract else SINGULAR_FAMILY_GAP)


# A singular at least this common (Zipf; the abstract suffixes' rule above asks 3.0) whose
# plural wordfreq has never seen, and whose main entry in Ding lists none, German uses
# without a plural: Ding gives a noun's plural as a sub-entry of its main line ("Abend {m} |
# Abende {pl}"), and where its line for a noun this common has none, and wordfreq's list,
# which reaches down to Zipf 1, lacks the plural too, two sources independent of Wiktionary
# agree that the plural Wiktionary lists is a form of the paradigm, not of use: der
# Gewahrsam, das Bundesheer, die Überzeugungsarbeit (-arbeit as effort, not as a piece of
# work), die Mittäterschaft, der Schlafmangel, die Funkstille; not a compound of a counted
# head (`_counted_family`). Measured in docs/dictionary.md ("Plurals no source has seen").
UNSEEN_PLURAL_SINGULAR_ZIPF = 2.5


# A head counts as a counted noun's where at least COUNTED_FAMILY_COUNT of Ding's nouns end
# in it and Ding gives at least COUNTED_FAMILY_SHARE of them a plural: -abend 13 of 37,
# -linie 144 of 262, -sieg 9 of 16, -kampf 26 of 59 (der Sonntagabend, die Ziellinie, der
# Gruppensieg, der Abstiegskampf keep their plurals, which Ding leaves out on their own
# lines). Heads of mass and abstract nouns stay below: -arbeit 45 of 278 (die Arbeit as
# effort: Überzeugungsarbeit, Erwerbsarbeit), -recht 37 of 316, -mangel 9 of 61, -verkehr
# 0 of 166, -beginn 0 of 36. Fewer compounds than the count say nothing (-heer 6).
COUNTED_FAMILY_COUNT = 10
COUNTED_FAMILY_SHARE = 1 / 3


def _ding_has_no_plural(lemma: str, dictionary: Dictionary) -> bool:
    """Whether Ding heads the noun itself, with a gender, and gives it no plural."""
    own = dictionary.entry(lemma, "NOUN")
    return own is not None and own.gender in GENDERS and not own.plural


def _counted_family(lemma: str, dictionary: Dictionary) -> bool:
    """Whether the compound's head is, by Ding's compounds of it, a counted noun's
    (COUNTED_FAMILY_SHARE): Ding gives no plural on many a line of a counted compound
    (Sonntagabend {m}), but on a third or more of a counted head's."""
    split = compound_head(lemma, dictionary)
    if split is None:
        return False
    count, with_plural = dictionary.compounds_with_plural(split[1].lemma)
    return count >= COUNTED_FAMILY_COUNT and with_plural >= COUNTED_FAMILY_SHARE * count


# A compound family too seldom in the plural: wordfreq's words that end in the head, the
# head itself left out, at least FAMILY_SINGULAR_ZIPF together, and those that end in the
# head's plural at least FAMILY_PLURAL_GAP less (under 0.2 %), though wordfreq has seen some
# (so the list's floor near Zipf 1 is not what hides them): -unterricht 4.4 against
# -unterrichte 1.1, -handel 4.5 / -händel 1.5, -literatur 3.9 / -literaturen 1.1. Counted
# heads stay far above: -vertrag 4.5 / -verträge 3.9, -stadt 5.4 / -städte 3.9, -abend 4.7 /
# -abende 3.6, -verbrauch 4.0 / -verbräuche 1.4 (docs/vocabulary.md).
FAMILY_SINGULAR_ZIPF = 3.5
FAMILY_PLURAL_GAP = 2.8

# A family Ding nearly never gives a plural (under SINGULAR_FAMILY_SHARE of its ten or more
# compounds of the head) is a mass or abstract noun's, and there a smaller gap between the
# family's singulars and plurals in wordfreq says German hardly writes the plural (plurals42):
# for a head of an abstract suffix 1.0 (plurals under a tenth: -forschung 4.5 / -forschungen
# 3.5, Ding 3 of 104; -wirtschaft 4.9 / 3.7, 6 of 133; -finanzierung 3.8 / 2.3, 0 of 43),
# for any other 2.5 (-bedarf 4.2 / -bedarfe 1.5, 1 of 99; -verbrauch 4.0 / 1.4, 2 of 50).
# A counted head stays out by Ding's share (-verwaltung, -ordnung) or by the gap: -industrie
# and -branche (Ding gives few compounds a plural) are written in the plural too often
# (docs/dictionary.md, "Singular families by Ding and wordfreq").
SINGULAR_FAMILY_SHARE = 0.1
SINGULAR_FAMILY_ABSTRACT_GAP = 1.0
SINGULAR_FAMILY_GAP = 2.5


def _family_zipf(ending: str) -> float:
    """wordfreq's Zipf for all German words that end in `ending` (lower case), `ending` itself
    left out: how often compounds of a head are written. 0 where there are none."""
    total = wordlists.ending_frequency(ending, "de")
    return round(math.log10(total) + 9, 2) if total >= 1e-9 else 0.0


def with_plural_in_use(entry: Entry, forms: Iterable[str]) -> Entry:
    """The entry with its rare plural as the plural again where the articles themselves use
    it (nominative or dative: "die Feierlichkeiten", "nach Grausamkeiten"): what a reader
    meets is in use, whatever wordfreq or Wiktionary's note says of the word at large
    (Feierlichkeiten are festivities, Feierlichkeit a solemn mood)."""
    rare = entry.rare_plural
    if rare and not set(forms).isdisjoint({rare, rare + "n"}):
        return replace(entry, plural=rare, rare_plural="")
    return entry


def _plural_zipf(singular: str, plural: str, gender: str) -> float:
    """wordfreq's figure for a noun's plural. The plural in -e of a masculine or neuter noun
    of one syllable is spelt as its old dative singular (im Schutze der Nacht, zu Hause, im
    Grunde), which wordfreq counts with it: there the dative plural in -en stands for the
    plural (Schutzen 1.7, where Schutze is 3.2; Tagen 5.2, Tage 5.4). Longer nouns hardly
    take that -e (dem Systeme, dem Feierabende), and their dative plural would only
    understate the plural (die Feierabende 1.1, den Feierabenden unseen)."""
    if (plural == singular + "e" and gender in ("m", "n")
            and len(GERMAN_VOWEL_GROUPS.findall(singular.lower())) == 1):
        plural += "n"
    return wordlists.zipf_frequency(plural, "de")
