"""Form entries: Ding's senses for a word it lacks under the form written, found under
another form or spelling of it: written with or without hyphens (`respelled_entry`), apart
(`apart_entry`), with or without the e of -rig/-lig (`syncopated_entry`), as the last word of
a phrase (`phrase_end_entry`), as a participle's verb (`participle_entry`), with a spoken
particle (`colloquial_verb_entry`), a spatial or shared particle (`spatial_particle_verb_entry`,
`shared_verb_entry`), as a verb form (`verb_form_entry`), a unit's symbol, an adjective or
participle used as a noun (`adjectival_noun_entry`), an English head (`loanword_head_entry`),
and the hints read off the form itself (`form_hint`, `place_entry`). Plain functions of a
`Dictionary`, each None (or "") where the rule does not apply.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.compound_glosses import first_part_gloss, is_nominalised_participle
from learner.dictionary.english import english_cognate, english_ing, english_loanword
from learner.dictionary.entry import EMPTY, Entry, first_sense
from learner.dictionary.index_rows import APART, PHRASE_END, SPELLING, class_of
from learner.dictionary.parsing import GENDERS, MIN_PART, PARTICIPLE, lookup_key, upper_first
from learner.lexicon import definitions, nouns
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# The spoken short forms of the her-/hin- particles, with the written particles Ding lists
# verbs under: "rein" is herein- or hinein-, "raus" heraus- or hinaus-, and so on.
_SHORT_PARTICLES = (
    ("rein", ("hinein", "herein")), ("raus", ("heraus", "hinaus")),
    ("rauf", ("herauf", "hinauf")), ("runter", ("herunter", "hinunter")),
    ("rüber", ("herüber", "hinüber")), ("ran", ("heran", "hinan")),
    ("rum", ("herum",)), ("rab", ("herab", "hinab")),
)

# Particles of two parts (an adverb of direction, her- or hin-, with a preposition) and
# the adverbs entgegen, auseinander, zurück, voran: each adds a direction to its verb and
# nothing more, and English says it with one adverb after the verb. Not hervor-, whose verbs
# mostly mean showing or causing (hervorheben, hervorrufen, hervorkehren: to display, not
# "to sweep forth"), nor herum- (herumkommen, to get about).
_SPATIAL_PARTICLES = (
    ("auseinander", "apart"), ("hinterher", "after"), ("entgegen", "towards"),
    ("hindurch", "through"), ("herunter", "down"), ("hinunter", "down"),
    ("heraus", "out"), ("hinaus", "out"), ("herein", "in"), ("hinein", "in"),
    ("herauf", "up"), ("hinauf", "up"), ("heran", "closer"),
    ("zurück", "back"), ("voran", "ahead"), ("voraus", "ahead"),
)
# Two particles that add one thing English also says with an adverb after the verb, though
# not a direction: dazu- adds to what there is (dazugewinnen, dazukaufen: to win, to buy in
# addition), frei- says the result, something freed or cleared (freispielen, freischaufeln:
# to play, to shovel free), as English "to break free", "to cut free". Their verbs with a
# sense of their own (dazugehören "to belong", freisprechen "to acquit", freistellen "to
# exempt") are Ding's or Wiktionary's entries, which come first.
# weg- is the one one-syllable particle that only points a way: away, as English says it
# after the verb (wegtreiben, wegschleppen: to drive, to drag away). Read so, 21 of the 27
# weg- verbs Ding has with a bare first sense of their base get a hint that fits Ding's own
# sense; the misleading ones (wegtreten "to kick away", wegzoomen "to zoom away") are
# Ding's, which come first. aus-, nach-, durch- misled half the time (docs/dictionary.md).
_ADVERB_PARTICLES = _SPATIAL_PARTICLES + (
    ("dazu", "in addition"), ("frei", "free"), ("weg", "away"))
_BARE_VERB_SENSE = re.compile(r"to [a-z]+")
# A verb's sense with one object's placeholder ("to win sth."), after which dazu-'s and frei-'s
# adverb may stand.
_OBJECT_VERB_SENSE = re.compile(r"to [a-z]+(?: (?:sth\.|sb\.))?")
# A verb's sense in plain words, with its object at most a placeholder ("to sign sth.",
# "to take sth. into account"): what "also" and "jointly" can go with (`shared_verb_entry`).
_PLAIN_VERB_SENSE = re.compile(r"to [a-z]+(?: (?:[a-z]+|sth\.|sb\.))*")
# The letters of the metric prefixes German writes before a unit's name (MBit, GByte).
_METRIC_PREFIXES = {"k": "Kilo", "M": "Mega", "G": "Giga", "T": "Tera"}


def place_entry(word: str) -> Entry | None:
    """A word in -er of a place name Wiktionary lists (der Innsbrucker, die Innsbrucker
    Polizei): German makes both the inhabitant noun and the indeclinable adjective of a
    town this way. "≈ from Innsbruck; of Innsbruck"; the place's name stays as written,
    as names do."""
    place = word[:-2]
    if len(place) < MIN_PART or not any("Toponym" in n.kinds for n in nouns.entries(place)):
        return None
    return Entry(gloss=f"from {place}; of {place}", approximate=True)


def respelled_entry(dictionary: Dictionary, word: str, pos: str) -> Entry | None:
    """Ding's gloss of the word written with or without the hyphens it has, where Ding
    lists it so and not as written (Call-Center: Callcenter "call centre"; U-Bahnlinie:
    U-Bahn-Linie "underground line"): the same word, whose own senses say more than a
    reading of its parts ("call + center"). Of the same class, capitalized as written (a
    noun's letters are no adjective's); its gender and plural are read off the word as
    written (`with_noun_forms`), so only the gloss is taken."""
    key = lookup_key(word.replace("-", ""))
    # Ding's spellings without hyphens under their own key; its hyphenated ones under
    # SPELLING, with their class in the gloss column.
    others = [other for other, in dictionary.fetch(
        "SELECT word FROM entry WHERE key = ? AND pos = ?", (key, pos))]
    others += [other for other, cls in dictionary.fetch(
        "SELECT word, gloss FROM entry WHERE key = ? AND pos = ?", (key, SPELLING))
        if cls == pos]
    for other in others:
        if other != word and other[:1] == word[:1] and class_of(other) == pos:
            found = dictionary.entry(other, pos)
            if found is not None and found.gloss:
                return Entry(gloss=found.gloss)
    return None


def apart_entry(dictionary: Dictionary, word: str) -> Entry | None:
    """Ding's gloss of an adjective or adverb it writes as two words, for the word
    written as one (buntgemischt: "bunt gemischt" "motley"; see `spellings_apart`):
    the same word. Of several lines, Ding's first."""
    rows = dictionary.fetch("SELECT gloss FROM entry WHERE key = ? AND pos = ?",
                       (lookup_key(word), APART))
    return Entry(gloss=rows[0][0]) if rows else None


