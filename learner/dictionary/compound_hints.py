"""Hints for a compound Ding lacks, read from its parts: where to split it, the readings
"first part + head" offered (and when a hint is doubtful), the parts' own senses that fill a
hint's empty places, and the German Wiktionary definitions and frames a part is read
through.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from learner import wordlists
from learner.dictionary.compound_senses import ALTERNATIVE_SHARE
from learner.dictionary.contexts import FUNCTION_WORD_ZIPF
from learner.dictionary.english import LOANWORD_ZIPF
from learner.dictionary.parsing import MIN_PART
from learner.dictionary.ranking import (
    MAX_SENSES,
    MIN_COMPOUND_SENSE,
    phrase_zipf,
    sense_family,
    spelling_key,
)
from learner.lexicon import definitions, nouns

# A first part's own sense is shown rather than the one its compounds use most only where at
# least a third as many compounds use it (see `compound_glosses.first_part_gloss`): Landes- "state"
# (the compounds' favourite), Dauer- "permanent" (23 compounds) rather than Dauer's own
# "duration" (2). Set on the development samples (bench/card_quality.py, seeds 41 and 42).
OWN_SENSE_SHARE = 3

# A German adjective suffix is productive where Ding lists at least this many adjectives
# ending in it (-los 371, -artig 306, -bezogen 54; -polizeilich 4).
MIN_SUFFIX_EVIDENCE = 10

# Nouns in these suffixes always take a linking -s before another noun (Zeitung-s-stand,
# Sicherheit-s-rat, Gesellschaft-s-recht, Universität-s-klinik, Aktion-s-tag), and such a
# -s closes the compound's first part: what stands before it is one constituent, what
# follows the head (Rückzahlung-s-termin is a date of repayment, not the back of a
# Zahlungstermin; Versicherung-s-beitrag).
_LINKED_SUFFIX = re.compile(r"(?:ung|heit|keit|schaft|tät|ion)s(?=[a-zäöü])")


# Prefixes German took from Latin and Greek that English writes and uses alike, before a noun
# ("Ex-Präsidentin", an ex-president) or an adjective ("ultrakalt", ultra-cold). German makes
# such words freely, so Ding lists few of them; the prefix's English is itself (quasi-, as
# in "quasi-mystisch", quasi-mystical, a quasi-monopoly). Ex- makes nouns only, read only
# before a hyphen: "Export" is no ex-port.
SHARED_PREFIXES = ("anti", "pro", "pseudo", "quasi", "super", "ultra")



def split_points(word: str, is_noun: Callable[[str], bool]) -> list[int]:
    """Where to try splitting a compound into first part and head: after a suffix's linking
    -s (`_LINKED_SUFFIX`) where what stands before it is a noun of its own (`is_noun`), the
    rightmost first, then every point from the left, the longest head first. A first part
    that is no word of Ding's is itself a compound, whose own last part may make one with
    the head: Bezirks|verwaltungsbehörde is an administrative authority of a district.

    So is an -s after a compound Ding knows as a noun (of more than 2 * MIN_PART letters:
    Menschenrecht-s-, Urheberrecht-s-), unless the s opens a noun itself (Winter|sturm, no
    Winters|turm): a compound Ding has is the first part a longer word was made from, as
    Menschenrechts|lage is the situation of human rights, not "human + legal situation"."""
    linked = [m.end() for m in _LINKED_SUFFIX.finditer(word, MIN_PART)
              if len(word) - m.end() >= MIN_PART and is_noun(word[: m.end() - 1])]
    linked += [i for i in range(2 * MIN_PART + 1, len(word) - MIN_PART + 1)
               if word[i - 1] == "s" and i not in linked and is_noun(word[: i - 1])
               and not is_noun(word[i - 1].upper() + word[i:])]
    linked.sort()
    ordinary = [start for start in range(MIN_PART, len(word) - MIN_PART + 1)
                if start not in linked]
    return linked[::-1] + ordinary


# The endings of a German adjective's strong and weak forms (kalter, kalte, kaltes, kalten,
# kaltem), longest first.
ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")
# A noun written with a capital I for both genders (ArbeitnehmerInnen, LehrerIn): the
# masculine noun before it.
INCLUSIVE_FORM = re.compile(r"(\w+[a-zäöüß])(?:In|Innen)")


def german_word(word: str) -> bool:
    """Whether German Wiktionary has `word` as a German word Ding lacks, not a name: a word it
    defines that is no English one German has borrowed (Internet, Cup are their own gloss),
    written in lower case (raus) or, capitalized, listed as a common noun (Europacup,
    Hightech; Wiktionary defines surnames too: Trump, "Nachname"), or the plural or a case
    form of one of its nouns (Nazis). Names it lists as names only are none (Steiermark), nor
    are first names, whatever else they are (Hans, also "Person männlichen Geschlechts")."""
    lower = word.lower()
    english = wordlists.zipf_frequency(lower, "en")
    if word in nouns.listed_names() or word in nouns.first_names() or (
            english >= LOANWORD_ZIPF and english >= wordlists.zipf_frequency(lower, "de")):
        return False
    if word.islower():
        return bool(definitions.senses(word))
    return bool(nouns.lemmas_of(word)) or (nouns.is_noun(word)
                                           and bool(definitions.senses(word)))


def is_function_word(word: str) -> bool:
    """Whether wordfreq counts a German word at Zipf FUNCTION_WORD_ZIPF or more: articles,
    prepositions, pronouns, conjunctions (der, an, ein, und). Asked of learner's copy of the
    list (`wordlists`), a word at a time: a rebuild that meets one hyphenated compound need
    not read wordfreq's whole German list."""
    found = wordlists.frequencies("de").get(word.lower(), 0.0)
    return found >= 10 ** (FUNCTION_WORD_ZIPF - 9)


