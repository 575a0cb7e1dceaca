"""Gender and plural: Wiktionary, checked against Ding.

A noun's gender and plural (`noun_forms`, `with_noun_forms`) from Wiktionary's noun table,
Ding, the noun's head when it is a compound (`noun_heads`, `head_homographs`), a hyphenated
compound written as one, a plural-only head, a nominalised infinitive, and its suffix
(`noun_suffixes`); a plural German hardly uses is kept beside it (`seldom_plurals`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.adjectival_nouns import (
    adjective_stem,
    declined_like_adjective,
    present_participle_noun,
    strong_adjectival,
)
from learner.dictionary.derived_nouns import collective_noun, diminutive_noun, learned_prefix_split
from learner.dictionary.entry import EMPTY, Entry
from learner.dictionary.form_entries import unit_symbol_entry
from learner.dictionary.head_homographs import (
    compounds_gender,
    head_homograph,
    reading_of_gender,
    shown_head_gender,
)
from learner.dictionary.noun_heads import compound_head, ding_compound_head, part_is_word
from learner.dictionary.noun_suffixes import suffix_forms
from learner.dictionary.parsing import (
    GENDERS,
    MIN_PART,
    PARTICIPLE,
    UMLAUTS,
    upper_first,
)
from learner.dictionary.seldom_plurals import seldom_plural
from learner.lexicon import nouns
from learner.lexicon.nouns import Noun

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


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
                    and part_is_word(lemma[:start], dictionary)
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
    ding_head = (ding_compound_head(lemma, dictionary)
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
            noun.gender == gender and not strong_adjectival(noun)
            for noun in nouns.entries(head.lemma) if noun.is_common):
        if any(noun.gender == gender and strong_adjectival(noun)
               for noun in nouns.entries(head.lemma)):
            # Ding's gender is only that of the adjectival noun's strong form, which heads
            # no compound (`noun_heads._unadjectival_head`): Ding's "Einstiegsalter {m}" is das
            # Einstiegsalter, as das Alter, the age, is its head.
            gender = head.gender
    gender = gender or head_gender or compounds_gender(head) or head.gender
    head = head_homograph(head, gender, dictionary)
    if head.gender != gender or not head.plurals:
        return gender, ""  # a singular-only head makes a singular-only compound
    return gender, _commonest_plural(lemma, [_joined(prefix, p) for p in head.plurals])


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
                and part_is_word(lemma[:start], dictionary)):
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
        if dictionary.entry(tail.lower(), "VERB") and part_is_word(lemma[:start], dictionary):
            return True
    return False


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
    forms = noun_forms(lemma, own, dictionary, shown_head_gender(lemma, found, dictionary))
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
    found = reading_of_gender(lemma, found, gender, dictionary)
    if plural and seldom_plural(lemma, plural, gender, dictionary):
        # German uses the noun in the singular (der Markenschutz, die Verzweiflung): the
        # card says "meist ohne Plural", as Duden's "Plural selten" does, and the plural
        # Wiktionary lists is kept beside it, not shown as the noun's plural.
        return replace(found or EMPTY, gender=gender, plural="", rare_plural=plural)
    return replace(found or EMPTY, gender=gender, plural=plural, rare_plural="")