def phrase_end_entry(dictionary: Dictionary, word: str, pos: str) -> Entry | None:
    """The senses of the phrase Ding lists a word in, as its last word, where it lists
    the word nowhere else (see `phrase_ends`): "(noch nie dagewesen) unprecedented".
    Of the same class, a verb's, a noun's or an adjective's (an adverb's alike); of
    several phrases, Ding's first."""
    word_class = pos if pos in ("VERB", "NOUN") else "ADJ"
    rows = [gloss for gloss, cls in dictionary.fetch(
        "SELECT gloss, gender FROM entry WHERE key = ? AND pos = ?",
        (lookup_key(word), PHRASE_END)) if cls == word_class]
    return Entry(gloss=rows[0]) if rows else None


def syncopated_entry(dictionary: Dictionary, adjective: str) -> Entry | None:
    """Ding's adjective written with the unstressed e before -rig or -lig that the word
    drops, or without the one it has (bettlägrig: bettlägerig "bedridden"; schwindelig,
    schwindlig): German writes both, and Ding lists one. The same word: Ding's gloss."""
    for ending in ("rig", "lig"):
        if adjective.endswith("e" + ending):
            variant = adjective[: -len(ending) - 1] + ending
        elif adjective.endswith(ending) and len(adjective) > len(ending) + 3:
            variant = adjective[: -len(ending)] + "e" + ending
        else:
            continue
        found = dictionary.entry(variant, "ADJ")
        if found is not None and found.gloss:
            return Entry(gloss=found.gloss)
    return None


