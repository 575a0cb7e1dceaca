"""Articles: reading text files, web pages and folders, and splitting metadata from the body.

An article file is text in UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 with a
byte-order mark, or a Western single-byte encoding (cp1252, latin-1, ...), which
charset-normalizer detects. It may start with header lines of the form `key value`
(`date 2017-07`, `title Trump trifft Putin`, `source SZ`, `url https://...`): they become
metadata and never vocabulary. A saved web page (.html) gives its article text, title and date
through trafilatura, which tells the article from menus, ads and footers.

Whatever is not an article (an empty file, a PDF, an image, a missing path) raises InputError
with one line that says what it is. Text that does not look German is read, with a warning.

This module reads text and saved pages and holds what every reader shares (the Article record,
decoding, cleaning, the language check); books, PDFs, subtitles, e-reader look-ups and web
addresses have a module each in learner.readers, which also dispatches files and folders.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from learner import wordlists
from learner.errors import DamagedTextWarning, InputError, NotGermanWarning
from learner.memo import memo_one

# Suffixes read when a folder is given. Other files in a folder (images, notes) are skipped;
# a file named explicitly is read whatever its suffix.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

# One article file is refused above this size, before it is read. A long news article is
# 10-50 kB and a whole novel 1-2 MB. Memory grows with the text (every example sentence is
# kept): the 600 articles of ../shared/bench/gnad in one 1.6 MB file took 165 s and 340 MB peak
# (`/usr/bin/time -v python -m learner words FILE`, 140 MB of it the program itself), so 5 MB
# stays under about 600 MB. Anything bigger is not one article (a dump, a log, a mistaken file)
# and is better split into one file per article.
MAX_ARTICLE_BYTES = 5_000_000

# Runs of more than this many characters without a space are dropped from the body: no German
# word is that long (the famous "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
# has 63 letters), and HanTa's compound analysis costs time that rises steeply with a token's
# length (measured: 0.04 s at 64 characters, 0.4 s at 150, 12 s at 1,000, 9 minutes at 5,000),
# so a base64 blob or a minified script pasted into an article would stall the build.
MAX_TOKEN_CHARS = 64

# Text is judged German when at least this share of its words is more frequent in German than
# in English (wordfreq Zipf). Measured with `python bench/language_share.py`: the German
# news articles of ../shared/bench/gnad (592 with 50 words or more) score 0.54 at least (an
# article full of English band names) and 0.67 at the 1st percentile; 317 English texts
# (Debian's licenses and copyright files) score 0.36 at most. The cutoff sits between the two.
GERMAN_SHARE_CUTOFF = 0.45
# Fewer words than this say too little about the language to warn about it.
MIN_WORDS_FOR_LANGUAGE = 20
# The language is judged on the first words only: enough to be sure, cheap on long texts.
LANGUAGE_SAMPLE_WORDS = 1000

# Byte-order marks, longest first: UTF-32-LE's mark begins with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The encodings a German text without a byte-order mark comes in when it is not UTF-8: Windows
# (cp1252), ISO latin-1 and latin-9 (with the euro sign), old DOS (cp850) and old Mac (mac_roman).
# charset-normalizer chooses among these only: left to its full list it reads short German texts
# as EBCDIC or UTF-16 ("Größe" in cp1252 came back as cp037 "åÊ6ÿÁ", "Über" as utf_16_le "拜牥").
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman")
# File signatures ("magic numbers") of the binary files people mistake for articles.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx, .odt, .epub, .apkg)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database (an Anki collection?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
# Characters that are never text: C0/C1 control characters other than tab, line and form feed
# and carriage return; invisible format characters that split a word in two when scraped text
# keeps them (soft hyphen "Ein\u00admischung", zero-width spaces and joiners, word joiner, BOM);
# and the non-characters U+FFFE/U+FFFF.
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff\ufffe\uffff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
_WORD = re.compile(r"[^\W\d_]+")

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
    first, second = match["first"], match["second"]
    if (wordlists.zipf_frequency(first + second, "de") < _GLUED_WHOLE_ZIPF
            and wordlists.zipf_frequency(first, "de") >= _GLUED_PART_ZIPF
            and wordlists.zipf_frequency(second, "de") >= _GLUED_PART_ZIPF):
        return f"{first} – {second}"
    return match[0]


# A word broken at a line end and glued back with a space: "duf- tende". Not "Ein- und
# Ausgang", where the hyphen stands for the second part of a compound.
_BROKEN = re.compile(r"\b(?P<head>[A-Za-zÄÖÜäöüß]+)- (?P<tail>[a-zäöüß]+)\b")
_NOT_TAILS = frozenset({"und", "oder", "bis", "sowie", "als", "wie", "noch", "bzw"})


def _join_broken(match: re.Match[str]) -> str:
    head, tail = match["head"], match["tail"]
    # Joined only when German writes the joined word more often than either half.
    joined = wordlists.zipf_frequency(head + tail, "de")
    if tail not in _NOT_TAILS and joined > max(wordlists.zipf_frequency(head, "de"),
                                               wordlists.zipf_frequency(tail, "de")):
        return head + tail
    return match[0]


# The Merkliste sentence pattern scans back over the whole sentence at every position, slow on
# long texts; this word alone, with the same flags, finds quickly whether it can match at all.
_MERKLISTE = re.compile(r"\bMerkliste\b", re.IGNORECASE | re.MULTILINE)


def clean_body(text: str) -> str:
    """Article text without the scraping's junk: site boilerplate, picture credits, a
    dateline glued to the first word, words broken at a line end ("duf- tende"). Photo
    captions stay: they are German sentences."""
    for pattern in _BOILERPLATE:
        if pattern is _BOILERPLATE[0] and not _MERKLISTE.search(text):
            continue
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
    # The words the learner looked up in this text (an e-reader's look-ups): each becomes a
    # card whatever the threshold, and the text's other words become none.
    looked_up: tuple[str, ...] = ()

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


def decode_text(data: bytes, name: str = "input") -> str:
    """The text in `data`, whatever its encoding; InputError when it is not text.

    A byte-order mark decides first. Then known binary signatures and NUL bytes are refused.
    Then UTF-8 is tried strictly: valid UTF-8 with any non-ASCII in it is practically never
    something else. Only then does charset-normalizer choose among the Western encodings.
    """
    if not data:
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                if encoding == "utf-8-sig":  # surely UTF-8, with a few broken bytes
                    return _damaged_utf8(data[len(bom):], name)
                label = encoding.removesuffix("-sig").upper()
                raise InputError(f"{name}: starts with a {label} byte-order mark but is not "
                                 f"valid {label} text") from None
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: {kind}, not text; save the article as text (.txt) "
                             "or as a web page (.html)")
    if b"\x00" in data:
        # Text never holds NUL bytes (although UTF-8 allows them); UTF-16 does, but then it
        # carries a byte-order mark.
        raise InputError(f"{name}: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", "replace")
    damaged = lenient.count("\ufffd")
    if sum(ord(c) > 127 for c in lenient) - damaged > damaged:
        # UTF-8 with a few broken bytes (a truncated download, two files pasted together):
        # its valid non-ASCII characters outnumber the broken ones, which a legacy encoding's
        # umlauts never do. Reading it as cp1252 would turn every "ö" into "Ã¶".
        return _damaged_utf8(data, name)
    best_german = _most_german_decoding(data)
    if best_german is not None:
        return best_german
    from charset_normalizer import from_bytes  # imported here: needed only for legacy files

    best = from_bytes(data, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if best is None:
        raise InputError(f"{name}: not text in any encoding learner knows (UTF-8, UTF-16, "
                         "cp1252, latin-1)")
    return str(best)


# The non-ASCII characters of German text: umlauts, ß and the accents of loanwords (Café, à la)
# inside words; typographic quotes and dashes, the euro and § anywhere. The Western encodings
# differ exactly in which of their bytes give these: "ü" in latin-1 (0xFC) is "³" in cp850, and
# charset-normalizer picks cp850 for a short latin-1 text ("Bürger über" came back "B³rger ³ber").
# A letter counts only inside a word: Mac Roman's "Ä" is cp1252's "€" ("5 € " is no "5 Ä ").
_GERMAN_LETTERS = frozenset("äöüÄÖÜßẞéèàáâêëïç")
_GERMAN_MARKS = frozenset("„“”‚‘’–—…€»«·°§")


def _german_score(text: str) -> int:
    score = 0
    for i, c in enumerate(text):
        if ord(c) < 128:
            continue
        if c in _GERMAN_LETTERS:
            inside = ((i > 0 and text[i - 1].isalpha())
                      or (i + 1 < len(text) and text[i + 1].isalpha()))
            score += 2 if inside else -1
        else:
            score += 1 if c in _GERMAN_MARKS else -1
    return score


def _most_german_decoding(data: bytes) -> str | None:
    """The Western decoding of `data` whose non-ASCII characters look most like German text,
    or None when none holds a German character. Ties go to the earlier encoding."""
    best, best_score = None, 0
    for encoding in WESTERN_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _german_score(text)
        if score > best_score:
            best, best_score = text, score
    return best


def _damaged_utf8(data: bytes, name: str) -> str:
    text = data.decode("utf-8", "replace")
    warnings.warn(DamagedTextWarning(f"{name}: {text.count(chr(0xFFFD))} invalid UTF-8 byte(s) "
                                     "replaced by U+FFFD"), stacklevel=3)
    return text


def normalize_text(text: str) -> str:
    """Text as every later stage may assume it: composed (NFC), no control or invisible
    characters, no lone surrogates.

    Composition matters for German: text copied from macOS writes "ö" as "o" plus a combining
    diaeresis, which neither the tagger nor wordfreq would recognise.
    """
    text = _SURROGATE.sub("\ufffd", text)
    text = _NOT_TEXT.sub("", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


def looks_like_html(path: Path, text: str) -> bool:
    """A web page: by its suffix, or by its first tag when a page was saved as .txt."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    start = text.lstrip()[:15].lower()
    return start.startswith(("<!doctype html", "<html"))