# A label before a Wiktionary sense ("Politik:", "in Zusammensetzungen:") and the words that
# say a sense spells out an abbreviation ("Abkürzung für", "Kurzwort für").
_SENSE_LABEL = re.compile(r"^([^:„“\"]{1,40}):\s*")
_SPELLS_OUT = re.compile(
    r"^(?:Kurzbezeichnung, )?(?:Abkürzung|Kurzwort|Kurzform|Akronym)(?: (?:für|von|aus))?\s+")


def spelled_out(sense: str) -> tuple[str, bool]:
    """The one German word a Wiktionary sense of an abbreviation spells it out as, and
    whether the sense is labelled for compounds: "in Zusammensetzungen:
    nationalsozialistisch" -> ("nationalsozialistisch", True), "Abkürzung für
    Arbeitsmarktservice" -> ("Arbeitsmarktservice", False); ("", False) for a name of several
    words ("Österreichische Volkspartei") or anything else."""
    label = _SENSE_LABEL.match(sense)
    text = sense[label.end():] if label else sense
    text = _SPELLS_OUT.sub("", text).strip(" „“\"'.")
    in_compounds = bool(label) and "Zusammensetzung" in label.group(1)
    return (text, in_compounds) if text.replace("-", "").isalpha() else ("", False)


def doubtful_hint(gloss: str) -> bool:
    """Whether a compound hint is unsure of its parts: it offers several readings
    (`alternative_readings`), or keeps a part as written ("ÖFB- + selection"), a name or
    abbreviation the hint does not translate."""
    return "; " in gloss or "- + " in gloss


def alternative_readings(firsts: list[str], heads: list[str], size: int) -> list[str]:
    """Up to `size` readings "first part + head" of a compound, each part's senses best
    first: the best of both, then the head's second sense, then the first part's second, then
    the rest in turn. A compound Ding lacks means one sense of each part, and Ding's order of
    a part's senses says which is commonest, not which the compound means: Treffer is "hit"
    before "goal", but a cup's Treffer is a goal; Anschlag- is "stop" before "attack". A hint
    that offers the next sense of each part lets the learner find the one the sentence
    means, where one reading alone would teach the wrong one."""
    pairs = [(0, 0), (0, 1), (1, 0), (0, 2), (1, 1), (2, 0)]
    found = [f"{firsts[i]} + {heads[j]}" for i, j in pairs if i < len(firsts) and j < len(heads)]
    return found[:size]


