"""A compound's head spelt as nouns of two genders or with two plurals: which one the compound
takes.

The gender a head's compounds mostly take (`compounds_gender`); the head's Wiktionary entry
of the compound's gender, or of the plural its compounds take (`head_homograph`); the gender
of the head's sense a compound hint reads first (`shown_head_gender`), and the hint's
reading of the compound's gender put first (`reading_of_gender`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.adjectival_nouns import strong_adjectival
from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import SENSE_GENDER
from learner.dictionary.noun_heads import compound_head
from learner.dictionary.parsing import GENDERS
from learner.lexicon import nouns
from learner.lexicon.nouns import Noun

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# Of a head's compounds Wiktionary lists, at least this share, and this many, take the
# gender its first entry admits besides its own, for an unlisted compound to take it too.
_COMPOUNDS_GENDER_SHARE = 2 / 3
_COMPOUNDS_GENDER_COUNT = 3


def compounds_gender(head: Noun) -> str:
    """The gender a compound of `head` no lexicon lists takes, where the head's first
    Wiktionary entry admits two genders, another entry has the second, and the head's
    compounds Wiktionary lists mostly take that second one: Wiktionary's first Schnitzel is
    "der, das" (a scrap), its second das Schnitzel (the cutlet), and its compounds are das
    Jägerschnitzel, das Putenschnitzel (8 neuter, 2 masculine): das Hakenkreuz-Schnitzel.
    Either gender is right for the first entry's sense, and the second entry's sense has
    only that one. "" otherwise (the first entry's gender stands; no compound counts make
    der Tor's or der Kunde's compounds feminine or masculine, as their first entry admits
    one gender). Over all of Wiktionary this moves three heads: Schnitzel, Balg, Oblast."""
    if len(head.genders) < 2:
        return ""
    others = {noun.gender for noun in nouns.entries(head.lemma)
              if noun.is_common and nouns.WIKIDATA not in noun.kinds and noun.gender}
    if len(others) < 2:
        return ""
    counts = nouns.compound_genders(head.lemma)
    if not counts:
        return ""
    gender, count = counts.most_common(1)[0]
    if (gender != head.gender and gender in head.genders and gender in others
            and count >= _COMPOUNDS_GENDER_COUNT
            and count >= _COMPOUNDS_GENDER_SHARE * sum(counts.values())):
        return gender
    return ""


def head_homograph(head: Noun, gender: str, dictionary: Dictionary | None) -> Noun:
    """The compound head's Wiktionary entry of the compound's gender, where the first one is
    of another (die Schenkungssteuer: not das Steuer, the helm, plural Steuer, but die Steuer,
    the tax, plural Steuern). A compound takes its head's gender, so the homograph of that
    gender is its head; among several, the one whose plurals include Ding's plural of the
    head. Homographs of one gender are left as Wiktionary orders them: Ding's plural of the
    head (Banken) says which sense Ding glosses, not which one a compound means (the
    Orgelbank is a bench, the Pleitebank a bank)."""
    if not gender or head.gender == gender:
        return _compounds_homograph(head)
    same = [noun for noun in nouns.entries(head.lemma)
            if noun.gender == gender and noun.is_common and nouns.WIKIDATA not in noun.kinds
            and not strong_adjectival(noun)]
    if not same:
        return head
    own = dictionary.entry(head.lemma, "NOUN") if dictionary is not None else None
    if own is not None and own.plural:
        return next((noun for noun in same if own.plural in noun.plurals), same[0])
    return same[0]


def _compounds_homograph(head: Noun) -> Noun:
    """Of a compound head's homographs of one gender with different plurals, the one whose
    plural the head's compounds Wiktionary lists mostly take, where at least
    _COMPOUNDS_GENDER_SHARE of them, and _COMPOUNDS_GENDER_COUNT, take it and Wiktionary's
    first homograph has another: der Star's first entry is the starling (die Stare), but its
    compounds are der Popstar, die Popstars, der Fußballstar, die Fußballstars (17 in -stars,
    none in -stare), so der Mittelfeldstar is a star, die Mittelfeldstars; der Ton's first is
    the clay (die Tone), its compounds mostly die Klingeltöne, die Farbtöne. Where the
    compounds split (die Bank: 45 in -bänke, 27 in -banken) Wiktionary's order stands."""
    same = [noun for noun in nouns.entries(head.lemma)
            if noun.gender == head.gender and noun.is_common
            and nouns.WIKIDATA not in noun.kinds and noun.plurals]
    endings = {form for noun in same for form in noun.plurals}
    if len(same) < 2 or len(endings) < 2:
        return head
    counts = nouns.compound_plurals(head.lemma, head.gender, endings)
    if not counts:
        return head
    ending, count = counts.most_common(1)[0]
    if (count < _COMPOUNDS_GENDER_COUNT
            or count < _COMPOUNDS_GENDER_SHARE * sum(counts.values())
            or any(form.lower() == ending for form in head.plurals)):
        return head
    return next((noun for noun in same
                 if any(form.lower() == ending for form in noun.plurals)), head)


def shown_head_gender(lemma: str, found: Entry | None,
                      dictionary: Dictionary | None) -> str:
    """The gender of the head's sense a compound hint shows first, where the head is a noun
    of two genders that mean different things: "player + salary" is das Spielergehalt
    (das Gehalt, salary; plural -gehälter), "nicotine + content" der Nikotingehalt (der
    Gehalt). A compound takes the gender of the head it means, and Ding's lines say which
    gender gives that sense ("Gehalt {n} ... :: salary", "Gehalt {m} ... :: content";
    `sense_genders`). "" where the hint is no composed reading, the head has one gender in
    Wiktionary, or Ding's lines do not tell."""
    if (dictionary is None or found is None or not found.approximate or not found.gloss
            or " + " not in found.gloss):
        return ""
    split = compound_head(lemma, dictionary)
    if split is None:
        return ""
    head = split[1]
    if len({n.gender for n in nouns.entries(head.lemma)
            if n.gender in GENDERS and n.is_common}) < 2:
        return ""
    sense = found.gloss.split("; ")[0].rpartition(" + ")[2].lower()
    for gender in GENDERS:
        if dictionary.part_counts(head.lemma, SENSE_GENDER + gender).get(sense):
            return gender
    return ""


def reading_of_gender(lemma: str, found: Entry | None, gender: str,
                      dictionary: Dictionary | None) -> Entry | None:
    """`found` with the hint's first reading whose head sense is of the compound's `gender`
    put first, where a lexicon gives that gender and the head is a noun of two genders that
    mean different things (`sense_genders`): der Nikotin-Gehalt, which Wiktionary lists as
    der Nikotingehalt, is "≈ nicotine + content" (der Gehalt), not "nicotine + salary" (das
    Gehalt). The reverse of `shown_head_gender`, which gives a compound no lexicon has the
    gender of its first reading. `found` as it was where no reading is of another gender."""
    if (dictionary is None or found is None or not gender or not found.approximate
            or " + " not in found.gloss):
        return found
    split = compound_head(lemma, dictionary)
    if split is None:
        return found
    head = split[1].lemma

    def head_gender(reading: str) -> str:
        sense = reading.rpartition(" + ")[2].lower()
        return next((g for g in GENDERS
                     if dictionary.part_counts(head, SENSE_GENDER + g).get(sense)), "")

    readings = found.gloss.split("; ")
    if head_gender(readings[0]) in ("", gender):
        return found
    fitting = [r for r in readings if head_gender(r) == gender]
    if not fitting:
        return found
    ordered = fitting + [r for r in readings if r not in fitting]
    return replace(found, gloss="; ".join(ordered))
