"""Compound heads: the sense a compound's last part is read in, from Ding's compounds that end
in it (`last_part_sense`; `compounds_own_sense`, over the ones German uses:
COMMON_COMPOUND_ZIPF; `head_senses` and `other_senses`, the senses those compounds give it, for
a hint's further readings), and the head's senses alone as the gloss of a compound whose first
part the card keeps as written: letters (`abbreviated_compound_gloss`: BKA-Chef), a German word
Ding lacks (`untranslated_first_part_gloss`: Europacup-Gegner), a name
(`named_first_part_gloss`: Holzmeister-Bau). Plain functions of a `Dictionary`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.abbreviations import abbreviation_gloss
from learner.dictionary.compound_hints import (
    OWN_SENSE_SHARE,
    german_word,
)
from learner.dictionary.compound_senses import (
    ALTERNATIVE_SHARE,
    MIN_PART_EVIDENCE,
    renders_head,
)
from learner.dictionary.entry import Entry
from learner.dictionary.parsing import MIN_PART, lookup_key, upper_first
from learner.dictionary.ranking import MAX_SENSES, sense_family, spelling_key
from learner.lexicon import definitions

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# A compound of Ding's counts as one German readers meet at this German Zipf (wordfreq; about
# one use in ten million words) or more, for reading a new compound's head as they read it
# (`_common_compound_senses`); a head with more compounds than `lookup._MAX_HEAD_COMPOUNDS`
# keeps its first sense rather than cost a query for each.
COMMON_COMPOUND_ZIPF = 2.0


def abbreviated_compound_gloss(dictionary: Dictionary, abbreviation: str, last: str,
                               head: Entry) -> str:
    """The head's sense alone for a compound of an abbreviation that stands for German
    words and a noun Ding glosses (BKA-Chef, RH-Bericht), "" for any other compound.

    Such letters get no sense of their own in a composed hint (`abbreviation_gloss`):
    which German words they stand for the card cannot tell (BKA is the
    Bundeskriminalamt or the Bundeskanzleramt), and kept as written they are German on
    the card. But a German compound is a kind of its last part, whatever its first
    (a BKA-Chef is a Chef, a RH-Bericht a Bericht), and the letters stand on the front of
    the card as the article wrote them: the head's sense, marked approximate, is a true
    gloss, only less specific than the word. Names (SPÖ-, ORF-) and letters English
    writes (ATP-) keep their composed hint "SPÖ- + …"."""
    # Where German Wiktionary defines the compound itself (KZ-Häftling), its definition
    # says what the letters stand for, and more than the head alone.
    if (len(abbreviation) < 2 or not abbreviation.isupper()
            or definitions.definition(abbreviation + "-" + last)
            or abbreviation_gloss(dictionary, abbreviation) != ""
            or dictionary.english_writes(abbreviation) or not head.gloss):
        return ""
    return _head_alone_gloss(dictionary, last, head)


def untranslated_first_part_gloss(dictionary: Dictionary, part: str, last: str, head: Entry) -> str:
    """The head's senses alone for a hyphenated compound of a German noun Ding lacks and a
    noun Ding glosses (Europacup-Gegner: "opponent"), "" for any other compound.

    A German word left in the hint ("Europacup + opponent") is German on the back of the
    card, so `compound_gloss` gives none; but the word is a kind of its last part (a
    Europacup-Gegner is a Gegner), and its first part stands on the front as the article
    wrote it, which the learner reads there, as for letters (`abbreviated_compound_gloss`).
    Only for one capitalized word that German Wiktionary lists as a common noun
    (`german_word`), not a name or a phrase."""
    if (not part.isalpha() or not part[:1].isupper() or not head.gloss
            or definitions.definition(part + "-" + last) or not german_word(part)):
        return ""
    return _head_alone_gloss(dictionary, last, head)


def named_first_part_gloss(dictionary: Dictionary, noun: str) -> str:
    """The head's senses alone for a compound of two words joined by a hyphen whose first
    is, in the articles it stands in, a name (`fields.is_article_name`: Holzmeister-Bau,
    where the article writes "mit Clemens Holzmeister gebaut"); "" where its last part is
    no noun Ding glosses.

    German joins a name to a common noun by a hyphen, and a name may be spelt as words
    are (Holz + Meister; Schiele, the painter, as schielen "squint"; Zielpunkt, a
    supermarket chain): read as words, the hint says what the compound does not mean
    ("wood + master + building" for a building by the architect Holzmeister). The
    compound is a kind of its last part whatever the name, and the name stands on the
    front of the card as the article wrote it, as an abbreviation's letters do
    (`abbreviated_compound_gloss`): the head's senses are a true gloss. Kept as written
    on the back ("Zielpunkt- + imbalance") the name would be a German word there, which
    no hint shows (`bench/composed_parts.py`)."""
    first, hyphen, last = noun.partition("-")
    if not hyphen or "-" in last or len(last) < MIN_PART:
        return ""
    head = dictionary.entry(upper_first(last), "NOUN")
    if head is None or not head.gloss:
        return ""
    return _head_alone_gloss(dictionary, last, head)


def _head_alone_gloss(dictionary: Dictionary, last: str, head: Entry) -> str:
    """The senses of a compound's last part alone, as a composed hint offers them
    (`compound_gloss`): the sense Ding's compounds on the head use, then its others they
    use about as often (KHM-Spitze: "peak; head")."""
    noun = last[:1].upper() + last[1:]
    senses = other_senses(last_part_sense(dictionary, noun, head), head_senses(dictionary, noun))
    return "; ".join(senses[:MAX_SENSES])


def head_senses(dictionary: Dictionary, part: str, after_noun: bool = True) -> dict[str, int]:
    """The senses Ding's own compounds give a last part (roles "head" and, after a noun,
    "last" of `part_senses`), with how many compounds give each: Treffer is "goal" in
    four of Ding's compounds (Anschlusstreffer, Ehrentreffer...) and "hit" in two; Sender
    "station" and "transmitter" in eleven each."""
    counts: dict[str, int] = {}
    for role in ("head", "last") if after_noun else ("head",):
        for sense, count in dictionary.part_counts(part, role).items():
            counts[sense] = max(counts.get(sense, 0), count)
    return counts


def other_senses(chosen: str, counts: Mapping[str, int]) -> list[str]:
    """`chosen` (the sense a compound's part is read in), then the part's other senses
    that Ding's compounds use (`counts`, by how many compounds use each) about as often
    as its commonest: at least MIN_PART_EVIDENCE compounds, and at least a quarter of the
    commonest's count (ALTERNATIVE_SHARE). One sense per English family ("station",
    "transmitter"; not "station" and "radio station"). Landes- is "state" in 23 of
    Ding's compounds, "national" in 14, "regional" in 12: all three; Protest- is
    "protest" in 14, "remonstrative" in 2: only "protest"."""
    found = [chosen]
    families = [spelling_key(sense_family(chosen))]
    top = max(counts.values(), default=0)
    for sense in sorted(counts, key=lambda sense: (-counts[sense], sense)):
        if counts[sense] < max(MIN_PART_EVIDENCE, top / ALTERNATIVE_SHARE):
            break
        family = spelling_key(sense_family(sense))
        # "low" and "Lower" (Nieder-) are one word's forms, not two senses.
        if not any(family.startswith(f) or f.startswith(family) for f in families):
            families.append(family)
            found.append(sense)
    return found


def last_part_sense(dictionary: Dictionary, part: str, head: Entry) -> str:
    """The English of a compound's last part, whose Ding entry is `head`: its first sense
    (whose rank counts the compounds that use it: `rank`), unless Ding's compounds ending
    in it, after a noun's English (role "last" of `part_senses`), use a sense the entry
    does not show at least OWN_SENSE_SHARE times as often as any sense it shows, counting
    that as MIN_PART_EVIDENCE at least: a head's own entry is overruled by six compounds
    or more. Bauer's entry says "farmer" and "pawn", its compounds "maker" (Geigenbauer,
    Harfenbauer and a dozen more) and "farmer" (three): Bombenbauer is "≈ bomb + maker".
    Where the compounds use the entry's own senses too, the entry's order stands: which
    one a compound means depends on its first part (Wahl: the compounds' "selection" is
    its "choice", not its "election"); and four compounds with -lenker "driver" do not
    make Staatenlenker, a leader of states, "≈ state + driver"."""
    senses = head.gloss.split("; ")
    counts = dictionary.part_counts(part, "last")
    shown = {sense.lower() for sense in senses}
    top = max((s for s in counts if s.lower() not in shown),
              key=lambda sense: (counts[sense], sense), default="")
    lowered = {sense.lower(): count for sense, count in counts.items()}
    used = max((lowered.get(sense, 0) for sense in shown), default=0)
    if top and counts[top] >= OWN_SENSE_SHARE * max(used, MIN_PART_EVIDENCE):
        return top
    return compounds_own_sense(dictionary, part, senses)


def compounds_own_sense(dictionary: Dictionary, part: str, senses: list[str]) -> str:
    """Of a last part's senses its card shows (the first MAX_SENSES of its entry), the one
    the compounds ending in it that German readers meet use (`_common_compound_senses`),
    where they (nearly) never use its first: at least MIN_PART_EVIDENCE such compounds,
    OWN_SENSE_SHARE times as many as use the first, and a third (1 / OWN_SENSE_SHARE) of
    all of them. The word alone and the word as a compound's head are read in different
    senses: Konsum alone is first "consumerism" (its own lines' rank), but the -konsum
    compounds news uses (Alkoholkonsum, Drogenkonsum, Fleischkonsum) are
    "consumption": Cannabiskonsum "≈ cannabis + consumption". Where they use the first
    sense too, which one a new compound means depends on its first part, and the entry's
    order stands; and where most render the head by none of the senses shown, the
    compounds mean something else again (-spitze: "party leaders", "top management",
    "top of the league" beside five "tip"s of noses and fingers), and a new one may too."""
    shown = senses[:MAX_SENSES]
    if len(shown) < 2:
        return senses[0]  # one sense shown: nothing to choose, and no compounds to count
    counts, compounds = _common_compound_senses(dictionary, part, shown)
    best = max(range(1, len(shown)), key=lambda i: (counts[i], -i), default=0)
    found = counts[best]
    if (best and found >= MIN_PART_EVIDENCE
            and found >= OWN_SENSE_SHARE * max(counts[0], 1)
            and found * OWN_SENSE_SHARE >= compounds):
        return shown[best]
    return senses[0]


def _common_compound_senses(dictionary: Dictionary, part: str,
                            senses: list[str]) -> tuple[list[int], int]:
    """For each of `senses`, how many of Ding's nouns ending in `part` that German uses
    (Zipf COMMON_COMPOUND_ZIPF or more) render the part by it (`renders_head`), and how
    many such nouns there are. Only compounds in use count, where `part_senses` counts
    all: Ding lists a trade's or a science's compounds by the dozen, and -star is
    "starling" in 27 names of birds and "star" in 9 (Filmstar, Popstar); a new compound
    in an article is read as the ones an article would use."""
    known = dictionary.common_compounds.get((part, tuple(senses)))
    if known is None:
        known = dictionary.common_compounds[part, tuple(senses)] = _count_common(dictionary,
            part, senses)
    return known


def _count_common(dictionary: Dictionary, part: str, senses: list[str]) -> tuple[list[int], int]:
    """`_common_compound_senses`, counted afresh."""
    found, compounds = [0] * len(senses), 0
    # A row's key is its word case-folded (`lookup_key`), as wordfreq folds a word before it
    # looks it up: a key far below the threshold (`zipf_far_below`) says the same of its
    # rows' words, whose rows are then not read (two in three of Ding's nouns, ~0.25 s of
    # CPU over the 600 gnad articles' ~1,300 heads). The rest are asked by their words.
    rows = dictionary.noun_rows_ending_in(lookup_key(part), _maybe_common)
    if rows is None:
        return found, compounds  # a head of hundreds of compounds (-wagen): a query each
    lowered = [sense.lower() for sense in senses]
    for word, gloss, weight in rows:
        if not wordlists.zipf_at_least(word.lower(), "de", COMMON_COMPOUND_ZIPF):
            continue
        compounds += weight
        english = [g.lower() for g in gloss.split("; ")]
        for i, sense in enumerate(lowered):
            if any(renders_head(g, sense) for g in english):
                found[i] += weight
    return found, compounds


def _maybe_common(key: str) -> bool:
    """Whether a noun's key may be that of a word German uses (`_count_common`)."""
    return not wordlists.zipf_far_below(key, "de", COMMON_COMPOUND_ZIPF)
