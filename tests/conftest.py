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
