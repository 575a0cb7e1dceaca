"""Part words: a compound's part read as a word, and what Ding's compounds read a first part
as. `part_word_senses` (a noun, an adjective, a noun before a linking element, an adverb, a
verb stem or an English loanword; `prefix_gloss`, its first sense); `indexed_part_senses` and
`opening_sense` (the senses Ding's compounds give a part); and the forms of a part no entry
lists as written: before a hyphen (`written_form_gloss`, `phrase_gloss`), an English word
(`english_part`, `english_homograph`), capitals (`capitals_for_a_word`), a noun Ding has only
by its plural (`singular_part`). `compound_glosses.first_part_gloss` weighs them. Plain
functions of a `Dictionary`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.compound_hints import (
    ADJECTIVE_ENDINGS,
    INCLUSIVE_FORM,
    OWN_SENSE_SHARE,
    PHRASE_WORD_ZIPF,
    is_function_word,
)
from learner.dictionary.compound_senses import (
    MIN_PART_EVIDENCE,
    part_nouns,
)
from learner.dictionary.english import english_loanword
from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import SINGULAR_OF_PLURAL
from learner.dictionary.parsing import MIN_PART, PLACEHOLDERS, lookup_key
from learner.dictionary.ranking import MAX_SENSES
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def opening_sense(dictionary: Dictionary, noun: str) -> str:
    """What Ding's own compounds that open with a noun Ding lacks translate it with, where
    at least OWN_SENSE_SHARE * MIN_PART_EVIDENCE of them agree; "" otherwise. Ding has
    no Echtzeit, but a dozen compounds of it (Echtzeituhr "real-time clock",
    Echtzeitsystem "real-time system"): English has one word for it, which its parts
    read one by one (echt + Zeit) need not find."""
    counts = dictionary.part_counts(noun, "first")
    top = max(counts, key=lambda sense: (counts[sense], sense), default="")
    return top if top and counts[top] >= OWN_SENSE_SHARE * MIN_PART_EVIDENCE else ""


def indexed_part_senses(dictionary: Dictionary, part: str, role: str) -> list[str]:
    """How Ding's compounds translate a part (see `part_senses`), most compounds first."""
    rows = dictionary.fetch(
        "SELECT sense FROM part WHERE key = ? AND role = ? ORDER BY count DESC, sense",
        (part.casefold(), role),
    )
    return [r[0] for r in rows]


def english_part(dictionary: Dictionary, part: str) -> str:
    """An English word German has borrowed, read as English: Ding's sense of it that
    names it (Football "American football": German means that game) or else the word
    (Store: Ding's "net curtain" is the German homograph)."""
    english = english_loanword(part)
    found = dictionary.entry(part[:1].upper() + part[1:], "NOUN")
    senses = found.gloss.split("; ") if found is not None and found.gloss else []
    return next((s for s in senses if english in s.lower().split()), english)


def written_form_gloss(dictionary: Dictionary, part: str) -> str:
    """The English of a word before a hyphen in a form Ding does not list, "" if none:

    - an adjective inflected in a hyphenated phrase (Kalter-Krieg-Thriller: kalt "cold"),
      read only where the word is capitalized as a phrase's first word is;
    - a noun whose -e German drops in compounds (Achtelfinal-Spiel: Achtelfinale);
    - a noun in the inclusive form with a capital I (ArbeitnehmerInnen-: Arbeitnehmer).
    """
    if "-" in part or len(part) <= MIN_PART or not part[:1].isupper():
        return ""
    inclusive = INCLUSIVE_FORM.fullmatch(part)
    if inclusive:
        return prefix_gloss(dictionary, inclusive.group(1))
    tries = [(part[: -len(ending)].lower(), "ADJ") for ending in ADJECTIVE_ENDINGS
             if part.endswith(ending) and len(part) - len(ending) >= MIN_PART]
    tries.append((part + "e", "NOUN"))
    for word, pos in tries:
        found = dictionary.entry(word, pos)
        if found is not None and found.gloss:
            return found.gloss.split("; ")[0]
    return ""