def infinitive_definition(dictionary: Dictionary, noun: str) -> str:
    """German Wiktionary's definition of the verb a noun is the infinitive of (das
    Hantieren: "geschäftig (mit den Händen) mit einer Sache umgehen"), "" if none. German
    makes a noun of any verb's infinitive, meaning the action (das Bejagen is the hunting
    of game), and Wiktionary defines few of them: the verb's definition is what the noun
    means, as Ding's verb in -ing form is for the nominalised infinitives of the verbs it
    has (`derived_noun_entry`). Only a capitalized word in -en whose verb wordfreq knows
    in its third person (hantiert), and which Ding has as no adjective or adverb:
    Wiktionary's lower-case headwords are adjectives too (offen, eigen), and wordfreq has
    stray words spelt as their third person ("offt"). Not the infinitives in -ern and
    -eln (das Tüfteln), which the judges call wrong forms as often as good (docs/
    dictionary.md), and which are as often a dative plural (den Stöpseln)."""
    if not noun[:1].isupper() or "-" in noun or not noun.endswith("en"):
        return ""
    verb = noun.lower()
    if (wordlists.zipf_frequency(verb[:-2] + "t", "de") <= 0 or dictionary.entry(verb, "ADJ")
            or dictionary.entry(verb, "ADV")):
        return ""
    return definitions.definition(verb)


def form_hint(dictionary: Dictionary, lemma: str, pos: str) -> Entry | None:
    """A gloss read off the form of a word neither Ding nor Wiktionary defines:

    - a word in -er of a place (Innsbrucker: `place_entry`);
    - a verb form the tagger left as a lemma (verwebt: `verb_form_entry`);
    - a word with a learned suffix English shares (budgetär "≈ budgetary":
      `english_cognate`);
    - a compound whose last part is an English loanword Wiktionary has as a German noun
      (Großevent "≈ large + event"), unless Wiktionary lists the word as a name.
    """
    if lemma.endswith("er") and lemma[:1].isupper():
        found = place_entry(lemma)
        if found is not None:
            return found
    if pos in ("VERB", "ADJ", "ADV"):
        found = verb_form_entry(dictionary, lemma)
        if found is not None or pos == "VERB":
            return found
    learned = english_cognate(lemma, pos)
    if learned:
        return Entry(gloss=learned, approximate=True)
    if pos == "NOUN" and "-" not in lemma and not any(n.is_name
                                                     for n in nouns.entries(lemma)):
        composed = loanword_compound_gloss(dictionary, lemma)
        if composed:
            return Entry(gloss=composed, approximate=True)
    return None


def loanword_compound_gloss(dictionary: Dictionary, word: str) -> str:
    """The hint for a compound whose head is a loanword Ding lacks (Groß|event), where
    Wiktionary has the head as a German noun (not Asylwerber|in: "Erin" is a name) and
    English as its word, or writes it with the accent Ding's entry has (Internet|cafe:
    Café); the first part read as in `compound_gloss`. Only four letters or more: a
    shorter last part is mostly an ending (Medi|ale). No reading of a participle used
    as a noun (der Durchreisende is no Durchreis|ende)."""
    if is_nominalised_participle(word) and dictionary.entry(word[:-3].lower() + "n", "VERB"):
        return ""
    for start in range(MIN_PART, len(word) - MIN_PART):
        rest = upper_first(word[start:])
        # Ding's own noun where it has one, even without a gender (Event, listed inside
        # another line), or with its accent; else the English word.
        head = dictionary.entry(rest, "NOUN") or (
            dictionary.entry(rest[:-1] + "é", "NOUN") if rest.endswith("e") else None)
        last = first_sense(head)
        if not last and head is None and nouns.entry(rest) is not None:
            last = english_loanword(rest)
        first = first_part_gloss(dictionary, word[:start], 1) if last else ""
        if first:
            return f"{first} + {last}"
    return ""


