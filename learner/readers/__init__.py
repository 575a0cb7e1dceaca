"""Readers: one module per input format, each turning one file into the same Article records.

    text (.txt .md .html ...)   learner.articles.read_article, a news article or saved page
    epub                        a book: one article per chapter, in reading order
    subtitles (.srt .vtt .ass)  a film or series: one article per sentence, cue by cue
    pdf                         a document with a text layer
    kindle, koreader            e-reader look-ups: one article per word looked up
    web                         a web address, fetched and read as a saved page

Each format module has the same small interface, as pysubs2's formats do: `NAME` (how
messages call the format), `SUFFIXES`, `sniff(head)` (whether a file's first bytes are this
format, for files with a wrong suffix or none) and `read(path) -> list[Article]`. A format's
errors are InputError lines that name the file and the format.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from learner.articles import Article, check_path, read_article, read_bytes, warn_unless_german
from learner.errors import InputError, SkippedFileWarning
from learner.readers import epub, kindle, koreader, pdf, subtitles, text, web

# In the order their sniffing is asked: binary signatures first, then the subtitle formats'
# first lines; plain text takes whatever is left.
FORMATS: tuple[ModuleType, ...] = (epub, pdf, kindle, koreader, subtitles, text)
# The suffix table: which reader a file's suffix names.
READERS: dict[str, ModuleType] = {s: f for f in FORMATS for s in f.SUFFIXES}
# Enough of a file's start for every format's signature: an EPUB's "mimetype" entry is at
# byte 30; an SQLite database keeps its tables' CREATE statements at the end of its first page,
# 4,096 bytes by default (older versions and Kindles: 1,024).
HEAD_BYTES = 8192
_NONE_READABLE = ("folder holds no article files (*.txt, *.md, *.html, *.epub, *.pdf, *.srt, "
                  "*.vtt, *.ass, *.ssa, vocab.db, vocabulary_builder.sqlite3)")


def is_address(given: str | Path) -> bool:
    """Whether a path given on the command line is a web address."""
    return isinstance(given, str) and given.lower().startswith(("http://", "https://"))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(HEAD_BYTES)
    except OSError:
        return b""  # the reader says what is wrong with the file, in its own words


def reader_for(path: Path, head: bytes | None = None) -> ModuleType | None:
    """The format module that reads `path`: the one whose signature its first bytes carry,
    else the one its suffix names; None when neither says anything."""
    head = _head(path) if head is None else head
    for fmt in FORMATS:
        if fmt is not text and fmt.sniff(head):
            return fmt
    return READERS.get(path.suffix.lower())


def read_file(path: str | Path) -> list[Article]:
    """The articles in one file, whatever its format. A file named on its own is read as text
    when nothing says it is anything else."""
    path = Path(path)
    fmt = reader_for(path) or text
    return fmt.read(path)


def read_input(given: str | Path) -> list[Article]:
    """The articles of one file or web address."""
    if is_address(given):
        return web.read(str(given))
    return read_file(check_path(given))


def input_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The files under a folder that a reader takes, and those no reader takes, in a stable
    order. Hidden files and folders (".git", ".DS_Store") are neither."""
    readable, unsupported = [], []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        (readable if reader_for(p) is not None else unsupported).append(p)
    return readable, unsupported


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into the files a reader takes, in a stable order."""
    for given in paths:
        path = check_path(given)
        if path.is_dir():
            found, _ = input_files(path)
            if not found:
                raise InputError(f"{path}: {_NONE_READABLE}")
            yield from found
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


Read = TypeVar("Read")


def read_articles(
    paths: Iterable[str | Path], read: Callable[[Path], Sequence[Read]] = read_file
) -> list[Article | Read]:
    """Read every article under the given files, folders and web addresses.

    A file or address named on its own must be readable. In a folder, a file that is not
    (empty, binary, damaged) is skipped with a warning, and so, in one warning, are the files
    of types no reader takes; a folder with nothing readable at all is an error.

    `read` reads one file (`read_file`); the article cache passes one that answers from the
    cache when it can. A web address is always fetched and read afresh.
    """
    articles: list[Article | Read] = []
    # A file reached twice ("corpus corpus/a.txt", a folder and its subfolder) is read once:
    # read twice, every word in it would count double.
    # Told by the resolved path. One stat tells files apart by device and inode first
    # (resolving 600 paths took ~0.01 s of CPU, a stat per folder on the way): two paths that
    # resolve alike are one file, so only paths that share an inode (the same file reached
    # again, or a hard link) are resolved and compared.
    by_inode: dict[tuple[int, int], list[Path]] = {}
    seen: set[Path] = set()  # resolved, where a file could not be stat'ed

    def first_time(file: Path) -> bool:
        try:
            stat = os.stat(file)
        except (OSError, ValueError):
            key = file.resolve()
            if key in seen:
                return False
            seen.add(key)
            return True
        met = by_inode.setdefault((stat.st_dev, stat.st_ino), [])
        if met:
            key = file.resolve()
            if any(earlier.resolve() == key for earlier in met):
                return False
        met.append(file)
        return True

    for given in paths:
        if is_address(given):
            articles.extend(web.read(str(given)))
            continue
        if not check_path(given).is_dir():
            for p in article_files([given]):
                if first_time(p):
                    articles.extend(read(p))
            continue
        folder = Path(given)
        found, unsupported = input_files(folder)
        if not found:
            raise InputError(f"{folder}: {_NONE_READABLE}")
        if unsupported:
            names = ", ".join(str(p.relative_to(folder)) for p in unsupported[:3])
            more = f" and {len(unsupported) - 3} more" if len(unsupported) > 3 else ""
            warnings.warn(SkippedFileWarning(
                f"skipped {len(unsupported)} file(s) in {folder} of a type learner does not "
                f"read: {names}{more}"), stacklevel=2)
        found_articles: list[Article | Read] = []
        repeated = False
        for file in found:
            if not first_time(file):
                repeated = True
                continue
            try:
                found_articles.extend(read(file))
            except InputError as exc:
                warnings.warn(SkippedFileWarning(f"skipped {exc}"), stacklevel=2)
        if not found_articles and not repeated:
            raise InputError(f"{folder}: folder holds no readable article")
        articles.extend(found_articles)
    if not articles:
        raise InputError("no articles given")
    return articles


def deck_title(given: str | Path) -> str | None:
    """The title a deck built from this one input is named after (a book's title), or None
    when the input has none of its own and the deck is named after the file."""
    if is_address(given):
        return None
    path = Path(given)
    if not path.is_file():
        return None
    fmt = reader_for(path)
    title_of = getattr(fmt, "title_of", None)
    return title_of(path) if title_of else None


__all__ = ["Article", "FORMATS", "READERS", "article_files", "deck_title", "input_files",
           "read_article", "read_articles", "read_bytes", "read_file", "read_input",
           "reader_for", "warn_unless_german"]
