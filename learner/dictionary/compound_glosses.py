"""Compound glosses: the English of a noun Ding lacks read from its parts, "≈ first part +
head" (`compound_entry`, `compound_gloss`): which seams split the word, what each part means
as a compound's first part (`first_part_gloss`) and as its head (`last_part_sense`), the
readings Ding's own compounds attest (`attested_reading`), abbreviations and short forms
(BKA-Chef, Kita). Plain functions of a `Dictionary`; the rules that weigh readings without
reading the index are in `compound_hints`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.compound_hints import (
    ADJECTIVE_ENDINGS,
    INCLUSIVE_FORM,
    OWN_SENSE_SHARE,
    PHRASE_WORD_ZIPF,
    SHARED_PREFIXES,
    alternative_readings,
    distinct_own_readings,
    german_word,
    is_function_word,
    noun_definition,
    own_readings,
    spelled_out,
    split_points,
)
from learner.dictionary.compound_senses import (
    ALTERNATIVE_SHARE,
    MIN_PART_EVIDENCE,
    part_nouns,
    renders_head,
)
from learner.dictionary.english import english_loanword
from learner.dictionary.entry import Entry, first_sense
from learner.dictionary.index_rows import ABBREVIATION, COMBINING_FORM, SINGULAR_OF_PLURAL
from learner.dictionary.parsing import MIN_PART, PLACEHOLDERS, lookup_key, upper_first
from learner.dictionary.ranking import MAX_SENSES, MIN_COMPOUND_SENSE, sense_family, spelling_key
from learner.lexicon import definitions
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# How many of Ding's compounds must open with a noun, and how many times as many as end in it,
# for it to be read as a prefix to the word after it inside a compound (`_opens_only`: Ober-).
_OPENING_COMPOUNDS = 20
_OPENING_SHARE = 10

# A compound of Ding's counts as one German readers meet at this German Zipf (wordfreq; about
# one use in ten million words) or more, for reading a new compound's head as they read it
# (`_common_compound_senses`); a head with more compounds than `lookup._MAX_HEAD_COMPOUNDS`
# keeps its first sense rather than cost a query for each.
COMMON_COMPOUND_ZIPF = 2.0

# The fewest letters of a last part read through its German definition alone
# (`defined_head_entry`): shorter ones are as often a word's ending (Wahl|sprengel
# has -engel, -gel).
_MIN_HEAD = 6

# The prefixes read before a hyphen (Ex-Präsident, Anti-Terror-): `SHARED_PREFIXES` and ex-.
HYPHENED_PREFIXES = (*SHARED_PREFIXES, "ex")

# German Wiktionary's definition of a short form: "kurz für: Untersuchungshaft", "Kurzform für
# Unterseeboot", "Kurzwort für Kindertagesstätte" (one word).
_SHORT_FOR = re.compile(r"(?:kurz|Kurzform|Kurzwort) für:? ([A-ZÄÖÜ][\w-]+)")
_VOWEL = re.compile("[aeiouäöüy]", re.IGNORECASE)


def is_nominalised_participle(noun: str) -> bool:
    """Der/die Einreisende, Vorsitzende: a present participle used as a noun."""
    return noun.endswith("ende") and len(noun) > 6


def compound_entry(dictionary: Dictionary, noun: str) -> Entry | None:
    """A compound Ding lacks, read through its longest final part that Ding knows as a
    noun: Präsidentschaftswahlkampf = Präsidentschaft-s + Wahlkampf.

    German compounds take gender and inflection from their last part (der Wahlkampf ->
    der Präsidentschaftswahlkampf, die -kämpfe), so gender and plural are exact; the
    gloss is the parts' first senses, "presidency + election campaign", marked as
    approximate.
    """
    parts = noun.split("-")
    if len(parts) > 1 and parts[-1]:
        # US-Festland: the hyphen is where the parts meet. What stands before a hyphen is
        # mostly a name or an abbreviation (EU-, FPÖ-, Adidas-): it is kept as written.
        prefix, last = "-".join(parts[:-1]) + "-", parts[-1]
        head = dictionary.entry(last[:1].upper() + last[1:], "NOUN")
        if head is not None:
            return _combine(dictionary, prefix, head,
                                 compound_gloss(dictionary, noun, readings=MAX_SENSES)
                                 or abbreviated_compound_gloss(dictionary, prefix[:-1], last,
                                                                    head)
                                 or untranslated_first_part_gloss(dictionary, prefix[:-1], last,
                                                                       head))
        # A last part Ding lacks may be a compound or a loanword of its own (ÖVP-Landesrat,
        # FC-Keeper): German writes a hyphen after an abbreviation or a name whatever
        # follows, so the word is as common as its last part, and its hint the same
        # reading of the parts. Gender and plural come from the head in `noun_forms`.
        # Not a last part of two lower-case letters: a word cut short ("Photos-Ap" for
        # -App), which the hint would keep as written. Where Wiktionary defines the word
        # (Eishockey-WM), its definition says more than "hockey + WM".
        short = len(last) < MIN_PART and not last.isupper()
        gloss = "" if short or definitions.definition(noun) else compound_gloss(dictionary,
            noun, readings=MAX_SENSES)
        if gloss:
            return Entry(gloss=gloss, approximate=True)
        # A last part Ding lacks in every reading that German Wiktionary defines as a
        # common noun (App, Browser, Zweitligist, Landesrätin): the compound names a kind
        # of what its last part names (a Drittanbieter-App is an app), so the last part's
        # definition, marked German, says what the word is, where no English hint can.
        defined = "" if short or definitions.definition(noun) else noun_definition(last)
        if defined:
            return Entry(gloss=defined, approximate=True, german=True)
    if is_nominalised_participle(noun) and dictionary.entry(noun[:-3].lower() + "n", "VERB"):
        return None  # der/die Einreisende is "einreisen" + -end-, not "Einreis" + "Ende"
    english = dictionary.english_word(noun)
    if english:
        # Hip|ster: a word English itself uses is no German compound, and a split of it
        # cuts a morpheme in two ("go-go + stère"): it is its English word. Gender and
        # plural come from the noun lexicons (`with_noun_forms`).
        return Entry(gloss=english, approximate=True)
    for start in range(2, len(noun) - MIN_PART + 1):
        last = noun[start:]
        head = dictionary.entry(last[:1].upper() + last[1:], "NOUN")
        if head is None or not (head.gender or head.plural):
            continue
        # A three-letter last part is often a mere ending (Medi-ale, Fict-ion): it counts
        # only when the first part is a word too.
        if len(last) <= MIN_PART and not prefix_gloss(dictionary, noun[:start]):
            continue
        return _combine(dictionary, noun[:start], head, opening_sense(dictionary, noun)
                             or compound_gloss(dictionary, noun, readings=MAX_SENSES))
    return None


def defined_head_entry(dictionary: Dictionary, noun: str) -> Entry | None:
    """A compound whose last part Ding lacks but German Wiktionary defines as a common
    noun, after a first part that is a noun or adjective Ding has (Umwelt|landesrat:
    Landesrat "Mitglied einer österreichischen Landesregierung"; Wahl|sprengel; Früh|
    verrentung, an early Verrentung, whatever the adjective says): the last part's
    definition, marked German and approximate, as for a hyphenated compound (the word
    is a kind of its last part). The longest such last part of `_MIN_HEAD` letters or
    more, and only where Wiktionary does not define the word itself. Not where a noun
    Ding has runs on over the split: Verwaltungsrecht|ler is an expert in
    administrative law, not a Verwaltungs|rechtler (a holder of common rights). Asked
    only for a noun nothing else glosses: an English reading of its parts comes first
    (Film|casino "film + casino")."""
    if "-" in noun or definitions.definition(noun):
        return None
    for start in range(MIN_PART, len(noun) - _MIN_HEAD + 1):
        last = noun[start:]
        if (dictionary.entry(upper_first(last), "NOUN") is None
                and (dictionary.is_noun_part(noun[:start])
                     or dictionary.entry(noun[:start].lower(), "ADJ") is not None)
                and not any(dictionary.entry(noun[:end], "NOUN") is not None
                            for end in range(start + 1, len(noun)))):
            defined = noun_definition(last)
            if defined:
                return Entry(gloss=defined, approximate=True, german=True)
    return None


def abbreviated_compound_gloss(dictionary: Dictionary, abbreviation: str, last: str,
                               head: Entry) -> str:
    """The head's sense alone for a compound of an abbreviation that stands for German
    words and a noun Ding glosses (BKA-Chef, RH-Bericht), "" for any other compound.

    Such letters get no sense of their own in a composed hint (`abbreviation_gloss`):
    which German words they stand for the card cannot tell (BKA is the
    Bundeskriminalamt or the Bundeskanzleramt), and kept as written they are German on
    the card. But a German compound is a kind of its last part, whatever its first
    (a BKA-Chef is a Chef, a RH-Bericht a Bericht), and the letters stand on the front of
    the card as the article wrote them: the head's sense, marked approximate, is a true
    gloss, only less specific than the word. Names (SPÖ-, ORF-) and letters English
    writes (ATP-) keep their composed hint "SPÖ- + …"."""
    # Where German Wiktionary defines the compound itself (KZ-Häftling), its definition
    # says what the letters stand for, and more than the head alone.
    if (len(abbreviation) < 2 or not abbreviation.isupper()
            or definitions.definition(abbreviation + "-" + last)
            or abbreviation_gloss(dictionary, abbreviation) != ""
            or dictionary.english_writes(abbreviation) or not head.gloss):
        return ""
    return _head_alone_gloss(dictionary, last, head)


def untranslated_first_part_gloss(dictionary: Dictionary, part: str, last: str, head: Entry) -> str:
    """The head's senses alone for a hyphenated compound of a German noun Ding lacks and a
    noun Ding glosses (Europacup-Gegner: "opponent"), "" for any other compound.

    A German word left in the hint ("Europacup + opponent") is German on the back of the
    card, so `compound_gloss` gives none; but the word is a kind of its last part (a
    Europacup-Gegner is a Gegner), and its first part stands on the front as the article
    wrote it, which the learner reads there, as for letters (`abbreviated_compound_gloss`).
    Only for one capitalized word that German Wiktionary lists as a common noun
    (`german_word`), not a name or a phrase."""
    if (not part.isalpha() or not part[:1].isupper() or not head.gloss
            or definitions.definition(part + "-" + last) or not german_word(part)):
        return ""
    return _head_alone_gloss(dictionary, last, head)


def named_first_part_gloss(dictionary: Dictionary, noun: str) -> str:
    """The head's senses alone for a compound of two words joined by a hyphen whose first
    is, in the articles it stands in, a name (`fields.is_article_name`: Holzmeister-Bau,
    where the article writes "mit Clemens Holzmeister gebaut"); "" where its last part is
    no noun Ding glosses.

    German joins a name to a common noun by a hyphen, and a name may be spelt as words
    are (Holz + Meister; Schiele, the painter, as schielen "squint"; Zielpunkt, a
    supermarket chain): read as words, the hint says what the compound does not mean
    ("wood + master + building" for a building by the architect Holzmeister). The
    compound is a kind of its last part whatever the name, and the name stands on the
    front of the card as the article wrote it, as an abbreviation's letters do
    (`abbreviated_compound_gloss`): the head's senses are a true gloss. Kept as written
    on the back ("Zielpunkt- + imbalance") the name would be a German word there, which
    no hint shows (`bench/composed_parts.py`)."""
    first, hyphen, last = noun.partition("-")
    if not hyphen or "-" in last or len(last) < MIN_PART:
        return ""
    head = dictionary.entry(upper_first(last), "NOUN")
    if head is None or not head.gloss:
        return ""
    return _head_alone_gloss(dictionary, last, head)


def composed_last_part(dictionary: Dictionary, noun: str, gloss: str) -> bool:
    """Whether a hyphenated compound's hint reads what follows its last hyphen from that
    word's own parts ("SPÖ- + club + chief" for SPÖ-Klubchef): Ding lacks the word after
    the hyphen, so its reading is a guess at two seams, not one."""
    _, hyphen, last = noun.rpartition("-")
    return (bool(hyphen) and len(last) >= MIN_PART and gloss.split("; ")[0].count(" + ") >= 2
            and dictionary.entry(upper_first(last), "NOUN") is None)


def hyphened_head_definition(dictionary: Dictionary, noun: str, gloss: str) -> str:
    """German Wiktionary's definition of the compound after a hyphenated compound's last
    hyphen, where the hint reads that compound from its parts (`composed_last_part`) and
    Wiktionary defines it as a common noun (`noun_definition`); "" otherwise. What stands
    before a hyphen is mostly a name or an abbreviation (SPÖ-, VP-, ÖVP-), and the word is
    a kind of what follows it: an SPÖ-Klubchef is a Klubchef, "Koordinator der
    Abgeordneten einer Partei" (an Austrian party's leader in parliament, the hint's
    "club + chief" a sports club's), an ÖVP-Landesrat a Landesrat, "Mitglied einer
    österreichischen Landesregierung" (not a "state + council"). Not an English word
    German has borrowed (Low-Light-Performance: Wiktionary's Performance is an artist's,
    one narrow use of the English word the hint already says)."""
    last = noun.rpartition("-")[2]
    if not composed_last_part(dictionary, noun, gloss) or english_loanword(last):
        return ""
    return noun_definition(last)


def _head_alone_gloss(dictionary: Dictionary, last: str, head: Entry) -> str:
    """The senses of a compound's last part alone, as a composed hint offers them
    (`compound_gloss`): the sense Ding's compounds on the head use, then its others they
    use about as often (KHM-Spitze: "peak; head")."""
    noun = last[:1].upper() + last[1:]
    senses = _other_senses(last_part_sense(dictionary, noun, head), _head_senses(dictionary, noun))
    return "; ".join(senses[:MAX_SENSES])


def opening_sense(dictionary: Dictionary, noun: str) -> str:
    """What Ding's own compounds that open with a noun Ding lacks translate it with, where
    at least OWN_SENSE_SHARE * MIN_PART_EVIDENCE of them agree; "" otherwise. Ding has
    no Echtzeit, but a dozen compounds of it (Echtzeituhr "real-time clock",
    Echtzeitsystem "real-time system"): English has one word for it, which its parts
    read one by one (echt + Zeit) need not find."""
    counts = dictionary.part_counts(noun, "first")
    top = max(counts, key=lambda sense: (counts[sense], sense), default="")
    return top if top and counts[top] >= OWN_SENSE_SHARE * MIN_PART_EVIDENCE else ""


def _combine(dictionary: Dictionary, prefix: str, head: Entry, gloss: str) -> Entry:
    plural = ""
    if head.plural:
        plural = prefix + (head.plural if prefix.endswith("-")
                           else head.plural[:1].lower() + head.plural[1:])
    if not gloss:
        return Entry(gender=head.gender, plural=plural)
    return Entry(gloss=gloss, gender=head.gender, plural=plural, approximate=True)


def _part_senses(dictionary: Dictionary, part: str, role: str) -> list[str]:
    """How Ding's compounds translate a part (see `part_senses`), most compounds first."""
    rows = dictionary.fetch(
        "SELECT sense FROM part WHERE key = ? AND role = ? ORDER BY count DESC, sense",
        (part.casefold(), role),
    )
    return [r[0] for r in rows]