def _new_family(sense: str, found: Iterable[str]) -> bool:
    """Whether `sense` is of no English word family among `found` ("station" and "radio
    station" are one; "low" and "Lower" one word's forms), nor a derivation of one of their
    stems ("presidency" says in a compound hint what "presidential" says, "violence" what
    "violent" says: all but the last three letters of the shorter, five at least, shared)."""
    family = spelling_key(sense_family(sense))

    def one_stem(other: str) -> bool:
        shared = len(os.path.commonprefix([family, other]))
        return shared >= max(_SHARED_STEM, min(len(family), len(other)) - 3)

    return bool(sense) and not any(
        family.startswith(f) or f.startswith(family) or one_stem(f)
        for f in (spelling_key(sense_family(other)) for other in found))


# English derivations of one stem share at least five letters (violen-t, violen-ce).
_SHARED_STEM = 5


def _shown_in_compounds(found: list[str], own: list[str], counts: Mapping[str, int],
                        ) -> list[str]:
    """A compound part's senses that its Ding entry shows (`own`, its first MAX_SENSES)
    and Ding's compounds use (`counts`), not offered yet (`found`): at least
    MIN_COMPOUND_SENSE compounds and an eighth of the favourite's count. Two kinds of
    evidence, so half the share `compound_heads.other_senses` asks of the compounds alone (a
    quarter): Zug is "train" in 41 of Ding's compounds and "procession" in 9 (Festzug,
    Fackelzug, Trauerzug), and a Protestzug is a march; Gruppe is "group" in 133 and
    "category" in 6, a sense no Islamistengruppe means."""
    lowered = {sense.lower(): count for sense, count in counts.items()}
    least = max(MIN_COMPOUND_SENSE, max(counts.values(), default=0) / (2 * ALTERNATIVE_SHARE))
    extras: list[str] = []
    for sense in own[:MAX_SENSES]:
        if lowered.get(sense.lower(), 0) >= least and _new_family(sense, [*found, *extras]):
            extras.append(sense)
    return extras


def own_readings(firsts: list[str], heads: list[str], own_firsts: list[str],
                  own_heads: list[str], first_counts: Mapping[str, int],
                  head_counts: Mapping[str, int]) -> list[str]:
    """More readings of a compound from its parts' own entries (`own_firsts`, `own_heads`,
    best first), beside the senses Ding's compounds give the parts (`firsts`, `heads`, best
    first, with how many compounds use each: `first_counts`, `head_counts`):

    - a part's own first sense, the sense the word alone has most often, where some but
      fewer than OWN_SENSE_SHARE * MIN_COMPOUND_SENSE (9) of Ding's compounds back their
      favourite. A few compounds may favour a sense of a few titles (Honorar- "honorary" in
      Honorarkonsul and Honorarprofessor; Honorar is a "fee": Honorarzahlung "≈ fee +
      payment") or of a technical field; where many agree (Grund- "basic" in 70, Gesamt-
      "total" in 72), the word's own first sense ("reason", "whole") is the rarer reading in
      a compound;
    - then a sense the part's entry shows (`_shown_in_compounds`) that at least
      MIN_COMPOUND_SENSE compounds use, the head's first: Zug is "train" in 41 of Ding's
      compounds and "procession" in 9, and a Protestzug is a march."""
    found: list[str] = []
    for own, counts, offered in ((own_firsts, first_counts, firsts),
                                 (own_heads, head_counts, heads)):
        # Only against the compounds' favourite: a part no compound reads is read in its own
        # first sense already, or deliberately not (Talk- "talk", not Ding's "talc").
        if (own and counts and max(counts.values()) < OWN_SENSE_SHARE * MIN_COMPOUND_SENSE
                and _new_family(own[0], offered)):
            found.append(f"{own[0]} + {heads[0]}" if offered is firsts
                         else f"{firsts[0]} + {own[0]}")
    found += [f"{firsts[0]} + {sense}" for sense in _shown_in_compounds(heads, own_heads,
                                                                        head_counts)]
    found += [f"{sense} + {heads[0]}" for sense in _shown_in_compounds(firsts, own_firsts,
                                                                       first_counts)]
    return found