def participle_entry(dictionary: Dictionary, participle: str) -> Entry | None:
    """A present participle used as an adjective (sinkend, basierend), which Ding lists
    under its verb: the verb's senses in -ing form, "≈ sinking", marked approximate."""
    verb = dictionary.entry(participle[:-1], "VERB")
    for start in range(MIN_PART, len(participle) - 2 * MIN_PART):
        if verb is not None and verb.gloss:
            break
        # A verb with a noun incorporated (augenzwinkernd, kopfschüttelnd: the eyes'
        # winking) that Ding lacks: the participle of its last verb, "≈ winking".
        if definitions.definition(participle):
            break  # Wiktionary defines it (abendfüllend): no reading of its parts
        if nouns.is_noun(upper_first(participle[:start])) or any(
                participle[:start].endswith(link) and nouns.is_noun(
                    upper_first(participle[:start - len(link)])) for link in LINKING):
            verb = dictionary.entry(participle[start:-1], "VERB")
    if verb is None or not verb.gloss:
        return None
    senses = [english_ing(s) for s in verb.gloss.split("; ")[:2]]
    return Entry(gloss="; ".join(s for s in senses if s), approximate=True)


def colloquial_verb_entry(dictionary: Dictionary, verb: str) -> Entry | None:
    """A verb with the spoken short form of a her-/hin- particle (reinpassen, rausgehen,
    runterfahren): spoken German drops the her-/hin- (herein/hinein -> rein, heraus/hinaus
    -> raus). Ding lists the written verb; its senses, marked approximate."""
    for short, full in _SHORT_PARTICLES:
        if verb.startswith(short) and len(verb) > len(short) + 3:
            rest = verb[len(short):]
            for particle in full:
                found = dictionary.entry(particle + rest, "VERB")
                if found is not None and found.gloss:
                    return Entry(gloss=found.gloss, approximate=True)
    return None


def defined_verb_noun_entry(dictionary: Dictionary, noun: str) -> Entry | None:
    """An -ung noun of a verb Ding lacks and German Wiktionary defines (Monetarisierung:
    monetarisieren "in Geld umwandeln, …"): the noun names the verb's action, as with
    Ding's verbs (`derived_noun_entry`), so the verb's definition is what it means;
    German, feminine. Asked only where nothing else glosses the noun: a reading of its
    parts names them (Offen|haltung), where Wiktionary's first sense of the verb may be
    another use (offenhalten: "noch nicht entscheiden", not a border kept open)."""
    if not noun.endswith("ung") or len(noun) <= 6 or "-" in noun \
            or definitions.definition(noun):
        return None
    stem = noun[:-3].lower()  # Monetarisier-ung, Absiedel-ung
    defined = definitions.definition(stem + "en") or definitions.definition(stem + "n")
    return Entry(gloss=defined, gender="f", approximate=True, german=True) if defined \
        else None


