"""CPU time of the `lexicon_check` and `name_check` components alone, over tagged news.

    python bench/lexicon_check_cost.py [--articles 300]

Tags the first N gnad articles (../shared/bench/gnad) with the embedded pipeline minus
those two, loads what the components read once per process (wordfreq's list,
Wiktionary's names), then times one pass of the component over the tagged docs, its word
caches as cold as in a build: the cost a change to its rules adds to a build, free of the
tagger's time and, as CPU time, of the machine's load on other processes.

To compare two versions, run it with each one's checkout first on the path, one right after
the other:

    PYTHONPATH=/path/to/other/checkout python bench/lexicon_check_cost.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    # Appended, not put first: a checkout named by PYTHONPATH is the one measured.
    sys.path.append(str(ROOT))

import learner  # noqa: E402
from learner import nlp  # noqa: E402
from learner.lexicon import zipf  # noqa: E402
from learner.nlp import names  # noqa: E402

GNAD = ROOT.parent / "shared" / "bench" / "gnad"


# The components timed: the lemma checks and the name checks that follow them.
CHECKS = ("lexicon_check", "name_check")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--folder", default=str(GNAD))
    args = parser.parse_args(argv)
    paths = sorted(Path(args.folder).glob("*.txt"))[: args.articles]
    if not paths:
        print(f"lexicon_check_cost: no articles in {args.folder} (third-party data in ../shared)",
              file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    pipeline = nlp.load_pipeline()
    checks = [pipeline.get_pipe(name) for name in CHECKS]
    with pipeline.select_pipes(disable=list(CHECKS)):
        tagged = list(pipeline.pipe(texts))
    zipf._frequencies()
    names.listed_names()
    started = time.process_time()
    for doc in tagged:
        for check in checks:
            check(doc)
    seconds = time.process_time() - started
    words = sum(len(doc) for doc in tagged)
    print(f"learner at {Path(learner.__file__).parent.parent}")
    print(f"{' + '.join(CHECKS)} over {len(texts)} articles ({words:,} tokens): "
          f"{seconds:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
