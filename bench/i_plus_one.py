"""How many cards show an i+1 sentence first: one where the card's word is the only unknown.

    python bench/i_plus_one.py ../shared/bench/gnad     # the 600 gnad articles, Zipf 4.0
    python bench/i_plus_one.py ../shared/bench/gnad --known words.txt --show 5

Builds the words `learner build` builds (same threshold, same --known) and, for each card,
compares the sentence the card shows first:

- before: chosen by readable length alone (learner before issue 16; the same choice
  `deck.choose_examples` makes for examples whose unknown words were not counted);
- after: i+1 first, then fewer unknown words, then readable length (`deck.example_rank`).

Each in two counts: strictly (only the threshold and --known make a word known), and as the
card comes up in the deck, with the words of the earlier cards learned (the count the deck
chooses by), for the default --order frequency and for --order i+1.

A word is unknown when it is a content word at or below the threshold and not in --known
(`known.unknown_words`); names, numbers and function words are known. "possible" is the share
of cards that have an i+1 sentence among all their sentences: no choice of example can do
better. `--show N` prints N cards whose first sentence became i+1 (sentences are printed,
never written to a file: the articles are third-party text).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import build, deck, frequency  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"


def uncounted(word):
    """The word as learner saw it before examples knew their unknown words."""
    return replace(word, examples=tuple(replace(e, unknown=None) for e in word.examples))


def counted(word, example):
    """The example with its unknown words, whichever choice picked it (a sentence trimmed of
    a dangling quote is found by its start)."""
    return next((e for e in word.examples if e.sentence.startswith(example.sentence)), example)


def first_examples(words):
    """(word, first example before, first example after, and how many unknown words each
    holds once the earlier cards' words are learned) for every card with examples, in deck
    order."""
    learned: set[str] = set()
    for word in words:
        after = deck.choose_examples(word, learned=learned)
        if after:
            before = counted(word, deck.choose_examples(uncounted(word))[0])
            yield (word, before, after[0], deck.unknown_after(before, learned),
                   deck.unknown_after(after[0], learned))
        learned.add(word.lemma)


def share(n: int, total: int) -> str:
    return f"{n:,}/{total:,} = {100 * n / total:5.1f}%" if total else "0/0"


def report(words, order: str) -> list:
    rows = list(first_examples(build.order_words(words, order)))
    total = len(rows)
    print(f"\n{order} order, {total:,} cards with examples")
    for side, name in ((1, "before (readable length alone)"), (2, "after (i+1 first)")):
        strict = sum(not r[side].unknown for r in rows)
        in_order = sum(r[side + 2] == 0 for r in rows)
        readable = sum(deck.readability_penalty(r[side].sentence) == 0 for r in rows)
        mean = sum(len(r[side].unknown) for r in rows) / max(total, 1)
        print(f"  {name}:")
        print(f"    first example i+1:                         {share(strict, total)}")
        print(f"    ... counting earlier cards' words learned: {share(in_order, total)}")
        print(f"    other unknown words in it, mean:           {mean:.2f}")
        print(f"    of readable length (6-28 words, a sentence): {share(readable, total)}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(GNAD)])
    parser.add_argument("--max-zipf", type=float, default=frequency.DEFAULT_MAX_ZIPF)
    parser.add_argument("--known", action="append", default=[])
    parser.add_argument("--show", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=1, help="which cards --show draws")
    args = parser.parse_args()

    absent = [p for p in args.paths if not Path(p).exists()]
    if absent:
        sys.exit(f"i_plus_one: {absent[0]} is absent (the gnad articles are third-party data "
                 "in ../shared; give their folder)")
    start = time.perf_counter()
    words = build.find_words(args.paths, max_zipf=args.max_zipf, known_words=args.known)
    print(f"{len(words):,} words at --max-zipf {args.max_zipf:g}"
          f"{', --known ' + ' '.join(args.known) if args.known else ''}")
    possible = sum(any(not e.unknown for e in w.examples) for w in words)
    print(f"words with an i+1 sentence among all theirs (the ceiling of the strict share): "
          f"{share(possible, len(words))}")
    rows = report(words, "frequency")
    report(words, "i+1")
    print(f"({time.perf_counter() - start:.0f} s)")
    changed = [r for r in rows if not r[2].unknown and r[1].unknown]
    random.Random(args.seed).shuffle(changed)
    for word, before, after, _, _ in changed[:args.show]:
        print(f"\n{word.display} ({word.pos}, Zipf {word.zipf:.2f})")
        print(f"  before [{len(before.unknown)} unknown: {', '.join(before.unknown)}]: "
              f"{before.sentence}")
        print(f"  after  [i+1]: {after.sentence}")


if __name__ == "__main__":
    main()
