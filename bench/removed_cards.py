"""The cards a change removes, sampled for a teacher to judge: were they bad cards?

    git worktree add /tmp/before <commit before the change>
    (cd /tmp/before && python -m learner words ../shared/bench/gnad --json) > /tmp/before.json
    python -m learner words ../shared/bench/gnad --json > /tmp/after.json
    python bench/removed_cards.py /tmp/before.json /tmp/after.json --sample 100 --seed 1
    python bench/removed_cards.py /tmp/before.json /tmp/after.json --sample 100 --seed 1 \
        --score bench/removed_cards_judged.tsv

(run the first command from a checkout beside ../shared, as the relative path says). A card
is removed when its (lemma, part of speech) is in the first list and not in the second: a
name no longer carded, or a wrong form whose card now has its dictionary form (eingeräumt,
ADJ -> einräumen, VERB) count alike. The sample is drawn by a hash of seed, lemma and part of
speech. Each is printed with the forms and the first example sentence it had, for judging.

The verdicts are a TSV file (seed, lemma, pos, verdict, note; "#" lines are comments; the seed
says which sample a verdict was given for), verdict one of: name, wrong form,
fragment, foreign (all bad cards: removing them is right), or good (a real word lost).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

BAD = frozenset({"name", "wrong form", "fragment", "foreign"})


def removed(before: list[dict], after: list[dict]) -> list[dict]:
    kept = {(w["lemma"], w["pos"]) for w in after}
    return [w for w in before if (w["lemma"], w["pos"]) not in kept]


def sample(words: list[dict], size: int, seed: int) -> list[dict]:
    def rank(w: dict) -> str:
        return hashlib.sha1(f"{seed}:{w['lemma']}:{w['pos']}".encode()).hexdigest()

    return sorted(words, key=rank)[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path, help="learner words --json before the change")
    parser.add_argument("after", type=Path, help="learner words --json after it")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--score", metavar="TSV")
    args = parser.parse_args(argv)
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    gone = removed(before, after)
    picked = sample(gone, args.sample, args.seed)
    new = len(removed(after, before))
    print(f"{len(before)} cards before, {len(after)} after; {len(gone)} removed, {new} new; "
          f"sample of {len(picked)} removed (seed {args.seed})")
    if not args.score:
        for w in picked:
            example = w["examples"][0].replace("\n", " ") if w["examples"] else ""
            print(f"{w['lemma']}\t{w['pos']}\t{'/'.join(w['forms'][:4])}\t{example[:300]}")
        return 0
    with open(args.score, encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        verdicts = {(r["lemma"], r["pos"]): r["verdict"] for r in rows}
    judged = [(w, verdicts[(w["lemma"], w["pos"])]) for w in picked
              if (w["lemma"], w["pos"]) in verdicts]
    bad = sum(v in BAD for _, v in judged)
    print(f"judged {len(judged)} of {len(picked)}: {bad} bad cards removed "
          f"({100.0 * bad / len(judged):.0f}%)" if judged else "nothing judged")
    for verdict, n in Counter(v for _, v in judged).most_common():
        lemmas = ", ".join(w["lemma"] for w, v in judged if v == verdict)
        print(f"  {verdict}: {n} ({lemmas})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
