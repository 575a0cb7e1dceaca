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


# Site boilerplate scraped with the article: sentences offering to save or share it, and the
# like. Each pattern matches one whole sentence (or line); what it removes is never the
# article's own text. Written for the phrasings German news sites use.
_BOILERPLATE = tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in (
    r"[^.!?\n]*\bMerkliste\b[^.!?\n]*[.!?]?",
    r"Möchten Sie (?:ihn|sie|es|den Artikel|diesen Artikel)\b[^.!?\n]*\bteilen\s*\?",
    r"(?:Teilen|Drucken|Versenden|Merken|Kommentieren)(?:\s*[|/,]\s*(?:Teilen|Drucken|"
    r"Versenden|Merken|Kommentieren))+",
    r"^\s*(?:Mehr zum Thema|Lesen Sie (?:auch|mehr)|Zur Startseite|Newsletter abonnieren|"
    r"Anzeige|Werbung)\b[^\n]*$",
    r"^\s*©[^\n]*$",
))
# Picture credits in captions: "(Foto: dpa)", "Foto: AP", "Bild: Reuters/Getty Images".
# The caption's sentence stays (it is real German); the agency names would be junk.
_CREDIT = re.compile(
    r"\(\s*(?:Foto|Fotos|Bild|Bilder|Grafik|Video|Quelle)\s*:[^)\n]*\)"
    r"|\b(?:Foto|Fotos|Bild|Grafik)\s*:\s*[^\n.]*$",
    re.MULTILINE,
)
# A dateline glued to the first word of a paragraph: "HamburgOb es ..." is "Hamburg" and "Ob".
_GLUED = re.compile(r"^(?P<first>[A-ZÄÖÜ][a-zäöüß]+)(?P<second>[A-ZÄÖÜ][a-zäöüß]+)\b",
                    re.MULTILINE)


# Both halves must be common words (Zipf >= 3, one in a million) and the glued word rare
# (Zipf < 2): wordfreq has met some glued junk ("BerlinDie" 1.1), while "BahnCard" (3.1) and
# "YouTube" (4.8) are words of their own and stay.
_GLUED_PART_ZIPF = 3.0
_GLUED_WHOLE_ZIPF = 2.0


def _unglue(match: re.Match[str]) -> str:
    from wordfreq import zipf_frequency

    first, second = match["first"], match["second"]
    if (zipf_frequency(first + second, "de") < _GLUED_WHOLE_ZIPF
            and zipf_frequency(first, "de") >= _GLUED_PART_ZIPF
            and zipf_frequency(second, "de") >= _GLUED_PART_ZIPF):
        return f"{first} – {second}"
    return match[0]


# A word broken at a line end and glued back with a space: "duf- tende". Not "Ein- und
# Ausgang", where the hyphen stands for the second part of a compound.
_BROKEN = re.compile(r"\b(?P<head>[A-Za-zÄÖÜäöüß]+)- (?P<tail>[a-zäöüß]+)\b")
_NOT_TAILS = frozenset({"und", "oder", "bis", "sowie", "als", "wie", "noch", "bzw"})


def _join_broken(match: re.Match[str]) -> str:
    from wordfreq import zipf_frequency

    head, tail = match["head"], match["tail"]
    # Joined only when German writes the joined word more often than either half.
    joined = zipf_frequency(head + tail, "de")
    if tail not in _NOT_TAILS and joined > max(zipf_frequency(head, "de"),
                                               zipf_frequency(tail, "de")):
        return head + tail
    return match[0]


def clean_body(text: str) -> str:
    """Article text without the scraping's junk: site boilerplate, picture credits, a
    dateline glued to the first word, words broken at a line end ("duf- tende"). Photo
    captions stay: they are German sentences."""
    for pattern in _BOILERPLATE:
        text = pattern.sub("", text)
    text = _CREDIT.sub("", text)
    text = _GLUED.sub(_unglue, text)
    text = _BROKEN.sub(_join_broken, text)
    # Removing sentences leaves runs of spaces and blank lines behind.
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


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
    text = clean_body("\n".join(body_lines))
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