def compound_gloss(dictionary: Dictionary, word: str, depth: int = 2, readings: int = 1,
                   as_first: bool = False) -> str:
    """The hint "first part + head" for a compound Ding lacks, "" when it has no sound one.

    The word splits where its last part is a noun Ding knows and what stands before it
    is a word with an English sense (`first_part_gloss`), the longest last part first:
    Landes|rechnungshof, Kabinetts|posten. The last part's sense is its first (whose
    rank counts the compounds Ding translates with it: `rank`). A split inside a
    morpheme (Volleyb|aller) leaves no word on the left, and a part with no English
    sense leaves no hint at all: a German word on the card is no gloss. Parts that are
    compounds themselves are read the same way, `depth` levels down.

    Before a hyphen stands a word (Asyl-Unterkunft, glossed) or a name or abbreviation
    (EU-, KHM-, Neos-, kept as written: Ding does not know it as a word).

    With `readings` above 1, up to that many readings, "; "-separated, the best first: a
    part's first sense is often not the one the compound means, and which one it is the
    word alone cannot tell (see `alternative_readings`).

    With `as_first`, the word is a compound's first part (Polizeiober- of
    Polizeioberkommissar), and a last part that Ding's compounds use only to open a
    compound (`_opens_only`: Ober-, never -ober) is none of its: it belongs to what
    follows (Polizei + Oberkommissar), and read as a head it is another word (der Ober,
    the waiter).
    """
    left, hyphen, right = word.rpartition("-")
    short_form = short_form_gloss(dictionary, left) if hyphen else ""
    if (hyphen and len(left.split("-")[0]) == 1 and dictionary.entry(left, "NOUN") is None
            and not short_form):
        # U-Ausschuss, E-Auto: a single letter that opens a compound stands for a German
        # word (Untersuchungs-, Elektro-) the card cannot tell; kept as written it is
        # German left in the gloss. (After a word it is a name: Gruppe-B-; U-Bahn is
        # a word of Ding's own.)
        return ""
    if hyphen and left and right:
        if "-" not in left and english_loanword(left) and english_loanword(right):
            # English words joined by a hyphen are an English phrase German has taken
            # whole (Play-Store, Slow-Motion, Life-Hack): each is its English word, not a
            # German homograph (der Store "net curtain", hacken "to mince").
            return f"{_english_part(dictionary, left)} + {_english_part(dictionary, right)}"
        # Akku-Bench|mark: a word English itself uses after a hyphen, where Ding lacks it
        # as a German noun, is its English word, not German parts (`english_word`).
        right_gloss = ((dictionary.entry(upper_first(right), "NOUN") is None
                        and dictionary.english_word(right))
                       or _last_part_gloss(dictionary, right, depth))
        left_gloss = ("" if _capitals_for_a_word(dictionary, left)
                      else first_part_gloss(dictionary, left, depth)) or short_form
        own = dictionary.entry(left, "NOUN") if not left_gloss and "-" in left else None
        if own is not None and own.gloss:
            left_gloss = own.gloss.split("; ")[0]  # U-Bahn-Intervall: Ding has U-Bahn
        if not left_gloss and left.lower() in HYPHENED_PREFIXES:
            left_gloss = left.lower() + "-"  # Ex-Präsidentin: "ex- + president"
        if not left_gloss:
            # An abbreviation Ding explains is glossed (BIP- "GDP"); one it does not know
            # is taken for a name and kept as written (SPÖ-, KHM-).
            abbreviation = dictionary.entry(left, ABBREVIATION)  # also as written: Lkw, LKW
            if abbreviation is not None and abbreviation.gloss:
                left_gloss = abbreviation.gloss.split("; ")[0]
            else:
                # NS- is "Nazi"; one of German words Ding cannot put in English gives
                # no hint rather than German on the card.
                expanded = abbreviation_gloss(dictionary, left)
                if expanded == "" and dictionary.english_writes(left):
                    expanded = left  # ATP-Turnier: "ATP + tournament"
                if expanded == "":
                    return ""
                left_gloss = expanded or _written_form_gloss(dictionary, left)
            if not left_gloss and _is_name(dictionary, left):
                left_gloss = left + "-"
            if not left_gloss and "-" in left:
                left_gloss = _phrase_gloss(dictionary, left)  # Zwei-Welten-Theorie
        if not (left_gloss and right_gloss):
            return ""
        if readings <= 1:
            return f"{left_gloss} + {right_gloss}"
        noun = right[:1].upper() + right[1:]
        head = dictionary.entry(noun, "NOUN") if len(right) >= MIN_PART else None
        counts = dictionary.part_counts(left, "first")
        kept = "-" in left or left_gloss == left + "-"
        own_heads = head.gloss.split("; ") if head is not None and head.gloss else []
        return _readings(dictionary,
            [left_gloss] if kept else _other_senses(left_gloss, counts),
            _other_senses(right_gloss, _head_senses(dictionary, noun)) if own_heads
            else [right_gloss],
            [] if kept else part_word_senses(dictionary, left), own_heads, counts,
            _head_senses(dictionary, noun), readings)
    starts = split_points(word, lambda part: dictionary.entry(part, "NOUN") is not None)
    for start in starts:
        rest = word[start:]
        if _linking_s_before(dictionary, word, start) or as_first and _opens_only(dictionary, rest):
            continue
        if _splits_a_noun(dictionary, word, start, starts):
            continue
        head = dictionary.entry(rest[:1].upper() + rest[1:], "NOUN")
        last = ""
        if head is not None and head.gloss:
            last = (last_part_sense(dictionary, rest, head) if dictionary.is_noun_part(word[:start])
                    else _compounds_own_sense(dictionary, rest, head.gloss.split("; ")))
        if not last:
            continue
        first = first_part_gloss(dictionary, word[:start], depth - 1)
        if first and readings > 1:
            counts = dictionary.part_counts(word[:start], "first")
            head_counts = _head_senses(dictionary, rest, dictionary.is_noun_part(word[:start]))
            heads = _other_senses(last, head_counts)
            found = _readings(dictionary,
                _other_senses(first, counts), heads,
                part_word_senses(dictionary, word[:start]), head.gloss.split("; "), counts,
                head_counts, readings)
            return _as_like_compounds(dictionary, found, word[:start], rest,
                                      [*heads, *head.gloss.split("; ")], readings)
        if first:
            return f"{first} + {last}"
    if depth > 0:
        for start in range(MIN_PART, len(word) - 2 * MIN_PART + 1):
            rest = word[start:]
            rest_gloss = compound_gloss(dictionary, rest[:1].upper() + rest[1:], depth - 1)
            first = first_part_gloss(dictionary, word[:start], 0) if rest_gloss else ""
            if first:
                return f"{first} + {rest_gloss}"
    return ""


