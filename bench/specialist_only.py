"""Cards whose every Ding line for the word is a specialist field's, and how often they fail.

    python bench/specialist_only.py WORDS.json [--verdicts bench/card_quality_judged.tsv]
                                    [--max-seed 92] [--list CLASS]

Some news words are glossed with a sense only a specialist uses, because that sense is the
only one Ding lists: *Großraum* "chamber" ([min.]; in the news "im Großraum Brüssel", the
greater area), *Gutteil* "in-spec part" ([techn.]; a good part of), *Laufspiel* "profile"
([techn.]). A remedy would add German Wiktionary's definition ("DE:") where every line is a
specialist's. This measures, over the cards `learner words --json` wrote (WORDS.json), how
many cards each trigger would change and how the development verdicts (card seeds up to
--max-seed; never the held-out ones) judged their glosses:

- `specialist`: every Ding line where the word is a headword of its class carries a
  specialist subject field (not the everyday ones, `dictionary.parsing._EVERYDAY_FIELDS`);
- `narrow`: every line is a specialist field's or marks the word's register or region
  ([ugs.], [Ös.], [veraltet]);
- `bare`: `specialist`, and every line is a bare one (no plural, no sub-entries), with a
  wordfreq Zipf of 2.5 or more and a German definition whose first sense carries no field
  label of its own: the tightest trigger tried.

Only cards glossed from Ding itself (not hints, not German definitions) are counted; a
verdict is the card's `gloss` column (first, later, none). --list prints one class's cards
with the German definition the remedy would add. Reading Ding's 206,000 lines takes ~10 s.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judged import judged_rows  # noqa: E402

from learner import dictionary, wordlists  # noqa: E402
from learner.lexicon import definitions  # noqa: E402

# A definition that opens with a field's label ("Statistik: …", "Gartenbau, Landwirtschaft:
# …") is itself a specialist's sense.
_LABELLED_DEFINITION = re.compile(r"^[^:]{1,40}:")
CLASSES = ("specialist", "narrow", "bare")


def verdicts(path: Path, max_seed: int) -> dict[tuple[str, str], set[str]]:
    """(lemma, pos) -> the gloss verdicts of the development seeds up to `max_seed`."""
    found: dict[tuple[str, str], set[str]] = {}
    for row in judged_rows(path):
        if int(row["seed"]) <= max_seed:
            found.setdefault((row["lemma"], row["pos"]), set()).add(row["gloss"])
    return found


def classes(candidates: list[dictionary.Candidate], lemma: str) -> set[str]:
    """Which of `CLASSES` a word's Ding lines put it in."""
    found = set()
    if all(c.specialist or c.marked for c in candidates):
        found.add("narrow")
    if all(c.specialist for c in candidates):
        found.add("specialist")
        definition = definitions.definition(lemma)
        if (all(c.size <= 1 and not c.plural for c in candidates)
                and wordlists.zipf_frequency(lemma, "de") >= 2.5
                and definition and not _LABELLED_DEFINITION.match(definition)):
            found.add("bare")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("words", type=Path)
    parser.add_argument("--verdicts", type=Path, default=ROOT / "bench/card_quality_judged.tsv")
    parser.add_argument("--max-seed", type=int, default=92)
    parser.add_argument("--list", choices=CLASSES)
    args = parser.parse_args()
    source = dictionary.find_source()
    if source is None:
        sys.exit("no Ding dictionary found")
    with open(source, encoding="utf-8", errors="replace") as f:
        by_key = dictionary.read_candidates(f.readlines())
    judged = verdicts(args.verdicts, args.max_seed)
    overall = Counter(v for vs in judged.values() for v in vs)
    cards = Counter()
    counted: dict[str, Counter] = {name: Counter() for name in CLASSES}
    for card in json.loads(args.words.read_text(encoding="utf-8")):
        if card["approximate"] or card["german"] or not card["gloss"]:
            continue
        candidates = by_key.get((card["lemma"], card["pos"]))
        if not candidates:
            continue
        key = (card["lemma"], card["pos"])
        for name in classes(candidates, card["lemma"]):
            cards[name] += 1
            counted[name].update(judged.get(key, ()))
            if name == args.list:
                print(card["lemma"], card["pos"], sorted(judged.get(key, ())), "|",
                      card["gloss"], "| DE:", definitions.definition(card["lemma"])[:80])

    def share(counter: Counter) -> str:
        total = sum(counter[v] for v in ("first", "later", "none"))
        return f"{counter['none']} of {total} judged 'none' ({counter['none'] / max(total, 1):.1%})"

    print(f"all judged cards (seeds <= {args.max_seed}): {share(overall)}")
    for name in CLASSES:
        print(f"{name}: {cards[name]} cards; {share(counted[name])}")


if __name__ == "__main__":
    main()
