"""Senses of a plural the articles use alone (`in_plural`): Ding's plural-only headword, the
other homograph's plural (`_other_homographs_plural`), and a compound hint's head read as
Ding's plural compounds of it read it (`_plural_head_hint`). A plain function of a
`Dictionary` and an `Entry`; it returns the entry as it was where nothing decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.compound_hints import OWN_SENSE_SHARE
from learner.dictionary.compound_senses import MIN_PART_EVIDENCE, renders_head
from learner.dictionary.english import english_singular
from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import SINGULAR_OF_PLURAL
from learner.dictionary.parsing import (
    MIN_PART,
    lookup_key,
    sense_key,
)
from learner.dictionary.ranking import MAX_SENSES, phrase_zipf
from learner.lexicon import nouns

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def in_plural(dictionary: Dictionary, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
    """A noun's entry with the senses Ding gives its plural as a headword of its own
    first, where the articles use the noun only in the plural: German plurals often name
    something the singular does not (Dreharbeiten "shooting", a film's, not lathe work;
    Räumlichkeiten "premises", not spaciousness; Gegebenheiten "circumstances";
    Konditionen "terms"). Only a plural-only headword of Ding's ("Dreharbeiten {pl}"),
    and only where its first English is not rarer than the noun's first sense (by
    wordfreq, a phrase lowered as in the ranking): a plural-only line's English is often
    a learned word for a plural of the same thing (Wale "cetaceans", Narben "voids"). An
    English plural of the first sense is the same sense (Ratten "rats"). A German
    definition gives way to Ding's English, and so does a hint composed from a compound's
    parts, whatever its frequency (Mietrückstände "rent arrears", not "≈ rent + backlog")."""
    plural = entry.plural
    used = set(forms)
    homograph = _other_homographs_plural(dictionary, entry, lemma, used)
    if homograph is not None:
        return homograph
    if not plural or plural == lemma or not used or not used <= {plural, plural + "n"}:
        return entry
    row = dictionary.entry_row(plural, "NOUN")
    if row is None or row[2] or row[3] != row[0] or not row[1]:
        # no plural-only headword of Ding's; a hint's head may have one
        return _plural_head_hint(dictionary, entry, lemma) if entry.approximate else entry
    senses = row[1].split("; ")
    if entry.approximate and not dictionary.entry(lemma, SINGULAR_OF_PLURAL):
        # A word Ding lacks in the singular (a compound, an -ung noun of a verb) but has as
        # the plural the articles use (Mietrückstände "rent arrears", Streitkräfte "armed
        # forces", Briefwahlstimmen "postal votes"): Ding's English for the word itself,
        # where a hint read from its parts reads each part alone ("≈ rent + backlog", "≈
        # dispute + force", "≈ postal voting + voice"). No frequency test: the hint is no
        # sense of Ding's to weigh it against.
        return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), approximate=False,
                       definition="")
    if entry.approximate:
        return entry  # Fichte "≈ spruce tree": the plural line's senses made singular already
    if entry.gloss and not entry.german:
        first = sense_key(entry.gloss.split("; ")[0])
        if (sense_key(english_singular(senses[0])) == first
                or phrase_zipf(sense_key(senses[0])) < phrase_zipf(first)):
            return entry
        senses += [s for s in entry.gloss.split("; ") if s not in senses]
    return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), german=False)


def _other_homographs_plural(dictionary: Dictionary, entry: Entry, lemma: str,
                             used: set[str]) -> Entry | None:
    """The entry of the lemma's other homograph, where the articles use only its plural.

    Wiktionary lists homographs with a plural each (der Kiefer, jaw, plural Kiefer; die
    Kiefer, pine, plural Kiefern; der Primat, primacy, plural Primate; der Primat, the
    animal, plural Primaten), and Ding's lines pick the card's (`noun_forms`): Ding's
    singular lines are the jaw's and primacy's. Ding lists the other homograph's plural as
    a plural-only headword ("Kiefern {pl} :: pines", "Primaten {pl} :: primates"): where
    every form the articles use is that plural, and the card's own plural is another word,
    the articles' noun is that homograph, and the card takes its gender, its plural and
    the plural line's senses, in the singular. None where the card's entry is no sense of
    Ding's, where two homographs share the plural (der Laster, das Laster), or where the
    plural line says the card's first sense."""
    if (not used or lemma in used or not entry.gloss or entry.approximate or entry.german
            or not entry.plural or entry.plural in used):
        return None
    others = [noun for noun in nouns.entries(lemma)
              if entry.plural not in noun.plurals and used <= set(noun.plurals)]
    if len(others) != 1 or len(used) != 1:
        return None
    form = next(iter(used))
    row = dictionary.entry_row(form, "NOUN")
    if row is None or row[0] != form or row[2] or row[3] != row[0] or not row[1]:
        return None  # no plural-only headword of Ding's for that plural
    # The card is headed by the singular (die Kiefer): the plural line's English in the
    # singular ("pine", "primate").
    senses = list(dict.fromkeys(english_singular(sense) for sense in row[1].split("; ")))
    if sense_key(senses[0]) == sense_key(entry.gloss.split("; ")[0]):
        return None
    return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), gender=others[0].gender,
                   plural=form, rare_plural="")


