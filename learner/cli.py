"""The command line: parse arguments, call learner.build, print. Nothing else lives here."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import warnings
from collections.abc import Sequence, Set
from pathlib import Path

from learner import regexes

# The expressions learner's own modules compile as they are imported (number words in
# learner.morphology, yaml's in genanki's import) are read back too: the stored programs go into
# `re`'s cache before those imports (~0.01 s of CPU at every start; `main` loads them again
# only when the cache folder is another).
regexes.load()

from learner import __version__, audio, build, cache, deck, frequency, known, nlp, stats  # noqa: E402, I001
from learner.cache import gc_paused  # noqa: E402
from learner.dictionary import DEFAULT_SOURCE, EMPTY, SOURCE_VARIABLE, Entry  # noqa: E402
from learner.errors import LearnerError, LearnerWarning, UsageError  # noqa: E402
from learner.progress import article_progress  # noqa: E402


def _zipf(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    try:
        return frequency.check_threshold(number)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--max-zipf ")) from None


def _whole_number(value: str) -> int:
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


# Not `_whole_number`: 0 days is a setting ("every note" is known), and a count of days is
# small, written without thousands separators.
def _days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {number}")
    return number


def _share(value: str) -> float:
    try:
        return stats.check_coverage(float(value.rstrip("%")) / (100 if "%" in value else 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--coverage ")) from None


def _card_kinds(value: str) -> tuple[str, ...]:
    try:
        return deck.check_card_kinds(value.split(","))
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--cards ")) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="learner",
        description="German vocabulary decks for Anki from real articles.",
        epilog="example: learner build articles/ --level B1 (writes decks/articles.apkg); "
               "learner stats articles/ first shows how many cards each threshold means. "
               "Each command has its own --help.",
    )
    parser.add_argument("--version", action="version", version=f"learner {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH",
                         help="articles (plain text in any common encoding, or saved web "
                              "pages), EPUB books, PDFs with a text layer, subtitles (.srt, "
                              ".vtt, .ass, .ssa), a Kindle vocab.db or KOReader "
                              "vocabulary_builder.sqlite3, web addresses (https://...), or "
                              "folders of them (searched recursively)")
        how = sub.add_argument_group(
            "threshold", "how rare a word must be to become a card: give one of these")
        one = how.add_mutually_exclusive_group()
        one.add_argument("--max-zipf", type=_zipf, metavar="Z",
                         help="keep words whose Zipf frequency is at most Z "
                              f"(default {frequency.DEFAULT_MAX_ZIPF}; lower = rarer words only)")
        one.add_argument("--skip-top", type=_whole_number, metavar="N",
                         help="I know the N most common German words: keep words rarer than "
                              "wordfreq's N-th most common form")
        one.add_argument("--level", type=str.upper, choices=frequency.LEVELS,
                         help="my CEFR level: as --skip-top with the level's vocabulary size")
        how.add_argument("--max-cards", type=_whole_number, metavar="N",
                         help="at most N words: the most frequent ones below the threshold")
        sub.add_argument("--model", default=nlp.DEFAULT_MODEL, metavar="NAME",
                         help="an installed spaCy German pipeline (de_core_news_sm/md/lg or a "
                              "path) instead of the embedded default")
        sub.add_argument("--no-cache", action="store_true",
                         help="analyse every article afresh, neither reading nor writing the "
                              "article cache (see: learner cache info)")

    def glossed(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--dictionary", metavar="PATH",
                         help="Ding German-English word list for glosses, gender and plural "
                              f"(default ${SOURCE_VARIABLE}, else {DEFAULT_SOURCE})")
        sub.add_argument("--keep-unglossed", action="store_true",
                         help="also card words no dictionary knows (by default they are left "
                              "out: mostly names, inflected forms and foreign words)")

    def ordered(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--order", choices=build.ORDERS, default="frequency",
                         help="frequency: most frequent words first (default); article: as "
                              "they first appear in the articles; i+1: most frequent first "
                              "where earlier cards leave a later card's sentence no other "
                              "new word")

    def skipping(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--known", action="append", default=[], metavar="PATH",
                         help="skip words you already have: a word list (one word per line, "
                              "any form), an .apkg, or your Anki collection.anki2 (read-only; "
                              "its notes with a card you have learned); repeatable")
        sub.add_argument("--known-min-interval", type=_days, metavar="DAYS",
                         default=known.MATURE_INTERVAL,
                         help="a note in a --known collection is known once one of its cards, "
                              "not suspended, has a review interval of DAYS or more (default "
                              f"{known.MATURE_INTERVAL}, Anki's \"mature\"; 0: every note)")
        sub.add_argument("--known-field", metavar="NAME",
                         help="read the German word of other note types from the field NAME "
                              "where a note type has one (default: the first field)")

    b = commands.add_parser("build", help="write an Anki deck (.apkg)")
    common(b)
    glossed(b)
    ordered(b)
    skipping(b)
    b.add_argument("-o", "--output", metavar="FILE.apkg",
                   help="where to write the deck (default decks/<name>.apkg)")
    b.add_argument("--deck", metavar="NAME",
                   help="the deck's name in Anki, levels separated by :: (default "
                        "German::<book title, file or folder name>); give the same name and "
                        "-o to keep one deck across builds from different paths")
    b.add_argument("--cards", type=_card_kinds, default=deck.DEFAULT_CARD_KINDS,
                   metavar="KINDS",
                   help="card kinds to make, comma-separated (default: "
                        f"{','.join(deck.DEFAULT_CARD_KINDS)}): recognition = German -> "
                        "meaning, production = meaning -> German, cloze = the example with the "
                        "word blanked, listening = hear the word, recall it (needs --audio)")
    b.add_argument("--audio", choices=audio.AUDIO_CHOICES, default=audio.DEFAULT_AUDIO,
                   help="pronunciation on the cards: word = the word spoken by espeak-ng "
                        "(default), word+sentence = also its first example sentence, tts / "
                        "tts+sentence = Anki's own text-to-speech on your device instead of "
                        "recordings, none = no audio")
    w = commands.add_parser("words", help="print the selected vocabulary")
    common(w)
    glossed(w)
    ordered(w)
    skipping(w)
    w.add_argument("--json", action="store_true", help="print a JSON array")
    st = commands.add_parser(
        "stats", help="how many cards and how much of the text each threshold means")
    common(st)
    st.add_argument("--coverage", type=_share, default=stats.DEFAULT_COVERAGE, metavar="SHARE",
                    help="the coverage to suggest a threshold for (default "
                         f"{stats.DEFAULT_COVERAGE}; reading research asks 0.95-0.98)")
    st.add_argument("--plot", metavar="FILE.png", help="also draw the curves into a PNG")
    st.add_argument("--json", action="store_true", help="print the stats as JSON")
    skipping(st)
    c = commands.add_parser(
        "cache", help="the article cache: each article's analysis, kept so a rebuild tags "
                      "only new or changed articles")
    c.add_argument("action", choices=("info", "clear"),
                   help="info: where it is, its size and limit; clear: delete it, and the "
                        "indexes earlier versions or installs left (this one's stay)")
    return parser


def threshold_of(args: argparse.Namespace) -> tuple[float, str]:
    """The Zipf threshold the options give, and how to describe where it came from."""
    max_zipf = frequency.threshold(args.max_zipf, args.skip_top, args.level)
    if args.skip_top is not None:
        source = f"--skip-top {args.skip_top:,}"
    elif args.level is not None:
        source = f"--level {args.level}"
    elif args.max_zipf is not None:
        source = "--max-zipf"
    else:
        source = "default"
    if args.max_cards is not None:
        # The option as typed: "at most 7 cards" beside "7 words, 21 cards" read as a
        # contradiction (a word is one note with up to three cards).
        source += f", --max-cards {args.max_cards:,}"
    return max_zipf, source


def threshold_given(args: argparse.Namespace) -> bool:
    """Whether the user gave a threshold (--max-zipf, --skip-top or --level): only then does
    it apply to the words looked up on an e-reader, which are otherwise all cards."""
    return any(v is not None for v in (args.max_zipf, args.skip_top, args.level))


def word_record(word, entry: Entry = EMPTY, learned: Set[str] = frozenset()) -> dict:
    """A word as `learner words --json` prints it, with its dictionary entry; `learned` are
    the words before it (see `deck.example_rank`)."""
    reflexive = deck.is_reflexive(word, entry)
    return {
        "lemma": word.lemma,
        # As the card says it: "sich treffen", "die Einmischung, -en".
        "display": deck.display(word, entry),
        "reflexive": reflexive,
        "headword": deck.headword(word, entry),
        "pos": word.pos,
        "zipf": word.zipf,
        "count": word.count,
        "gender": entry.gender,
        "plural": entry.plural,
        # A plural German hardly uses ("meist ohne Plural" on the card); "plural" is then "".
        "rare_plural": entry.rare_plural,
        "gloss": entry.gloss,
        "approximate": entry.approximate,
        "german": entry.german,
        "definition": entry.definition,
        "forms": list(word.forms),
        "articles": list(word.articles),
        "examples": [e.sentence for e in deck.choose_examples(
            word, learned=learned, reflexive=reflexive)],
    }


def _dictionary(path: str | None, warn: bool = True):
    """The dictionary, or None after one line on stderr saying how to get one (with `warn`)."""
    def building(source) -> None:
        # A progress notice, like the progress bar: shown at a terminal, not in pipes and logs.
        if sys.stderr.isatty():
            print(f"learner: indexing the dictionary {source} (once; takes a while)",
                  file=sys.stderr)

    found = build.open_dictionary(path, on_build=building)
    if found is None and warn:
        print(f"learner: warning: no dictionary at {DEFAULT_SOURCE}, so no English glosses "
              "(German definitions, genders and plurals come from Wiktionary): install "
              "Debian/Ubuntu package trans-de-en or pass --dictionary PATH", file=sys.stderr)
    return found


def _warn_if_none(count: int, max_zipf: float, args: argparse.Namespace) -> None:
    """One line on stderr when nothing was selected, saying what to try: an empty deck or
    list with no word of why is the first thing a learner would stumble on."""
    if count:
        return
    why = " that are not in --known" if args.known else ""
    print(f"learner: warning: no words at max Zipf {zipf_text(max_zipf)} or rarer{why}; "
          "try a higher --max-zipf or a lower --level", file=sys.stderr)


def _check_listening_has_audio(card_kinds: Sequence[str]) -> None:
    """With --audio none a listening card has nothing to play, and the deck leaves its notes
    out: asked for alone, that is an empty deck, an error before any work is done (not the
    misleading "no words … try a higher --max-zipf" after it); beside other kinds, a warning."""
    if set(card_kinds) == {"listening"}:
        raise UsageError("--cards listening needs audio: give --audio word (or word+sentence, "
                         "tts, tts+sentence), not none")
    print("learner: warning: --audio none: no listening cards are made (they play the word)",
          file=sys.stderr)


def _known_options(args: argparse.Namespace) -> dict:
    return {"known_words": args.known, "known_min_interval": args.known_min_interval,
            "known_field": args.known_field}


def run_cache(action: str) -> int:
    """`learner cache info` and `learner cache clear`."""
    from learner import article_cache

    unused = cache.unused_files(_cache_files_in_use())
    unused_size = sum(path.stat().st_size for path in unused)
    if action == "clear":
        count = article_cache.clear_cache()
        print(f"deleted {count:,} article analyses from {article_cache.cache_file()}")
        for path in unused:
            path.unlink(missing_ok=True)
        if unused:
            print(f"deleted {len(unused):,} indexes of earlier versions or installs "
                  f"({unused_size / 1e6:.0f} MB)")
        return 0
    info = article_cache.cache_info()
    print(f"article cache: {info.path}")
    print(f"  {info.entries:,} articles, {info.size / 1e6:.1f} MB of {info.limit / 1e6:g} MB "
          f"(least recently used go first; set ${article_cache.LIMIT_VARIABLE} to change it)")
    if unused:
        print(f"  and {len(unused):,} indexes of earlier versions or installs, "
              f"{unused_size / 1e6:.0f} MB (`learner cache clear` deletes them)")
    return 0


def _cache_files_in_use() -> list[Path]:
    """The files of the cache folder this install reads: the article cache, the indexes of
    the dictionary, the lexicon packages and wordfreq's lists (as listed and spelt
    backwards), and this Python's regexes."""
    from learner import article_cache, dictionary, wordlists
    from learner.lexicon import definitions, pronunciations

    found = [article_cache.cache_file(), dictionary.current_index_path(),
             definitions.index_path(), pronunciations.index_path(),
             wordlists.index_path("de"), wordlists.index_path("en"),
             wordlists.endings_index_path("de"), wordlists.endings_index_path("en"),
             regexes.programs_file() if regexes.in_use() else None]
    return [path for path in found if path is not None]


