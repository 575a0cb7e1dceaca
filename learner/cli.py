"""The command line: parse arguments, call learner.build, print. Nothing else lives here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from learner import __version__, build, deck, frequency, nlp
from learner.dictionary import DEFAULT_SOURCE, EMPTY, SOURCE_VARIABLE, Entry
from learner.errors import LearnerError, UsageError


def _zipf(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    try:
        return frequency.check_threshold(number)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--max-zipf ")) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="learner",
        description="German vocabulary decks for Anki from real articles.",
    )
    parser.add_argument("--version", action="version", version=f"learner {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH",
                         help="article files (UTF-8 text) or folders of them")
        sub.add_argument("--max-zipf", type=_zipf, default=frequency.DEFAULT_MAX_ZIPF,
                         metavar="Z",
                         help="keep words whose Zipf frequency is at most Z "
                              f"(default {frequency.DEFAULT_MAX_ZIPF}; lower = rarer words only)")
        sub.add_argument("--model", default=nlp.DEFAULT_MODEL, metavar="NAME",
                         help="an installed spaCy German pipeline (de_core_news_sm/md/lg or a "
                              "path) instead of the embedded default")
        sub.add_argument("--dictionary", metavar="PATH",
                         help="Ding German-English word list for glosses, gender and plural "
                              f"(default ${SOURCE_VARIABLE}, else {DEFAULT_SOURCE})")

    b = commands.add_parser("build", help="write an Anki deck (.apkg)")
    common(b)
    b.add_argument("-o", "--output", metavar="FILE.apkg",
                   help="where to write the deck (default decks/<name>.apkg)")
    w = commands.add_parser("words", help="print the selected vocabulary")
    common(w)
    w.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def word_record(word, entry: Entry = EMPTY) -> dict:
    """A word as `learner words --json` prints it, with its dictionary entry."""
    return {
        "lemma": word.lemma,
        "pos": word.pos,
        "zipf": word.zipf,
        "count": word.count,
        "gender": entry.gender,
        "plural": entry.plural,
        "gloss": entry.gloss,
        "approximate": entry.approximate,
        "forms": list(word.forms),
        "articles": list(word.articles),
        "examples": [e.sentence for e in deck.choose_examples(word)],
    }


def _dictionary(path: str | None):
    """The dictionary, or None after one line on stderr saying how to get one."""
    def building(source) -> None:
        print(f"learner: indexing the dictionary {source} (once; takes a while)",
              file=sys.stderr)

    found = build.open_dictionary(path, on_build=building)
    if found is None:
        print(f"learner: warning: no dictionary at {DEFAULT_SOURCE}, so no glosses, genders or "
              "plurals: install Debian/Ubuntu package trans-de-en or pass --dictionary PATH",
              file=sys.stderr)
    return found


def run(args: argparse.Namespace) -> int:
    if args.command == "words":
        if args.json:
            dictionary = _dictionary(args.dictionary)
        elif args.dictionary:
            build.find_dictionary(args.dictionary)  # no glosses here, but a bad path is an error
        words = build.find_words(args.paths, max_zipf=args.max_zipf, model=args.model)
        if args.json:
            entries = build.look_up(words, dictionary)
            json.dump([word_record(w, entries[w.key]) for w in words], sys.stdout,
                      ensure_ascii=False, indent=1)
            print()
        else:
            for w in words:
                print(f"{w.zipf:5.2f}  {w.count:3d}  {w.pos:<5}  {w.lemma}")
        return 0
    dictionary = _dictionary(args.dictionary)
    summary, words = build.build_deck(args.paths, args.output, max_zipf=args.max_zipf,
                                      model=args.model, dictionary=dictionary)
    print(f"wrote {summary.path}: deck {summary.deck_name!r}, {summary.notes} words, "
          f"{summary.cards} cards (max Zipf {args.max_zipf:g})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except LearnerError as exc:
        print(f"learner: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("learner: interrupted; no deck was written", file=sys.stderr)
        return 130
