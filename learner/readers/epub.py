"""EPUB books: one article per chapter, in the spine's reading order.

An EPUB is a zip: META-INF/container.xml names the package document (OPF), whose metadata
gives the book's title and author, whose manifest lists the chapter files (XHTML) and whose
spine gives their reading order. Read with zipfile and lxml (ebooklib is AGPL).

A chapter's title comes from the book's table of contents (the EPUB 3 navigation document or
the EPUB 2 NCX), else from its first heading; it is the card's source. Notes, note markers,
navigation and page-break markers are left out: they are not the book's sentences.
"""

from __future__ import annotations

import html.entities
import posixpath
import re
import zipfile
import zlib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from learner.articles import (
    Article,
    clean_body,
    drop_overlong_runs,
    normalize_text,
    warn_unless_german,
)
from learner.errors import InputError

if TYPE_CHECKING:
    from lxml import etree

NAME = "EPUB book"
SUFFIXES = frozenset({".epub"})

# A book is bigger than an article: a novel with its cover and pictures is 1-20 MB, and its
# text, the part learner keeps, 0.5-2 MB. The zip is refused above this size, and so is a
# chapter whose text would unpack to more (a "zip bomb" unpacks to gigabytes).
MAX_BOOK_BYTES = 200_000_000
MAX_CHAPTER_BYTES = 20_000_000

_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "x": "http://www.w3.org/1999/xhtml",
}
_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"
# What EPUB 3's structural semantics (epub:type) and DPUB-ARIA roles call the parts of a
# chapter that are not its running text: notes and their markers, navigation, page-break
# markers (page numbers of the printed book).
_NOT_TEXT_TYPES = frozenset({
    "footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "note",
    "noteref", "toc", "landmarks", "page-list", "pagebreak", "biblioref", "glossref",
})
_NOT_TEXT_ROLES = frozenset({
    "doc-footnote", "doc-endnote", "doc-endnotes", "doc-noteref", "doc-toc",
    "doc-pagebreak", "doc-pagelist", "doc-backlink", "doc-biblioref", "doc-glossref",
    "navigation",
})
_NOT_TEXT_TAGS = frozenset({"script", "style", "nav", "aside", "head", "svg", "math", "img"})
# The blocks whose text is a paragraph of its own.
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt",
                     "pre", "td", "th", "figcaption", "div", "section", "article", "body"})
# A note marker left without its semantics: a superscript that is only a number or a star.
_MARKER = re.compile(r"\s*(?:\d{1,3}|[*†‡]+|\[\d{1,3}\])\s*")
# Encryption algorithms that only obfuscate fonts (IDPF's and Adobe's): a book with these
# and nothing else encrypted is not DRM-protected.
_FONT_OBFUSCATION = frozenset({
    "http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC",
})


def sniff(head: bytes) -> bool:
    """An EPUB's first zip entry is the uncompressed "mimetype" file, so its first bytes
    hold "mimetypeapplication/epub+zip" (OCF 3.0, section 4.3)."""
    return head.startswith(b"PK\x03\x04") and b"mimetypeapplication/epub+zip" in head[:100]


# HTML's named entities (&nbsp;, &auml;, &bdquo;) in a chapter: books made from HTML keep
# them, and XML knows only its own five, so a parser that does not load the XHTML DTD (none
# here: no network, no entity expansion) would drop them and glue "Das&nbsp;Haus" into
# "DasHaus". They are turned into numeric references, which every XML parser reads.
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _numeric_entity(match: re.Match[bytes]) -> bytes:
    name = match[1]
    if name in _XML_ENTITIES:
        return match[0]
    text = html.entities.html5.get(name.decode("ascii") + ";")
    return b"".join(b"&#%d;" % ord(c) for c in text) if text else match[0]