# A compound of Ding's counts as one whose first part is like a hint's where the heads German
# writes after the two parts overlap this much (Jaccard index of wordfreq's words, heads of
# LIKE_HEAD_LETTERS letters or more): Vereins- and Firmen- (0.18: -geschichte, -sitz,
# -gründer ...), Landtags- and Bundestags- (0.57), Lebensmittel- and Nahrungsmittel- (0.20);
# Vereins- and Berg- share 0.04. At 0.05 a quarter of the changes were worse (Werbe- beside
# Sonder-: "edition"; Materie- beside Kurbel-: "shaft"); see docs/dictionary.md.
LIKE_PART_SIMILARITY = 0.15
LIKE_HEAD_LETTERS = 4
# The fewest heads German must write after each part for their likeness to count: over a
# handful the index is chance (Blockade- writes four, one of them as Käfig- does, and
# Blockadehaltung became "farming"; Abschottungs- two, as Austeritäts-).
LIKE_PART_HEADS = 20
# A like compound's first part must be a word German writes this often (as written, before a
# linking -s, or with -e/-en): not a piece of a longer word (Blitzab|leiter).
_LIKE_PART_ZIPF = 3.0


def _as_like_compounds(dictionary: Dictionary, found: str, first: str, rest: str,
                       heads: list[str], size: int) -> str:
    """A composed hint's readings (`found`) with the head read first as Ding's compounds of
    the same head read it whose first part is like the hint's: German forms compounds of
    like words alike, so the compounds Ding translates with a like first part say which
    sense the head has beside such a word. Vereinsgeschichte is "club + history" as
    Firmengeschichte is "company history" (not "story"), Landtagsfraktion "Landtag +
    parliamentary group" as Bundestagsfraktion (not "fraction"). Two first parts are alike
    where the heads German writes after each overlap (`LIKE_PART_SIMILARITY`: a
    distributional likeness, Harris 1954). Each like compound votes, by its likeness, for
    the first of its English senses that ends in a sense of the head's (`heads`: its
    senses in the hint and in its entry); the winner must have twice any other's votes and
    not be the hint's first head already. It comes first, beside the first reading's first
    part; the hint's other readings follow, `size` in all."""
    readings = found.split("; ")
    lead, plus, shown = readings[0].rpartition(" + ")
    if not plus or " + " in lead or len(first) < MIN_PART:
        return found
    senses = {sense.lower(): sense for sense in reversed(heads)}
    votes, _ = like_compound_votes(dictionary, first, rest, senses)
    if not votes:
        return found
    best = max(votes, key=lambda sense: (votes[sense], sense))
    if (best == shown.lower()
            or any(sense != best and 2 * count > votes[best] for sense, count in votes.items())):
        return found
    return "; ".join(list(dict.fromkeys([f"{lead} + {senses[best]}", *readings]))[:size])


