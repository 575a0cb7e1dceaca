"""Gender and plural: Wiktionary, checked against Ding.

A noun's gender and plural from Wiktionary's noun table, Ding and the noun's head when it is
a compound (`compound_parts`, `compound_head`); whether its plural is seldom used
(`seldom_plural`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from learner import wordlists
from learner.dictionary.derived_nouns import collective_noun, diminutive_noun, learned_prefix_split
from learner.dictionary.entry import EMPTY, Entry
from learner.dictionary.form_entries import unit_symbol_entry
from learner.dictionary.index_rows import SENSE_GENDER
from learner.dictionary.parsing import (
    GENDERS,
    GERMAN_VOWEL_GROUPS,
    MIN_PART,
    PARTICIPLE,
    UMLAUTS,
    upper_first,
)
from learner.lexicon import definitions, nouns
from learner.lexicon.nouns import Noun
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def _plural_form(word: str) -> bool:
    """Whether Wiktionary lists `word` as the plural of a common noun (Güter: das Gut)."""
    return any(word in n.plurals for lemma in nouns.lemmas_of(word)
               for n in nouns.entries(lemma) if n.is_common)


def _is_word(part: str, dictionary: Dictionary | None, depth: int = 0) -> bool:
    """Whether a compound's first part is a German word: as written, without a linking
    element (Staat-s-, Tag-es-, Kunde-n-, Frau-en-, Kind-er-, Hund-e-), or without the final
    -e German drops before the next part (Schul(e)-reform, Sprach(e)-kurs). A noun Wiktionary
    or Wikidata lists, any headword of Ding, a verb stem Ding knows (Wohn-raum: wohnen), or
    itself a compound of such words (Bundes-auftrags-verwaltung)."""
    tries = [part] + [part[: -len(s)] for s in LINKING if part.endswith(s)] + [part + "e"]
    for word in tries:
        if len(word) < MIN_PART:
            continue
        if nouns.is_noun(upper_first(word)):
            return True
        if word == part and _plural_form(upper_first(word)):
            # A noun's plural as the first part (Kulturgüter|schutz, Länder|spiel, Bücher|regal):
            # German joins many a noun to the next in its plural form, umlaut and all, which
            # no linking element cut off gives back (Kulturgüt-, Länd-).
            return True
        if dictionary is not None and (
            dictionary.knows(word) or dictionary.entry(word.lower() + "en", "VERB")
            or dictionary.entry(word.lower() + "n", "VERB")
        ):
            return True
    if _is_stem(part):
        return True
    if depth < 2:  # compounds of three or four parts are common; more are rare
        for word in tries[:-1]:
            for start in range(MIN_PART, len(word) - MIN_PART + 1):
                if (nouns.is_noun(upper_first(word[start:]))
                        and _is_word(word[:start], dictionary, depth + 1)):
                    return True
    return False


# A deck asks for each noun's parts twice, for its IPA (deck.word_ipa) and for what its
# recording says (audio.spoken_compound), and trying every seam against the lexicon costs
# ~50 µs a noun: 13,000 notes spent ~0.6 s of CPU on it before this memo.
@lru_cache(maxsize=1 << 16)
def compound_parts(noun: str) -> tuple[str, str]:
    """A compound noun's first part and its head, as written: ("Staats", "Chef") for
    Staatschef; ("", "") when it is no compound the lexicon can read.

    The head is the longest final part Wiktionary lists as a noun, and the first part must be
    a word (`_is_word`, without Ding, so the answer does not depend on the dictionary being
    installed): German compounds take their meaning's core from the last part."""
    for start in range(MIN_PART, len(noun) - MIN_PART + 1):
        head = upper_first(noun[start:])
        if nouns.is_noun(head) and _is_word(noun[:start].lower(), None):
            return noun[:start], head
    return "", ""


@lru_cache(maxsize=1 << 12)
def _is_stem(part: str) -> bool:
    """Whether Wiktionary has compounds starting with `part` whose rest is a noun, two or
    more: a stem that occurs only in compounds (Sexual-: Sexualkunde, Sexualstraftat)."""
    if len(part) < 4:
        return False
    found = 0
    for lemma in nouns.lemmas_starting(upper_first(part)):
        rest = lemma[len(part):]
        if len(rest) >= MIN_PART and rest[0].islower() and nouns.entry(upper_first(rest)):
            found += 1
            if found == 2:
                return True
    return False


