"""Articles: reading text files and folders, and splitting metadata from the body.

An article file is UTF-8 text. It may start with header lines of the form `key value`
(`date 2017-07`, `title Trump trifft Putin`, `source SZ`, `url https://...`): they become
metadata and never vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from learner.errors import InputError

# Suffixes read when a folder is given. Other files in a folder (images, notes) are skipped;
# a file named explicitly is read whatever its suffix.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md"})

# Keys whose value is one token: whatever follows on the same line is article text. Scraped
# files glue the first line of the page onto the header (" date 2017-07 Sie haben den ...").
_TOKEN_KEYS = ("date", "url")
# Keys whose value is the rest of the line.
_LINE_KEYS = ("title", "source", "author")
_HEADER = re.compile(
    r"[ \t\ufeff]*(?:(?P<tkey>" + "|".join(_TOKEN_KEYS) + r")[ \t]+(?P<tval>\S+)[ \t]*(?P<rest>.*)"
    r"|(?P<lkey>" + "|".join(_LINE_KEYS) + r")[ \t]+(?P<lval>.*\S))[ \t]*$",
    re.IGNORECASE,
)
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{1,2}\.\d{1,2}\.\d{4}")


@dataclass(frozen=True)
class Article:
    """One input document: where it came from, its metadata and its body text."""

    path: str
    title: str
    text: str
    date: str = ""
    source: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        """How a card names the article: title, and date when known."""
        return f"{self.title} ({self.date})" if self.date else self.title


def parse_article(raw: str, path: str = "") -> Article:
    """Split leading `key value` header lines from the body of an article."""
    meta: dict[str, str] = {}
    lines = raw.splitlines()
    body_start = 0
    carried = ""
    for i, line in enumerate(lines):
        if not line.strip():
            if meta:  # a blank line ends the header block
                body_start = i + 1
                break
            continue
        match = _HEADER.fullmatch(line)
        key = match and (match["tkey"] or match["lkey"]).lower()
        if not match or key in meta:
            body_start = i
            break
        if match["tkey"]:
            if key == "date" and not _DATE.fullmatch(match["tval"]):
                body_start = i
                break
            meta[key] = match["tval"]
            if match["rest"].strip():
                # The rest of the line is the article's first text, not metadata.
                carried = match["rest"].strip()
                body_start = i + 1
                break
        else:
            meta[key] = match["lval"].strip()
        body_start = i + 1
    body_lines = ([carried] if carried else []) + lines[body_start:]
    text = "\n".join(body_lines).strip()
    title = meta.get("title") or (Path(path).stem if path else "article")
    return Article(
        path=path,
        title=title,
        text=text,
        date=meta.get("date", ""),
        source=meta.get("source", ""),
        url=meta.get("url", ""),
    )


def read_article(path: Path) -> Article:
    """Read one article file. Raises InputError for anything that is not readable text."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    article = parse_article(raw, str(path))
    if not article.text.strip():
        raise InputError(f"{path}: the article has no text")
    return article


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into article files, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputError(f"{path}: folder holds no article files (*.txt)")
            yield from found
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Read every article under the given files and folders."""
    articles = [read_article(p) for p in article_files(paths)]
    if not articles:
        raise InputError("no articles given")
    return articles
