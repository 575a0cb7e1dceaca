"""The command line: parse arguments, call learner.build, print. Nothing else lives here."""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Sequence

from learner import __version__, build, deck, frequency, nlp
from learner.errors import LearnerError, LearnerWarning, UsageError


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

    b = commands.add_parser("build", help="write an Anki deck (.apkg)")
    common(b)
    b.add_argument("-o", "--output", metavar="FILE.apkg",
                   help="where to write the deck (default decks/<name>.apkg)")
    w = commands.add_parser("words", help="print the selected vocabulary")
    common(w)
    w.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def word_record(word) -> dict:
    """A word as `learner words --json` prints it."""
    entry = build.look_up([word])[word.key]
    return {
        "lemma": word.lemma,
        "pos": word.pos,
        "zipf": word.zipf,
        "count": word.count,
        "gender": entry.gender,
        "plural": entry.plural,
        "gloss": entry.gloss,
        "forms": list(word.forms),
        "articles": list(word.articles),
        "examples": [e.sentence for e in deck.choose_examples(word)],
    }


def run(args: argparse.Namespace) -> int:
    if args.command == "words":
        words = build.find_words(args.paths, max_zipf=args.max_zipf, model=args.model)
        if args.json:
            json.dump([word_record(w) for w in words], sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            for w in words:
                print(f"{w.zipf:5.2f}  {w.count:3d}  {w.pos:<5}  {w.lemma}")
        return 0
    summary, words = build.build_deck(args.paths, args.output, max_zipf=args.max_zipf,
                                      model=args.model)
    print(f"wrote {summary.path}: deck {summary.deck_name!r}, {summary.notes} words, "
          f"{summary.cards} cards (max Zipf {args.max_zipf:g})")
    return 0


_show_warning = warnings.showwarning


def _print_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # A warning about the input is one line for the user; any other keeps Python's form.
    if issubclass(category, LearnerWarning):
        print(f"learner: warning: {message}", file=sys.stderr)
    else:
        _show_warning(message, category, filename, lineno, file, line)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            # Each warning about the input is one line, every time it happens.
            warnings.simplefilter("always", LearnerWarning)
            warnings.showwarning = _print_warning
            return run(args)
    except LearnerError as exc:
        print(f"learner: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("learner: interrupted; no deck was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`learner words ... | head`): not an error. Python would
        # complain again when it flushes stdout at exit, so stdout goes to /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