# Suffixes that fix a noun's gender, for a noun no lexicon knows, not even through its head:
# -ung, -heit, -keit, -schaft, -tät, -ion are feminine; -ismus and the agent suffixes -ator
# and -eur are masculine, as are English agent nouns in -er (der Browser); diminutives in
# -chen and -lein are neuter.
_SUFFIX_GENDERS = (("ung", "f"), ("heit", "f"), ("keit", "f"), ("schaft", "f"), ("tät", "f"),
                   ("ion", "f"), ("ismus", "m"), ("ator", "m"), ("eur", "m"), ("er", "m"),
                   ("chen", "n"), ("lein", "n"))
# Suffixes whose nouns nearly all have a plural, and always this one (die Lösung, die
# Lösungen; die Funktion, die Funktionen; der Moderator, die Moderatoren). Measured on the
# nouns Ding lists without a plural and Wiktionary knows: 93% of those in -ung have a
# plural, 90% of those in -ion, all in -ator; against 60% or fewer in -keit, -heit, -tät,
# -ismus (Frömmigkeit, Passivität, Separatismus: none), which get none from their suffix.
#
# Masculine nouns in -er (der Innsbrucker, der Abtreibungsgegner: agent and inhabitant
# nouns) mostly keep their form in the plural: 85% of those Ding lists without a plural,
# against 10% with another plural (Brüder) and 5% with none (Ärger).
_SUFFIX_PLURALS = (("ung", "f", "en"), ("ion", "f", "en"), ("ator", "m", "en"), ("er", "m", ""))


def suffix_forms(noun: str, gender: str = "") -> tuple[str, str] | None:
    """Gender, and plural where the suffix fixes it, of a noun Wiktionary does not know;
    given the gender a dictionary gives, the plural alone ("" where the suffix says none)."""
    if not gender:
        gender = next((g for suffix, g in _SUFFIX_GENDERS
                       if noun.endswith(suffix) and len(noun) > len(suffix) + 2), "")
        if not gender:
            return None
    for suffix, fixed, ending in _SUFFIX_PLURALS:
        if noun.endswith(suffix) and gender == fixed and len(noun) > len(suffix) + 2:
            return gender, noun + ending
    return gender, ""


def compound_head(noun: str, dictionary: Dictionary | None) -> tuple[str, Noun] | None:
    """A compound's first part(s) and its head, the longest last part Wiktionary has as a
    common noun with a gender, where the part before it is a word too (`_is_word`):
    Regionalparlament = Regional + Parlament. A German compound takes gender and plural from
    its head. Where a hyphen joins the parts (Funk-Hardware), the hyphen is the split and
    what stands before it is kept as written (mostly a name or an abbreviation: EU-, US-).

    Both sides must be words: "Hardware" is no "Hard" + "Ware", "Mediale" no "Medi" + "Ale".
    """
    # Remembered per dictionary (`Dictionary.compound_heads`): the answer depends only on
    # the noun, the lexicons and the dictionary.
    memo = getattr(dictionary, "compound_heads", None)
    if memo is None:
        return _compound_head(noun, dictionary)
    try:
        return memo[noun]
    except KeyError:
        found = memo[noun] = _compound_head(noun, dictionary)
        return found


def _compound_head(noun: str, dictionary: Dictionary | None) -> tuple[str, Noun] | None:
    return _longest_head(noun, dictionary, _wiktionary_head)


def _wiktionary_head(part: str, joined: bool) -> Noun | None:
    """Wiktionary's common noun `part` is, with a gender or used only in the plural, as a
    compound's head (`compound_head`); None otherwise. Not, written joined to the part before
    it, a noun spelt like a noun-forming suffix of another gender (`_spelled_like_suffix`)."""
    head = nouns.entry(upper_first(part))
    if head is None and part.endswith("e"):
        # A French loan written without its accent (Internet|cafe, Innenstadt-|Cafe):
        # Wiktionary has Café.
        head = nouns.entry(upper_first(part[:-1]) + "é")
    if head is None or not (head.gender or head.plural_only):
        # A plural-only head counts, after a hyphen as written together (EZB-|Daten: die
        # Daten).
        return None
    head = _unadjectival_head(head)
    return None if joined and _spelled_like_suffix(head) else head


_Head = TypeVar("_Head")