def distinct_own_readings(found: list[str], own_firsts: list[str], own_heads: list[str],
                           first_counts: Mapping[str, int], head_counts: Mapping[str, int],
                           ) -> list[str]:
    """Readings that fill a hint's empty places (after `found`, the readings already offered,
    best first) with a sense of a part's own entry (its first MAX_SENSES) that no reading
    offers yet in any English word family: the head's, commonest English first, in turn with
    the first part's, each beside the other part of the best reading. A hint offered the
    senses Ding's compounds give a part, and those are often one family or one field: Prozess
    is "process" in 106 compounds and "trial" in 7 (Terrorprozess "≈ terror + process; terror
    + trial"), Forderung- "claim" (Forderungskatalog "≈ claim + catalogue; demand +
    catalogue"), Rad- "wheel" (Radsaison "≈ wheel + season; bicycle + season").

    Only a sense some of Ding's compounds read the part in, or any where none reads it at all
    and the hint reads it by its entry (Schiedsrichter, Überfall: Handball-Schiedsrichter "≈
    handball + arbitrator; handball + referee; ..."; not Slip- "slip", read as the English
    word where Ding's entry has "briefs"): a sense of the entry no compound uses is mostly a
    homograph's or a specialist's (Ball "formal dance", Kapelle "fume cupboard", Raub
    "rape"), and in a compound it is noise."""
    if not found:
        return []
    best_first, _, best_head = found[0].rpartition(" + ")
    offered_firsts = [reading.rpartition(" + ")[0] for reading in found]
    offered_heads = [reading.rpartition(" + ")[2] for reading in found]

    def distinct(own: list[str], offered: list[str], counts: Mapping[str, int]) -> list[str]:
        used = {sense.lower() for sense in counts}
        if not used and not {sense.lower() for sense in offered} & {s.lower() for s in own}:
            return []  # Slip- "slip": read as another word than its entry's on purpose
        return [sense for sense in sorted(own[:MAX_SENSES], key=lambda s: -phrase_zipf(s))
                if (not used or sense.lower() in used) and _new_family(sense, offered)]

    heads = [f"{best_first} + {sense}"
             for sense in distinct(own_heads, offered_heads, head_counts)]
    firsts = [f"{sense} + {best_head}"
              for sense in distinct(own_firsts, offered_firsts, first_counts)]
    return [reading for pair in itertools.zip_longest(heads, firsts) for reading in pair
            if reading]


# The words of a hyphenated phrase before a compound's head are read one by one only where
# each is an everyday word, about once in a million words or more (`part_words.phrase_gloss`).
PHRASE_WORD_ZIPF = 3.0


def noun_definition(part: str) -> str:
    """German Wiktionary's definition of a compound's last part as a noun, "" unless
    Wiktionary lists it as a common noun (not a place, a surname or a word Wikidata alone
    lists: Ost-Berlin's Berlin is no kind of thing) and defines it."""
    noun = part[:1].upper() + part[1:]
    if len(noun) < MIN_PART or not noun[1:].islower() or nouns.entry(noun) is None:
        # A last part with capitals inside is an abbreviation (GmbH, AG): one of a company's
        # legal form makes the compound its name (Beispiel-GmbH), no kind of thing.
        return ""
    return definitions.definition(noun)