def unit_symbol_entry(dictionary: Dictionary, symbol: str) -> Entry | None:
    """A unit written with a metric prefix's letter (k, M, G, T) before the unit's name,
    as German writes data rates and sizes (MBit, Mbit, GByte): Ding's entry for the unit
    spelt out (Megabit "megabit"), the same word, and its gender (das MBit, as das
    Megabit: the symbol is read as the unit's name). No plural: a unit after a number
    stays as it is (100 MBit). Only where Ding has that spelt-out unit, and only the
    prefixes' own letters in their own case (KWh, with a capital K, is no kilo-)."""
    prefix = _METRIC_PREFIXES.get(symbol[:1])
    rest = symbol[1:]
    if prefix is None or not 2 <= len(rest) <= 5 or not rest.isalpha():
        return None
    spelt = dictionary.entry(prefix + rest.lower(), "NOUN")
    if spelt is None or not spelt.gloss:
        return None
    return Entry(gloss=spelt.gloss,
                 gender=spelt.gender if spelt.gender in GENDERS else "")


def loanword_head_entry(dictionary: Dictionary, noun: str) -> Entry | None:
    """A compound written as one word of a noun Ding has and an English loanword Ding
    lacks and German Wiktionary lists as a noun (Fitness|tracker: Fitness "fitness",
    Tracker): English's noun phrase, "≈ fitness tracker". `compound_entry` reads only
    heads Ding has, and the loanword route only the whole word; German compounds an
    English head as it compounds its own nouns, the first part naming the kind. The
    first part's first sense in plain words, after a linking -s, as English writes it
    before the head."""
    if "-" in noun or not noun[:1].isupper():
        return None
    for start in range(MIN_PART, len(noun) - 3):
        head = noun[start:].capitalize()
        loanword = english_loanword(head)
        if not loanword or not nouns.entries(head) or dictionary.entry(head, "NOUN"):
            continue
        first = noun[:start]
        part = dictionary.entry(first, "NOUN")
        if part is None and first.endswith("s"):
            part = dictionary.entry(first[:-1], "NOUN")
        sense = first_sense(part)
        if sense and sense.replace(" ", "").isalpha():
            return Entry(gloss=f"{sense} {loanword}", approximate=True)
        return None
    return None


def spatial_particle_verb_entry(dictionary: Dictionary, verb: str) -> Entry | None:
    """A verb Ding lacks of a particle that only points a way (`_SPATIAL_PARTICLES`:
    hinterher-, hindurch-, heraus-, entgegen-, auseinander-…), or of dazu- or frei-
    (`_ADVERB_PARTICLES`), and a verb Ding has: the verb's first sense with the
    particle's English adverb, marked approximate (*hinterherkommen* "≈ to come after",
    *entgegenstreben* "≈ to strive towards", *dazugewinnen* "≈ to win in addition",
    *freispielen* "≈ to play free").

    Such a particle adds its direction and nothing else, so the compound means what its
    parts say. The one-syllable particles (aus-, nach-, durch-, auf-, mit-) do not: a
    trial with them read *nachdrehen* (to reshoot) as "to turn on" and *hinblättern* (to
    shell out) as "to flip down", half the hints misleading (docs/dictionary.md). Only a
    first sense that is a bare "to" and one verb takes the adverb; "to seek after sth." would
    read "to seek after sth. towards"."""
    for particle, english in _ADVERB_PARTICLES:
        rest = verb[len(particle):]
        if not verb.startswith(particle) or len(rest) < 4:
            continue
        base = dictionary.entry(rest, "VERB")
        if base is None or not base.gloss:
            return None
        # The first sense only: Ding's later senses of a base verb are its narrower uses,
        # which the particle seldom goes with ("to attend after" for hinterherkommen).
        first = base.gloss.split("; ")[0]
        bare = _BARE_VERB_SENSE.fullmatch(first)
        # dazu- and frei- say what is added or freed, after the object as in English
        # ("to buy sth. in addition", "to dig sth. free"); a direction after "sth." reads
        # as the object's way, not the verb's.
        if not (bare or particle in ("dazu", "frei") and _OBJECT_VERB_SENSE.fullmatch(first)):
            return None
        return Entry(gloss=f"{first} {english}", approximate=True)
    return None