def like_compound_votes(
    dictionary: Dictionary, first: str, rest: str, senses: Iterable[str],
    min_likeness: float | None = None, min_heads: int | None = None,
) -> tuple[dict[str, float], list[tuple[float, str, str]]]:
    """The votes of Ding's compounds of the head `rest` whose first part is like `first`
    (`_as_like_compounds`), by the head's sense (one of `senses`, lower case) each renders,
    and the voters (likeness, compound, sense). A compound votes where German uses it
    (COMMON_COMPOUND_ZIPF), its first part is a word German writes (`_LIKE_PART_ZIPF`), both
    parts write at least `min_heads` heads after them, and they are `min_likeness` alike.
    `bench/neighbour_heads.py` asks it at other thresholds; by default the module's, read
    at the call."""
    min_likeness = LIKE_PART_SIMILARITY if min_likeness is None else min_likeness
    min_heads = LIKE_PART_HEADS if min_heads is None else min_heads
    senses = list(senses)
    votes: dict[str, float] = {}
    voters: list[tuple[float, str, str]] = []
    mine = wordlists.endings_after(first.lower(), "de", LIKE_HEAD_LETTERS)
    if len(mine) < max(min_heads, 1):  # two empty sets have no likeness
        return votes, voters
    for word, gloss, _ in dictionary.noun_rows_ending_in(lookup_key(rest)) or ():
        part = word.lower()[: -len(rest)]
        if (len(part) < MIN_PART or not part.isalpha()
                or wordlists.zipf_frequency(word.lower(), "de") < COMMON_COMPOUND_ZIPF
                or not any(wordlists.zipf_frequency(w, "de") >= _LIKE_PART_ZIPF
                           for w in (part, part[:-1] if part.endswith("s") else "",
                                     part + "e", part + "en") if w)):
            continue
        theirs = wordlists.endings_after(part, "de", LIKE_HEAD_LETTERS)
        if len(theirs) < max(min_heads, 1):
            continue
        likeness = len(mine & theirs) / len(mine | theirs)
        if likeness < min_likeness:
            continue
        for english in (g.lower() for g in gloss.split("; ")):
            rendered = [s for s in senses if english == s or english.endswith(" " + s)]
            if rendered:
                sense = max(rendered, key=len)
                votes[sense] = votes.get(sense, 0.0) + likeness
                voters.append((likeness, word, sense))
                break
    return votes, voters


