"""The glosses a sample of news cards gets, against a teacher's verdict on each sense.

    python bench/gloss_sample.py --seed 11                       # print the sample's glosses
    python bench/gloss_sample.py --seed 11 --score bench/gloss_sample_judged.tsv

Draws the cards as bench/card_precision.py does (same seed, same sample), looks each up in
the dictionary and prints lemma, part of speech, the senses (each with its hash) and the first
example sentence, for a German teacher to judge whether each sense fits the word as the
sentence uses it.

The verdict file holds one row per judged sense: lemma, pos, the sense's hash (a short sha1,
so that no Ding text is stored in this repository: Ding is GPL-2+ and read only from the
user's copy) and "fit" or "no". Verdicts are per sense, so a later change to the ranking is
scored with the verdicts already given; a sense never judged is listed. Each card counts as:

- first: its first sense fits;
- later: a later sense fits, not the first;
- none: it has senses and none fits;
- no gloss.

The words of the sample (and their example sentences) are cached in /tmp, never in the
repository: the articles are third-party text. These are development samples (seeds 11-19).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from judged import judged_rows  # noqa: E402

from learner import dictionary, frequency  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"


def sense_id(sense: str) -> str:
    """A sense's name in the verdict file: a short hash, no Ding text."""
    return hashlib.sha1(sense.encode("utf-8")).hexdigest()[:12]


def sample_words(folder: Path, seed: int, size: int, cache: Path) -> list[dict]:
    """The sample's words as (lemma, pos, example) records, from the cache when it is there."""
    if cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    from card_precision import sample_cards

    picked, _, _ = sample_cards(folder, size, seed, frequency.DEFAULT_MAX_ZIPF)
    records = [{"lemma": w.lemma, "pos": w.pos,
                "examples": [e.sentence.replace("\n", " ") for e in w.examples]}
               for w in picked]
    cache.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records


def read_verdicts(path: Path) -> dict[tuple[str, str, str], str]:
    if not path.is_file():
        return {}
    return {(r["lemma"], r["pos"], r["sense_sha1"]): r["verdict"] for r in judged_rows(path)}


def card_outcome(lemma: str, pos: str, senses: list[str],
                 verdicts: dict[tuple[str, str, str], str]) -> str:
    """first / later / none / no gloss, or "unjudged" when a sense that decides is unjudged."""
    if not senses:
        return "no gloss"
    marks = [verdicts.get((lemma, pos, sense_id(s))) for s in senses]
    if marks[0] == "fit":
        return "first"
    if marks[0] is None:
        return "unjudged"
    if "fit" in marks[1:]:
        return "later"
    return "unjudged" if None in marks else "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--dictionary", type=Path, default=None)
    parser.add_argument("--folder", type=Path, default=GNAD,
                        help="articles (default ../shared/bench/gnad)")
    parser.add_argument("--score", type=Path, help="the verdict TSV to score the sample with")
    parser.add_argument("--unjudged", action="store_true",
                        help="print only the cards with a sense not yet judged")
    args = parser.parse_args(argv)
    if args.seed not in range(1, 20):
        print("gloss_sample: seeds >= 20 are held out; use 1-3 or 11-19", file=sys.stderr)
        return 2
    if not args.folder.is_dir():
        print(f"gloss_sample: {args.folder} is absent (third-party data in ../shared)",
              file=sys.stderr)
        return 2
    found = dictionary.Dictionary.open(args.dictionary)
    if found is None:
        print("no dictionary: install trans-de-en or pass --dictionary PATH", file=sys.stderr)
        return 1
    words = sample_words(args.folder, args.seed, args.sample,
                         Path(f"/tmp/gloss_sample-{args.seed}-{args.sample}.json"))
    verdicts = read_verdicts(args.score) if args.score else {}
    outcomes: Counter[str] = Counter()
    for w in words:
        entry = found.in_context(found.lookup(w["lemma"], w["pos"]), w["lemma"], w["pos"],
                                 w["examples"])
        senses = entry.gloss.split("; ") if entry.gloss else []
        outcome = card_outcome(w["lemma"], w["pos"], senses, verdicts)
        outcomes[outcome] += 1
        if args.unjudged and outcome != "unjudged":
            continue
        mark = "≈ " if entry.approximate else ""
        print(f"{w['lemma']}\t{w['pos']}\t{outcome}\t{mark}"
              + " | ".join(f"{s} [{sense_id(s)}]" for s in senses))
        for example in w["examples"][:1]:
            print(f"\t\t{example[:240]}")
    total = len(words)
    print(f"\nseed {args.seed}, {total} cards (development sample):")
    for name in ("first", "later", "none", "no gloss", "unjudged"):
        print(f"  {name:9} {outcomes[name]:4}  {100 * outcomes[name] / total:5.1f}%")
    if args.score:
        fits_somewhere = outcomes["first"] + outcomes["later"]
        print(f"  first sense fits {100 * outcomes['first'] / total:.1f}%; a sense fits "
              f"{100 * fits_somewhere / total:.1f}%; glossed "
              f"{100 * (total - outcomes['no gloss']) / total:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
