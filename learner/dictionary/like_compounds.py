"""Like compounds: the votes of Ding's compounds of the same head whose first part is like a
hint's (the heads German writes after both overlap) on the head's sense
(`like_compound_votes`), and a composed hint's readings with the winner first
(`as_like_compounds`: Vereinsgeschichte "club + history", as Firmengeschichte).
`bench/neighbour_heads.py` asks the votes at other thresholds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.compound_heads import COMMON_COMPOUND_ZIPF
from learner.dictionary.parsing import MIN_PART, lookup_key

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


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


def as_like_compounds(dictionary: Dictionary, found: str, first: str, rest: str,
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
    (`as_like_compounds`), by the head's sense (one of `senses`, lower case) each renders,
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
