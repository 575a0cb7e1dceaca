"""How fast learner builds decks, and how close that is to the NLP's own speed.

    python bench/speed.py                   # all figures, median of 3 runs (~5 min on 2 cores)
    python bench/speed.py --runs 1 --articles 100   # a quick look
    python bench/speed.py --baseline        # also time HanTa as shipped (no memo, 1 process)
    python bench/speed.py --cache --skip-corpus --runs 5 --before CHECKOUT  # the cold demo alone

Figures (each the median of --runs runs; every command runs as a fresh process):
- cold demo build: wall time from starting `python -m learner build corpus` to the written
  .apkg, and an instrumented run of the same command that splits it into stages;
- corpus build of ../shared/bench/gnad (or --corpus): `python -m learner build` end to end,
  words per second, CPU time, and peak memory of the process and its workers;
- the ceiling, in the same run over the same paragraphs: spaCy's German tokenizer alone, and
  the NLP pipeline alone (tokenizer + sentencizer + HanTa; no vocabulary, frequency or deck),
  in one process and on all cores; and the end-to-end time as a multiple of each.

The machine may be shared: compare the ratios printed by one run rather than absolute times
across runs, and read the CPU-time column beside wall time (CPU time barely moves with load).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "gnad"
DEMO = ROOT / "corpus"

TARGETS = {
    "corpus_seconds": 30.0,  # the 600-article build
    "words_per_second": 7000.0,
    "peak_memory_mb": 1500.0,
    "demo_seconds": 2.0,
    "nlp_ratio": 1.3,  # end to end / NLP pipeline alone, same cores
}


# --- measuring a child process -------------------------------------------------------------

def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (fork's copy-on-write) are split between the
    processes sharing them, so the sum over a process tree is its real memory."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_measured(cmd: list[str], cwd: Path = ROOT, sample: bool = True, **kwargs) -> dict:
    """Run a command in `cwd`; wall time, CPU time of it and its children, and peak memory.

    `python -m learner` imports the `learner` of its working folder before any on PYTHONPATH,
    so another checkout's code is run with `cwd` set to that checkout.

    peak_mb is the largest sum of PSS over the process and all its descendants, sampled every
    20 ms; maxrss_mb is the largest resident size of any one of them (ru_maxrss; of every
    child this process has waited for, so far). With `sample` false there is no sampling,
    and peak_mb is None: reading
    /proc/PID/smaps_rollup walks the measured process's memory map under its lock, which
    its imports and allocations contend for. On the ~1.6 s demo build the sampler added
    ~0.35 s of wall time and ~0.15 s of CPU (medians of 5, side by side, 28 November 2026):
    noise for a 2-minute build, a fifth of a short one.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)
    peak = [0]
    done = threading.Event()

    def sampled() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in _descendants(proc.pid)))

    sampler = threading.Thread(target=sampled, daemon=True)
    if sample:
        sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    if sample:
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {
        "wall": wall,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "peak_mb": peak[0] / 1024 if sample else None,
        "maxrss_mb": after.ru_maxrss / 1024,
        "stdout": out,
    }


# --- child modes: run inside the measured process ------------------------------------------

def child_stages(t0: float, corpus: str, output: str, report: str) -> None:
    """`learner build` with each stage timed; t0 is the parent's clock at process start."""
    import learner.cli
    from learner import build, deck, frequency, nlp

    imported = time.time()
    spent: dict[str, float] = defaultdict(float)

    def timed(module, name: str, stage: str) -> None:
        fn = getattr(module, name, None)
        if fn is None:  # renamed since this was written: the stage shows up under "other"
            return

        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - t

        setattr(module, name, wrapper)

    def timed_generator(module, name: str, stage: str) -> None:
        fn = getattr(module, name, None)
        if fn is None:
            return

        def wrapper(*args, **kwargs):
            items = fn(*args, **kwargs)
            while True:
                t = time.perf_counter()
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    spent[stage] += time.perf_counter() - t
                yield item

        setattr(module, name, wrapper)

    timed(nlp, "load_pipeline", "model load")
    timed(build, "article_words", "words")  # NLP and vocabulary, in this or worker processes
    timed_generator(build, "tag_articles", "NLP")
    timed(build, "collect_words", "vocabulary+NLP")
    timed(frequency, "with_frequency", "frequency")
    timed(build, "look_up", "dictionary")
    timed(deck, "build_package", "writing")
    timed(deck, "write_package", "writing")
    start = time.perf_counter()
    learner.cli.main(["build", corpus, "-o", output])
    total = time.perf_counter() - start
    stages = {"imports (incl. interpreter start)": imported - t0}
    stages["model load"] = spent["model load"]
    if spent["NLP"]:  # tagged in this process
        stages["NLP"] = spent["NLP"]
        stages["vocabulary"] = spent["vocabulary+NLP"] - spent["NLP"]
    else:  # in worker processes: their stages are not seen from here
        stages["NLP + vocabulary (worker processes)"] = spent["words"] - spent["model load"]
    for stage in ("frequency", "dictionary", "writing"):
        stages[stage] = spent[stage]
    stages["other (reading, ordering, ...)"] = total - sum(
        spent[s] for s in ("words", "frequency", "dictionary", "writing"))
    stages["total"] = time.time() - t0
    Path(report).write_text(json.dumps(stages))