def run(args: argparse.Namespace) -> int:
    if args.command == "cache":
        return run_cache(args.action)
    max_zipf, source = threshold_of(args)
    if args.command == "stats":
        if args.plot:
            from learner import plot

            plot.check_plot_path(args.plot)  # a wrong name fails now, not after the tagging
        with article_progress() as on_article:
            result = build.find_stats(args.paths, max_zipf=max_zipf, max_cards=args.max_cards,
                                      target=args.coverage, model=args.model,
                                      on_article=on_article, use_cache=not args.no_cache,
                                      **_known_options(args))
        if args.json:
            json.dump(stats.as_record(result), sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            print_stats(result, source)
        if args.plot:
            from learner import plot

            plot.write_plot(result, args.plot)
            print(f"wrote {args.plot}", file=sys.stderr if args.json else sys.stdout)
        return 0
    if args.dictionary:
        # A --dictionary path that does not exist is an error before any work is done.
        build.find_dictionary(args.dictionary)
    if args.command == "build" and args.audio == "none" and "listening" in args.cards:
        _check_listening_has_audio(args.cards)
    if args.command == "words":
        # The deck's words: those a dictionary knows (see build.Glossed). The dictionary is
        # opened once the articles are read, so bad articles fail fast, before a first run's
        # index is built. Only --json shows glosses, so only it warns that Ding is missing.
        glossed = None if args.keep_unglossed else build.Glossed(
            lambda: _dictionary(args.dictionary, warn=args.json),
            None if args.no_cache else args.model)
        with article_progress() as on_article:
            words = build.find_words(args.paths, max_zipf=max_zipf, model=args.model,
                                     order=args.order, max_cards=args.max_cards,
                                     on_article=on_article, **_known_options(args),
                                     threshold_for_looked_up=threshold_given(args),
                                     use_cache=not args.no_cache, usable=glossed)
        _warn_if_none(len(words), max_zipf, args)
        if glossed is not None:
            glossed.save()
        if args.json:
            dictionary = glossed.dictionary if glossed else _dictionary(args.dictionary)
            entries = glossed.entries if glossed else {}
            entries.update(build.look_up([w for w in words if w.key not in entries],
                                         dictionary, glossed.fields if glossed else None))
            # Each word's examples as its card has them: the words before it are learned.
            learned: set[str] = set()
            records = []
            for w in words:
                records.append(word_record(w, entries[w.key], learned))
                learned.add(w.lemma)
            # One write of the whole text: json.dump writes each of its ~400,000 pieces to
            # the stream in turn (600 articles: 8 MB), the same text, several times slower.
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1))
            print()
        else:
            for w in words:
                # The headword as the card has it ("sich treffen"), not the bare lemma.
                print(f"{w.zipf:5.2f}  {w.count:3d}  {w.pos:<5}  {w.display}")
        return 0
    with article_progress() as on_article:
        summary, words = build.build_deck(args.paths, args.output, max_zipf=max_zipf,
                                          model=args.model, order=args.order,
                                          max_cards=args.max_cards, on_article=on_article,
                                          card_kinds=args.cards, audio_choice=args.audio,
                                          dictionary=lambda: _dictionary(args.dictionary),
                                          deck_name=args.deck,
                                          threshold_for_looked_up=threshold_given(args),
                                          use_cache=not args.no_cache, words_needed=False,
                                          keep_unglossed=args.keep_unglossed,
                                          **_known_options(args))
    _warn_if_none(summary.notes, max_zipf, args)
    if summary.path.suffix.lower() != ".apkg":
        # Anki's import dialog lists *.apkg files only, and a double click opens nothing else.
        print(f"learner: warning: {summary.path} does not end in .apkg: Anki imports decks "
              "by that name only; rename it", file=sys.stderr)
    print(f"wrote {summary.path}: deck {summary.deck_name!r}, {summary.notes} words, "
          f"{summary.cards} cards (max Zipf {zipf_text(max_zipf)}, {source}; {args.order} order)")
    return 0


