"""Does wordfreq tell a plural German uses from one it hardly uses? Checked on judged cards.

    python -m learner words ../shared/bench/gnad --json > /tmp/words.json
    python bench/plural_usage.py /tmp/words.json --score bench/card_quality_judged.tsv

For every noun judged a good word in the card samples (each lemma once, its latest verdict),
whose card in the build shows a plural other than the lemma: how many plurals wordfreq never
saw while the singular is at least --min-zipf, and how many of those the teacher judged
wrong. A signal that marked plurals "not in use" would have to catch the wrong ones without
the many right plurals of rare nouns (Leistungsunterschiede) that wordfreq also never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judged import judged_rows  # noqa: E402

from learner import wordlists  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("words", type=Path, help="`learner words --json` output")
    parser.add_argument("--score", type=Path, required=True, help="card_quality verdicts")
    parser.add_argument("--min-zipf", type=float, default=1.5)
    args = parser.parse_args(argv)
    cards = {w["lemma"]: w for w in json.loads(args.words.read_text(encoding="utf-8"))
             if w["pos"] == "NOUN"}
    verdicts = {r["lemma"]: r["plural"] for r in judged_rows(args.score)
                if r["pos"] == "NOUN" and r["word"] == "ok"}
    shown = [(lemma, cards[lemma]["plural"], verdict) for lemma, verdict in verdicts.items()
             if lemma in cards and cards[lemma].get("plural")
             and cards[lemma]["plural"] != lemma]
    unseen = [(lemma, plural, verdict) for lemma, plural, verdict in shown
              if wordlists.zipf_frequency(plural, "de") == 0
              and wordlists.zipf_frequency(lemma, "de") >= args.min_zipf]
    print(f"{len(shown)} judged good nouns with a plural shown, "
          f"{sum(v == 'wrong' for _, _, v in shown)} of those plurals judged wrong")
    print(f"plural unseen by wordfreq, singular Zipf >= {args.min_zipf}: {len(unseen)}, "
          f"judged wrong {sum(v == 'wrong' for _, _, v in unseen)}, "
          f"judged ok {sum(v == 'ok' for _, _, v in unseen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
