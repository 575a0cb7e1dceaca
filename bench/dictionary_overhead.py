"""How much the dictionary adds to `learner build` of the demo article, once its index exists.

Runs `learner build` of the demo article in fresh processes, alternately without a dictionary
and with one, and prints the medians and the median of the paired differences. Also times,
in one process, just what the dictionary adds: opening the index and looking up the demo's
words.

    python bench/dictionary_overhead.py [--runs 7] [--dictionary PATH] [--index-build]

Run from the repository root. The issue's target: the paired difference stays under 0.3 s.

`--index-build` first times a first run's indexing, each index built from scratch in a
temporary cache folder: Ding's, and German Wiktionary's definitions and pronunciations
(issue 13's target: at most 20 s of CPU for all of them). `--index-build --runs 0` times only
that.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import build, dictionary  # noqa: E402
from learner.cache import CACHE_VARIABLE  # noqa: E402
from learner.lexicon import definitions, pronunciations  # noqa: E402

DEMO = ROOT / "corpus" / "2017-07-trump-trifft-putin.txt"
TARGET = 0.3
INDEX_TARGET = 20.0  # CPU seconds for all of a first run's indexes (issue 13)

# A build with no dictionary found: the default path is pointed at nothing, as on a machine
# without trans-de-en. Both variants go through this same wrapper.
WRAPPER = """\
import sys
from pathlib import Path
import learner.dictionary.index as d
if sys.argv[1] == "without":
    d.DEFAULT_SOURCE = Path("/nonexistent/de-en")
from learner.cli import main
sys.exit(main(sys.argv[2:]))
"""


def timed_build(variant: str, source: Path, output: Path) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system) of one `learner build` process.

    CPU time is the steadier figure on a machine shared with other work."""
    args = [sys.executable, "-c", WRAPPER, variant, "build", str(DEMO), "--max-zipf", "4.0",
            "-o", str(output)]
    if variant == "with":
        args += ["--dictionary", str(source)]
    env = {k: v for k, v in os.environ.items() if k != dictionary.SOURCE_VARIABLE}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


@contextlib.contextmanager
def _cache_folder(folder: str):
    """$LEARNER_CACHE_DIR pointed at `folder` for the block, and the Wiktionary readers'
    memos cleared, so each index is built as on a first run."""
    before = os.environ.get(CACHE_VARIABLE)
    os.environ[CACHE_VARIABLE] = folder
    memos = (definitions._index, definitions._table, pronunciations._index)
    for memo in memos:
        memo.cache_clear()
    try:
        yield
    finally:
        for memo in memos:
            memo.cache_clear()
        if before is None:
            del os.environ[CACHE_VARIABLE]
        else:
            os.environ[CACHE_VARIABLE] = before


def time_index_builds(source: Path | None) -> None:
    """Print the wall-clock and CPU seconds and the size of each index a first run builds."""
    total = 0.0
    with tempfile.TemporaryDirectory() as tmp, _cache_folder(tmp):
        builds = [("Wiktionary definitions", lambda: definitions.definition("Haus")),
                  ("Wiktionary pronunciations", lambda: pronunciations.ipa("Haus"))]
        if source is not None:
            builds.insert(0, ("Ding", lambda: dictionary.build_index(
                source, Path(tmp) / "index.sqlite")))
        for name, run in builds:
            before = {p: p.stat().st_size for p in Path(tmp).glob("*.sqlite")}
            start, cpu = time.perf_counter(), time.process_time()
            run()
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            size = sum(p.stat().st_size for p in Path(tmp).glob("*.sqlite") if p not in before)
            total += cpu
            print(f"index build from scratch, {name}: {seconds:.1f} s wall-clock, "
                  f"{cpu:.1f} s CPU, {size / 2**20:.1f} MiB")
    verdict = "within" if total <= INDEX_TARGET else "OVER"
    print(f"first-run indexing: {total:.1f} s CPU in all ({verdict} the target of "
          f"{INDEX_TARGET:.0f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dictionary", type=Path, default=None)
    parser.add_argument("--index-build", action="store_true",
                        help="also time building the index from scratch (a first run)")
    args = parser.parse_args()
    if args.index_build:
        time_index_builds(dictionary.find_source(args.dictionary))
        if args.runs == 0:
            return 0
    opened = dictionary.Dictionary.open(args.dictionary)  # builds the index if needed
    if opened is None:
        print("no dictionary: install trans-de-en or pass --dictionary PATH")
        return 1
    source = opened.source

    words = build.find_words([DEMO], max_zipf=4.0)
    in_process = []
    for _ in range(args.runs):
        start = time.perf_counter()
        d = dictionary.Dictionary.open(source)
        build.look_up(words, d)
        d.close()
        in_process.append(time.perf_counter() - start)

    runs: dict[str, list[tuple[float, float]]] = {"without": [], "with": []}
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "demo.apkg"
        timed_build("with", source, output)  # warm the file cache once
        for _ in range(args.runs):
            for variant in ("without", "with"):
                runs[variant].append(timed_build(variant, source, output))

    print(f"demo article: {len(words)} words; {args.runs} runs each; dictionary {source}")
    print(f"open index + look up all words (in process): median "
          f"{statistics.median(in_process) * 1000:.1f} ms")
    for measure, index in (("wall-clock", 0), ("CPU", 1)):
        without = [r[index] for r in runs["without"]]
        with_ = [r[index] for r in runs["with"]]
        added = statistics.median(b - a for a, b in zip(without, with_, strict=True))
        verdict = "under" if added < TARGET else "OVER"
        print(f"learner build, {measure} median: without dictionary "
              f"{statistics.median(without):.2f} s, with {statistics.median(with_):.2f} s; "
              f"added (median of paired differences) {added:+.3f} s ({verdict} {TARGET} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