def shared_verb_entry(dictionary: Dictionary, verb: str) -> Entry | None:
    """A verb Ding lacks of mit- and a verb it has (mitbedenken, mitunterzeichnen): the
    verb's first sense "also" and "jointly", marked approximate: "≈ to also consider
    sth.; to consider sth. jointly", "≈ to also sign sth.; to sign sth. jointly".

    German mit- makes a verb of nearly any verb, for doing it besides something else
    (mitbedenken, mitberücksichtigen: to take into account as well) or with others
    (mitunterzeichnen, mitproduzieren: co-sign, co-produce); the two readings name both,
    as the compound readings of a noun do. Ding's own mit- verbs render the particle by
    co-, along, with, help to, too, as well (mitfinanzieren "to co-finance", mitsingen
    "to sing along", mitessen "to eat sth. too"): no one English element, but "also" and
    "jointly" say what each of these does. The mit- verbs whose sense is not the two
    parts' (mitteilen, mitbekommen, mitnehmen) are Ding's or Wiktionary's own entries,
    which come first. Only a base verb of four letters or more whose first sense (as
    its card ranks it) is "to" and plain words."""
    rest = verb.removeprefix("mit")
    if rest == verb or len(rest) < 4 or dictionary.entry(rest, "VERB") is None:
        return None
    base = dictionary.lookup(rest, "VERB")
    first = base.gloss.split("; ")[0] if base.gloss and not base.german else ""
    if not _PLAIN_VERB_SENSE.fullmatch(first):
        return None
    return Entry(gloss=f"to also {first[3:]}; {first} jointly", approximate=True)


def verb_form_entry(dictionary: Dictionary, form: str) -> Entry | None:
    """A finite verb form left as a lemma by the tagger (verwebt, narrt: third person or
    participle in -t of verweben, narren), which Ding lists under the infinitive: the
    verb's senses, marked approximate. Only for a form Ding lacks in every class."""
    if not form.endswith("t") or len(form) < 5 or not form.islower() or dictionary.knows(form):
        return None
    stem = form[:-1]
    for verb in (stem + "en", stem + "n", stem[:-1] + "en" if stem.endswith("e") else ""):
        found = dictionary.entry(verb, "VERB") if verb else None
        if found is not None and found.gloss:
            return Entry(gloss=found.gloss, approximate=True)
    # A verb Ding lacks: German Wiktionary's definition of the infinitive (werkt: werken).
    definition = definitions.definition(stem + "en") or definitions.definition(stem + "n")
    return Entry(gloss=definition, german=True) if definition else None


