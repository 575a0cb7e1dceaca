"""The words a build finds do not depend on Python's string hashes.

Python salts `str` hashes per process (PYTHONHASHSEED), so a set's or a dict-of-sets'
iteration order differs from run to run. A rule that takes "the first" of such a collection
(lexicon.nouns.compound_plurals did, for two equally long plural endings) gives a deck that
changes with no change to its input; the article cache, which stores what one run found,
would then make a cached build differ from an uncached one. Two processes with different hash
seeds must write the same `words --json`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tests.conftest import DEMO_ARTICLE, ROOT

# Enough gnad articles, of every section, for the rules that read lexicon sets to meet many
# words; few enough to keep the test's two builds to seconds.
ARTICLES = 40


def _words(folder, seed: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "learner", "words", str(folder), "--json", "--no-cache"],
        capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_two_hash_seeds_find_the_same_words(shared, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for article in sorted((shared / "bench" / "gnad").glob("*.txt"))[:ARTICLES]:
        shutil.copy(article, folder)
    shutil.copy(DEMO_ARTICLE, folder)
    first, second = _words(folder, "1"), _words(folder, "2")
    assert '"lemma": "auseinandergehen"' in first  # the demo's words are in it
    assert first == second