def html_article(markup: str, path: str = "") -> Article:
    """The article in a saved web page: its main text, title and date, without navigation,
    ads, scripts and footers."""
    # Imported here: trafilatura takes about half a second to import, paid for web pages only.
    import trafilatura
    from lxml.etree import LxmlError

    # trafilatura logs its parsing troubles; the user gets one InputError line instead.
    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    logging.getLogger("trafilatura").propagate = False

    def extract(page: str):
        try:
            return trafilatura.bare_extraction(
                page, with_metadata=True, favor_recall=True, include_comments=False,
                include_tables=False,
                # The publication date the page states (meta tags, <time>, a dateline), never
                # a guess: the extensive search made "© 2024" in a footer into "2024-01-01".
                date_extraction_params={"original_date": True, "extensive_search": False},
            )
        except (ValueError, LxmlError):
            raise InputError(f"{path}: cannot read the web page") from None

    doc = extract(markup)
    if not (doc and doc.text) and "<html" not in markup[:2000].lower():
        # A fragment saved without <html><body> (copied from a page's source): trafilatura
        # parses only whole documents.
        doc = extract(f"<html><body>{markup}</body></html>")
    text = (doc.text or "") if doc else ""
    # trafilatura puts each block (heading, paragraph) on one line; a blank line between them
    # keeps a headline without a full stop from running into the next sentence.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return Article(
        path=path,
        title=((doc.title or "").strip() if doc else "")
        or (Path(path).stem if path else "article"),
        text=text,
        date=(doc.date or "") if doc else "",
        source=(doc.sitename or "") if doc else "",
        url=(doc.url or "") if doc else "",
    )


