"""Whole cards judged as a German teacher judges them: the word, its gender, plural and gloss.

    python bench/card_quality.py --seed 31                 # print the sample to judge
    python bench/card_quality.py --seed 31 --score bench/card_quality_judged.tsv
    python bench/card_quality.py --seed 41 --score bench/card_quality_judged.tsv \
        bench/card_quality_dev_judged.tsv   # with later verdicts on changed glosses

Builds what `learner build` builds for the 600 gnad news articles (../shared/bench/gnad) at
the default threshold, with the installed dictionary, and draws a reproducible sample of its
notes (the same hash as bench/card_precision.py, so a pipeline change that adds or drops a few
words leaves the rest of a sample as it was). Each sampled card is printed as the note shows
it: headword, part of speech, gender, plural, gloss (a leading "≈" marks a gloss built from
the word's parts, "DE:" a German definition), and the example sentence the card shows first.

The verdicts live in a TSV file, one row per sample (`seed`) and (lemma, pos):

- word: ok, or why the card should not exist (name, wrong lemma, fragment, foreign, typo);
- gender, plural: ok, wrong, missing, or - (not a noun, or not a good word). A plural the
  card leaves out is "ok" when German has none (Frömmigkeit);
- gloss: first (the first sense fits the example), later (a later sense fits), none (no
  sense fits), missing (no gloss);
- gloss_sha1: a hash of the gloss the judge saw. A verdict on a gloss that has changed since
  is not counted (and the card is listed as unjudged): the file stores no dictionary text.

Sentences and glosses are printed, never written: the articles are third-party text and Ding
is GPL-2+.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from card_precision import GNAD, sample_cards  # noqa: E402
from judged import judged_rows  # noqa: E402

from learner import build, deck, frequency  # noqa: E402

FIELDS = ("lemma", "pos", "word", "gender", "plural", "gloss", "gloss_sha1", "note")
_TAGS = re.compile(r"<[^>]+>")


def plain(field: str) -> str:
    """A note field as Anki shows it, without the markup."""
    return " ".join(html.unescape(_TAGS.sub(" ", field)).split())


def gloss_id(gloss: str) -> str:
    return hashlib.sha1(gloss.encode("utf-8")).hexdigest()[:12]


def card_fields(word, entry) -> dict[str, str]:
    """What the note shows of the word: the fields a learner reads on the answer side."""
    note = deck.make_note(word, entry)
    fields = dict(zip([f["name"] for f in note.model.fields], note.fields, strict=True))
    # The sentence the card shows first: a card headed "sich X" shows one with its pronoun.
    examples = deck.choose_examples(word, reflexive=deck.is_reflexive(word, entry))
    return {
        "headword": plain(fields["Headword"]),
        "pos": word.pos,
        "gender": plain(fields["Gender"]),
        "plural": plain(fields["Plural"]),
        "gloss": plain(fields["Gloss"]),
        "example": examples[0].sentence.replace("\n", " ") if examples else "",
    }


def read_verdicts(path: Path, seed: int | None = None) -> dict[tuple[str, str], dict[str, str]]:
    """The verdicts by (lemma, pos); where a card was judged in several samples (the `seed`
    column), the verdict given for `seed` wins."""
    if not path.is_file():
        return {}
    rows = sorted(judged_rows(path), key=lambda r: r.get("seed") == str(seed))
    return {(r["lemma"], r["pos"]): r for r in rows}


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}% ({part}/{whole})" if whole else "n/a"


def score(cards: list[tuple], verdicts: dict) -> list[str]:
    """The figures of a judged sample, as lines to print."""
    judged, unjudged = [], []
    for word, fields in cards:
        rows = verdicts.get(word.key)
        rows = rows if isinstance(rows, list) else [rows] if rows else []
        row = next((r for r in reversed(rows) if r["gloss_sha1"] == gloss_id(fields["gloss"])),
                   None)
        if row is None:
            unjudged.append(f"{word.lemma}/{word.pos}")
        else:
            judged.append((word, fields, row))
    good = [(w, f, r) for w, f, r in judged if r["word"] == "ok"]
    nouns = [(w, f, r) for w, f, r in good if w.pos == "NOUN"]
    glosses = Counter(r["gloss"] for _, _, r in judged)
    lines = [
        f"judged {len(judged)} of {len(cards)} cards",
        f"card precision (good words): {percent(len(good), len(judged))}",
    ]
    wrong = Counter(r["word"] for _, _, r in judged if r["word"] != "ok")
    for kind, n in wrong.most_common():
        names = ", ".join(w.lemma for w, _, r in judged if r["word"] == kind)
        lines.append(f"  {kind}: {n} ({names})")
    gender_ok = sum(r["gender"] == "ok" for *_, r in nouns)
    plural_ok = sum(r["plural"] == "ok" for *_, r in nouns)
    fits = glosses["first"] + glosses["later"]
    lines += [
        f"noun gender right (good nouns): {percent(gender_ok, len(nouns))}",
        f"noun plural right, 'none' counted (good nouns): {percent(plural_ok, len(nouns))}",
        f"first sense fits (all judged cards): {percent(glosses['first'], len(judged))}",
        f"a sense fits (all judged cards): {percent(fits, len(judged))}",
        f"has a gloss (all judged cards): {percent(len(judged) - glosses['missing'], len(judged))}",
    ]
    for kind in ("gender", "plural"):
        bad = [f"{w.lemma} ({r[kind]}: {f[kind] or '-'})" for w, f, r in nouns if r[kind] != "ok"]
        if bad:
            lines.append(f"  {kind} not ok: " + ", ".join(bad))
    for kind in ("none", "missing"):
        bad = [w.lemma for w, _, r in judged if r["gloss"] == kind]
        if bad:
            lines.append(f"  gloss {kind}: " + ", ".join(bad))
    if unjudged:
        lines.append(f"not judged ({len(unjudged)}): " + ", ".join(unjudged))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", default=str(GNAD),
                        help="articles (default ../shared/bench/gnad)")
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--max-zipf", type=float, default=frequency.DEFAULT_MAX_ZIPF)
    parser.add_argument("--dictionary", default=None, help="a Ding file elsewhere")
    parser.add_argument("--score", metavar="TSV", nargs="+",
                        help="judged verdicts to score the sample with; where several files "
                        "judge a card, the later file's verdict wins")
    parser.add_argument("--keep-unglossed", action="store_true",
                        help="sample as `learner build --keep-unglossed` cards")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"card_quality: {folder} is absent (it is third-party data in ../shared)",
              file=sys.stderr)
        return 2
    ranked, total, elapsed = sample_cards(folder, None, args.seed, args.max_zipf)
    dictionary = build.open_dictionary(args.dictionary)
    if dictionary is None:
        print("card_quality: no dictionary installed; glosses would all be missing",
              file=sys.stderr)
    # The deck leaves out words no dictionary knows (build.Glossed): the sample is drawn from
    # the cards the deck has, in the seed's order, looked up as it goes.
    glossed = build.Glossed(dictionary)
    # As `learner build` does, the articles' subject fields are read from all their words
    # (`dictionary.article_fields`), not only the carded ones (the analyses are cached).
    glossed.words = build.analyse_paths([folder], "embedded").words
    cards = []
    for word in ranked:
        if not glossed(word) and not args.keep_unglossed:
            continue
        entry = glossed.entries.get(word.key) or build.look_up([word], dictionary)[word.key]
        cards.append((word, card_fields(word, entry)))
        if len(cards) == args.sample:
            break
    picked = [w for w, _ in cards]
    print(f"{total} words selected from {folder} in {elapsed:.1f} s; sample of {len(picked)} "
          f"(seed {args.seed})")
    if not args.score:
        print("\t".join(("lemma", "pos", "headword", "gender", "plural", "gloss", "gloss_sha1",
                         "example")))
        for word, f in cards:
            print("\t".join((word.lemma, word.pos, f["headword"], f["gender"] or "-",
                             f["plural"] or "-", f["gloss"] or "-", gloss_id(f["gloss"]),
                             # The whole sentence, as the card shows it: cut short, a
                             # long one hid its word from the judge (seeds 71, 72).
                             " ".join(f["example"].split()))))
        return 0
    verdicts: dict[tuple[str, str], dict[str, str]] = {}
    for path in args.score:
        # A later file's verdict on the same card wins only for the gloss it judged: the
        # earlier one still scores the gloss it saw.
        for key, row in read_verdicts(Path(path), args.seed).items():
            verdicts.setdefault(key, []).append(row)
    for line in score(cards, verdicts):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