def _readings(dictionary: Dictionary, firsts: list[str], heads: list[str], own_firsts: list[str],
              own_heads: list[str], first_counts: Mapping[str, int],
              head_counts: Mapping[str, int], size: int) -> str:
    """Up to `size` readings of a compound, "; "-separated: its parts' senses in Ding's
    compounds (`firsts`, `heads`, best first; see `alternative_readings` and
    `attested_reading`), then, where those leave room, the parts' own senses that Ding's
    compounds give too little weight to offer (`own_firsts`, `own_heads`: the parts'
    entries, best first; `own_readings`). A reading Ding's compounds back is never
    displaced by one of these."""
    firsts, heads = attested_reading(dictionary, firsts, heads, own_heads, first_counts)
    found = alternative_readings(firsts, heads, size)
    if not own_heads:
        return "; ".join(found)
    for reading in [*own_readings(firsts, heads, own_firsts, own_heads, first_counts,
                                   head_counts),
                    *distinct_own_readings(found, own_firsts, own_heads, first_counts,
                                            head_counts)]:
        if len(found) >= size:
            break
        if reading not in found:
            found.append(reading)
    return "; ".join(found)


def attested_reading(dictionary: Dictionary, firsts: list[str], heads: list[str],
                     own_heads: list[str], first_counts: Mapping[str, int] | None = None,
                     ) -> tuple[list[str], list[str]]:
    """`firsts` and `heads` (a compound's part senses, best first) with the head's first
    sense English has a phrase for with the first part's best sense put first, where the
    best reading has none.

    A compound means one sense of each part, and which one English says by having a word
    for the pair: Ding translates some German word as "rainfall" or "fall of rain", none
    as "rain case"; "violation of the law", never "law injury". The head's senses tried
    are the ones the hint would offer, then its own first senses in Ding (`own_heads`:
    Fall is "case", "fall", "event"; its compounds use only "case"). A phrase counts
    written as "first head", joined or hyphenated ("rainfall"), or as "head of (the)
    first" ("breach of law").

    Where no sense of the head makes a phrase with the first part's best sense, another
    sense of the first part that makes one with the head's best goes first (Innen-
    "inside" and "interior": Innenministerin "≈ interior + minister"; Aufnahme-
    "recording" and "reception": Aufnahmelager "≈ reception + camp"), but only one at
    least MIN_COMPOUND_SENSE of Ding's compounds use (`first_counts`): a rarer one finds
    a phrase of another compound more often than the one meant (Bewerberfeld
    "application field", Festgottesdienst "banquet service", two compounds each)."""
    first_counts = first_counts or {}
    if not firsts:
        return firsts, heads
    tried = list(dict.fromkeys([*heads, *own_heads[:MAX_SENSES]]))
    for j, head in enumerate(tried[:MAX_SENSES + 1]):
        if _english_has(dictionary, firsts[0], head):
            if j:
                return firsts, [head, *(h for h in heads if h != head)]
            return firsts, heads
    for first in firsts[1:] if heads else ():
        if (first_counts.get(first, 0) >= MIN_COMPOUND_SENSE
                and _english_has(dictionary, first, heads[0])):
            return [first, *(f for f in firsts if f != first)], heads
    return firsts, heads


def _english_has(dictionary: Dictionary, first: str, head: str) -> bool:
    """Whether Ding translates some German word with the pair as one English phrase."""
    a, b = first.lower(), head.lower()
    if not (a and b) or a.endswith("-") or " " in a + b and len((a + " " + b).split()) > 3:
        return False
    forms = (f"{a} {b}", f"{a}{b}", f"{a}-{b}", f"{b} of {a}", f"{b} of the {a}")
    marks = ", ".join("?" * len(forms))
    return bool(dictionary.fetch(f"SELECT 1 FROM english WHERE sense IN ({marks}) LIMIT 1",
                            forms))


def _english_part(dictionary: Dictionary, part: str) -> str:
    """An English word German has borrowed, read as English: Ding's sense of it that
    names it (Football "American football": German means that game) or else the word
    (Store: Ding's "net curtain" is the German homograph)."""
    english = english_loanword(part)
    found = dictionary.entry(part[:1].upper() + part[1:], "NOUN")
    senses = found.gloss.split("; ") if found is not None and found.gloss else []
    return next((s for s in senses if english in s.lower().split()), english)