def drop_overlong_runs(text: str) -> str:
    """The text without runs of non-space characters longer than any German word."""
    return _LONG_RUN.sub("", text)


@memo_one(100_000)
def _more_german_than_english(word: str) -> bool:
    return wordlists.zipf_frequency(word, "de") > wordlists.zipf_frequency(word, "en")


def german_share(text: str) -> tuple[float, int]:
    """The share of the text's first words that are more frequent in German than in English
    (wordfreq), and how many words it judged."""
    words = [m.group() for m in itertools.islice(_WORD.finditer(text), LANGUAGE_SAMPLE_WORDS)]
    if not words:
        return 0.0, 0
    german = sum(map(_more_german_than_english, words))
    return german / len(words), len(words)


def warn_unless_german(article: Article) -> None:
    """Warn (NotGermanWarning) when the article's words do not look German."""
    words = [m.group()
             for m in itertools.islice(_WORD.finditer(article.text), LANGUAGE_SAMPLE_WORDS)]
    judged = len(words)
    if judged < MIN_WORDS_FOR_LANGUAGE:
        return
    # The same share as german_share's, but it stops as soon as enough words are German for
    # the share to reach the cutoff: the rest cannot lower it, and looking words up in two
    # languages is most of the time spent reading a corpus.
    german = 0
    for word in words:
        german += _more_german_than_english(word)
        if german / judged >= GERMAN_SHARE_CUTOFF:
            return
    share = german / judged
    if share < GERMAN_SHARE_CUTOFF:
        warnings.warn(NotGermanWarning(
            f"{article.path or article.title}: only {share:.0%} of its words look German "
            f"(cutoff {GERMAN_SHARE_CUTOFF:.0%}); is it a German article?"), stacklevel=2)