def _longest_head(noun: str, dictionary: Dictionary | None,
                  head_of: Callable[[str, bool], _Head | None]) -> tuple[str, _Head] | None:
    """A compound's first part(s) and what `head_of(part, joined)` finds for its head, the
    longest last part it finds one for, where the part before it is a word too (`_is_word`):
    the seams `compound_head` (Wiktionary's heads) and `_ding_head` (Ding's, for a head
    Wikidata lists without a genus) both walk; they differ only in what a head is. Where a
    hyphen joins the parts (Funk-Hardware), the hyphen is the split and what stands before it
    is kept as written, word or not (mostly a name or an abbreviation: EU-, US-); the part
    after it is a head whole (`joined` False) or is split again."""
    if "-" in noun.strip("-"):
        prefix, _, last = noun.rpartition("-")
        head = head_of(last, False)
        if head is not None:
            return prefix + "-", head
        inner = _longest_head(last, dictionary, head_of)
        return (prefix + "-" + inner[0], inner[1]) if inner else None
    for start in range(MIN_PART, len(noun) - MIN_PART + 1):
        head = head_of(noun[start:], True)
        if head is not None and _is_word(noun[:start], dictionary):
            if noun[start] == "s" and noun[:start].endswith(_LINKED_BY_S):
                # A noun of these suffixes always takes the linking -s before the next part
                # (Kindheit-s-tag, Ordnung-s-amt): the s is the seam, not the head's first
                # letter (not Kindheit + das Stag, a ship's stay).
                linked = head_of(noun[start + 1:], True)
                if linked is not None:
                    return noun[:start + 1], linked
            return noun[:start], head
    return None


# Suffixes after which German always writes the linking -s (Duden, Fugenelemente): die
# Wohnung-s-tür, die Freiheit-s-strafe, die Wirtschaft-s-lage, die Religion-s-stunde.
_LINKED_BY_S = ("ung", "heit", "keit", "schaft", "tät", "ion", "ling", "tum")


def _strong_adjectival(noun: Noun) -> bool:
    """Whether an entry is the strong form of a noun declined like an adjective: Wiktionary's
    der Alter is "ein Alter", the old man (der Alte), not a lemma a compound is written on."""
    return nouns.ADJECTIVAL in noun.kinds and noun.lemma.endswith("er")


def _unadjectival_head(head: Noun) -> Noun:
    """A compound head's entry other than an adjectival noun's strong form, where Wiktionary
    has one first and an ordinary noun of the same spelling after it: Einstiegs|alter is das
    Alter, the age (die Einstiegsalter), not der Alter, "ein Alter" of der Alte, which would
    give "der Einstiegsalter, die Einstiegsalten". A compound of der Alte is written on its
    lemma, in -e (der Stammtischalte)."""
    if not _strong_adjectival(head):
        return head
    return next((noun for noun in nouns.entries(head.lemma)
                 if noun.is_common and nouns.WIKIDATA not in noun.kinds and noun.gender
                 and not _strong_adjectival(noun)), head)


def _spelled_like_suffix(head: Noun) -> bool:
    """Whether a last part is a noun-forming suffix written like a noun of another gender:
    Führer|schaft is the suffix -schaft, which makes feminine nouns (die Führerschaft, die
    Technologieführerschaft), not der Schaft, the shaft, which would give "der ...schaft,
    die ...schäfte". The suffix decides the gender (`suffix_forms`); a compound whose head
    really is the noun is one a lexicon lists with its longer head first."""
    return any(head.lemma.lower() == suffix and head.gender != gender
               for suffix, gender in _SUFFIX_GENDERS)


def declined_like_adjective(noun: str) -> bool:
    """Whether Wiktionary has `noun` + "r" as a masculine noun declined like an adjective
    (Abgeordnete: der Abgeordnete, ein Abgeordneter), a person of either sex."""
    return noun.endswith("e") and any(
        nouns.ADJECTIVAL in n.kinds and n.gender == "m" for n in nouns.entries(noun + "r"))


def head_declined_like_adjective(noun: str, dictionary: Dictionary | None) -> bool:
    """Whether a compound's head is a noun declined like an adjective (CHP-Abgeordnete)."""
    split = compound_head(noun, dictionary) if noun[:1].isupper() else None
    return (split is not None and nouns.ADJECTIVAL in split[1].kinds
            and declined_like_adjective(split[1].lemma))