def percent(share: float) -> str:
    """A share as a user would write it: 95%, 97.5%."""
    return f"{100 * share:g}%"


def zipf_text(zipf: float) -> str:
    """A Zipf value as a user would type it: 4.0, 3.5, 4.31."""
    return f"{zipf:.1f}" if round(zipf, 1) == zipf else f"{zipf:.2f}"


def _bar(share: float, width: int = 20) -> str:
    """A horizontal bar of `share` (0-1) in eighth blocks."""
    eighths = round(max(0.0, min(1.0, share)) * width * 8)
    return "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]


def print_stats(result: stats.TextStats, source: str) -> None:
    """The stats as a table with bars, then the user's threshold and the suggestion."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    console.print(
        f"{result.articles:,} article{'s' * (result.articles != 1)}, "
        f"{result.running_words:,} running words "
        f"({result.names:,} of them names, counted as understood; numbers and punctuation "
        "are not running words)")
    most = max((b.cards for b in result.bands), default=0) or 1
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("Zipf", no_wrap=True, min_width=7)
    table.add_column("words", justify="right", no_wrap=True, min_width=5)
    table.add_column("cards", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, min_width=12)
    table.add_column("coverage", justify="right", no_wrap=True)
    table.add_column("most met in the articles", no_wrap=True, overflow="ellipsis",
                     max_width=max(20, console.width - 50))
    for band in result.bands:
        met = band.coverage >= result.target
        table.add_row(
            band.label,
            f"{band.words:,}",
            f"{band.cards:,}",
            f"[cyan]{_bar(band.cards / most, 12)}[/]",
            f"[{'green' if met else 'yellow'}]{band.coverage:.1%}[/]",
            escape(", ".join(band.examples)),
        )
    table.add_row("unknown", f"{result.unlisted_words:,}", "–", "", "",
                  escape(", ".join(result.unlisted_examples)), style="dim")
    console.print(table)
    console.print(
        "[dim]words: distinct lemmas in the band (unknown: Zipf 0, not in wordfreq, never "
        "cards). cards: the deck with --max-zipf at the band's "
        "top edge. coverage: the share of running words understood by a learner who knows "
        "every word above that edge.[/]")
    sel = result.selection
    console.print(
        f"Your threshold, max Zipf {zipf_text(sel.max_zipf)} ({source}): "
        f"[bold]{sel.cards:,} cards[/]; "
        f"you understand {sel.coverage:.1%} of the running words now, "
        f"{sel.coverage_after:.1%} once the cards are learned.")
    if sel.known_coverage is not None and sel.known_coverage > sel.coverage:
        console.print(
            f"With --known: {sel.known_words:,} word{'s' * (sel.known_words != 1)} at or "
            "below the threshold you know already make no card; you understand "
            f"{sel.known_coverage:.1%} now ({sel.coverage:.1%} without them).")
    if result.suggested is None:
        console.print(
            f"No threshold reaches {percent(result.target)} coverage: "
            f"{result.unlisted_running_words / max(result.running_words, 1):.1%} of the running "
            "words are unknown to wordfreq (typos, rare compounds).")
    else:
        s = result.suggested
        console.print(
            f"For {percent(result.target)} coverage: "
            f"[bold]--max-zipf {zipf_text(s.max_zipf)}[/] "
            f"({s.cards:,} cards; who knows every word above it understands "
            f"{s.coverage:.1%}).")
_show_warning = warnings.showwarning


def _print_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # A warning about the input is one line for the user; any other keeps Python's form.
    if issubclass(category, LearnerWarning):
        print(f"learner: warning: {message}", file=sys.stderr)
    else:
        _show_warning(message, category, filename, lineno, file, line)


def entry() -> None:
    """The `learner` command (and `python -m learner`): `main`, then the process ends at once,
    without freeing what the command made object by object (see `build.keep_until_exit`);
    output is flushed first. Errors in the arguments end it as `main` does (SystemExit).

    The cycle collector stays off to the end, not only while the command runs (`main`'s
    `gc_paused`): the objects kept were made while it was off, so all are still in its
    youngest generation, and the first collection after it was switched on walked them all
    (~0.3 s after a rebuild), to free nothing."""
    gc.disable()
    build.keep_until_exit()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone away (`| head`), a closed stream
            pass
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Before spaCy and wordfreq are imported: their largest regular expressions are then read
    # back from the cache folder instead of compiled (~0.15 s of a cold demo build).
    regexes.load()
    try:
        with warnings.catch_warnings():
            # Each warning about the input is one line, every time it happens.
            warnings.simplefilter("always", LearnerWarning)
            warnings.showwarning = _print_warning
            # A rebuild decodes 600 cached analyses and makes 13,000 notes: millions of
            # tuples and strings in no cycle, which the collector walked again and again for
            # nothing (~1.5 s of a 7.5 s rebuild). Workers switch it on again.
            with gc_paused():
                done = run(args)
            regexes.save()
            return done
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