def read_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """A file's bytes, at most `limit` of them; InputError when it is missing, a folder,
    unreadable or bigger."""
    too_big = InputError(f"{path}: larger than {limit / 1e6:g} MB, the limit for one article; "
                         "split it into one file per article")
    try:
        with path.open("rb") as file:
            if path.is_file() and path.stat().st_size > limit:
                raise too_big
            # Bounded even where the size is unknown (/dev/zero, a pipe).
            data = file.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValueError:  # an embedded NUL byte in the path
        raise InputError(f"{path!r}: not a valid path") from None
    if len(data) > limit:
        raise too_big
    return data


# Markdown's own marks, which a Markdown article (.md) would otherwise carry into the example
# sentences ("Die **Verhandlungen** ...", "* Die Opposition ..."): headings, list bullets,
# quotes and rules at a line's start; bold, links, images and code inline. A single "*" stays:
# German writes "Bürger*innen" with it.
_MARKDOWN = (
    (re.compile(r"^[ \t]*(?:#{1,6}|>|[*+-]|\d{1,3}[.)])[ \t]+", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)


def strip_markdown(text: str) -> str:
    """The text of a Markdown article without Markdown's marks."""
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text


def read_article(path: Path) -> Article:
    """Read one article file or saved web page. Raises InputError for anything that is not
    readable text; warns (NotGermanWarning) when the text does not look German."""
    path = Path(path)
    text = normalize_text(decode_text(read_bytes(path), str(path)))
    if looks_like_html(path, text):
        article = html_article(text, str(path))
    else:
        article = parse_article(text, str(path))
        if path.suffix.lower() == ".md":
            article = replace(article, text=strip_markdown(article.text))
    # The title may come from the file's name, which can hold anything but "/" and NUL
    # (undecodable bytes arrive as lone surrogates): it goes on cards, so it is cleaned too.
    article = replace(article, text=drop_overlong_runs(article.text).strip(),
                      title=" ".join(normalize_text(article.title).split()) or "article")
    if not any(c.isalpha() for c in article.text):
        raise InputError(f"{path}: holds no article text")
    warn_unless_german(article)
    return article


def check_path(given: str | Path) -> Path:
    """The path, or InputError when it cannot name a file at all."""
    if str(given) == "":
        raise InputError("an empty path was given")
    if "\x00" in str(given):
        raise InputError(f"{str(given)!r}: not a valid path")
    return Path(given)


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into the files a reader takes (see learner.readers)."""
    from learner import readers  # the readers package builds on this module

    return readers.article_files(paths)


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Read every article under the given files, folders and web addresses, whatever their
    format (see learner.readers.read_articles)."""
    from learner import readers

    return readers.read_articles(paths)
