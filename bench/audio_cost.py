"""What the cards' audio adds to `learner build` of the demo article: time and deck size.

Builds `corpus/` (the demo article, 29 words) in fresh processes, alternately with
`--audio none` and with each other choice, and prints per choice the median wall-clock and
CPU time, the deck's size, and the median of the paired differences against `--audio none`.
Every build runs with `--no-cache`, so each synthesizes all its audio afresh (the article
analysis is redone too, for both sides alike); `--cached` keeps the caches instead, as a
rebuild has them.

    python bench/audio_cost.py [--runs 3] [--choices word,word+sentence] [--cached]

Run from the repository root, with espeak-ng installed. The issue's target: the default
(`word`) adds at most 1 s and 500 KB.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TARGET_SECONDS = 1.0
TARGET_BYTES = 500_000


def timed_build(choice: str, output: Path, cached: bool) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds (user + system, all processes) and the deck's bytes."""
    args = [sys.executable, "-m", "learner", "build", str(CORPUS), "-o", str(output),
            "--audio", choice]
    if not cached:
        args.append("--no-cache")
    output.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, output.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--choices", default="word,word+sentence")
    parser.add_argument("--cached", action="store_true",
                        help="keep the article and audio caches (a rebuild's case)")
    args = parser.parse_args()
    choices = ["none", *[c for c in args.choices.split(",") if c and c != "none"]]
    results: dict[str, list[tuple[float, float, int]]] = {c: [] for c in choices}
    with tempfile.TemporaryDirectory() as folder:
        # One untimed build of each first: the dictionary's and Wiktionary's indexes exist
        # before anything is timed, and with --cached the caches are full.
        for choice in choices:
            timed_build(choice, Path(folder) / f"{choice}.apkg", True)
        for run in range(args.runs):
            for choice in choices:
                results[choice].append(timed_build(choice, Path(folder) / f"{choice}.apkg",
                                                   args.cached))
            print(f"run {run + 1}: " + ", ".join(
                f"{c} {results[c][-1][0]:.2f} s" for c in choices), file=sys.stderr)
    base = results["none"]
    print(f"demo build ({'caches kept' if args.cached else '--no-cache'}), "
          f"median of {args.runs} runs, fresh processes:")
    print(f"{'--audio':<16}{'wall s':>8}{'CPU s':>8}{'deck KB':>9}"
          f"{'+wall s':>9}{'+KB':>8}")
    for choice in choices:
        rows = results[choice]
        wall = statistics.median(r[0] for r in rows)
        cpu = statistics.median(r[1] for r in rows)
        size = statistics.median(r[2] for r in rows)
        extra_wall = statistics.median(r[0] - b[0] for r, b in zip(rows, base, strict=True))
        extra_size = statistics.median(r[2] - b[2] for r, b in zip(rows, base, strict=True))
        print(f"{choice:<16}{wall:8.2f}{cpu:8.2f}{size / 1000:9.1f}"
              f"{extra_wall:+9.2f}{extra_size / 1000:+8.1f}")
    word = results.get("word")
    if word:
        extra_wall = statistics.median(r[0] - b[0] for r, b in zip(word, base, strict=True))
        extra_size = statistics.median(r[2] - b[2] for r, b in zip(word, base, strict=True))
        met = extra_wall <= TARGET_SECONDS and extra_size <= TARGET_BYTES
        print(f"default (word): +{extra_wall:.2f} s, +{extra_size / 1000:.0f} KB; target "
              f"<= {TARGET_SECONDS:.0f} s and <= {TARGET_BYTES // 1000} KB: "
              f"{'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
