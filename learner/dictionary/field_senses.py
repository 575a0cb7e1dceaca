"""Senses of the articles' subject field: a word's Ding line labelled with its articles' field
first (`in_field`), and a compound hint's part in its field line's sense where English
uses that word more (`_field_hint`). Plain functions of a `Dictionary` and an `Entry`;
each returns the entry as it was where nothing decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.compound_senses import part_nouns
from learner.dictionary.english import english_singular
from learner.dictionary.entry import Entry
from learner.dictionary.fields import word_field
from learner.dictionary.parsing import (
    MIN_PART,
    lookup_key,
    sense_key,
)
from learner.dictionary.ranking import MAX_SENSES, phrase_zipf

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary
    from learner.vocabulary import Word


# A labelled sense the card did not show comes in only where English writes it at least this
# often (wordfreq's Zipf, a phrase lowered as in the ranking): "goalpost" 2.3, but
# "redoublement" 0.
FIELD_SENSE_ZIPF = 2.0
# How much commoner (wordfreq Zipf, 0.5: about three times as frequent) a field line's English
# is than the plain sense a compound hint took for its part, for the field's to replace it
# (`_field_hint`): "referee" 3.9 against "arbitrator" 3.0, "deficit" 4.1 against
# "backlog" 3.2, "goal" 5.1 against "gate" 4.5; not the shot put's "shot" 5.2 against "ball" 5.0.
FIELD_PART_ZIPF_MARGIN = 0.5


def in_field(dictionary: Dictionary, entry: Entry, word: Word, fields: Mapping[str, str]) -> Entry:
    """A word's entry with the sense of its articles' subject field first
    (`article_fields`): where more than half of the articles the word stands in are about
    a field of `TOPIC_FIELDS` and one of the word's own Ding lines carries its label,
    "den Ausgleich erzielen" in a match report is Ding's "Ausgleich {m} (Ballsport)
    [sport] :: equalizer", "traf die Stange" its "goalpost". A sense the card shows moves
    first, else the labelled line's first sense comes in first, where English uses it
    (`FIELD_SENSE_ZIPF`): Ding's fencing "Wiederholung [sport] :: redoublement" is no
    English a learner knows, and a repetition in a football report is a repetition."""
    if (not entry.gloss or entry.german
            or word.pos not in ("NOUN", "VERB", "ADJ")):
        return entry
    field = word_field(word, fields)
    if not field:
        return entry
    if entry.approximate:
        return _field_hint(dictionary, entry, word, field)
    senses = [sense for f, sense in dictionary.fetch(
        "SELECT field, sense FROM field WHERE key = ? AND pos = ?",
        (lookup_key(word.lemma), word.pos)) if f == field and sense]
    shown = entry.gloss.split("; ")
    if not senses or shown[0] in senses:
        return entry
    best = next((s for s in shown if s in senses), senses[0])
    if best not in shown and phrase_zipf(sense_key(best)) < FIELD_SENSE_ZIPF:
        return entry
    return replace(entry, gloss="; ".join(
        ([best] + [s for s in shown if s != best])[:MAX_SENSES]))


def _field_hint(dictionary: Dictionary, entry: Entry, word: Word, field: str) -> Entry:
    """A compound hint in an article of the field with a part's field sense where its
    English is the commoner word: a Handball-Schiedsrichter in a match report is
    "handball + referee", Ding's [sport] line's, not "handball + arbitrator", where the
    hint took the part's plain line. Only where English uses the field's word more than
    the plain one (wordfreq): sport gives an everyday thing an everyday English name
    (referee, goal, deficit), while a field line that says something rarer than the
    plain sense is a narrower use the compound seldom means (a gymnast's "roll" for
    Favoritenrolle's role, "whipping" for Finalniederlage's defeat, "time-out" for a
    Pause)."""
    if word.pos != "NOUN" or " + " not in entry.gloss:
        return entry
    lemma = word.lemma
    pieces = lemma.split("-") if "-" in lemma else [
        p for start in range(MIN_PART, len(lemma) - MIN_PART + 1)
        for p in (lemma[:start], lemma[start:])]
    swap: dict[str, str] = {}
    for piece in dict.fromkeys(pieces):
        for noun in part_nouns(piece):
            found = dictionary.entry(noun, "NOUN")
            if found is None or not found.gloss or found.approximate:
                continue
            sport = [sense for f, sense in dictionary.fetch(
                "SELECT field, sense FROM field WHERE key = ? AND pos = 'NOUN'",
                (lookup_key(noun),)) if f == field and sense]
            if not sport:
                continue
            best = sport[0]  # the labelled line's first sense, as `in_field` takes it
            for plain in found.gloss.split("; "):
                # "results" for "result" is the same thing; "shot" (the shot put's) is
                # commoner English than "ball", but not clearly so.
                if (plain not in sport and english_singular(best) != plain
                        and phrase_zipf(sense_key(best))
                        >= phrase_zipf(sense_key(plain)) + FIELD_PART_ZIPF_MARGIN):
                    swap.setdefault(plain.lower(), best)
    if not swap:
        return entry
    readings = [" + ".join(swap.get(part.lower(), part) for part in reading.split(" + "))
                for reading in entry.gloss.split("; ")]
    gloss = "; ".join(dict.fromkeys(readings))
    return entry if gloss == entry.gloss else replace(entry, gloss=gloss)
