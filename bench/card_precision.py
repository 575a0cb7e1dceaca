"""Card precision on real articles: sample the cards `learner words` selects, judge them.

    python bench/card_precision.py --sample 300 --seed 1            # print the sample to judge
    python bench/card_precision.py --sample 300 --seed 1 --score bench/card_precision_judged.tsv

Runs `learner.build.find_words` (the code behind `learner words`) over the gnad news
articles in ../shared/bench/gnad at the default threshold and draws a reproducible sample of
the selected words (by hash, see `sample_cards`). Each is printed with its part of speech,
Zipf value and first example sentence, for a German teacher to judge. The verdicts live in a
TSV file (lemma, pos, verdict, kind): verdict is "ok" or "wrong"; kind says why a card is
wrong (wrong lemma, name, typo, fragment, foreign, ...). With --score the sample is scored
against that file: precision = ok / judged, and the wrong ones are listed by kind. Sentences
are printed, never written: the articles are third-party text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import build, frequency  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"


def sample_cards(folder: Path, size: int | None, seed: int, max_zipf: float,
                 model: str = "embedded") -> tuple[list, int, float]:
    """The selected words of every article under `folder`, and a seeded sample of them (all
    of them, in the seed's order, for `size` None)."""
    started = time.perf_counter()
    words = build.find_words([folder], max_zipf=max_zipf, model=model, order="article")
    elapsed = time.perf_counter() - started
    # Each word's place in the sample is a hash of seed, lemma and part of speech: a change to
    # the pipeline that adds or drops a few words leaves the rest of the sample as it was, so
    # verdicts already given still apply.
    def rank(w) -> str:
        return hashlib.sha1(f"{seed}:{w.lemma}:{w.pos}".encode()).hexdigest()

    picked = sorted(words, key=rank)[:size]
    return picked, len(words), elapsed


def read_verdicts(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {(r["lemma"], r["pos"]): (r["verdict"], r["kind"]) for r in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", default=str(GNAD),
                        help="articles (default ../shared/bench/gnad)")
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-zipf", type=float, default=frequency.DEFAULT_MAX_ZIPF)
    parser.add_argument("--model", default="embedded")
    parser.add_argument("--score", metavar="TSV", help="judged verdicts to score the sample with")
    parser.add_argument("--list", action="store_true",
                        help="with --score, also print the sample (to judge what is new)")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"card_precision: {folder} is absent (it is third-party data in ../shared)",
              file=sys.stderr)
        return 2
    picked, total, elapsed = sample_cards(folder, args.sample, args.seed, args.max_zipf,
                                          args.model)
    print(f"{total} words selected from {folder} in {elapsed:.1f} s; sample of {len(picked)} "
          f"(seed {args.seed})")
    if not args.score or args.list:
        for w in picked:
            example = w.examples[0].sentence.replace("\n", " ") if w.examples else ""
            print(f"{w.lemma}\t{w.pos}\t{w.zipf:.2f}\t{w.count}\t{'/'.join(w.forms[:4])}\t"
                  f"{example[:220]}")
    if not args.score:
        return 0
    verdicts = read_verdicts(Path(args.score))
    judged = [(w, verdicts[w.key]) for w in picked if w.key in verdicts]
    unjudged = [w for w in picked if w.key not in verdicts]
    ok = sum(v == "ok" for _, (v, _) in judged)
    print(f"judged {len(judged)} of {len(picked)}; precision {100.0 * ok / len(judged):.1f}% "
          f"({ok} ok, {len(judged) - ok} wrong)" if judged else "nothing judged")
    kinds = Counter(k for _, (v, k) in judged if v != "ok")
    for kind, n in kinds.most_common():
        lemmas = ", ".join(w.lemma for w, (v, k) in judged if v != "ok" and k == kind)
        print(f"  {kind}: {n}  ({lemmas})")
    if unjudged:
        print(f"not judged ({len(unjudged)}): " + ", ".join(f"{w.lemma}/{w.pos}"
                                                              for w in unjudged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
