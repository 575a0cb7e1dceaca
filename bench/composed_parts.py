"""Composed glosses ("≈ a + b") that leave a German part untranslated, over many articles.

    python bench/composed_parts.py [--json WORDS.json] [--list] [--check] [PATH ...]

A composed gloss reads a compound Ding lacks through its parts (docs/dictionary.md,
*Compound hints*). A part may stand as written only where it is a name or an abbreviation
English writes too (EU-, ÖVP-, FC-). This counts, over the cards `learner words --json`
gives (default: the 600 articles of ../shared/bench/gnad, read in place), the glosses with a
part kept as written that is German:

- a German word: Ding has it as a headword whose English is not the word itself (Hofburg
  "Hofburg" is a name English writes alike), or wordfreq knows it as German (Zipf 3 or more)
  more often than as English and German Wiktionary has it (Balten-, Rauchfrei-; not
  Internet-, Cup-, nor Neos-, a party's name frequent in the news);
- an abbreviation German Wiktionary spells out as one German word (WM: Weltmeisterschaft;
  NS: "in Zusammensetzungen: nationalsozialistisch"), not as a name of several words
  (ÖVP: Österreichische Volkspartei), nor letters English writes too (ATP: Ding has
  "adenosine triphosphate /ATP/").

--json reads the cards from a file `learner words --json` wrote instead of building them;
--list prints every such gloss; --check exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import dictionary  # noqa: E402
from learner.lexicon import definitions, nouns  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"
# A German word Zipf 3 or more (about once in a million words) is a word, not a fragment.
GERMAN_ZIPF = 3.0


def read_cards(paths: list[Path], dictionary_path: Path | None) -> list[dict]:
    command = [sys.executable, "-m", "learner", "words", *map(str, paths), "--json"]
    if dictionary_path is not None:
        command += ["--dictionary", str(dictionary_path)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def kept_parts(lemma: str, gloss: str) -> list[str]:
    """The parts of a composed gloss written as in the German word (ORF-, EU, Balten-)."""
    pieces = {p.casefold() for p in lemma.split("-") if p}
    kept = []
    for reading in gloss.split("; "):
        if " + " not in reading:
            continue
        for part in reading.split(" + "):
            bare = part.strip().rstrip("-")
            if bare and bare[:1].isupper() and (bare.casefold() in pieces or part.endswith("-")):
                kept.append(bare)
    return kept


def why_german(part: str, found: dictionary.Dictionary) -> str:
    """"word" or "abbreviation" where a part kept as written is German, else ""."""
    own = found.entry(part, dictionary.ABBREVIATION)
    if own is not None and own.gloss.split("; ")[0] == part:
        return ""  # an abbreviation English writes too (EU, US, TV)
    if sum(c.isupper() for c in part) >= 2:
        if found.english_writes(part):
            return ""  # letters English writes too (ATP: "adenosine triphosphate /ATP/")
        expansions = [dictionary.spelled_out(s) for s in definitions.senses(part)]
        spelled = any(w and compounds for w, compounds in expansions) or (
            expansions and expansions[0][0])
        return "abbreviation" if spelled else ""
    if "-" in part.strip("-"):
        # Words joined by hyphens (Nazis-raus-): German where one of them is.
        pieces = [p for p in part.split("-") if len(p) > 1]
        return "word" if any(why_german(p, found) == "word" for p in pieces) else ""
    english = wordfreq_zipf(part.lower(), "en")
    if english >= GERMAN_ZIPF:
        return ""  # a word English uses too (Internet, Derby, Euro)
    entries = [e for e in (found.entry(part, pos) for pos in ("NOUN", "ADJ", "VERB", "ADV"))
               if e is not None]
    if entries:
        # Ding's English is the word itself only for a name English writes alike (Hofburg,
        # Caritas): that is no German left untranslated.
        own = all(e.gloss.split("; ")[0] == part for e in entries if e.gloss)
        return "" if own and any(e.gloss for e in entries) else "word"
    if wordfreq_zipf(part.lower(), "de") < GERMAN_ZIPF or part in nouns.listed_names():
        # Nor is a name German Wiktionary lists as a name only (Lufthansa, Greenpeace, Köln):
        # names stand as written (though English writes some places its own way: Cologne).
        return ""
    # wordfreq counts names of the news as German words (Neos, a party): a German word is one
    # German Wiktionary has, defined as written or in lower case, or a form of a noun it has.
    known = (definitions.senses(part) or definitions.senses(part.lower())
             or nouns.lemmas_of(part))
    return "word" if known else ""


def wordfreq_zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, default=None,
                        help="cards as `learner words --json` printed them")
    parser.add_argument("--dictionary", type=Path, default=None)
    parser.add_argument("--list", action="store_true", help="print every such gloss")
    parser.add_argument("--check", action="store_true", help="exit 1 when there is one")
    args = parser.parse_args()
    found = dictionary.Dictionary.open(args.dictionary)
    if found is None:
        print("no dictionary: install trans-de-en or pass --dictionary PATH")
        return 1
    if args.json is not None:
        cards = json.loads(args.json.read_text(encoding="utf-8"))
    else:
        paths = args.paths or [GNAD]
        if not all(p.exists() for p in paths):
            print(f"no articles: pass paths, or put ../shared beside the checkout ({GNAD})")
            return 1
        cards = read_cards(paths, args.dictionary)
    composed = german = 0
    kinds: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for card in cards:
        gloss = card.get("gloss", "")
        if not card.get("approximate") or " + " not in gloss:
            continue
        composed += 1
        reasons = []
        for part in kept_parts(card["lemma"], gloss):
            reason = why_german(part, found)
            if reason:
                reasons.append(f"{part} ({reason})")
                kinds[reason] += 1
            else:
                names[part] += 1
        if reasons:
            german += 1
            if args.list:
                print(f"{card['lemma']:<32} {gloss}   <- {', '.join(dict.fromkeys(reasons))}")
    print(f"cards: {len(cards)}; composed glosses: {composed}")
    print(f"composed glosses with a German part kept as written: {german} "
          f"(parts: {kinds['word']} German words, {kinds['abbreviation']} abbreviations)")
    print(f"parts kept as written as names or English: {sum(names.values())} "
          f"({len(names)} different; commonest: "
          f"{', '.join(p for p, _ in names.most_common(8))})")
    return 1 if args.check and german else 0


if __name__ == "__main__":
    sys.exit(main())
