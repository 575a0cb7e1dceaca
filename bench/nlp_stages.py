"""CPU time of each NLP component over a folder of articles, in one process.

    python bench/nlp_stages.py FOLDER
    PYTHONPATH=/tmp/before python bench/nlp_stages.py FOLDER    # another checkout, from its root

Reads the articles as a build does, then runs the pipeline's components one by one over every
paragraph, timing each with the process's CPU clock, and collects the words. Loading the
models is not counted. Prints the seconds per component, their total and the number of words,
so two checkouts run one after the other show where a change adds or saves time.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from learner import build, nlp


def _read(folder: Path) -> list:
    try:
        from learner.readers import read_articles
    except ImportError:  # the code before the readers package
        from learner.articles import read_articles
    return list(read_articles([folder]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    started = time.process_time()
    articles = _read(args.folder)
    spent: dict[str, float] = defaultdict(float)
    spent["read"] = time.process_time() - started
    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    docs = []
    for text in (p for a in articles for p in build.paragraphs(a)):
        started = time.process_time()
        doc = pipeline.make_doc(text)
        spent["tokenizer"] += time.process_time() - started
        for name, component in pipeline.pipeline:
            started = time.process_time()
            doc = component(doc)
            spent[name] += time.process_time() - started
        docs.append(doc)
    from learner.vocabulary import collect_words

    started = time.process_time()
    words = collect_words((doc, "") for doc in docs)
    spent["collect_words"] = time.process_time() - started
    print(" ".join(f"{name} {seconds:.2f}" for name, seconds in spent.items()),
          f"| NLP {sum(v for k, v in spent.items() if k != 'read'):.2f} s CPU,",
          f"{len(words)} words")


if __name__ == "__main__":
    main()