def phrase_gloss(dictionary: Dictionary, phrase: str) -> str:
    """The English of German words joined by hyphens before a compound's head, word by
    word ("Zwei-Welten" of Zwei-Welten-Theorie: "two + world"; "Links-rechts": "left +
    right"), "" unless each one has a sense of its own. German joins a phrase so to make
    it one part of a compound; each of its words keeps its own meaning, as English's
    "two-world theory" shows. A word is read as a noun Ding has as written (Zwei "two"),
    an adverb or adjective in lower case (links "left"), or a noun in a form Ding does
    not list (Welten, the plural; `part_word_senses`). A function word (ein, an, und:
    German's commonest words) gives none: its sense in the phrase is not Ding's first
    (An-Aus-Knopf is no "at + out + button"), nor does a word Ding lacks (raus), nor a
    rare one (below Zipf PHRASE_WORD_ZIPF): phrases of everyday words are read word by
    word, and one with a rare word is more often wordplay or a title (Vier-Goschen-Oper,
    after the Dreigroschenoper, with Austrian Goschen "gob") than a thing described."""
    glosses = []
    for word in phrase.split("-"):
        if (len(word) < 2 or not word.isalpha() or is_function_word(word)
                or wordlists.zipf_frequency(word.lower(), "de") < PHRASE_WORD_ZIPF):
            return ""
        found = [dictionary.entry(word, "NOUN"), dictionary.entry(word.lower(), "ADV"),
                 dictionary.entry(word.lower(), "ADJ")]
        senses = next((e.gloss.split("; ") for e in found if e is not None and e.gloss),
                      None) or part_word_senses(dictionary, word)
        if not senses:
            return ""
        glosses.append(senses[0])
    return " + ".join(glosses)


def capitals_for_a_word(dictionary: Dictionary, part: str) -> bool:
    """Whether a part written in capitals (AUA-) is a noun Ding writes otherwise (Aua,
    "ouch", "boo-boo"): capitals spell an abbreviation or a name (Austrian Airlines), and
    an exclamation is no first part of "AUA-Mutter"."""
    if len(part) < 2 or not (part.isalpha() and part.isupper()):
        return False
    row = dictionary.entry_row(part, "NOUN")
    return row is not None and row[0] != part


def english_homograph(dictionary: Dictionary, part: str, own: list[str]) -> str:
    """The English word a first part is (Talk-: "talk"), where German has borrowed it
    (`english_loanword`), none of the part's own senses is it (Ding's Talk is talc) and
    one of Ding's compounds opening with the part reads it so (Talkshow "talk show"); ""
    otherwise."""
    loanword = english_loanword(part) if part[1:].islower() else ""
    if not loanword or any(loanword in sense.lower().split() for sense in own):
        return ""
    key = lookup_key(part)
    rows = dictionary.fetch("SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'NOUN'",
                       (key, key + "\uffff"))
    return loanword if any(sense.lower().startswith(loanword + " ")
                           for (gloss,) in rows for sense in gloss.split("; ")) else ""


def singular_part(dictionary: Dictionary, part: str) -> str:
    """The English of a first part that is a noun Ding lists only by its plural headword
    (Grabung-s-: "Grabungen {pl} :: digs; excavations"), as `derived_noun_entry` reads the
    noun alone: its first sense made singular, "dig" (Grabungsstelle "≈ dig + place").
    As written or before a linking element."""
    for word in part_nouns(part):
        found = dictionary.entry(word, SINGULAR_OF_PLURAL)
        if found is not None and found.gloss:
            return found.gloss.split("; ")[0]
    return ""


def _stem_sense_first(dictionary: Dictionary, stem: str, senses: list[str]) -> list[str]:
    """A verb stem's senses as a compound's first part (Verteil-: verteilen "to deal; to
    distribute; to issue"), the one Ding's nouns opening with the stem speak of first.

    A verb's first sense on its card is the one its commonest use wants; in a compound
    the stem names the action in general, as the verb's nouns do: Ding's Verteiler…,
    Verteilerkabel, Verteilerleitung, Verteilung say "distributing", "distribution",
    "distributor", none "dealer" or "issue". So the sense whose English word (less a final
    e: distribut-) opens a word of more of those nouns' English than the first sense's
    does, in at least MIN_PART_EVIDENCE nouns, goes first: Verteilsystem "≈ distribute
    + system", not "deal + system"."""
    if len(senses) < 2:
        return senses
    key = lookup_key(stem)
    rows = dictionary.fetch("SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'NOUN'",
                       (key, key + "\uffff"))
    if not rows:
        return senses
    words = [{w.strip("(),").lower() for w in gloss.replace(";", " ").split()}
             for (gloss,) in rows]

    def nouns(sense: str) -> int:
        if " " in sense or len(sense) < MIN_PART:
            return 0
        root = sense.lower().removesuffix("e")
        return sum(any(w.startswith(root) for w in english) for english in words)

    counts = [nouns(sense) for sense in senses[:MAX_SENSES]]
    best = max(range(len(counts)), key=lambda i: (counts[i], -i))
    if counts[best] < MIN_PART_EVIDENCE or counts[best] <= counts[0]:
        return senses
    return [senses[best]] + senses[:best] + senses[best + 1:]