def _splits_a_noun(dictionary: Dictionary, word: str, start: int, starts: Sequence[int]) -> bool:
    """Whether splitting `word` at `start` cuts a noun in two: the first part is no noun
    of Ding's, but a few letters more of it are one, before a head Ding knows too
    (Compute|ruhr is Computer|uhr: the longest head, Ruhr "dysentery", would leave the
    verb stem compute- where German has the noun Computer). The longest head wins only
    among splits that leave whole words on both sides."""
    part = word[:start]
    if (dictionary.is_noun_part(part) or _part_senses(dictionary, part, "first")
            or dictionary.entry(part.lower(), "ADJ") or dictionary.entry(part.lower(), "ADV")):
        return False  # Hinter|mannschaft, Süd|bahnstrecke: a first part of its own
    return any(later > start and dictionary.is_noun_part(word[:later])
               and dictionary.entry(word[later:][:1].upper() + word[later + 1:], "NOUN")
               is not None for later in starts)


def _opens_only(dictionary: Dictionary, part: str) -> bool:
    """Whether Ding's compounds use a noun to open a compound, hardly ever to end one: at
    least _OPENING_COMPOUNDS readings of it as a first part (Ober-: Oberarzt "senior
    physician", Oberbürgermeister "Lord Mayor"...), and _OPENING_SHARE times as many as
    of it as a last part (-ober: Herzober "queen of hearts", a playing card). Such a part
    is a prefix to the word after it (Ober|kommissar)."""
    opening = sum(dictionary.part_counts(part, "first").values())
    ending = sum(_head_senses(dictionary, part).values())
    return opening >= max(_OPENING_COMPOUNDS, _OPENING_SHARE * ending)


def _linking_s_before(dictionary: Dictionary, word: str, start: int) -> bool:
    """Whether the -s that opens `word[start:]` is rather the linking -s of the part before
    it: Ding's compounds write that part with an -s (Bezirks-: Bezirksgericht,
    Bezirksrat) and what follows the -s is a noun Ding knows. Bezirksamt is a district's
    office, not a district's velvet (Samt)."""
    rest = word[start + 1:]
    return (word[start:start + 1] == "s" and len(rest) >= MIN_PART
            and bool(dictionary.part_counts(word[: start + 1], "first"))
            and dictionary.entry(rest[:1].upper() + rest[1:], "NOUN") is not None)


def _head_senses(dictionary: Dictionary, part: str, after_noun: bool = True) -> dict[str, int]:
    """The senses Ding's own compounds give a last part (roles "head" and, after a noun,
    "last" of `part_senses`), with how many compounds give each: Treffer is "goal" in
    four of Ding's compounds (Anschlusstreffer, Ehrentreffer...) and "hit" in two; Sender
    "station" and "transmitter" in eleven each."""
    counts: dict[str, int] = {}
    for role in ("head", "last") if after_noun else ("head",):
        for sense, count in dictionary.part_counts(part, role).items():
            counts[sense] = max(counts.get(sense, 0), count)
    return counts


def _other_senses(chosen: str, counts: Mapping[str, int]) -> list[str]:
    """`chosen` (the sense a compound's part is read in), then the part's other senses
    that Ding's compounds use (`counts`, by how many compounds use each) about as often
    as its commonest: at least MIN_PART_EVIDENCE compounds, and at least a quarter of the
    commonest's count (ALTERNATIVE_SHARE). One sense per English family ("station",
    "transmitter"; not "station" and "radio station"). Landes- is "state" in 23 of
    Ding's compounds, "national" in 14, "regional" in 12: all three; Protest- is
    "protest" in 14, "remonstrative" in 2: only "protest"."""
    found = [chosen]
    families = [spelling_key(sense_family(chosen))]
    top = max(counts.values(), default=0)
    for sense in sorted(counts, key=lambda sense: (-counts[sense], sense)):
        if counts[sense] < max(MIN_PART_EVIDENCE, top / ALTERNATIVE_SHARE):
            break
        family = spelling_key(sense_family(sense))
        # "low" and "Lower" (Nieder-) are one word's forms, not two senses.
        if not any(family.startswith(f) or f.startswith(family) for f in families):
            families.append(family)
            found.append(sense)
    return found


def _last_part_gloss(dictionary: Dictionary, part: str, depth: int) -> str:
    if len(part) > 1 and part.isupper():
        # Rallye-WM: an abbreviation Ding or Wiktionary explains is glossed, one of German
        # words with no English gives no hint, a name's (Pro-EU) stays as written.
        abbreviation = dictionary.entry(part, ABBREVIATION)
        if abbreviation is not None and abbreviation.gloss:
            return abbreviation.gloss.split("; ")[0]
        expanded = abbreviation_gloss(dictionary, part)
        if expanded == "" and dictionary.english_writes(part):
            return part  # Tennis-ATP: letters English writes too
        return part if expanded is None else expanded
    if len(part) < MIN_PART:
        return part  # ÖFB-A-Team: a letter, as written
    noun = part[:1].upper() + part[1:]
    head = dictionary.entry(noun, "NOUN")
    if head is not None and head.gloss:
        return last_part_sense(dictionary, noun, head)
    if head is None and not _VOWEL.search(part[1:]):
        # An initialism German writes as a noun is written, capital first (Lkw, Pkw, Kfz:
        # letters with no vowel, read out one by one): no noun of Ding's, but an
        # abbreviation it explains, as before a hyphen (Elektro-Lkw "electric + HGV", as
        # Lkw-Fahrer "HGV + driver").
        abbreviation = dictionary.entry(part, ABBREVIATION)
        if abbreviation is not None and abbreviation.gloss:
            return abbreviation.gloss.split("; ")[0]
    composed = compound_gloss(dictionary, noun, depth - 1) if depth > 0 else ""
    return composed or english_loanword(part)