def _plural_head_hint(dictionary: Dictionary, entry: Entry, lemma: str) -> Entry:
    """A compound hint whose compound the articles use only in the plural, read first with a
    sense of its head's plural that Ding's plural compounds of that head use, where the
    head's card lacks it: "Ausgaben {pl} :: spending; cost; expenses" is what Ding's
    -ausgaben say (Investitionsausgaben "investment spending", Gesundheitsausgaben "health
    spending"), never "editions", so Konsumausgaben are "≈ consumption + spending;
    consumption + edition; ..."; -verhältnisse are "conditions" (Lebensverhältnisse "living
    conditions"), not a ratio.

    The head is the longest last part Ding has whose plural ends the compound's and whose
    sense the hint's first reading uses; its plural must be a plural-only headword of
    Ding's. Of that line's senses (in the line's order, Ding's commonest English first),
    the first that the head's card does not show and that Ding's nouns written in the
    plural render the head by (`renders_head`, either number) in MIN_PART_EVIDENCE of them
    and OWN_SENSE_SHARE times as many as the hint's sense. Only a sense the card lacks: Ding
    lists a plural as a headword of its own where it names something else (Wasserfälle,
    Festzüge), and its compounds favour the head's rarer senses ("fall", "procession") as
    often as a new one. -rückstände are "arrears" in three and "backlog" in two
    (Aktenrückstände): Mietrückstand's hint stays."""
    readings = entry.gloss.split("; ")
    first, plus, head_sense = readings[0].rpartition(" + ")
    if not plus or not first:
        return entry
    for start in range(MIN_PART, len(lemma) - MIN_PART + 1):
        last = lemma[start:].lstrip("-")
        head = dictionary.entry(last[:1].upper() + last[1:], "NOUN")
        if (head is None or not head.plural or not head.gloss
                or not entry.plural.lower().endswith(head.plural.lower())
                or sense_key(head_sense) not in {sense_key(s) for s in head.gloss.split("; ")}):
            continue
        row = dictionary.entry_row(head.plural, "NOUN")
        if row is None or row[2] or row[3] != row[0] or not row[1]:
            return entry
        shown = {sense_key(s) for s in head.gloss.split("; ")[:MAX_SENSES]}
        plural_senses = [sense for sense in dict.fromkeys(
            english_singular(s) for s in row[1].split("; ")) if sense_key(sense) not in shown]
        counts = dict.fromkeys([head_sense, *plural_senses], 0)
        for word, gloss, _ in dictionary.noun_rows_ending_in(lookup_key(head.plural)) or []:
            if not word.endswith(head.plural[1:]):
                continue  # Gefälle is no plural of Fall
            english = [english_singular(g.lower()) for g in gloss.split("; ") if g]
            for sense in counts:
                if any(renders_head(g, sense.lower()) for g in english):
                    counts[sense] += 1
        best = next((sense for sense in plural_senses if counts[sense] >= MIN_PART_EVIDENCE
                     and counts[sense] >= OWN_SENSE_SHARE * counts[head_sense]), "")
        if not best:
            return entry
        reading = f"{first} + {best}"
        found = [reading, *(r for r in readings if r != reading)]
        return replace(entry, gloss="; ".join(found[:MAX_SENSES]))
    return entry