def adjective_stem(noun: str, dictionary: Dictionary) -> bool:
    """Whether Ding has a noun in -e without its -e as an adjective or a past participle
    (Unerfahrene: unerfahren; Verurteilte: verurteilt), or with it as an adjective German
    uses only declined, which Ding heads by its forms ("vorletzte; vorletzter; vorletztes
    {adj}": der/die Vorletzte), so it may be one used as a noun."""
    stem = noun[:-1].lower()
    return bool(dictionary.entry(stem, "ADJ") or dictionary.entry(stem, PARTICIPLE)
                or dictionary.entry(noun.lower(), "ADJ"))


def present_participle_noun(noun: str, dictionary: Dictionary | None) -> bool:
    """Whether a noun in -nde is a present participle used as a noun: Ding has the verb
    (der Einreisende: einreisen), not a compound such as Einreise + Ende."""
    return (noun.endswith("nde") and dictionary is not None
            and dictionary.entry(noun[:-2].lower(), "VERB") is not None)


def _joined(prefix: str, plural: str) -> str:
    return prefix + (plural if prefix.endswith("-") else plural[:1].lower() + plural[1:])


def _case_form(noun: str, form: str, split: tuple[str, Noun] | None) -> bool:
    """Whether `form` is a genitive or dative of `noun` rather than a plural: Wiktionary lists
    it among the case forms of the noun, or of the compound's head, and not among the
    plurals (Motorsports, Bootloadern)."""
    if noun in nouns.lemmas_of(form):
        return not any(form in n.plurals for n in nouns.entries(noun))
    if split is None or not form.startswith(split[0]):
        return False
    prefix, head = split
    rest = form[len(prefix):] if prefix.endswith("-") else upper_first(form[len(prefix):])
    return head.lemma in nouns.lemmas_of(rest) and rest not in head.plurals