def short_form_gloss(dictionary: Dictionary, word: str) -> str:
    """The English of a short form Ding lacks, by the word German Wiktionary says it is
    short for ("U-Ausschuss: kurz für Untersuchungsausschuss", "inquiry commission"), ""
    where Wiktionary gives no such one word or Ding does not gloss it as a noun. A letter
    that opens a compound stands for a word the card cannot tell alone (U- is Untersuchungs-
    here, Unter- in U-Boot); the short form's own entry says which."""
    if "-" not in word or dictionary.entry(word, "NOUN") is not None:
        return ""
    match = _SHORT_FOR.fullmatch(definitions.definition(word))
    found = dictionary.entry(match.group(1), "NOUN") if match else None
    return first_sense(found)


def abbreviation_gloss(dictionary: Dictionary, abbreviation: str) -> str | None:
    """The English of an abbreviation Ding does not explain, as German Wiktionary spells
    it out: None where it is a name, "" where it stands for German words the card cannot
    put in English, which then give no hint rather than German on the card.

    - A sense Wiktionary marks for compounds is what it means before a hyphen ("in
      Zusammensetzungen: nationalsozialistisch": NS- is "Nazi", though its first sense
      is Nachsatz), glossed as Ding glosses that word.
    - Otherwise, where Wiktionary's first sense spells it out as one German word (KZ:
      Konzentrationslager; RH: Reihenhaus, where news means the Rechnungshof), it is
      German, and which of its senses an article means the card cannot tell.
    - Where Wiktionary lacks it or spells it out as a name of several words (ÖVP:
      Österreichische Volkspartei, SPÖ), it is a name, kept as written as English news
      keeps it."""
    if sum(c.isupper() for c in abbreviation) < 2 or not abbreviation.isalpha():
        return None
    expansions = [spelled_out(sense) for sense in definitions.senses(abbreviation)]
    for word, in_compounds in expansions:
        if word and in_compounds:
            for found in (dictionary.entry(word, "NOUN"), dictionary.entry(word.lower(), "ADJ")):
                if found is not None and found.gloss:
                    return found.gloss.split("; ")[0]
            return ""
    return "" if expansions and expansions[0][0] else None


def last_part_sense(dictionary: Dictionary, part: str, head: Entry) -> str:
    """The English of a compound's last part, whose Ding entry is `head`: its first sense
    (whose rank counts the compounds that use it: `rank`), unless Ding's compounds ending
    in it, after a noun's English (role "last" of `part_senses`), use a sense the entry
    does not show at least OWN_SENSE_SHARE times as often as any sense it shows, counting
    that as MIN_PART_EVIDENCE at least: a head's own entry is overruled by six compounds
    or more. Bauer's entry says "farmer" and "pawn", its compounds "maker" (Geigenbauer,
    Harfenbauer and a dozen more) and "farmer" (three): Bombenbauer is "≈ bomb + maker".
    Where the compounds use the entry's own senses too, the entry's order stands: which
    one a compound means depends on its first part (Wahl: the compounds' "selection" is
    its "choice", not its "election"); and four compounds with -lenker "driver" do not
    make Staatenlenker, a leader of states, "≈ state + driver"."""
    senses = head.gloss.split("; ")
    counts = dictionary.part_counts(part, "last")
    shown = {sense.lower() for sense in senses}
    top = max((s for s in counts if s.lower() not in shown),
              key=lambda sense: (counts[sense], sense), default="")
    lowered = {sense.lower(): count for sense, count in counts.items()}
    used = max((lowered.get(sense, 0) for sense in shown), default=0)
    if top and counts[top] >= OWN_SENSE_SHARE * max(used, MIN_PART_EVIDENCE):
        return top
    return _compounds_own_sense(dictionary, part, senses)


def _compounds_own_sense(dictionary: Dictionary, part: str, senses: list[str]) -> str:
    """Of a last part's senses its card shows (the first MAX_SENSES of its entry), the one
    the compounds ending in it that German readers meet use (`_common_compound_senses`),
    where they (nearly) never use its first: at least MIN_PART_EVIDENCE such compounds,
    OWN_SENSE_SHARE times as many as use the first, and a third (1 / OWN_SENSE_SHARE) of
    all of them. The word alone and the word as a compound's head are read in different
    senses: Konsum alone is first "consumerism" (its own lines' rank), but the -konsum
    compounds news uses (Alkoholkonsum, Drogenkonsum, Fleischkonsum) are
    "consumption": Cannabiskonsum "≈ cannabis + consumption". Where they use the first
    sense too, which one a new compound means depends on its first part, and the entry's
    order stands; and where most render the head by none of the senses shown, the
    compounds mean something else again (-spitze: "party leaders", "top management",
    "top of the league" beside five "tip"s of noses and fingers), and a new one may too."""
    shown = senses[:MAX_SENSES]
    if len(shown) < 2:
        return senses[0]  # one sense shown: nothing to choose, and no compounds to count
    counts, compounds = _common_compound_senses(dictionary, part, shown)
    best = max(range(1, len(shown)), key=lambda i: (counts[i], -i), default=0)
    found = counts[best]
    if (best and found >= MIN_PART_EVIDENCE
            and found >= OWN_SENSE_SHARE * max(counts[0], 1)
            and found * OWN_SENSE_SHARE >= compounds):
        return shown[best]
    return senses[0]


def _common_compound_senses(dictionary: Dictionary, part: str,
                            senses: list[str]) -> tuple[list[int], int]:
    """For each of `senses`, how many of Ding's nouns ending in `part` that German uses
    (Zipf COMMON_COMPOUND_ZIPF or more) render the part by it (`renders_head`), and how
    many such nouns there are. Only compounds in use count, where `part_senses` counts
    all: Ding lists a trade's or a science's compounds by the dozen, and -star is
    "starling" in 27 names of birds and "star" in 9 (Filmstar, Popstar); a new compound
    in an article is read as the ones an article would use."""
    known = dictionary.common_compounds.get((part, tuple(senses)))
    if known is None:
        known = dictionary.common_compounds[part, tuple(senses)] = _count_common(dictionary,
            part, senses)
    return known