def _local(tag: object) -> str:
    from lxml import etree

    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _xml(book: zipfile.ZipFile, name: str, path: Path) -> etree._Element:
    try:
        info = book.getinfo(name)
    except KeyError:
        raise InputError(f"{path}: an EPUB book without {name}; it is damaged") from None
    if info.file_size > MAX_CHAPTER_BYTES:
        raise InputError(f"{path}: {name} in the EPUB unpacks to {info.file_size / 1e6:.0f} "
                         "MB, more than any book's chapter; the file is damaged or not a book")
    try:
        data = book.read(name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            zlib.error) as exc:
        raise InputError(f"{path}: a damaged EPUB book ({name}: {exc})") from None
    data = _ENTITY.sub(_numeric_entity, data)
    # Imported here: lxml (~0.01 s) is needed by books only, not by every build that reads
    # files.
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser) if data.strip() else None
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        raise InputError(f"{path}: a damaged EPUB book ({name} is not XML)")
    return root


def _open(path: Path) -> zipfile.ZipFile:
    try:
        if path.stat().st_size > MAX_BOOK_BYTES:
            raise InputError(f"{path}: larger than {MAX_BOOK_BYTES / 1e6:g} MB, more than any "
                             "EPUB book's text needs")
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InputError(f"{path}: not a readable EPUB book (a damaged zip: {exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _check_drm(book: zipfile.ZipFile, path: Path) -> None:
    """InputError when the book's text is encrypted (DRM): Adobe's rights.xml, or an
    encryption.xml that encrypts more than fonts."""
    names = set(book.namelist())
    if "META-INF/rights.xml" in names:
        raise InputError(f"{path}: a DRM-protected EPUB book (Adobe DRM); learner can read "
                         "only books without DRM")
    if "META-INF/encryption.xml" in names:
        root = _xml(book, "META-INF/encryption.xml", path)
        methods = {m.get("Algorithm", "") for m in root.iter()
                   if _local(m.tag) == "encryptionmethod"}
        if methods - _FONT_OBFUSCATION:
            raise InputError(f"{path}: a DRM-protected EPUB book (its text is encrypted); "
                             "learner can read only books without DRM")


class _Book:
    """The parts of the package document learner uses."""

    def __init__(self, book: zipfile.ZipFile, path: Path) -> None:
        container = _xml(book, "META-INF/container.xml", path)
        rootfile = container.find(".//c:rootfile", _NS)
        if rootfile is None or not rootfile.get("full-path"):
            raise InputError(f"{path}: a damaged EPUB book (container.xml names no package)")
        self.opf_name = rootfile.get("full-path")
        self.base = posixpath.dirname(self.opf_name)
        opf = _xml(book, self.opf_name, path)
        self.title = _text(opf.find(".//dc:title", _NS)) or path.stem
        self.author = _text(opf.find(".//dc:creator", _NS))
        self.language = _text(opf.find(".//dc:language", _NS))
        self.manifest: dict[str, tuple[str, str, str]] = {}
        for item in opf.iterfind(".//opf:manifest/opf:item", _NS):
            href = posixpath.normpath(posixpath.join(self.base, unquote(item.get("href", ""))))
            self.manifest[item.get("id", "")] = (href, item.get("media-type", ""),
                                                 item.get("properties", ""))
        spine = opf.find(".//opf:spine", _NS)
        self.toc_id = spine.get("toc", "") if spine is not None else ""
        # Items marked linear="no" (footnote pages, pop-ups) are outside the reading order.
        self.spine = [ref.get("idref", "") for ref in opf.iterfind(".//opf:spine/opf:itemref",
                                                                 _NS)
                      if ref.get("linear", "yes") != "no"]


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _toc_titles(book: zipfile.ZipFile, meta: _Book, path: Path) -> dict[str, str]:
    """The table of contents' title of each chapter file (the first entry pointing at it)."""
    titles: dict[str, str] = {}

    def add(href: str, label: str, base: str) -> None:
        file = posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))
        if label and file not in titles:
            titles[file] = label

    for href, _media, properties in meta.manifest.values():
        if "nav" in properties.split():
            nav = _xml(book, href, path)
            base = posixpath.dirname(href)
            for element in nav.iter():
                if _local(element.tag) == "nav" and (element.get(_OPS_TYPE) or "toc") == "toc":
                    for a in element.iter():
                        if _local(a.tag) == "a" and a.get("href"):
                            add(a.get("href"), _text(a), base)
    ncx = meta.manifest.get(meta.toc_id) or next(
        (m for m in meta.manifest.values() if m[1] == "application/x-dtbncx+xml"), None)
    if ncx:
        root = _xml(book, ncx[0], path)
        base = posixpath.dirname(ncx[0])
        for point in root.iterfind(".//ncx:navPoint", _NS):
            content = point.find("ncx:content", _NS)
            if content is not None and content.get("src"):
                add(content.get("src"), _text(point.find("ncx:navLabel", _NS)), base)
    return titles


