"""PDF documents with a text layer, read with pypdf (BSD).

A PDF holds positioned lines, not paragraphs: the reader joins them back into running text.
Words a typesetter hyphenated at a line's end are rejoined ("Verein-" + "barung" is
"Vereinbarung") while real hyphens stay ("EU-" + "Kommission" is "EU-Kommission"). The running
headers and footers every page repeats (a title, a chapter, "Seite 3 von 12") and page numbers
are left out. A scanned PDF, pictures of pages with no text layer, cannot be read: learner does
no OCR.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from learner.articles import (
    Article,
    clean_body,
    drop_overlong_runs,
    normalize_text,
    warn_unless_german,
)
from learner.errors import InputError

NAME = "PDF document"
SUFFIXES = frozenset({".pdf"})

# A PDF is refused above this size: a 300-page book with pictures is 5-50 MB.
MAX_PDF_BYTES = 200_000_000
# A page's first and last lines this many lines deep are where running headers and footers
# stand (a title line and a chapter line above, a page number and a note below).
_EDGE_LINES = 2
# A line is a running header or footer when, its digits aside, it stands at the same edge of
# at least this share of the pages (and of at least three pages): chapter headers change
# every few pages, so half is a share a book's title or a chapter header reaches, the text's
# own lines never.
_REPEATED_SHARE = 0.5
_MIN_REPEATS = 3
# A page number as it stands alone on a line: "3", "- 3 -", "Seite 3", "S. 3", "3 von 12",
# "3 / 12", roman numerals of a preface ("iv").
_PAGE_NUMBER = re.compile(
    r"[-–—\s]*(?:(?:Seite|S\.|Page|p\.)\s*)?(?:\d{1,4}|[ivxlc]{1,6})"
    r"(?:\s*(?:/|von|of)\s*\d{1,4})?[-–—\s]*", re.IGNORECASE)
# A word hyphenated at a line's end: letters, then a hyphen (or the soft hyphen some writers
# keep), at the very end of the line.
_HYPHENATED = re.compile(r"(?P<head>[^\W\d_]+)[-\u00ad\u2010]$")
# The words that follow a hyphen standing for a compound's shared part ("Ein- und Ausgang",
# "Vor- oder Nachteile"): the hyphen stays, with a space.
_CONJUNCTIONS = frozenset({"und", "oder", "bis", "sowie", "als", "wie", "noch", "bzw.",
                           "beziehungsweise", "respektive"})
# A line that ends a paragraph: a sentence end on a line clearly shorter than the page's
# longest lines (the last line of a paragraph rarely fills the measure).
_SHORT_LINE_SHARE = 0.75


def sniff(head: bytes) -> bool:
    """Every PDF starts "%PDF-" (ISO 32000-1, 7.5.2); some writers put junk bytes first."""
    return b"%PDF-" in head[:1024]


def _skeleton(line: str) -> str:
    """A line with its digits blanked, so "Kapitel 2 – Seite 14" and "Kapitel 2 – Seite 15"
    count as the same running header."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def body_lines(pages: list[list[str]]) -> list[list[str]]:
    """The pages' lines without running headers, footers and page numbers."""
    edges: Counter[str] = Counter()
    for lines in pages:
        seen = {_skeleton(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        edges.update(seen)
    needed = max(_MIN_REPEATS, _REPEATED_SHARE * len(pages))
    running = {s for s, n in edges.items() if n >= needed}
    kept = []
    for lines in pages:
        lines = [line for line in lines if line.strip()]
        top = lines[:_EDGE_LINES]
        bottom = lines[len(top):][-_EDGE_LINES:]
        middle = lines[len(top):len(lines) - len(bottom)]

        def edge(line: str) -> bool:
            return _skeleton(line) in running or bool(_PAGE_NUMBER.fullmatch(line))

        kept.append([line for line in top if not edge(line)] + middle
                    + [line for line in bottom if not edge(line)])
    return kept


def join_lines(lines: list[str]) -> str:
    """Running text from a document's lines: lines of one paragraph joined with a space,
    words hyphenated at a line's end rejoined, a blank line after a paragraph's last line."""
    lines = [" ".join(line.split()) for line in lines if line.strip()]
    measure = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        out.append(line)
        hyphen = _HYPHENATED.search(line)
        next_word = following.split(" ", 1)[0] if following else ""
        if hyphen and next_word:
            if next_word[0].islower() and next_word.lower() not in _CONJUNCTIONS:
                # "Verein-" + "barung": the typesetter's hyphen, which the word never had.
                out[-1] = line[:hyphen.end("head")]
            elif next_word.lower() in _CONJUNCTIONS:
                out.append(" ")  # "Ein-" + "und Ausgang": the hyphen stands for "gang"
            # else "EU-" + "Kommission": a real hyphen, joined without a space
        elif re.search(r"[.!?:…][\"'»«“”)]*$", line) and len(line) < _SHORT_LINE_SHARE * measure:
            out.append("\n\n")
        elif following:
            out.append(" ")
    return "".join(out)


# What pypdf raises, besides its own PyPdfError, on a damaged or truncated file, opening it or
# reading its pages: it parses the file's bytes in plain Python, and a broken structure
# surfaces as whatever error the parsing code meets.
_DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError,
           EOFError, AssertionError, NotImplementedError, ZeroDivisionError, OverflowError,
           MemoryError)


def _damaged(path: Path, exc: Exception) -> InputError:
    """The one line for a PDF document pypdf fails on (`_DAMAGE`), with its reason."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return InputError(f"{path}: not a readable PDF document (damaged or truncated: "
                      f"{' '.join(reason.split())[:100]})")


def _reader(path: Path):
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs every repair it makes to a damaged file; the user gets one line instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise InputError(f"{path}: larger than {MAX_PDF_BYTES / 1e6:g} MB, the limit for "
                             "one PDF document")
        reader = PdfReader(path)
        if reader.is_encrypted:
            # A PDF encrypted with an owner password only (to forbid printing, say) opens with
            # the empty user password; one that needs a password to open cannot be read.
            try:
                opened = reader.decrypt("")
            except (PyPdfError, NotImplementedError, ValueError) as exc:
                raise InputError(f"{path}: an encrypted PDF document that learner cannot "
                                 f"decrypt ({exc})") from None
            if not opened:
                raise InputError(f"{path}: a password-protected PDF document; save it "
                                 "without the password first")
        return reader
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except (PyPdfError, *_DAMAGE) as exc:
        raise _damaged(path, exc) from None


def _page_texts(reader, path: Path) -> list[str]:
    from pypdf.errors import PyPdfError

    texts = []
    try:
        for page in reader.pages:
            texts.append(page.extract_text() or "")
    except (PyPdfError, *_DAMAGE) as exc:
        raise _damaged(path, exc) from None
    return texts


def _metadata_title(reader) -> str:
    """The title the document's metadata gives, if any. It names the article, not the deck:
    PDF writers fill it with what they like ("Microsoft Word - bericht.docx")."""
    try:
        info = reader.metadata
        title = str(info.title or "") if info else ""
    except Exception:  # noqa: BLE001 - a title is optional; a damaged one is no title
        return ""
    return " ".join(normalize_text(title).split())


def read(path: Path) -> list[Article]:
    """The document's text as one article; InputError (naming the file) for a damaged,
    password-protected or scanned PDF."""
    reader = _reader(path)
    texts = _page_texts(reader, path)
    if not any(any(c.isalpha() for c in t) for t in texts):
        raise InputError(f"{path}: a PDF document with no text layer (scanned pages?); learner "
                         "does no OCR: run one first (ocrmypdf adds a text layer)")
    pages = [normalize_text(t).splitlines() for t in texts]
    text = join_lines([line for page in body_lines(pages) for line in page])
    text = drop_overlong_runs(clean_body(text)).strip()
    if not any(c.isalpha() for c in text):
        raise InputError(f"{path}: a PDF document that holds no running text")
    title = _metadata_title(reader) or path.stem
    article = Article(path=str(path), title=" ".join(title.split()), text=text)
    warn_unless_german(article)
    return [article]