def noun_forms(lemma: str, ding: Entry | None,
               dictionary: Dictionary | None = None,
               head_gender: str = "") -> tuple[str, str] | None:
    """Gender and plural of a noun: ("f", "Utopien"); ("f", "") for a noun German uses only in
    the singular (Frömmigkeit); ("", "Eltern") for one used only in the plural. None when
    neither Wiktionary nor Ding knows the word nor its head.

    `ding` is Ding's own entry for the word, if any. In this order:

    - Wiktionary's entry for the word, the homograph of Ding's gender where there are several
      (der See, die See); its gender also where Ding's is none of Wiktionary's. Its plural is
      the one Ding gives where Wiktionary lists it too (Bank: Banken or Bänke, as Ding's
      sense), else the one of Wiktionary's that German uses most (`_commonest_plural`). A noun
      declined like an adjective (Abgeordnete) is
      shown with "der" like Ding's strong form, and the weak plural.
    - Ding's own entry: its gender, and its plural unless that is a case form (Wiktionary
      lists it as the genitive or dative of the word or of its head).
    - The head of a compound (`compound_head`): its gender where no lexicon has the word's,
      its plural where the genders agree (Regionalparlament: Regionalparlamente).
    - A suffix (`suffix_forms`): the gender of a noun no lexicon knows at all; the plural
      of a noun Wiktionary does not know, where the suffix all but fixes it (-ung: -en).

    Nothing comes from a suffix where Wiktionary knows the word: "-keit" takes "-en" in
    Möglichkeiten, but Frömmigkeit has no plural at all, and only a lexicon says which.
    """
    own = ding.gender if ding is not None and ding.gender in GENDERS else ""
    gender = ""
    found = nouns.entry(lemma, own)
    written = (_written_together(lemma, own)
               if found is None or not (found.gender or found.plural_only) else None)
    if written is not None:
        # Nikotin-Gehalt: German may hyphenate any compound, and Wiktionary lists the word
        # written as one (der Nikotingehalt, -gehalte): the same noun, its gender the
        # lexicon's, not the first head sense's (das Gehalt, salary; der Gehalt, content).
        joined, noun = written
        if noun.singular_only or not noun.plurals:
            return noun.gender, ""
        return noun.gender, _rehyphenated(lemma, joined,
                                          _commonest_plural(joined, noun.plurals))
    if (found is not None and found.plurals == (lemma,) and not (ding and ding.gender)
            and _plural_only_head(lemma, dictionary)):
        # A compound of a plural-only noun (Roh|daten: die Daten), which Wiktionary's table
        # lists with the genus of a singular German hardly uses (das Rohdatum) and the
        # compound's own form as its one plural, and Ding heads, if at all, as a plural
        # ("Rohdaten {pl}"): the noun is the plural-only head's, "die Rohdaten (nur
        # Plural)". Not a noun whose plural is only spelt as its singular (der Skrupel, der
        # Stundenkilometer: Ding heads both "{pl}" too), whose head has a singular.
        return "", lemma
    if found is not None and (found.gender or found.plural_only):
        if found.plural_only:
            return "", lemma
        # Where Ding's gender is none of Wiktionary's, Wiktionary is right far more often
        # (der Burggraben, der Tofu, das Zusammenleben: Ding's lines say n, n, f).
        gender = found.gender
        if nouns.ADJECTIVAL in found.kinds and declined_like_adjective(lemma):
            gender = "m"  # der/die Abgeordnete: the card says "der", as Ding's Abgeordneter
        if found.singular_only:
            return gender, ""
        if ding is not None and ding.plural:
            # Homographs of one gender (die Bank: Bänke, Banken): the entry whose plurals
            # include Ding's is the sense Ding glosses; its own first plural is shown.
            for noun in nouns.entries(lemma):
                if noun.gender == found.gender and ding.plural in noun.plurals:
                    return gender, noun.plurals[0]
        if found.plurals:
            return gender, _commonest_plural(lemma, found.plurals)
    if found is not None and not found.gender and not found.plurals and lemma.endswith("isch"):
        # A language named by its adjective in -isch (das Bosnisch, das Slowenisch), which
        # Wiktionary's table lists with no genus: neuter, like every language's name, and
        # without a plural.
        return "n", ""
    gender = gender or own
    # Wikidata's lexemes list many nouns with no gender (Verurteilte, Bundesbeamte): for the
    # rules below they are as unknown as a noun no lexicon has.
    unlisted = found is None or not (found.gender or found.plural_only)
    if unlisted and (declined_like_adjective(lemma)
                     or present_participle_noun(lemma, dictionary)):
        # der Einreisende, der Verhandelnde: a present participle used as a noun
        # (Wiktionary's Einreisender; Ding's verb verhandeln), not Einreise + Ende. "der",
        # and the weak plural.
        return "m", lemma + "n"
    if unlisted and dictionary is not None and lemma[:1].isupper():
        if ((ding is None or ding.gender == "n" and not ding.plural) and lemma.endswith("n")
                and dictionary.entry(lemma.lower(), "VERB")):
            # An infinitive used as a noun (das Tüfteln, das Weitertreiben): neuter, and no
            # plural, where no lexicon lists it as a noun of its own (das Schreiben, -), or
            # Ding's own line heads it as a neuter without a plural (das Kaputtsparen): not
            # a compound of a last part that happens to end it (Kaputtspa|ren, das Ren).
            return "n", ""
        if (ding is not None and ding.gender == "n" and not ding.plural
                and lemma.endswith("n") and _compound_infinitive(lemma, dictionary)):
            # The same for an infinitive compounded with a word before it, where Ding's own
            # line heads the noun as a neuter without a plural (das Energie|sparen): no
            # plural, not a compound of a noun that happens to end the verb (Energiespa|ren,
            # das Ren: "Energiesparens", a genitive). Only on Ding's word: a noun no lexicon
            # has may as well end in a noun spelt as a verb (der Wagen, wagen).
            return "n", ""
        if (ding is None or ding.gender == "m" and not ding.plural) and lemma.endswith("e") and (
                adjective_stem(lemma, dictionary) or any(
                    (dictionary.entry(lemma[start:-1], "ADJ")
                     or dictionary.entry(lemma[start:], "ADJ")
                     or dictionary.entry(lemma[start:-1], PARTICIPLE)
                     or declined_like_adjective(upper_first(lemma[start:])))
                    and _is_word(lemma[:start], dictionary)
                    and not any(n.gender and nouns.ADJECTIVAL not in n.kinds
                                for n in nouns.entries(upper_first(lemma[start:])))
                    for start in range(MIN_PART, len(lemma) - 2 * MIN_PART + 1))):
            # An adjective or a participle used as a noun (der/die Willige, der/die
            # Verurteilte), also one compounded with a word
            # before it (die Gering|qualifizierte), or with a noun declined like one (der
            # Bundes|beamte): "der", and the weak plural, also where Ding's line heads the
            # noun as a masculine with no plural (Unentschlossene {m}); not where it says
            # feminine or neuter (die Serienreife, das Landesinnere: no person). Not where
            # the last part is a noun of its own (die Wohnbau|offensive: Offensive, f).
            return "m", lemma + "n"
    split = compound_head(lemma, dictionary)
    if ding is not None and ding.plural and not _case_form(lemma, ding.plural, split):
        return gender, ding.plural  # with gender "": a plural-only noun only Ding has
    ding_head = (_ding_head(lemma, dictionary)
                 if split is None and not gender and dictionary is not None else None)
    if ding_head is not None:
        # A head only Wikidata lists, with no genus (der Wagen, das Kontingent, das
        # Doktorat: german-nouns lacks them): Ding's line for it gives the gender, and the
        # plural where it has one, as Wiktionary's would (der Servicewagen, -; das
        # Kartenkontingent). Where Ding's line has none, a suffix that all but fixes the
        # plural still gives it below (die ...begrünung, -en): Ding leaves many a counted
        # noun's plural off.
        prefix, (head, head_entry) = ding_head
        plural = head_entry.plural
        if plural and not _case_form(head, plural, None):
            return head_entry.gender, _joined(prefix, plural)
        gender = head_entry.gender
    if split is None:
        if found is not None and gender:
            return gender, ""  # Wiktionary knows the word but gives no plural
        return suffix_forms(lemma, gender) if gender or ding is None else None
    prefix, head = split
    if head.plural_only:
        return ("", _joined(prefix, head.plurals[0])) if not gender else (gender, "")
    if nouns.ADJECTIVAL in head.kinds and declined_like_adjective(head.lemma):
        # der CHP-Abgeordnete, der Parteivorsitzende: a head declined like an adjective
        # names a person of either sex, shown with "der" as the simple noun is above,
        # whichever gender the compound's own line gives; and the weak plural.
        return "m", _joined(prefix, head.lemma + "n")
    if gender and gender != head.gender and not any(
            noun.gender == gender and not _strong_adjectival(noun)
            for noun in nouns.entries(head.lemma) if noun.is_common):
        if any(noun.gender == gender and _strong_adjectival(noun)
               for noun in nouns.entries(head.lemma)):
            # Ding's gender is only that of the adjectival noun's strong form, which heads
            # no compound (`_unadjectival_head`): Ding's "Einstiegsalter {m}" is das
            # Einstiegsalter, as das Alter, the age, is its head.
            gender = head.gender
    gender = gender or head_gender or _compounds_gender(head) or head.gender
    head = _head_homograph(head, gender, dictionary)
    if head.gender != gender or not head.plurals:
        return gender, ""  # a singular-only head makes a singular-only compound
    return gender, _commonest_plural(lemma, [_joined(prefix, p) for p in head.plurals])


