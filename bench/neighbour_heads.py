"""A composed hint's head read as Ding's compounds with a first part like the hint's read it.

    python bench/neighbour_heads.py /tmp/final19/draw/after.json            # count
    python bench/neighbour_heads.py /tmp/final19/draw/after.json --list     # and print them
    python bench/neighbour_heads.py AFTER.json --min-similarity 0.1 --min-heads 0 --list

What `like_compounds.as_like_compounds` would change, measured over a run without it, at
other thresholds (see docs/dictionary.md, "A compound hint's head as the compounds of a like
first part read it"). For each two-part composed noun hint of a
`learner words --json` run (`approximate`), the head's readings are voted on as the rule
votes (`like_compounds.like_compound_votes`): by Ding's nouns that end in the same head
and that German uses, each weighted by how alike its first part is to the hint's, the
Jaccard index of the heads (of four letters or more) that wordfreq's German words write
after each part ("vereins-" and "partei-" share -führung, -präsident, -mitglied ...;
"vereins-" and "berg-" few). Such a neighbour votes for the first of its English senses
that ends in one of the head's Ding senses or the hint's own head readings. A hint whose
winning sense is not its first head reading, has at least --vote-floor of weight and twice
any other sense's (and whose parts German writes at least --min-heads heads after), is
counted (and with --list printed with its neighbours) as one the rule would change.

The hint is read from the card's text ("≈ club + peak; club + tip"), not from
`compound_glosses`: the count is what such a rule could change, before the context rules
(`in_plural`, `in_discourse`) that may choose again.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import dictionary  # noqa: E402
from learner.dictionary.like_compounds import (  # noqa: E402
    LIKE_PART_HEADS,
    LIKE_PART_SIMILARITY,
    like_compound_votes,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", type=Path, help="cards as `learner words --json` printed them")
    parser.add_argument("--min-similarity", type=float, default=LIKE_PART_SIMILARITY)
    parser.add_argument("--min-heads", type=int, default=LIKE_PART_HEADS)
    parser.add_argument("--vote-floor", type=float, default=0.1)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    found = dictionary.Dictionary.open()
    if found is None:
        print("no dictionary")
        return 1

    cards = json.loads(args.cards.read_text(encoding="utf-8"))
    changed = 0
    for card in cards:
        if not card["approximate"] or card["pos"] != "NOUN":
            continue
        lemma = card["lemma"]
        readings = [r.rpartition(" + ")[2].strip().lower()
                    for r in card["gloss"].lstrip("≈ ").split("; ") if " + " in r]
        if not readings or readings[0].count(" + "):
            continue
        if "-" in lemma:
            first, _, head = lemma.rpartition("-")
            first, head = first.lower(), head.lower()
        else:
            lowered = lemma.lower()
            head = next((lowered[i:] for i in range(3, len(lowered) - 3)
                         if found.entry(lowered[i:].capitalize(), "NOUN") is not None), "")
            first = lowered[: -len(head)] if head else ""
        if not head or "-" in first:
            continue
        senses = set(readings)
        entry = found.entry(head.capitalize(), "NOUN")
        if entry is not None and entry.gloss:
            senses |= {s.lower() for s in entry.gloss.split("; ")}
        votes, voters = like_compound_votes(found, first, head, senses,
                                            args.min_similarity, args.min_heads)
        neighbours = [(round(likeness, 2), word, sense) for likeness, word, sense in voters]
        if not votes:
            continue
        best = max(votes, key=lambda s: (votes[s], s))
        rest = max((v for s, v in votes.items() if s != best), default=0.0)
        if best == readings[0] or votes[best] < args.vote_floor or votes[best] < 2 * rest:
            continue
        changed += 1
        if args.list:
            neighbours.sort(reverse=True)
            print(f"{lemma}\t{card['gloss'][:70]}\t-> {best}\t{neighbours[:3]}")
    print(f"{changed} hints would change their first head reading")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