def prefix_gloss(dictionary: Dictionary, prefix: str) -> str:
    """The first sense of a compound's first part as a word (see `part_word_senses`)."""
    senses = part_word_senses(dictionary, prefix)
    return senses[0] if senses else ""


def part_word_senses(dictionary: Dictionary, prefix: str) -> list[str]:
    """The senses of a compound's first part as a word, tried in this order: a noun as
    written or in the plural (Staaten-), an adjective (Privat-), a noun before a linking
    element (Präsidentschaft-s-), an adverb (Innen-), a verb stem of four letters or
    more (Bezahl-, Lenk-; a three-letter one is mostly a fragment: Bet-rat), an English
    word German has borrowed (Internet-, Comic-: `english_loanword`). [] if none."""
    if len(prefix) < MIN_PART:
        return []  # Re-, Ex-: prefixes, glossed badly as words
    noun = prefix[:1].upper() + prefix[1:]
    lower = prefix.lower()
    stripped = [noun[: -len(s)] for s in LINKING
                if noun.endswith(s) and len(noun) - len(s) > MIN_PART]
    tries = ([(noun, "NOUN"), (lower, "ADJ")] + [(word, "NOUN") for word in stripped]
             + [(lower, "ADV")])
    if len(prefix) > MIN_PART:
        # The compass points lose their noun's -en in compounds: Süd-, Südwest- (Süden,
        # Südwesten); so do a few other nouns (Nord-, Ost-, West-). Only a noun Ding has
        # in that form, not a plural (Wirt|schaft- is no Schaften).
        tries.append((noun + "en", "NOUN-EN"))
    if len(prefix) > MIN_PART:
        tries += [(lower + "en", "VERB"), (lower + "n", "VERB")]
    for word, pos in tries:
        found = dictionary.entry(word, "NOUN" if pos == "NOUN-EN" else pos)
        if pos == "NOUN-EN" and found is not None and found.gender not in ("m", "n"):
            continue  # der Süden, not the plural die Medien (Medi-ale)
        if found is None and pos == "NOUN":
            row = dictionary.singular_row(word)
            found = dictionary.entry(row[0], "NOUN") if row is not None else None
        if found is not None and found.gloss and pos == "NOUN" and word == noun:
            # A verb's infinitive as a noun (das Runden "rounding") is no first part
            # where a noun stands before a linking element (Runde-n-): German joins a
            # verb to a head by its stem (Rund-, Rundlauf), or an infinitive with -s
            # (Lebens-, Essens-), so Rundenzeit is a lap's time, not a rounding's.
            linked = _linked_noun_before_infinitive(dictionary, lower, found, stripped)
            found = linked or found
        if found is not None and found.gloss:
            senses = [s.removeprefix("to ").split() for s in found.gloss.split("; ")]
            # "direct sth." -> "direct"
            plain = [" ".join(w for w in s if w not in PLACEHOLDERS) for s in senses]
            return _stem_sense_first(dictionary, lower, plain) if pos == "VERB" else plain
    loanword = english_loanword(prefix)
    return [loanword] if loanword else []


def _linked_noun_before_infinitive(dictionary: Dictionary, lower: str, found: Entry,
                                   stripped: list[str]) -> Entry | None:
    """The noun before a linking element -n/-en (Runde-n-) where the part as written is a
    neuter noun Ding renders only by English gerunds ("Runden {n} :: rounding") and is
    the infinitive of a verb Ding has: a nominalised infinitive, which German does not
    put bare before a head. None otherwise (das Essen "food; meal" is a thing of its
    own, and keeps its compounds)."""
    if found.gender != "n" or not lower.endswith("n"):
        return None
    if not all(s.split()[-1].endswith("ing") for s in found.gloss.split("; ") if s):
        return None
    if dictionary.entry(lower, "VERB") is None:
        return None
    for word in stripped:
        if lower[len(word):] in ("n", "en"):
            linked = dictionary.entry(word, "NOUN")
            if linked is not None and linked.gloss:
                return linked
    return None
