"""A word's entry: `look_up`, Ding's own entry for a lemma and part of speech, and where it
has none (or only a hint), the fallbacks in their order: the other of adjective and adverb,
a declined or participle form, a respelling, a phrase, a derivation (`derived_nouns`,
`adjective_hints`), a reading of a compound's parts (`compound_glosses`), an English
loanword, a form's hint (`form_entries`); then the noun's gender and plural
(`noun_forms`) and German Wiktionary's definition where no English gloss was found
(`with_german_definition`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.adjective_hints import derived_adjective_entry
from learner.dictionary.compound_glosses import (
    composed_last_part,
    compound_entry,
    defined_head_entry,
    hyphened_head_definition,
)
from learner.dictionary.compound_hints import doubtful_hint, german_lexicons_list
from learner.dictionary.derived_nouns import derived_noun_entry, taxon_diminutive
from learner.dictionary.english import english_loanword, listed_loanword
from learner.dictionary.entry import EMPTY, Entry
from learner.dictionary.form_entries import (
    adjectival_noun_entry,
    adjective_noun_entry,
    apart_entry,
    colloquial_verb_entry,
    defined_verb_noun_entry,
    form_hint,
    infinitive_definition,
    loanword_head_entry,
    participle_entry,
    phrase_end_entry,
    place_entry,
    respelled_entry,
    shared_verb_entry,
    spatial_particle_verb_entry,
    syncopated_entry,
    unit_symbol_entry,
)
from learner.dictionary.index_rows import ABBREVIATION
from learner.dictionary.noun_forms import with_noun_forms
from learner.dictionary.parsing import PARTICIPLE, SUPPORT_PHRASE, phrase_once, strip_groups
from learner.dictionary.ranking import MAX_SENSES, phrase_zipf
from learner.lexicon import definitions, nouns

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def look_up(dictionary: Dictionary, lemma: str, pos: str) -> Entry:
    """Gloss, gender and plural of a lemma with a part of speech (EMPTY if unknown).

    German uses most adjectives as adverbs unchanged ("erfolglos"), and taggers disagree
    on which one a word is: when one class is missing the other is tried. A noun Ding
    lacks is read as a compound (see `compound_entry`). A noun's gender and plural are
    Wiktionary's where it knows the word (see `noun_forms`); a word Ding has no English
    gloss for gets Wiktionary's German definition, marked `german`.
    """
    found = dictionary.entry(lemma, pos)
    if found is not None and pos == "NOUN":
        found = taxon_diminutive(dictionary, lemma, found) or found
    if found is None and pos in ("ADJ", "ADV"):
        found = dictionary.entry(lemma, "ADV" if pos == "ADJ" else "ADJ")
    if found is None and pos == "ADJ" and lemma.endswith("t"):
        # An adjective German uses only declined, a superlative or ordinal compound
        # (zweitbeste, vorletzte), Ding lists by its declined forms ("zweitbeste;
        # zweitbester; zweitbestes {adj}"); the tagger's lemma has no ending (zweitbest).
        found = dictionary.entry(lemma + "e", "ADJ")
    if found is not None and pos in ("ADJ", "ADV"):
        found = with_participle_sense(dictionary, lemma, found)
    if found is None and pos in ("ADJ", "ADV"):
        # A participle used as an adjective, glossed as Ding's verb line translates it
        # ("inhaftiert": taken into custody).
        found = dictionary.entry(lemma, PARTICIPLE)
    if found is None and pos in ("ADJ", "ADV") and lemma.endswith(("end", "ernd", "elnd")):
        # Verbs in -ern and -eln make their participle without an -e- (zwinkernd, lächelnd).
        found = participle_entry(dictionary, lemma)
    if found is None and pos in ("ADJ", "ADV") and lemma.islower():
        # A word German uses only with a support verb, as Ding gives it: "ausfindig"
        # "(ausfindig machen) to locate sb.".
        found = dictionary.entry(lemma, SUPPORT_PHRASE)
        if found is not None:
            found = replace(found, gloss=phrase_once(found.gloss))
    if found is None and pos in ("NOUN", "ADJ"):
        found = respelled_entry(dictionary, lemma, pos)
    if found is None and pos in ("ADJ", "ADV"):
        found = syncopated_entry(dictionary, lemma)
    if found is None and pos in ("ADJ", "ADV"):
        found = apart_entry(dictionary, lemma)
    if found is None and pos in ("ADJ", "ADV", "VERB") and not definitions.definition(lemma):
        # Only where German Wiktionary does not define the word: Ding's phrase is often
        # one narrow use of a word that has others ("das Land bebauen" to farm the land;
        # bebauen is to build on), which Wiktionary's definition names.
        found = phrase_end_entry(dictionary, lemma, pos)
    if found is None and pos == "NOUN" and lemma.isupper():
        found = dictionary.entry(lemma, ABBREVIATION)  # BIP: "GDP; gross domestic product"
    if found is None and pos == "NOUN" and lemma.endswith("e"):
        found = adjective_noun_entry(dictionary, lemma)
    if found is None and pos == "NOUN":
        found = derived_noun_entry(dictionary, lemma)
    if found is None and pos == "NOUN":
        found = compound_entry(dictionary, lemma)
        if (found is not None and found.gloss and lemma.endswith("er")
                and not found.gloss.rpartition(" + ")[2][:1].isupper()):
            # A word in -er of a place's name (der Salzburger) is the place's, whatever
            # nouns its letters also spell: read as a compound, Salz|burger splits the
            # name (`place_entry`). A head English writes capitalized is a place's word
            # already (Nieder|österreicher "Lower + Austrian").
            place = place_entry(lemma)
            if place is not None:
                found = replace(found, gloss=place.gloss)
        adjective = dictionary.entry(lemma.lower(), "ADJ") if lemma[1:].islower() else None
        if (found is not None and found.approximate and " + " in found.gloss
                and adjective is not None and adjective.gloss):
            # A word Ding lists whole as an adjective, tagged a noun (capitalized at a
            # sentence's start, or the tagger's lemma of a nominalised form without its
            # ending: Abertausende, a Stinkreicher), is that adjective, not its parts:
            # Ding's "abertausend :: thousands upon thousands of", not "≈ but +
            # thousand"; "achtfach :: eightfold", not "eight + compartment".
            found = replace(found, gloss=adjective.gloss)
        if found is not None and (doubtful_hint(found.gloss)
                                  or composed_last_part(dictionary, lemma, found.gloss)):
            # Where Ding's compounds read a part in several senses, or a part is kept as
            # written, German Wiktionary's definition of the compound itself says which
            # one it means: Übersee "≈ excess + lake; excess + sea" is "Länder oder
            # Gebiete jenseits eines Ozeans". It comes after the English readings, which
            # are right more often than not (Immobilienpreis "≈ real estate + price;
            # property + price"), in place of the last. Failing that, the definition of
            # the compound after a hyphen, which the hint read from its own parts
            # (`hyphened_head_definition`: SPÖ-Klubchef "≈ SPÖ- + club + chief" beside
            # Klubchef's "Koordinator der Abgeordneten einer Partei").
            defined = (definitions.definition(lemma)
                       or hyphened_head_definition(dictionary, lemma, found.gloss))
            if defined:
                readings = found.gloss.split("; ")[: MAX_SENSES - 1]
                found = replace(found, gloss="; ".join(readings), definition=defined)
    if pos == "NOUN" and (found is None or found.approximate or not found.gloss):
        # An English loanword Ding lacks (Framework, Hipster, Playoff) is its English
        # word, before any reading of it as a German compound (Hip|ster).
        loanword = english_loanword(lemma)
        if loanword and not german_lexicons_list(lemma):
            # An English word that no German lexicon lists as a noun (Wiktionary,
            # Wikidata's lexemes, Wiktionary's definitions) is English where the text
            # has it: a title, a product or a term quoted (Notification, Username). Its
            # gloss would only repeat it, and no reading of its parts as German is right.
            return EMPTY
        if loanword:
            found = replace(found or EMPTY, gloss=loanword, approximate=True)
    if found is None and pos in ("ADJ", "ADV"):
        found = derived_adjective_entry(dictionary, lemma)
    if found is None and pos == "VERB":
        found = colloquial_verb_entry(dictionary, lemma)
    if found is None and pos == "VERB":
        # Only where German Wiktionary does not define the verb: a spatial particle may
        # still make a word of its own (herunterladen is to download, not "to load down").
        found = (spatial_particle_verb_entry(dictionary, lemma)
                 or shared_verb_entry(dictionary, lemma)
                 if not definitions.definition(lemma) else None)
    if pos == "NOUN" and (found is None or not found.gloss or found.approximate):
        found = adjectival_noun_entry(dictionary, lemma, found)
    if (found is None or not found.gloss) and not definitions.definition(lemma):
        # Hints from the word's form, where Wiktionary has no definition of the word
        # itself (übersät is defined; verwebt, a verb form the tagger left, is not).
        hint = form_hint(dictionary, lemma, pos)
        if hint is not None:
            found = replace(found or EMPTY, gloss=hint.gloss, german=hint.german,
                            approximate=hint.approximate)
    if pos == "NOUN" and (found is None or not found.gloss):
        # An English head Ding lacks (Fitness|tracker), where nothing else glosses the
        # word: the parts' reading above ("video + player") names the parts as well.
        found = (loanword_head_entry(dictionary, lemma)
                 or defined_verb_noun_entry(dictionary, lemma)
                 or unit_symbol_entry(dictionary, lemma) or found)
    if pos == "NOUN" and (found is None or not found.gloss):
        # A last part only Wiktionary defines (Umwelt|landesrat), where nothing else
        # glosses the word.
        found = defined_head_entry(dictionary, lemma) or found
    if pos == "NOUN" and (found is None or not found.gloss):
        loanword = listed_loanword(lemma)
        if loanword:
            found = replace(found or EMPTY, gloss=loanword, approximate=True)
    if pos == "NOUN" and (found is None or not found.gloss) \
            and not definitions.definition(lemma):
        # A noun German uses in one phrase, as Ding lists it ("ohne Umschweife").
        phrase = phrase_end_entry(dictionary, lemma, pos)
        if phrase is not None:
            found = replace(found or EMPTY, gloss=phrase.gloss, approximate=False)
    if pos == "NOUN":
        found = with_noun_forms(lemma, found, dictionary)
    found = with_german_definition(lemma, pos, found) or EMPTY
    defined = infinitive_definition(dictionary, lemma) if pos == "NOUN" and not found.gloss else ""
    if defined:
        # A verb's infinitive as a noun is neuter and has no plural (das Hantieren),
        # whatever head a reading as a compound found (Schlen|dern), unless Wiktionary
        # lists the noun itself.
        if not nouns.entries(lemma):
            found = replace(found, gender="n", plural="", rare_plural="")
        found = replace(found, gloss=defined, german=True)
    if pos == "VERB":
        frames = dictionary.frames(lemma)
        if frames:
            found = replace(found, frames=frames)
    return found


# An adjective's senses are all rare English when the most frequent of them is below this
# Zipf ("understrength", 1.8; "anticlimactic", 2.2; "computer-aided", 2.7), and its verb
# line's participle is a word a learner knows when it is at least this frequent
# ("weakened", 3.7; "disappointing", 4.0; "overcrowded", 3.1).
RARE_ADJECTIVE_ZIPF = 2.8
KNOWN_PARTICIPLE_ZIPF = 3.0


def with_participle_sense(dictionary: Dictionary, lemma: str, found: Entry) -> Entry:
    """An adjective's entry with its verb's participle sense first, where every sense
    Ding's adjective lines give is a rare English word and the verb's line translates the
    participle with a common one.

    Ding lists many participles twice: as an adjective of their own, where it gives the
    narrow or literary uses ("geschwächt {adj} :: understrength; paretic", "enttäuschend
    {adj} :: anticlimactic"), and in the verb's line, where the participle is translated
    as the verb is ("schwächen | schwächend | geschwächt :: to weaken | weakening |
    weakened"). Where the adjective's English is all rare (below RARE_ADJECTIVE_ZIPF), it
    is the specialist's or the writer's word, and the article's participle is nearly always
    the verb's (ein geschwächter Trainer, ein enttäuschendes Ergebnis). A participle whose
    adjective lines give a common word keeps them: lexicalised adjectives have drifted from
    their verb (vermessen "presumptuous", not "surveyed"; abgeschlagen "trailing", not
    "knocked off"), and their adjective lines say so in words English uses."""
    if not found.gloss or found.approximate or found.german:
        return found
    participle = dictionary.entry(lemma, PARTICIPLE)
    if participle is None or not participle.gloss:
        return found
    adjective = dictionary.entry(lemma, "ADJ")
    if adjective is None or adjective.gloss != found.gloss:
        # An adverb's line ("vermessen {adv} :: presumptuously") says -ly, which English
        # uses less than its adjective: its rarity says nothing of the sense.
        return found
    senses = found.gloss.split("; ")
    first = participle.gloss.split("; ")[0]
    if first in senses or max(map(_english_zipf, senses)) >= RARE_ADJECTIVE_ZIPF:
        return found
    if _english_zipf(first) < KNOWN_PARTICIPLE_ZIPF:
        return found
    return replace(found, gloss="; ".join([first, *senses][:MAX_SENSES]))


def _english_zipf(sense: str) -> float:
    """`phrase_zipf` of an English sense as written, lower case, its parenthesised asides
    left out ("computer-aided" is "computer aided", which `sense_key`'s joined
    "computeraided" is not)."""
    return phrase_zipf(strip_groups(sense).lower())


def with_german_definition(lemma: str, pos: str, found: Entry | None) -> Entry | None:
    """`found` with German Wiktionary's definition as its gloss where Ding gives none.

    Wiktionary's headwords carry no part of speech, but German writes nouns, and only
    nouns, with a capital: a noun's definition is looked up only for a capitalized lemma,
    any other word's only for one in lower case (the verb "schütteln", not "Schütteln")."""
    if found is not None and found.gloss:
        return found
    if lemma[:1].isupper() != (pos == "NOUN"):
        return found
    definition = definitions.card_definition(lemma)
    if not definition:
        return found
    return replace(found or EMPTY, gloss=definition, german=True, approximate=False)
