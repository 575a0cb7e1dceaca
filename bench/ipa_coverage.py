"""How many cards of a deck show the headword's IPA, and which do not.

    python bench/ipa_coverage.py [PATH ...]      # default: corpus/ (the demo article)
    python bench/ipa_coverage.py ../shared/bench/gnad --first 150

Builds the deck for PATH in a temporary folder (`--audio none`: IPA does not depend on audio)
and counts the notes whose IPA field is filled. The issue's target for the demo: 90%.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import build, deck  # noqa: E402

TARGET = 0.90


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "corpus")])
    parser.add_argument("--first", type=int, metavar="N",
                        help="only the first N files (by name) of a folder given")
    args = parser.parse_args()
    if args.first:
        args.paths = [str(f) for p in args.paths
                      for f in (sorted(Path(p).iterdir())[:args.first] if Path(p).is_dir()
                                else [Path(p)])]
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "deck.apkg"
        build.build_deck(args.paths, output, audio_choice="none",
                         dictionary=build.open_dictionary)
        with zipfile.ZipFile(output) as package:
            db = sqlite3.connect(package.extract("collection.anki2", folder))
            rows = [dict(zip(deck.FIELDS, f.split("\x1f"), strict=True))
                    for (f,) in db.execute("SELECT flds FROM notes")]
            db.close()
    with_ipa = [r for r in rows if r["IPA"]]
    share = len(with_ipa) / len(rows) if rows else 0.0
    print(f"cards with IPA: {len(with_ipa)} of {len(rows)} notes ({share:.1%}); target "
          f"{TARGET:.0%}: {'met' if share >= TARGET else 'NOT met'}")
    missing = [r["Lemma"] for r in rows if not r["IPA"]]
    if missing:
        print("without:", ", ".join(missing[:40]) + (" …" if len(missing) > 40 else ""))


if __name__ == "__main__":
    main()