def _count_common(dictionary: Dictionary, part: str, senses: list[str]) -> tuple[list[int], int]:
    """`_common_compound_senses`, counted afresh."""
    found, compounds = [0] * len(senses), 0
    # A row's key is its word case-folded (`lookup_key`), as wordfreq folds a word before it
    # looks it up: a key far below the threshold (`zipf_far_below`) says the same of its
    # rows' words, whose rows are then not read (two in three of Ding's nouns, ~0.25 s of
    # CPU over the 600 gnad articles' ~1,300 heads). The rest are asked by their words.
    rows = dictionary.noun_rows_ending_in(lookup_key(part), _maybe_common)
    if rows is None:
        return found, compounds  # a head of hundreds of compounds (-wagen): a query each
    lowered = [sense.lower() for sense in senses]
    for word, gloss, weight in rows:
        if not wordlists.zipf_at_least(word.lower(), "de", COMMON_COMPOUND_ZIPF):
            continue
        compounds += weight
        english = [g.lower() for g in gloss.split("; ")]
        for i, sense in enumerate(lowered):
            if any(renders_head(g, sense) for g in english):
                found[i] += weight
    return found, compounds


def _maybe_common(key: str) -> bool:
    """Whether a noun's key may be that of a word German uses (`_count_common`)."""
    return not wordlists.zipf_far_below(key, "de", COMMON_COMPOUND_ZIPF)


def _written_form_gloss(dictionary: Dictionary, part: str) -> str:
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


def _phrase_gloss(dictionary: Dictionary, phrase: str) -> str:
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


def _is_name(dictionary: Dictionary, part: str) -> bool:
    """Whether what stands before a hyphen is a name or an abbreviation (EU, KHM, Neos,
    Production), not a German word: Ding does not know it in any class, nor as a
    compound of words it knows, and it is no German function word (An-, Ein-: Zipf
    FUNCTION_WORD_ZIPF or more). Several words joined by hyphens are a name only where
    each one is (Hans-Peter-, not Links-rechts-, Zwei-Welten-), or is in lower case a
    function word or no German word at all (Van-der-Bellen-, GPA-djp-)."""
    if "-" in part:
        pieces = [p for p in part.split("-") if p]
        return all(len(p) == 1 or (p.islower() and is_function_word(p)) or _is_name(dictionary, p)
                   for p in pieces)
    if any(c.isdigit() for c in part) or sum(c.isupper() for c in part) > 1:
        return True
    if is_function_word(part.lower()):
        return False
    return (not dictionary.knows(part) and not compound_gloss(dictionary, part, 0)
            and not german_word(part))


def first_part_gloss(dictionary: Dictionary, part: str, depth: int = 1) -> str:
    """The English of a compound's first part, "" if it has none. In this order:

    - the part as a word (`part_word_senses`): the first of its senses that Ding's own
      compounds starting with it use most (where at least MIN_PART_EVIDENCE agree:
      Landes- is "state", not "country"), else what those compounds use (Bundes-
      "federal", Grenz- "border"), else its first sense;
    - the part read as a compound itself, `depth` levels down (Kurzbotschaften-).
    """
    if len(part) < MIN_PART or not part.replace("-", "").isalpha():
        return ""
    if "-" in part:
        return compound_gloss(dictionary, part, depth) if depth > 0 else ""
    learnt = _part_senses(dictionary, part, "first")
    own = part_word_senses(dictionary, part)
    if learnt and own:
        # Of the part's own senses, the one most compounds use (Land: "state", not
        # "country"; Kabinett "cabinet", not "box room"; Reform "reform", not
        # "progressive"), else what the compounds say (Bund -> "federal"). An own sense
        # that far fewer compounds use than the compounds' favourite is a coincidence:
        # Dauer- is "permanent" in 23 compounds, "duration" (its own first sense) in 2.
        counts = dictionary.part_counts(part, "first")
        top = counts.get(learnt[0], 0)
        shown = {s.lower() for s in own[:MAX_SENSES]}
        # A part that is a noun and an adjective (der Alt "alto", alt "old") has both
        # words' senses: `own` holds only the noun's, and Alteigentümer is no "alto +
        # owner" because six compounds name the voice where sixteen say "old".
        adjective = dictionary.entry(part.lower(), "ADJ")
        if adjective is not None and adjective.gloss:
            shown.update(s.lower() for s in adjective.gloss.split("; ")[:MAX_SENSES])
        return next((s for s in learnt if s.lower() in shown
                     and counts.get(s, 0) * OWN_SENSE_SHARE >= top), learnt[0])
    if own and not learnt:
        loanword = _english_homograph(dictionary, part, own)
        if loanword:
            return loanword
    if learnt or own:
        return (learnt or own)[0]
    # A first part Ding lists as one, with "…" for the rest (Hightech… "high-tech"):
    # Ding's own English for it, where the part is no word of its own. (Preferred to a
    # sense the compounds use it would mostly be an adjective where English puts a
    # noun: Regierungs… "governmental", Schul… "academic".)
    combining = dictionary.entry(part[:1].upper() + part[1:], COMBINING_FORM)
    if combining is not None and combining.gloss:
        return combining.gloss.split("; ")[0]
    # A noun Ding has only in the plural (Grabungen), its singular's sense.
    singular = _singular_part(dictionary, part)
    if singular:
        return singular
    if depth <= 0:
        return ""
    composed = compound_gloss(dictionary, part[:1].upper() + part[1:], depth - 1, as_first=True)
    if composed:
        return composed
    # A compound before a linking element or a genitive -s (Landesschulrat-s-Vize...):
    # its last part stands there in a form no noun list has. The shortest ending first
    # (Wertkarte-n-, not Wertkart-en-); not a word with a capital inside, an inclusive
    # form (ArbeitnehmerInnen-, read by `_written_form_gloss`) or a name.
    for ending in sorted(LINKING, key=len) if part[1:].islower() else ():
        stem = part[: -len(ending)]
        if part.endswith(ending) and len(stem) >= 2 * MIN_PART:
            composed = compound_gloss(dictionary, stem[:1].upper() + stem[1:], depth - 1)
            if composed:
                return composed
    return ""


def _capitals_for_a_word(dictionary: Dictionary, part: str) -> bool:
    """Whether a part written in capitals (AUA-) is a noun Ding writes otherwise (Aua,
    "ouch", "boo-boo"): capitals spell an abbreviation or a name (Austrian Airlines), and
    an exclamation is no first part of "AUA-Mutter"."""
    if len(part) < 2 or not (part.isalpha() and part.isupper()):
        return False
    row = dictionary.entry_row(part, "NOUN")
    return row is not None and row[0] != part


def _english_homograph(dictionary: Dictionary, part: str, own: list[str]) -> str:
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


def _singular_part(dictionary: Dictionary, part: str) -> str:
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