# Of a head's compounds Wiktionary lists, at least this share, and this many, take the
# gender its first entry admits besides its own, for an unlisted compound to take it too.
_COMPOUNDS_GENDER_SHARE = 2 / 3
_COMPOUNDS_GENDER_COUNT = 3


def _ding_head(noun: str, dictionary: Dictionary) -> tuple[str, tuple[str, Entry]] | None:
    """(first part(s), (the head, Ding's entry of it)) for a compound whose head Wikidata lists
    as a noun with no genus and Ding heads with one (Karten|kontingent: "Kontingent {n} |
    Kontingente {pl}"), the part before it a word (`_is_word`); the longest such head. Not
    a head spelt like a noun-forming suffix of another gender (`_spelled_like_suffix`). The seams
    are `compound_head`'s (`_longest_head`); the head is Ding's, not Wiktionary's."""
    def head_of(part: str, joined: bool) -> tuple[str, Entry] | None:
        head = upper_first(part)
        found = _ding_head_entry(head, dictionary)
        return (head, found) if found is not None else None
    return _longest_head(noun, dictionary, head_of)


def _ding_head_entry(head: str, dictionary: Dictionary) -> Entry | None:
    """Ding's entry for a noun Wikidata alone lists, without a genus; None otherwise."""
    listed = nouns.entries(head)
    if not listed or any(n.gender or n.plural_only or not n.is_common for n in listed):
        return None
    found = dictionary.entry(head, "NOUN")
    if found is None or found.gender not in GENDERS:
        return None
    if any(head.lower() == suffix and found.gender != gender
           for suffix, gender in _SUFFIX_GENDERS):
        return None
    return found


