"""Shared fixtures. The repository root goes first on sys.path so a checkout's own `learner`
package is tested, not whichever copy is installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
DEMO_ARTICLE = ROOT / "corpus" / "2017-07-trump-trifft-putin.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout (it holds third-party data)")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def dictionary_cache(tmp_path_factory) -> Path:
    """Tests never write the dictionary index into the user's cache folder: one folder for
    the session, so the real dictionary (where installed) is indexed at most once."""
    import os

    folder = tmp_path_factory.mktemp("learner-cache")
    old = os.environ.get("LEARNER_CACHE_DIR")
    os.environ["LEARNER_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("LEARNER_CACHE_DIR", None)
    else:
        os.environ["LEARNER_CACHE_DIR"] = old


@pytest.fixture(autouse=True)
def article_cache_file(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets an empty article cache of its own, so no test answers from analyses an
    earlier one stored (perhaps with a rule monkeypatched), and none reads a stale cache."""
    from learner import article_cache

    path = tmp_path_factory.mktemp("article-cache") / article_cache.CACHE_FILE
    monkeypatch.setattr(article_cache, "cache_file", lambda: path)
    return path


@pytest.fixture(scope="module")
def nlp():
    """The embedded default pipeline (`load_pipeline` keeps it once loaded), for the tests
    that tag sentences written for them."""
    from learner.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def ding(tmp_path):
    """A small Ding list, written by tests/test_dictionary.py for its tests, indexed and
    opened (tests/test_dictionary.py's own `ding`, the list's path, stands in its module)."""
    from learner.dictionary import Dictionary
    from tests.test_dictionary import DING

    source = tmp_path / "de-en"
    source.write_text(DING, encoding="utf-8")
    opened = Dictionary.open(source)
    yield opened
    opened.close()