def child_nlp(corpus: str, mode: str, workers: int) -> None:
    """Time the tokenizer or the NLP pipeline alone over the corpus's paragraphs."""
    import spacy

    from learner import build
    from learner.articles import read_articles

    articles = read_articles([corpus])
    paragraphs = [p for a in articles for p in build.paragraphs(a)]
    if mode == "tokenizer":
        tokenizer = spacy.blank("de").tokenizer
        start = time.perf_counter()
        tokens = sum(len(tokenizer(p)) for p in paragraphs)
    else:
        pipeline = spacy.blank("de")
        pipeline.add_pipe("sentencizer")
        pipeline.add_pipe("hanta_tagger", config={"memoize": mode == "nlp"})
        global _PIPELINE
        _PIPELINE = pipeline  # fork hands it to the workers
        start = time.perf_counter()
        if workers < 2:
            tokens = _count_tokens(paragraphs)
        else:
            import multiprocessing

            # Consecutive runs of paragraphs, several per worker, as the build splits articles.
            step = max(1, len(paragraphs) // (8 * workers))
            parts = [paragraphs[i:i + step] for i in range(0, len(paragraphs), step)]
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                tokens = sum(pool.imap(_count_tokens, parts))
    print(json.dumps({"seconds": time.perf_counter() - start, "tokens": tokens}))


_PIPELINE = None


def _count_tokens(paragraphs: list[str]) -> int:
    return sum(len(doc) for doc in _PIPELINE.pipe(paragraphs, batch_size=256))


# --- the benchmark --------------------------------------------------------------------------

def corpus_words(corpus: Path) -> tuple[int, int, int]:
    from learner.articles import read_articles

    articles = read_articles([corpus])
    return len(articles), sum(len(a.text.split()) for a in articles), sum(
        len(a.text) for a in articles)


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--articles", type=int, help="only the first N articles of the corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", action="store_true",
                        help="also time HanTa as shipped (no memo), one process")
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--skip-corpus", action="store_true",
                        help="with --cache: only the demo built with an empty article cache")
    parser.add_argument("--cache", action="store_true",
                        help="only the article cache's figures: cold, unchanged and one-new-"
                             "article rebuilds, the demo, and memory up to --scale articles")
    parser.add_argument("--scale", type=int, default=3000,
                        help="with --cache: also build this many articles (changed copies "
                             "of the corpus) for memory and time (0: skip)")
    parser.add_argument("--before", type=Path,
                        help="with --cache: a checkout of other code (git worktree add), whose "
                             "builds (every row) run side by side with this code's")
    parser.add_argument("--rebuilds-only", action="store_true",
                        help="with --cache: build the corpus cold once per side, untimed, and "
                             "time only the rebuilds (unchanged, one new article) in every run; "
                             "no demo rows (a cold build with audio takes minutes on a busy "
                             "machine)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "stages":
            child_stages(float(rest[0]), *rest[1:])
        else:
            child_nlp(rest[0], kind, int(rest[1]))
        return 0

    from learner.build import available_cores

    cores = available_cores()
    py = sys.executable
    print(f"learner speed benchmark: {args.runs} run(s), {cores} cores, "
          f"load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="learner-bench-") as tmp:
        tmp = Path(tmp)
        if args.cache:
            bench_cache(py, tmp, args)
            print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
            return 0
        if not args.skip_demo:
            bench_demo(py, tmp, args.runs)
        if not args.skip_corpus:
            if not args.corpus.is_dir():
                print(f"\ncorpus: {args.corpus} is absent (it is in ../shared beside a "
                      "checkout); skipped")
            else:
                corpus = args.corpus
                if args.articles:
                    corpus = tmp / "corpus"
                    corpus.mkdir()
                    for f in sorted(args.corpus.glob("*.txt"))[: args.articles]:
                        shutil.copy(f, corpus / f.name)
                bench_corpus(py, tmp, corpus, args.runs, cores, args.baseline)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


def stage_times(py: str, tmp: Path, corpus: Path, runs: int) -> dict[str, float]:
    """Median seconds per stage of instrumented `learner build` runs."""
    stages = []
    for _ in range(runs):
        report = tmp / "stages.json"
        run_measured([py, __file__, "--child", "stages", repr(time.time()), str(corpus),
                      str(tmp / "stages.apkg"), str(report)])
        stages.append(json.loads(report.read_text()))
    return {stage: statistics.median(s[stage] for s in stages) for stage in stages[0]}


def print_stages(stages: dict[str, float]) -> None:
    for stage, seconds in stages.items():
        print(f"    {stage:<38} {seconds:7.2f}")


def bench_demo(py: str, tmp: Path, runs: int) -> None:
    cold = [run_measured([py, "-m", "learner", "build", str(DEMO), "-o", str(tmp / "demo.apkg")])
            for _ in range(runs)]
    wall = median(cold, "wall")
    print(f"\ncold build of the demo article (corpus/): {wall:.2f} s wall, "
          f"{median(cold, 'cpu'):.2f} s CPU, peak {median(cold, 'peak_mb'):.0f} MB "
          f"(target < {TARGETS['demo_seconds']:g} s: {'met' if wall < 2 else 'NOT met'})")
    print("  where it goes (instrumented runs; seconds):")
    print_stages(stage_times(py, tmp, DEMO, runs))


def bench_corpus(py: str, tmp: Path, corpus: Path, runs: int, cores: int,
                 baseline: bool) -> None:
    n_articles, words, chars = corpus_words(corpus)
    print(f"\ncorpus {corpus}: {n_articles} articles, {words:,} words, {chars:,} characters")
    measures: dict[str, list[dict]] = defaultdict(list)
    plan = [("end to end: learner build", [py, "-m", "learner", "build", str(corpus),
                                            "-o", str(tmp / "corpus.apkg")]),
            ("tokenizer alone (1 process)", [py, __file__, "--child", "tokenizer",
                                             str(corpus), "1"]),
            ("NLP pipeline alone (1 process)", [py, __file__, "--child", "nlp", str(corpus),
                                                "1"]),
            (f"NLP pipeline alone ({cores} processes)", [py, __file__, "--child", "nlp",
                                                         str(corpus), str(cores)])]
    if baseline:
        plan.append(("NLP, HanTa as shipped (1 process)",
                     [py, __file__, "--child", "plain", str(corpus), "1"]))
    for run in range(runs):
        for name, cmd in plan:
            m = run_measured(cmd)
            if name.startswith("end to end"):
                m["seconds"] = m["wall"]
            else:
                m.update(json.loads(m["stdout"]))
            measures[name].append(m)
        print(f"  run {run + 1}/{runs} done", flush=True)

    e2e_name, nlp_all_name = plan[0][0], plan[3][0]
    e2e = median(measures[e2e_name], "seconds")
    print("\n  seconds: median and best of the runs; e2e x: end-to-end time / this one, each run's")
    print("  own ratio, median over runs (a ratio from one run is the least disturbed by load)")
    print(f"\n  {'what':<38} {'seconds':>8} {'best':>7} {'words/s':>9} {'CPU s':>7} {'e2e x':>6}")
    ratios = {}
    for name, _ in plan:
        secs = median(measures[name], "seconds")
        best = min(m["seconds"] for m in measures[name])
        pairs = zip(measures[e2e_name], measures[name], strict=True)
        ratios[name] = statistics.median(e["seconds"] / m["seconds"] for e, m in pairs)
        print(f"  {name:<38} {secs:8.2f} {best:7.2f} {words / secs:9,.0f} "
              f"{median(measures[name], 'cpu'):7.1f} {ratios[name]:6.2f}")
    print("\n  where the end-to-end time goes (one instrumented run; seconds):")
    print_stages(stage_times(py, tmp, corpus, 1))
    e2e_runs = measures[e2e_name]
    peak = median(e2e_runs, "peak_mb")
    best = min(m["seconds"] for m in e2e_runs)
    print(f"\n  end to end: {words / e2e:,.0f} words/s (best run {words / best:,.0f}), "
          f"peak memory {peak:.0f} MB (all processes, PSS), largest single process "
          f"{median(e2e_runs, 'maxrss_mb'):.0f} MB")
    print("\n  targets (medians):")
    if n_articles == 600:
        print(f"    600-article build <= 30 s: {e2e:.1f} s -> {'met' if e2e <= 30 else 'NOT met'}")
    else:
        print(f"    600-article build <= 30 s: not measured ({n_articles} articles)")
    print(f"    > 7,000 words/s end to end: {words / e2e:,.0f} -> "
          f"{'met' if words / e2e > 7000 else 'NOT met'}")
    print(f"    peak memory < 1.5 GB: {peak:.0f} MB -> {'met' if peak < 1500 else 'NOT met'}")
    ratio = ratios[nlp_all_name]
    print(f"    end to end <= 1.3 x NLP alone ({cores} processes): {ratio:.2f} x -> "
          f"{'met' if ratio <= 1.3 else 'NOT met'}")

# --- the article cache ----------------------------------------------------------------------

def _cache_env(tmp: Path) -> dict[str, str]:
    """An environment whose cache folder is new, but with the dictionary's index and the
    other derived files of the user's cache folder linked in (indexing Ding takes minutes)."""
    sys.path.insert(0, str(ROOT))
    from learner.cache import cache_dir

    folder = tmp / "cache"
    folder.mkdir(exist_ok=True)
    for f in cache_dir().glob("*"):
        if f.is_file() and not f.name.startswith("articles-") and not (folder / f.name).exists():
            (folder / f.name).symlink_to(f)
    env = {**os.environ, "LEARNER_CACHE_DIR": str(folder)}
    # Python as a user's learner runs: its modules' bytecode written by the first run and read
    # by the next (pip writes it at install, an editable install at the first run). With
    # PYTHONDONTWRITEBYTECODE set, as it may be where the benchmark runs, every run compiled
    # learner's 14,000 lines again: ~0.1 s of CPU of the demo build that no installed learner
    # pays. An untimed demo build of each side writes it, in a folder of the benchmark's own.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "bytecode")
    return env


def _clear_articles(env: dict[str, str]) -> None:
    for f in Path(env["LEARNER_CACHE_DIR"]).glob("articles-*"):
        f.unlink()


def _changed_copies(source: Path, target: Path, count: int) -> None:
    """`count` articles from the corpus's files, each copy after the first round changed
    (a sentence appended) so no two have the same content."""
    files = sorted(source.glob("*.txt"))
    target.mkdir()
    for i in range(count):
        f = files[i % len(files)]
        text = f.read_text(encoding="utf-8")
        if i >= len(files):
            text += f"\n\nDiese Fassung ist die Kopie Nummer {i // len(files)}.\n"
        (target / f"{i:05d}-{f.name}").write_text(text, encoding="utf-8")


def bench_cache(py: str, tmp: Path, args: argparse.Namespace) -> None:
    """Cold, unchanged and one-new-article builds of the corpus and the demo, each a fresh
    process; with --before, the same rows for that checkout's code, in turn in every run."""
    env = _cache_env(tmp)
    corpus = tmp / "corpus"
    shutil.copytree(args.corpus, corpus)
    new_text = sorted(args.corpus.glob("*.txt"))[0].read_text(encoding="utf-8")
    n = len(list(corpus.glob("*.txt")))
    demo = [py, "-m", "learner", "build", str(DEMO), "-o", str(tmp / "demo.apkg")]
    rows: dict[str, list[dict]] = defaultdict(list)
    # Each side writes a deck of its own, as a learner's rebuilds replace the deck their own
    # last build wrote (and what a build keeps of it is that file's).
    sides = [("", env, ROOT, str(tmp / "deck.apkg"))]
    if args.before:
        before = args.before.resolve()
        sides.insert(0, (f"before ({before.name}): ", {**env, "PYTHONPATH": str(before)},
                         before, str(tmp / "deck-before.apkg")))
    print(f"\narticle cache: {args.corpus} ({n} articles), {args.runs} run(s) of each, in turn")
    for _, side_env, cwd, _ in sides:  # untimed: writes the bytecode (see `_cache_env`)
        run_measured(demo, cwd, sample=False, env=side_env)
    if args.rebuilds_only:
        _clear_articles(env)
        for side, side_env, cwd, deck in sides:
            cold = run_measured([py, "-m", "learner", "build", str(corpus), "-o", deck], cwd,
                                sample=False, env=side_env)
            print(f"  {side}cold build (untimed warm-up): {cold['wall']:.1f} s", flush=True)
    for run in range(args.runs):
        for side, side_env, cwd, deck in sides:
            if args.skip_corpus:  # the demo rows alone
                _clear_articles(env)
                rows[side + "demo build, empty cache"].append(
                    run_measured(demo, cwd, sample=False, env=side_env))
                continue
            build = [py, "-m", "learner", "build", str(corpus), "-o", deck]
            if not args.rebuilds_only:
                _clear_articles(env)
                rows[side + "cold build, empty cache"].append(
                    run_measured(build, cwd, env=side_env))
            # The short rows are timed without the memory sampler (see run_measured).
            rows[side + "rebuild, nothing changed"].append(
                run_measured(build, cwd, sample=False, env=side_env))
            # A new article each run and side (its content differs from every earlier one's).
            for old in corpus.glob("zz-new-*.txt"):
                old.unlink()
            new = corpus / f"zz-new-{run}-{len(side)}.txt"
            new.write_text(new_text + f"\n\nNachtrag zur Meldung, Fassung {run}-{len(side)}.\n",
                           encoding="utf-8")
            rows[side + "rebuild after adding one new article"].append(
                run_measured(build, cwd, sample=False, env=side_env))
            new.unlink()
            if args.rebuilds_only:
                # Back to the 600: the next run's "nothing changed" is a rebuild of those.
                run_measured(build, cwd, sample=False, env=side_env)
                continue
            _clear_articles(env)
            rows[side + "demo build, empty cache"].append(
                run_measured(demo, cwd, sample=False, env=side_env))
            rows[side + "demo build, cached"].append(
                run_measured(demo, cwd, sample=False, env=side_env))
        print(f"  run {run + 1}/{args.runs} done", flush=True)
    _print_rows(rows)
    if args.skip_corpus:
        return
    if args.rebuilds_only:
        for side, *_ in sides:
            print(f"\n  {side}one new article: "
                  f"{median(rows[side + 'rebuild after adding one new article'], 'wall'):.2f} s "
                  f"(target <= 2 s); nothing changed: "
                  f"{median(rows[side + 'rebuild, nothing changed'], 'wall'):.2f} s")
        return
    cold = median(rows["cold build, empty cache"], "wall")
    one = median(rows["rebuild after adding one new article"], "wall")
    print(f"\n  one new article: {one:.2f} s, {cold / one:.1f} x faster than cold "
          f"(target <= 2 s and >= 10 x); nothing changed: "
          f"{median(rows['rebuild, nothing changed'], 'wall'):.2f} s (target <= 1.5 s); "
          f"demo, empty cache: {median(rows['demo build, empty cache'], 'wall'):.2f} s "
          "(target <= 1.5 s)")
    if args.scale:
        bench_scale(py, tmp, args, env, n, rows)


def bench_scale(py: str, tmp: Path, args: argparse.Namespace, env: dict, n: int,
                measured: dict[str, list[dict]]) -> None:
    """Time and peak memory at --scale articles, cold and cached, beside the corpus's."""
    rows: dict[str, list[dict]] = defaultdict(list)
    rows[f"{n} articles, cold"] = measured["cold build, empty cache"]
    rows[f"{n} articles, cached"] = measured["rebuild, nothing changed"]
    for count in [args.scale]:
        folder = tmp / f"scale-{count}"
        _changed_copies(args.corpus, folder, count)
        cmd = [py, "-m", "learner", "build", str(folder), "-o", str(tmp / "scale.apkg")]
        _clear_articles(env)
        rows[f"{count} articles, cold"].append(run_measured(cmd, env=env))
        rows[f"{count} articles, cached"].append(run_measured(cmd, env=env))
        shutil.rmtree(folder)
    print(f"\n  growth (the corpus's medians from above; {args.scale} articles: one run each):")
    _print_rows(rows)


def _print_rows(rows: dict[str, list[dict]]) -> None:
    print(f"\n  {'what':<52} {'wall s':>7} {'best':>6} {'CPU s':>6} {'peak MB':>8}")
    for name, runs in rows.items():
        peaks = [r["peak_mb"] for r in runs if r["peak_mb"] is not None]
        peak = f"{statistics.median(peaks):8.0f}" if peaks else f"{'-':>8}"
        print(f"  {name:<52} {median(runs, 'wall'):7.2f} {min(r['wall'] for r in runs):6.2f} "
              f"{median(runs, 'cpu'):6.1f} {peak}")


if __name__ == "__main__":
    sys.exit(main())