def _unumlauted(stem: str) -> tuple[str, ...]:
    """The stem, and the stem with its last umlaut undone (Burgenländ -> Burgenland), as a
    derivation in -er may umlaut it."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "äöü":
            return stem, stem[:i] + stem[i].translate(UMLAUTS) + stem[i + 1:]
    return (stem,)


def _plural_only_head(lemma: str, dictionary: Dictionary | None) -> bool:
    """Whether the compound ends in a plural: a noun Wiktionary lists only in the plural
    (Roh|daten: die Daten, die Kosten), or the plural of a noun, spelt otherwise than its
    singular, that no entry has as a lemma of its own (Leb|zeiten: die Zeit, die Zeiten).
    The longest last part a lexicon lists decides: Nebel|schwaden ends in der Schwaden, a
    singular, though Schwaden is also the plural of die Schwade; and a place's -er noun is a
    singular (der Burgenländer)."""
    split = compound_head(lemma, dictionary)
    if split is not None and split[1].plural_only:
        return True
    if lemma.endswith("er") and any(nouns.entries(stem) for stem in _unumlauted(lemma[:-2])):
        # A place's or a noun's -er noun, often with umlaut (der Burgenländer: Burgenland +
        # -er), a singular whose plural is spelt alike, not Burgen + die Länder.
        return False
    for start in range(MIN_PART, len(lemma) - MIN_PART + 1):
        tail = upper_first(lemma[start:])
        if nouns.entries(tail):
            return False  # the longest last part is a lemma: the head is no plural
        if (any(tail in noun.plurals and tail != noun.lemma
                for singular in nouns.lemmas_of(tail) for noun in nouns.entries(singular)
                if noun.is_common)
                and _is_word(lemma[:start], dictionary)):
            return True
    return False


def _compound_infinitive(lemma: str, dictionary: Dictionary) -> bool:
    """Whether a noun is a word and a verb's infinitive after it (Energie|sparen), where
    Wiktionary has the infinitive as no noun with a gender (das Sparen is only in Wikidata,
    without one): a nominalised infinitive's compound. Not where the last part is a noun of
    its own (Stadt|graben: der Graben, though graben is a verb too), nor where a longer
    last part is (Auslieferungs|begehren: das Begehren, -; not Auslieferungsbeg|ehren)."""
    for start in range(MIN_PART, len(lemma) - MIN_PART + 1):
        tail = lemma[start:]
        if any(n.gender for n in nouns.entries(upper_first(tail))):
            return False  # the longest noun ending the word is its head
        if dictionary.entry(tail.lower(), "VERB") and _is_word(lemma[:start], dictionary):
            return True
    return False


def _compounds_gender(head: Noun) -> str:
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


def _written_together(lemma: str, gender: str = "") -> tuple[str, Noun] | None:
    """(the word written as one, Wiktionary's entry for it) for a hyphenated compound that
    Wiktionary lists only so, with a gender (Nikotin-Gehalt: "Nikotingehalt", der); None
    otherwise. Not for a part of one letter or a part in capitals (E-Auto, EU-Gipfel: an
    abbreviation keeps its hyphen), nor where the joined spelling has a plural that does not
    keep the hyphenated word's first part (`_rehyphenated`)."""
    parts = lemma.split("-")
    if len(parts) < 2 or not all(len(part) > 1 and part.isalpha() for part in parts):
        return None
    if any(sum(c.isupper() for c in part) > 1 for part in parts):
        return None
    joined = parts[0] + "".join(part[:1].lower() + part[1:] for part in parts[1:])
    noun = nouns.entry(joined, gender)
    if noun is None or not noun.gender or noun.gender not in GENDERS:
        return None
    if noun.plurals and not _rehyphenated(lemma, joined, noun.plurals[0]):
        return None
    return joined, noun


def _rehyphenated(lemma: str, joined: str, form: str) -> str:
    """A form of `joined` (the hyphenated `lemma` written as one) with the lemma's last
    hyphen put back: Nikotin-Gehalt, Nikotingehalt, Nikotingehalte -> Nikotin-Gehalte. ""
    where the form does not open with the joined word's first part."""
    prefix, _, head = lemma.rpartition("-")
    start = len(prefix.replace("-", ""))
    if form[:start] != joined[:start] or len(form) <= start:
        return ""
    rest = form[start:]
    return f"{prefix}-{head[:1] + rest[1:] if rest[:1].lower() == head[:1].lower() else rest}"


def _commonest_plural(lemma: str, plurals: Sequence[str]) -> str:
    """Of a noun's several plurals, the one German uses: wordfreq's commonest (die Seemänner,
    die Seeleute; in a compound, die US-Landsleute; die Worte, die Wörter: die Fremdwörter),
    Wiktionary's first where wordfreq knows none. Not where one of them is written as the
    singular (die Achtelfinale, die Achtelfinals; die Äcker, die Acker): wordfreq's figure
    for that one is the singular's, so wordfreq cannot weigh it, and Wiktionary's order
    stands."""
    if lemma in plurals:
        return plurals[0]
    return max(plurals, key=lambda form: wordlists.zipf_frequency(form, "de"))


def _head_homograph(head: Noun, gender: str, dictionary: Dictionary | None) -> Noun:
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
            and not _strong_adjectival(noun)]
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


