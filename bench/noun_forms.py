"""Gender and plural of noun cards, judged: how often the card's der/die/das and plural are
the ones a dictionary (Duden) gives.

    python bench/noun_forms.py --seed 11                      # print the sample's noun cards
    python bench/noun_forms.py --score bench/noun_forms_judged.tsv [--seed 11] [--no-ding]

The sample is `bench/card_precision.py`'s (the same seeded draw of the cards `learner words`
selects from ../shared/bench/gnad), restricted to nouns. The verdicts are a German teacher's,
in a TSV file: lemma, pos, seed, gender, plural. gender is m, f or n ("m|n" where both are
standard), "pl" for a noun used only in the plural, "x" for a card that is no noun of its own
(a wrong lemma, a name), left out of the score; plural is the plural ("|" between variants
a dictionary gives as equal), "-" where German has none ("ohne Plural"). Scoring needs no
articles: each judged lemma is looked up again, so a change to the dictionary code is
measured at once. No Ding text is stored.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from learner import frequency  # noqa: E402
from learner.dictionary import EMPTY, Dictionary, look_up_words  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"


class _Lemma:
    def __init__(self, lemma: str, pos: str) -> None:
        self.lemma, self.pos, self.key = lemma, pos, (lemma, pos)


def entries(keys: list[tuple[str, str]], use_ding: bool) -> dict[tuple[str, str], object]:
    dictionary = Dictionary.open() if use_ding else None
    if use_ding and dictionary is None:
        print("noun_forms: no Ding dictionary installed; scoring Wiktionary alone",
              file=sys.stderr)
    return look_up_words([_Lemma(lemma, pos) for lemma, pos in keys], dictionary)


def shown(entry) -> tuple[str, str]:
    """What the card shows: its gender ("pl" for a plural-only noun) and plural ("-": none)."""
    if not entry.gender and entry.plural:
        return "pl", entry.plural
    return entry.gender or "?", entry.plural or "-"


def score(path: Path, seed: int | None, use_ding: bool) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")
                if seed is None or int(r["seed"]) == seed]
    judged = [r for r in rows if r["gender"] != "x"]
    found = entries([(r["lemma"], r["pos"]) for r in judged], use_ding)
    gender_ok = plural_ok = both_ok = 0
    misses = []
    for r in judged:
        gender, plural = shown(found.get((r["lemma"], r["pos"]), EMPTY))
        g = gender in r["gender"].split("|") or (r["gender"] == "pl" and gender == "pl")
        p = plural in r["plural"].split("|")
        gender_ok += g
        plural_ok += p
        both_ok += g and p
        if not (g and p):
            misses.append(f"  {r['lemma']}: card {gender} {plural}; "
                          f"judged {r['gender']} {r['plural']}")
    n = len(judged)
    if not n:
        print("nothing judged")
        return 1
    seeds = "all seeds" if seed is None else f"seed {seed}"
    print(f"{n} noun cards judged ({seeds}; {len(rows) - n} not nouns of their own), "
          f"{'with Ding' if use_ding else 'Wiktionary alone'}:")
    print(f"  gender right {100 * gender_ok / n:.1f}% ({gender_ok}), plural right "
          f"{100 * plural_ok / n:.1f}% ({plural_ok}), both {100 * both_ok / n:.1f}%")
    print("\n".join(misses))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", default=str(GNAD))
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--score", metavar="TSV", help="the verdicts to score against")
    parser.add_argument("--no-ding", action="store_true", help="Wiktionary alone")
    args = parser.parse_args(argv)
    if args.score:
        return score(Path(args.score), args.seed, not args.no_ding)
    from card_precision import sample_cards

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"noun_forms: {folder} is absent (third-party data in ../shared)", file=sys.stderr)
        return 2
    picked, _, _ = sample_cards(folder, args.sample, args.seed or 1, frequency.DEFAULT_MAX_ZIPF)
    picked = [w for w in picked if w.pos == "NOUN"]
    found = entries([w.key for w in picked], not args.no_ding)
    for w in picked:
        gender, plural = shown(found[w.key])
        print(f"{w.lemma}\t{w.pos}\t{args.seed}\t{gender}\t{plural}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
