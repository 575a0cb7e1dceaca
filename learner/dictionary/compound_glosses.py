"""Compound glosses: the English of a noun Ding lacks read from its parts, "≈ first part +
head": its entry (`compound_entry`, `defined_head_entry`; after a hyphen,
`hyphened_head_definition`) and the composed hint (`compound_gloss`): which seams split the
word, the first part's gloss (`first_part_gloss`, which reads a part that is a compound
through `compound_gloss`, so the two stay together), what stands before a hyphen (a name or
an abbreviation is kept as written: `_is_name`) and the readings in order. How a part reads
as a word is in `part_words`, a head's sense in `compound_heads`, abbreviations and short
forms in `abbreviations`, the votes of like compounds in `like_compounds`, the pairs English
has a phrase for in `attested_readings`; the rules that weigh readings without reading the
index are in `compound_hints`. Plain functions of a `Dictionary`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from learner.dictionary.abbreviations import abbreviation_gloss, short_form_gloss
from learner.dictionary.attested_readings import attested_reading
from learner.dictionary.compound_heads import (
    abbreviated_compound_gloss,
    compounds_own_sense,
    head_senses,
    last_part_sense,
    other_senses,
    untranslated_first_part_gloss,
)
from learner.dictionary.compound_hints import (
    OWN_SENSE_SHARE,
    SHARED_PREFIXES,
    alternative_readings,
    distinct_own_readings,
    german_word,
    is_function_word,
    noun_definition,
    own_readings,
    split_points,
)
from learner.dictionary.english import english_loanword
from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import ABBREVIATION, COMBINING_FORM
from learner.dictionary.like_compounds import as_like_compounds
from learner.dictionary.parsing import MIN_PART, upper_first
from learner.dictionary.part_words import (
    capitals_for_a_word,
    english_homograph,
    english_part,
    indexed_part_senses,
    opening_sense,
    part_word_senses,
    phrase_gloss,
    prefix_gloss,
    singular_part,
    written_form_gloss,
)
from learner.dictionary.ranking import MAX_SENSES
from learner.lexicon import definitions
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# How many of Ding's compounds must open with a noun, and how many times as many as end in it,
# for it to be read as a prefix to the word after it inside a compound (`_opens_only`: Ober-).
_OPENING_COMPOUNDS = 20
_OPENING_SHARE = 10

# The fewest letters of a last part read through its German definition alone
# (`defined_head_entry`): shorter ones are as often a word's ending (Wahl|sprengel
# has -engel, -gel).
_MIN_HEAD = 6

# The prefixes read before a hyphen (Ex-Präsident, Anti-Terror-): `SHARED_PREFIXES` and ex-.
HYPHENED_PREFIXES = (*SHARED_PREFIXES, "ex")
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


def _combine(dictionary: Dictionary, prefix: str, head: Entry, gloss: str) -> Entry:
    plural = ""
    if head.plural:
        plural = prefix + (head.plural if prefix.endswith("-")
                           else head.plural[:1].lower() + head.plural[1:])
    if not gloss:
        return Entry(gender=head.gender, plural=plural)
    return Entry(gloss=gloss, gender=head.gender, plural=plural, approximate=True)


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
            return f"{english_part(dictionary, left)} + {english_part(dictionary, right)}"
        # Akku-Bench|mark: a word English itself uses after a hyphen, where Ding lacks it
        # as a German noun, is its English word, not German parts (`english_word`).
        right_gloss = ((dictionary.entry(upper_first(right), "NOUN") is None
                        and dictionary.english_word(right))
                       or _last_part_gloss(dictionary, right, depth))
        left_gloss = ("" if capitals_for_a_word(dictionary, left)
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
                left_gloss = expanded or written_form_gloss(dictionary, left)
            if not left_gloss and _is_name(dictionary, left):
                left_gloss = left + "-"
            if not left_gloss and "-" in left:
                left_gloss = phrase_gloss(dictionary, left)  # Zwei-Welten-Theorie
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
            [left_gloss] if kept else other_senses(left_gloss, counts),
            other_senses(right_gloss, head_senses(dictionary, noun)) if own_heads
            else [right_gloss],
            [] if kept else part_word_senses(dictionary, left), own_heads, counts,
            head_senses(dictionary, noun), readings)
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
                    else compounds_own_sense(dictionary, rest, head.gloss.split("; ")))
        if not last:
            continue
        first = first_part_gloss(dictionary, word[:start], depth - 1)
        if first and readings > 1:
            counts = dictionary.part_counts(word[:start], "first")
            head_counts = head_senses(dictionary, rest, dictionary.is_noun_part(word[:start]))
            heads = other_senses(last, head_counts)
            found = _readings(dictionary,
                other_senses(first, counts), heads,
                part_word_senses(dictionary, word[:start]), head.gloss.split("; "), counts,
                head_counts, readings)
            return as_like_compounds(dictionary, found, word[:start], rest,
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


def _splits_a_noun(dictionary: Dictionary, word: str, start: int, starts: Sequence[int]) -> bool:
    """Whether splitting `word` at `start` cuts a noun in two: the first part is no noun
    of Ding's, but a few letters more of it are one, before a head Ding knows too
    (Compute|ruhr is Computer|uhr: the longest head, Ruhr "dysentery", would leave the
    verb stem compute- where German has the noun Computer). The longest head wins only
    among splits that leave whole words on both sides."""
    part = word[:start]
    if (dictionary.is_noun_part(part) or indexed_part_senses(dictionary, part, "first")
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
    ending = sum(head_senses(dictionary, part).values())
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
    learnt = indexed_part_senses(dictionary, part, "first")
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
        loanword = english_homograph(dictionary, part, own)
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
    singular = singular_part(dictionary, part)
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
    # form (ArbeitnehmerInnen-, read by `written_form_gloss`) or a name.
    for ending in sorted(LINKING, key=len) if part[1:].islower() else ():
        stem = part[: -len(ending)]
        if part.endswith(ending) and len(stem) >= 2 * MIN_PART:
            composed = compound_gloss(dictionary, stem[:1].upper() + stem[1:], depth - 1)
            if composed:
                return composed
    return ""