def _drop(element: etree._Element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_not_text(element: etree._Element) -> bool:
    name = _local(element.tag)
    if name in _NOT_TEXT_TAGS:
        return True
    types = set((element.get(_OPS_TYPE) or element.get("epub:type") or "").split())
    if types & _NOT_TEXT_TYPES:
        return True
    if set((element.get("role") or "").split()) & _NOT_TEXT_ROLES:
        return True
    # A superscript that is only a number or a star is a note marker in any book.
    return name == "sup" and bool(_MARKER.fullmatch(_text(element) or "x"))


def chapter_text(root: etree._Element) -> tuple[str, str]:
    """A chapter's running text, one paragraph per block, and its first heading."""
    body = next((e for e in root.iter() if _local(e.tag) == "body"), root)
    for element in [e for e in body.iter() if _is_not_text(e)]:
        _drop(element)
    heading = next((_text(e) for e in body.iter()
                    if _local(e.tag) in {"h1", "h2", "h3"} and _text(e)), "")
    paragraphs: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        paragraph = " ".join("".join(parts).split())
        if paragraph:
            paragraphs.append(paragraph)
        parts.clear()

    def walk(element: etree._Element) -> None:
        block = _local(element.tag) in _BLOCKS
        if block:
            flush()
        if _local(element.tag) == "br":
            parts.append(" ")
        parts.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        if block:
            flush()

    walk(body)
    flush()
    # A blank line between blocks: a heading without a full stop does not run into the
    # first sentence, and no sentence spans two paragraphs.
    return "\n\n".join(paragraphs), heading


def _open_book(path: Path) -> tuple[zipfile.ZipFile, _Book]:
    book = _open(path)
    try:
        _check_drm(book, path)
        return book, _Book(book, path)
    except BaseException:
        book.close()
        raise


@lru_cache(maxsize=64)
def _title(path: Path, mtime: float) -> str:
    book, meta = _open_book(path)
    with book:
        return " ".join(normalize_text(meta.title).split())


def title_of(path: Path) -> str | None:
    """The book's title from its metadata (the deck is named after it), or None when the
    file cannot be read: reading it will say why."""
    try:
        return _title(path.resolve(), path.stat().st_mtime) or None
    except (InputError, OSError):
        return None


def read(path: Path) -> list[Article]:
    """One article per chapter with text, in reading order; InputError (naming the file) for a
    damaged, DRM-protected or empty book."""
    book, meta = _open_book(path)
    with book:
        titles = _toc_titles(book, meta, path)
        title = " ".join(normalize_text(meta.title).split()) or path.stem
        by = " ".join(normalize_text(meta.author).split())
        articles: list[Article] = []
        for number, idref in enumerate(meta.spine, 1):
            href, media, properties = meta.manifest.get(idref, ("", "", ""))
            if not href or "nav" in properties.split() or "html" not in media:
                continue
            text, heading = chapter_text(_xml(book, href, path))
            text = drop_overlong_runs(clean_body(normalize_text(text))).strip()
            if not any(c.isalpha() for c in text):
                continue  # a cover page, a picture, a blank page
            chapter = titles.get(href) or heading or f"{title} ({number})"
            articles.append(Article(
                path=f"{path}#{href}", text=text, source=f"{title}, {by}" if by else title,
                title=" ".join(normalize_text(chapter).split())))
    if not articles:
        raise InputError(f"{path}: an EPUB book with no text in its chapters")
    # The language is judged on the whole book, once, not chapter by chapter.
    warn_unless_german(replace(articles[0], path=str(path),
                               text="\n\n".join(a.text for a in articles[:20])))
    return articles
