"""Plain text and saved web pages: the news articles learner was first written for.

The reading itself lives in learner.articles (decoding, header lines, HTML extraction and the
cleaning every other reader shares); this module gives it the readers' interface.
"""

from __future__ import annotations

from pathlib import Path

from learner.articles import ARTICLE_SUFFIXES, Article, read_article

NAME = "text"
SUFFIXES = ARTICLE_SUFFIXES


def sniff(head: bytes) -> bool:
    """Text has no signature: it is what a file is when no other format claims it."""
    return False


def read(path: Path) -> list[Article]:
    """The one article in a text file or saved web page."""
    return [read_article(path)]
