"""How many cards the dictionary fills, over many articles (no judgement of the senses).

    python bench/gloss_coverage.py [--articles 20] [--max-zipf 4.0] [PATH ...]

Default input: the first N articles of ../shared/bench/gnad (third-party news text, read in
place, never copied). Prints the share of cards with a gloss, of noun cards with a gender and
with a plural, and how many glosses are approximate (compounds read through their last part),
overall and by part of speech.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import build, dictionary  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--max-zipf", type=float, default=4.0)
    parser.add_argument("--dictionary", type=Path, default=None)
    args = parser.parse_args()
    paths = args.paths or sorted(GNAD.glob("*.txt"))[: args.articles]
    if not paths:
        print(f"no articles: pass paths, or put ../shared beside the checkout ({GNAD})")
        return 1
    found = dictionary.Dictionary.open(args.dictionary)
    if found is None:
        print("no dictionary: install trans-de-en or pass --dictionary PATH")
        return 1
    words = build.find_words(paths, max_zipf=args.max_zipf)
    entries = build.look_up(words, found)
    total, glossed, approximate = Counter(), Counter(), Counter()
    nouns = with_gender = with_plural = 0
    missing = []
    for w in words:
        e = entries[w.key]
        total[w.pos] += 1
        glossed[w.pos] += bool(e.gloss)
        approximate[w.pos] += e.approximate
        if not e.gloss:
            missing.append(f"{w.lemma}/{w.pos}")
        if w.pos == "NOUN":
            nouns += 1
            with_gender += bool(e.gender)
            with_plural += bool(e.plural)

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {100 * a / b:.0f}%" if b else "n/a"

    print(f"{len(paths)} articles, --max-zipf {args.max_zipf}: {len(words)} cards")
    print(f"cards with a gloss: {pct(sum(glossed.values()), sum(total.values()))} "
          f"({sum(approximate.values())} approximate)")
    for pos in sorted(total):
        print(f"  {pos:5} {pct(glossed[pos], total[pos])} glossed, "
              f"{approximate[pos]} approximate")
    print(f"noun cards with a gender: {pct(with_gender, nouns)}")
    print(f"noun cards with a plural: {pct(with_plural, nouns)}")
    print(f"no gloss (first 40): {', '.join(missing[:40])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