def adjectival_noun_entry(dictionary: Dictionary, noun: str, found: Entry | None) -> Entry | None:
    """An adjective or participle used as a noun that Ding lists in neither form
    (der/die Gestrandete, Leidtragende, der Fliehende): German Wiktionary's definition
    of the noun, or of its strong form (Leidtragender), where Wiktionary lists it; else
    the adjective's first sense after "the" ("≈ the stranded") or the participle's
    after "someone" ("≈ someone fleeing"), where Ding has them.
    Such a noun is no compound (Leid|trag|ende), so a composed hint is dropped."""
    if not noun.endswith("e") or len(noun) < 6:
        return found
    agent = agent_noun_of_participle(dictionary, noun)
    if agent is not None:
        # Die Steuerzahlenden are the taxpayers: German news writes a present participle
        # as a noun where the -er noun would name only men (Forschende, Forscher).
        return Entry(gloss=agent.gloss)
    adjectival = any(nouns.ADJECTIVAL in n.kinds for n in nouns.entries(noun + "r"))
    # A noun of its own (die Exekutive) is Wiktionary's, or Wikidata's with a gender: a
    # Wikidata lexeme without one, in -e, is the adjective's noun itself, which Wikidata
    # gives in its weak form for either gender (die/der Freiheitliche).
    own = any(n.genders or nouns.WIKIDATA not in n.kinds for n in nouns.entries(noun))
    stem = noun[:-1].lower()
    composed = found is not None and found.approximate and " + " in found.gloss
    if not adjectival and (found is not None and found.gloss or own) and not (
            composed and dictionary.entry(stem, "ADJ") is not None):
        # A composed hint gives way where Ding has the adjective itself: the noun is
        # that adjective's (die Stimmberechtigte, stimmberechtigt "entitled to vote"),
        # and its parts split the adjective, not the noun (Stimm|berechtigte).
        return found
    if definitions.definition(noun):
        # Wiktionary defines the noun itself (die Unparteiische: a referee, not "the
        # impartial"): its definition, which `lookup` shows where Ding has no gloss.
        if found is not None and found.approximate:
            found = replace(found, gloss="", approximate=False)
        return found
    definition = definitions.definition(noun + "r") if adjectival else ""
    if definition:
        return replace(found or EMPTY, gloss=definition, german=True, approximate=False)
    # A past participle Ding lists only in its verb's line counts as the adjective
    # (der Festgenommene: "the arrested").
    adjective = dictionary.entry(stem, "ADJ") or dictionary.entry(stem, PARTICIPLE)
    if adjective is not None and adjective.gloss:
        # English nominalises an adjective with "the" as German does with the article,
        # for people (the injured) and abstractions (das Greifbare, the tangible) alike.
        return replace(found or EMPTY, gloss=f"the {adjective.gloss.split('; ')[0]}",
                       approximate=True)
    participle = participle_entry(dictionary, stem) if stem.endswith("nd") else None
    if participle is not None and participle.gloss:
        # A present participle as a noun names who does it (der Fliehende): "someone
        # fleeing", "someone entering the country".
        return replace(found or EMPTY, gloss=f"someone {participle.gloss.split('; ')[0]}",
                       approximate=True)
    return found


def agent_noun_of_participle(dictionary: Dictionary, noun: str) -> Entry | None:
    """The -er noun Ding has for a present participle used as a noun (Steuerzahlende:
    Steuerzahler "taxpayer"; Mitarbeitende: Mitarbeiter), None if none. German makes
    both from the verb's stem (zahl-end-e, Zahl-er) and uses the participle as the
    form for people of any gender, so the two name the same people. The stem's verb
    must be Ding's, as written or as the compound's last part (zahlen): Legende is no
    participle of a verb *legen-d-. A noun Wiktionary lists as neuter is a compound of
    das Ende (Spiel|ende): people are der or die."""
    if not is_nominalised_participle(noun) or any(
            "n" in known.genders for known in nouns.entries(noun)):
        return None  # das Spielende is the end (das Ende) of a game, not who plays
    stem = noun[:-4]
    lowered = stem.lower()
    if not any(dictionary.entry(lowered[start:] + "en", "VERB") is not None
               or dictionary.entry(lowered[start:] + "n", "VERB") is not None
               for start in range(0, len(lowered) - MIN_PART + 1)):
        return None
    agent = dictionary.entry(stem + "er", "NOUN")
    if agent is None or not agent.gloss or agent.gender != "m":
        return None
    return agent


def adjective_noun_entry(dictionary: Dictionary, noun: str) -> Entry | None:
    """An adjective used as a noun (der/die Minderjährige, das Vielfache), which Ding lists
    in its strong masculine or neuter form (Minderjähriger, Vielfaches). The card shows it
    with the definite article, so the plural is the weak one: die Minderjährigen."""
    found = dictionary.entry(noun + "r", "NOUN")
    if found is not None and found.gender == "m" and found.gloss:
        return Entry(gloss=found.gloss, gender="m", plural=noun + "n")
    # An abstraction is neuter, listed in its strong form too (Vielfaches: das
    # Vielfache, a multiple).
    found = dictionary.entry(noun + "s", "NOUN") if len(noun) > 4 else None  # not Fe, Fes
    if found is not None and found.gender == "n" and found.gloss:
        return Entry(gloss=found.gloss, gender="n", plural=noun + "n")
    return None
