"""A compound noun's first part and head, from which it takes its gender and plural.

`compound_parts` (as written, from the lexicons alone), `compound_head` (Wiktionary's common
noun as the head), `ding_compound_head` (Ding's, for a head Wikidata lists without a genus),
whether a first part is a word (`part_is_word`: linking elements, plurals, stems), and whether
the head is declined like an adjective (`head_declined_like_adjective`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from learner.dictionary.adjectival_nouns import declined_like_adjective, strong_adjectival
from learner.dictionary.entry import Entry
from learner.dictionary.noun_suffixes import SUFFIX_GENDERS
from learner.dictionary.parsing import (
    GENDERS,
    MIN_PART,
    upper_first,
)
from learner.lexicon import nouns
from learner.lexicon.nouns import Noun
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def _plural_form(word: str) -> bool:
    """Whether Wiktionary lists `word` as the plural of a common noun (Güter: das Gut)."""
    return any(word in n.plurals for lemma in nouns.lemmas_of(word)
               for n in nouns.entries(lemma) if n.is_common)


def part_is_word(part: str, dictionary: Dictionary | None, depth: int = 0) -> bool:
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
                        and part_is_word(word[:start], dictionary, depth + 1)):
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
    a word (`part_is_word`, without Ding, so the answer does not depend on the dictionary being
    installed): German compounds take their meaning's core from the last part."""
    for start in range(MIN_PART, len(noun) - MIN_PART + 1):
        head = upper_first(noun[start:])
        if nouns.is_noun(head) and part_is_word(noun[:start].lower(), None):
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


def compound_head(noun: str, dictionary: Dictionary | None) -> tuple[str, Noun] | None:
    """A compound's first part(s) and its head, the longest last part Wiktionary has as a
    common noun with a gender, where the part before it is a word too (`part_is_word`):
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
    longest last part it finds one for, where the part before it is a word too (`part_is_word`):
    the seams `compound_head` (Wiktionary's heads) and `ding_compound_head` (Ding's, for a head
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
        if head is not None and part_is_word(noun[:start], dictionary):
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


def _unadjectival_head(head: Noun) -> Noun:
    """A compound head's entry other than an adjectival noun's strong form, where Wiktionary
    has one first and an ordinary noun of the same spelling after it: Einstiegs|alter is das
    Alter, the age (die Einstiegsalter), not der Alter, "ein Alter" of der Alte, which would
    give "der Einstiegsalter, die Einstiegsalten". A compound of der Alte is written on its
    lemma, in -e (der Stammtischalte)."""
    if not strong_adjectival(head):
        return head
    return next((noun for noun in nouns.entries(head.lemma)
                 if noun.is_common and nouns.WIKIDATA not in noun.kinds and noun.gender
                 and not strong_adjectival(noun)), head)


def _spelled_like_suffix(head: Noun) -> bool:
    """Whether a last part is a noun-forming suffix written like a noun of another gender:
    Führer|schaft is the suffix -schaft, which makes feminine nouns (die Führerschaft, die
    Technologieführerschaft), not der Schaft, the shaft, which would give "der ...schaft,
    die ...schäfte". The suffix decides the gender (`suffix_forms`); a compound whose head
    really is the noun is one a lexicon lists with its longer head first."""
    return any(head.lemma.lower() == suffix and head.gender != gender
               for suffix, gender in SUFFIX_GENDERS)


def head_declined_like_adjective(noun: str, dictionary: Dictionary | None) -> bool:
    """Whether a compound's head is a noun declined like an adjective (CHP-Abgeordnete)."""
    split = compound_head(noun, dictionary) if noun[:1].isupper() else None
    return (split is not None and nouns.ADJECTIVAL in split[1].kinds
            and declined_like_adjective(split[1].lemma))


def ding_compound_head(noun: str, dictionary: Dictionary) -> tuple[str, tuple[str, Entry]] | None:
    """(first part(s), (the head, Ding's entry of it)) for a compound whose head Wikidata lists
    as a noun with no genus and Ding heads with one (Karten|kontingent: "Kontingent {n} |
    Kontingente {pl}"), the part before it a word (`part_is_word`); the longest such head. Not
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
           for suffix, gender in SUFFIX_GENDERS):
        return None
    return found
