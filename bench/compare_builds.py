"""Two checkouts' builds of the same corpus, timed side by side: how much slower is a change?

    git worktree add /tmp/before <commit before the change>
    python bench/compare_builds.py /tmp/before --runs 3
    python bench/compare_builds.py /tmp/before --runs 3 --after-args=--no-cache
    python bench/compare_builds.py /tmp/before --runs 3 --both-args="--no-cache --audio none"
    python bench/compare_builds.py /tmp/reference --also /tmp/before --runs 3 --after-args=...

Runs `python -m learner build CORPUS -o TMP.apkg` from each checkout in turn (before, after,
before, after, ...), each as a fresh process with that checkout first on the path, after one
untimed warm-up run of each (which builds each version's dictionary index, so no timed run
pays for it). Prints each run's wall-clock and CPU time (the process and its workers), the
medians, and after ÷ before. The runs alternate so that load from other jobs on a shared
machine falls on both alike; the CPU-time ratio moves least with that load.

Each checkout gets a cache folder of its own ($LEARNER_CACHE_DIR, a temporary folder removed
at the end). The dictionary index is named after the dictionary's path alone, so two versions
whose index formats differ, sharing one folder, would each find the other's index stale and
rebuild it in every timed run (15-20 s of CPU each, more than the change being measured).

`--after-args` go to the after side alone: right against a checkout older than the article
cache (2246315), which has no `--no-cache` and always tags every article. Against a checkout
with the cache, pass `--both-args`, or the before side's timed runs are cached rebuilds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "gnad"


def timed_build(checkout: Path, corpus: Path, extra: list[str],
                cache: Path | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one build by `checkout`'s learner, with `cache` as its
    cache folder (default: the caller's)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        if cache is not None:
            env["LEARNER_CACHE_DIR"] = str(cache)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "learner", "build", str(corpus), "-o",
                        str(Path(tmp) / "deck.apkg"), *extra], cwd=checkout, env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path, help="checkout of the code before the change")
    parser.add_argument("--after", type=Path, default=ROOT, help="default: this checkout")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--also", type=Path, default=None,
                        help="a third checkout, run in turn with the other two and given the "
                             "after side's options (the code before the change, where "
                             "`before` is an older reference): both changes' figures from "
                             "one run")
    parser.add_argument("--after-args", default="", help="extra build options for --after "
                                                         "(and --also)")
    parser.add_argument("--both-args", default="",
                        help="extra build options for both sides (e.g. --no-cache, where "
                             "the before checkout has the article cache too)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"compare_builds: {args.corpus} is absent (third-party data in ../shared)",
              file=sys.stderr)
        return 2
    both = args.both_args.split()
    sides = {"before": (args.before.resolve(), both)}
    if args.also is not None:
        sides["also"] = (args.also.resolve(), both + args.after_args.split())
    sides["after"] = (args.after.resolve(), both + args.after_args.split())
    with tempfile.TemporaryDirectory(prefix="compare_builds-") as caches:
        results = _timed_runs(sides, args.corpus, args.runs, Path(caches))
    medians = {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
               for name, r in results.items()}
    for name, (wall, cpu) in medians.items():
        print(f"median {name:6}: {wall:6.1f} s wall, {cpu:6.1f} s CPU  ({sides[name][0]})")
    (bw, bc), (aw, ac) = medians["before"], medians["after"]
    if "also" in medians:
        (lw, lc) = medians["also"]
        print(f"also / before: {lw / bw:.2f}x wall, {lc / bc:.2f}x CPU")
        print(f"after / also: {aw / lw:.2f}x wall, {ac / lc:.2f}x CPU")
    print(f"after / before: {aw / bw:.2f}x wall, {ac / bc:.2f}x CPU")
    return 0


def _timed_runs(sides: dict[str, tuple[Path, list[str]]], corpus: Path, runs: int,
                caches: Path) -> dict[str, list[tuple[float, float]]]:
    for name, (checkout, extra) in sides.items():
        (caches / name).mkdir()
        timed_build(checkout, corpus, extra, caches / name)  # warm-up: indexes, OS caches
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for run in range(runs):
        for name, (checkout, extra) in sides.items():
            wall, cpu = timed_build(checkout, corpus, extra, caches / name)
            results[name].append((wall, cpu))
            print(f"run {run + 1} {name:6}: {wall:6.1f} s wall, {cpu:6.1f} s CPU", flush=True)
    return results


if __name__ == "__main__":
    sys.exit(main())