def german_lexicons_list(noun: str) -> bool:
    """Whether a German lexicon besides Ding lists the noun: Wiktionary or Wikidata's lexemes
    as a noun, or Wiktionary with a definition."""
    return bool(nouns.entries(noun)) or bool(definitions.definition(noun))


# How many of Ding's adjectives ending in one part must render it by the same English frame
# around their first part (`adjective_hints.head_frame`) for the frame to stand for the part: three,
# as two compounds share a phrase by chance ("not belonging to the railway/railroad" for both
# eisenbahnfremd and bahnfremd).
MIN_FRAME_EVIDENCE = 3
# German adjective suffixoids (Halbsuffixe) whose meaning after a noun is one, though Ding
# renders each of its compounds in its own words, so no frame stands out there: the frame
# that fits most of Ding's own compounds. -fremd "not belonging to the noun's domain" fits 17
# of Ding's 27 (branchenfremd, ortsfremd "non-local", haushaltsfremd "extrabudgetary"; not
# the "out of touch" sense of weltfremd, realitätsfremd), -freudig "keen on" 15 of 20
# (kontaktfreudig, prozessfreudig "litigious"; not farbenfreudig "colourful"). -betont
# (gefühlsbetont "emotional"), -mäßig and -jährig have no one reading.
SUFFIXOID_FRAMES = {"fremd": ("from outside the", ""), "freudig": ("keen on", "")}
_FRAME_SLOT = 3


def sense_frames(sense: str) -> dict[tuple[str, str], str]:
    """The frames ("under", "law") a sense ("under commercial law") could be, with what
    fills the slot ("commercial"), as `adjective_hints.head_frame` counts them: one or two words
    before a slot of one to three words, and none or one after it; a frame of one word
    before the slot has one after it."""
    words = sense.split()
    if not all(w.isalpha() for w in words):
        return {}
    found = {}
    for before in (1, 2):
        for after in (0, 1):
            slot = len(words) - before - after
            if 1 <= slot <= _FRAME_SLOT and before + after >= 2:
                found[" ".join(words[:before]), " ".join(words[len(words) - after:])] = (
                    " ".join(words[before:len(words) - after]))
    return found


def uses_sense(gloss: str, sense: str) -> bool:
    """Whether a (lower-case) gloss uses a sense: the sense ends one of its words
    (microbiological: biological; "independent of party"), not one a word merely contains
    ("med" in "medical")."""
    return re.search(re.escape(sense.lower()) + r"\b", gloss) is not None


# An English combining element (work-related, cross-party) translates a German adjective's last
# part where at least one in COMBINING_SHARE of Ding's adjectives ending in it use it: English
# renders -bezogen by "-related" in 15 of Ding's 54 (the rest by "-oriented", "-based",
# "relevant"...), -übergreifend by "cross-" in 13 of 35, -arm by "low-" in 23 of 59.
COMBINING_SHARE = 4


def combining_element(glosses: list[str]) -> str:
    """The English element written with a hyphen that most of `glosses` (Ding's adjectives
    ending in one part) use, "-related" at a sense's end or "cross-" at its start, where at
    least MIN_SUFFIX_EVIDENCE of them and one in COMBINING_SHARE do; else "". A gloss counts
    once for an element, however many of its senses use it."""
    counts: Counter = Counter()
    for gloss in glosses:
        elements = set()
        for sense in gloss.split("; "):
            words = sense.split(" ")
            first, last = words[0], words[-1]
            if "-" in last.strip("-") and last.rsplit("-", 1)[1].isalpha():
                elements.add("-" + last.rsplit("-", 1)[1])
            if "-" in first.strip("-") and first.split("-", 1)[0].isalpha():
                elements.add(first.split("-", 1)[0] + "-")
        counts.update(elements)
    if not counts:
        return ""
    element, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    return (element if count >= MIN_SUFFIX_EVIDENCE and COMBINING_SHARE * count >= len(glosses)
            else "")