def with_noun_forms(lemma: str, found: Entry | None,
                    dictionary: Dictionary | None = None) -> Entry | None:
    """`found` with the gender and plural `noun_forms` gives (a new entry if it was None)."""
    own = dictionary.entry(lemma, "NOUN") if dictionary is not None else None
    if (own is None and dictionary is not None
            and not any(noun.gender for noun in nouns.entries(lemma))
            and (diminutive_noun(dictionary, lemma) or collective_noun(dictionary, lemma))):
        # A diminutive, and a ge- noun of a verb's action, is neuter, whatever noun its end
        # spells read as a compound's head (Kreuz|erl: der Erl, die Erle; Gegr|ummel), where
        # no lexicon gives it a gender (Wikidata lists Gequengel without one):
        # `diminutive_noun` and `collective_noun` gave its forms.
        return found
    unit = (unit_symbol_entry(dictionary, lemma)
            if own is None and dictionary is not None and found is not None
            and not any(noun.gender for noun in nouns.entries(lemma)) else None)
    if unit is not None and unit.gender:
        # A unit's symbol (MBit), which Wikidata lists with no gender: the unit's gender
        # (das Megabit), and no plural (`unit_symbol_entry`). No split of its letters
        # (M|Bit) may stand for it.
        return replace(found, gender=unit.gender, plural="", rare_plural="")
    forms = noun_forms(lemma, own, dictionary, _shown_head_gender(lemma, found, dictionary))
    split = (learned_prefix_split(dictionary, lemma)
             if forms is None and own is None and dictionary is not None else None)
    if split is not None:
        # A learned prefix leaves the noun's gender and plural as they are (der Koproduzent,
        # die Koproduzenten), as a compound's first part does.
        lead, _, rest, base = split
        forms = noun_forms(rest, base, dictionary)
        if forms is not None:
            forms = (forms[0], _joined(lead, forms[1]) if forms[1] else "")
    if forms is None:
        if found is not None and (found.gender or found.plural):
            # Read off a last part Ding knows after a first part no lexicon has as a word
            # (Bootlo- + Ader): a false split as often as not, so no gender and no plural.
            return replace(found, gender="", plural="", rare_plural="")
        return found
    gender, plural = forms
    found = _reading_of_gender(lemma, found, gender, dictionary)
    if plural and seldom_plural(lemma, plural, gender, dictionary):
        # German uses the noun in the singular (der Markenschutz, die Verzweiflung): the
        # card says "meist ohne Plural", as Duden's "Plural selten" does, and the plural
        # Wiktionary lists is kept beside it, not shown as the noun's plural.
        return replace(found or EMPTY, gender=gender, plural="", rare_plural=plural)
    return replace(found or EMPTY, gender=gender, plural=plural, rare_plural="")


def _shown_head_gender(lemma: str, found: Entry | None,
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


def _reading_of_gender(lemma: str, found: Entry | None, gender: str,
                       dictionary: Dictionary | None) -> Entry | None:
    """`found` with the hint's first reading whose head sense is of the compound's `gender`
    put first, where a lexicon gives that gender and the head is a noun of two genders that
    mean different things (`sense_genders`): der Nikotin-Gehalt, which Wiktionary lists as
    der Nikotingehalt, is "≈ nicotine + content" (der Gehalt), not "nicotine + salary" (das
    Gehalt). The reverse of `_shown_head_gender`, which gives a compound no lexicon has the
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
