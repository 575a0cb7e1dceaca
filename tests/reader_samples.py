"""Files of every format learner reads, written by the tests themselves with German text
written for them: an EPUB, subtitles (SRT, VTT, ASS), a PDF, a Kindle vocab.db and a KOReader
vocabulary builder database. Each writer takes the folder or path and returns the path."""

from __future__ import annotations

import sqlite3
import zipfile
import zlib
from pathlib import Path

# --- EPUB -----------------------------------------------------------------------------------

BOOK_TITLE = "Der stille Hafen"
BOOK_AUTHOR = "Marta Beispiel"
CHAPTER_1 = "Erstes Kapitel: Die Ankunft"
CHAPTER_2 = "Zweites Kapitel: Der Sturm"

_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
 lang="de"><head><title>{title}</title><style>p {{ margin: 0 }}</style></head>
<body>{body}</body></html>"""

CHAPTERS = {
    "cover.xhtml": ("Umschlag", '<div><img src="cover.jpg" alt=""/></div>'),
    "kap1.xhtml": ("Kapitel 1", f"""<section epub:type="chapter"><h1>{CHAPTER_1}</h1>
<p>Am frühen Morgen erreichte die Fähre endlich die schmale <i>Anlegestelle</i> des
Dorfes.<a epub:type="noteref" href="notes.xhtml#n1"><sup>1</sup></a> Die Reisenden trugen ihre
Koffer über den nassen Steg.</p>
<p>Der Hafenmeister begrüßte jeden Gast mit einer tiefen Verbeugung und einem Becher heißem
Tee.</p>
<aside epub:type="footnote" id="n1"><p>Der Leuchtturmwärter hatte die Anlegestelle selbst
gebaut.</p></aside></section>"""),
    "kap2.xhtml": ("Kapitel 2", f"""<h1>{CHAPTER_2}</h1>
<p>In der Nacht brachte eine gewaltige Sturmflut die Fischkutter in große Gefahr.<span
epub:type="pagebreak" id="p12" title="12">12</span> Die Fischer banden ihre Boote mit doppelten
Tauen fest.</p>
<p>Erst gegen Mittag beruhigte sich das Meer, und die Kinder sammelten Muscheln am Strand.</p>"""),
    "notes.xhtml": ("Anmerkungen", """<section epub:type="endnotes"><ol>
<li id="n1">Der Leuchtturmwärter hatte die Anlegestelle selbst gebaut.</li></ol></section>"""),
}

_NAV = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Inhalt</title></head><body><nav epub:type="toc"><h1>Inhaltsverzeichnis</h1><ol>
<li><a href="kap1.xhtml">{c1}</a></li><li><a href="kap2.xhtml#anfang">{c2}</a></li>
</ol></nav></body></html>"""

_OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><dc:language>de</dc:language>
</metadata><manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
{items}</manifest><spine>
<itemref idref="nav"/>{refs}</spine></package>"""

# EPUB 2's table of contents: an NCX file named by the spine's toc attribute.
_NCX = """<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/>
<docTitle><text>{title}</text></docTitle><navMap>
<navPoint id="p1" playOrder="1"><navLabel><text>{c1}</text></navLabel>
<content src="kap1.xhtml"/></navPoint>
<navPoint id="p2" playOrder="2"><navLabel><text>{c2}</text></navLabel>
<content src="kap2.xhtml#anfang"/></navPoint></navMap></ncx>"""

_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf"
 media-type="application/oebps-package+xml"/></rootfiles></container>"""


def epub_file(path: Path, chapters: dict[str, tuple[str, str]] | None = None, *,
              title: str = BOOK_TITLE, extra: dict[str, str] | None = None,
              mimetype_first: bool = True, epub2: bool = False) -> Path:
    """An EPUB 3 book: a cover, two chapters with a note, a page-break marker and a table of
    contents, and endnotes outside the reading order (linear="no"). With `epub2`, an EPUB 2
    book, whose table of contents is an NCX file instead of a navigation document."""
    chapters = CHAPTERS if chapters is None else chapters
    items = "".join(f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>\n'
                    for i, name in enumerate(chapters))
    linear = ' linear="no"'  # the endnotes are read only when a note is followed
    refs = "".join(f'<itemref idref="c{i}"{linear if name == "notes.xhtml" else ""}/>'
                   for i, name in enumerate(chapters))
    with zipfile.ZipFile(path, "w") as book:
        if mimetype_first:
            book.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", _CONTAINER)
        opf = _OPF.format(title=title, author=BOOK_AUTHOR, items=items, refs=refs)
        if epub2:
            opf = (opf.replace('version="3.0"', 'version="2.0"')
                   .replace('href="nav.xhtml" media-type="application/xhtml+xml" '
                            'properties="nav"',
                            'href="toc.ncx" media-type="application/x-dtbncx+xml"')
                   .replace("<spine>", '<spine toc="nav">').replace('<itemref idref="nav"/>', ""))
            book.writestr("OEBPS/toc.ncx", _NCX.format(title=title, c1=CHAPTER_1, c2=CHAPTER_2))
        else:
            book.writestr("OEBPS/nav.xhtml", _NAV.format(c1=CHAPTER_1, c2=CHAPTER_2),
                          zipfile.ZIP_DEFLATED)
        book.writestr("OEBPS/content.opf", opf)
        for name, (head, body) in chapters.items():
            book.writestr(f"OEBPS/{name}", _XHTML.format(title=head, body=body),
                          zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return path


ADOBE_ENCRYPTION = """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/kap1.xhtml"/></enc:CipherData>
</enc:EncryptedData></encryption>"""

FONT_OBFUSCATION = """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData>
</enc:EncryptedData></encryption>"""

# --- subtitles ------------------------------------------------------------------------------

# One sentence runs across two cues and a line break; a speaker label, a sound description,
# formatting tags and a dialogue dash stand where a subtitler puts them.
SRT = """1
00:00:01,000 --> 00:00:03,500
<i>ANNA: Wir müssen die Vereinbarung</i>
noch heute unterschreiben,

2
00:00:03,600 --> 00:00:06,000
[Musik]
sonst verfällt das Angebot. (seufzt)

3
00:01:10,000 --> 00:01:12,000
- Hast du den Schlüssel gefunden?
- Er lag unter der <b>Fußmatte</b>.
"""

VTT = """WEBVTT

00:00:02.000 --> 00:00:04.000
<v Jonas>Die Bürgermeisterin hat die
<i>Sitzung</i> vertagt,

00:00:04.500 --> 00:00:07.000 align:start
weil die Unterlagen fehlten. [Gelächter]

00:02:05.000 --> 00:02:08.000
(Telefon klingelt)
Morgen beginnt die Weinlese im Tal.
"""

ASS = """[Script Info]
ScriptType: v4.00+
PlayResX: 1280
PlayResY: 720

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, \
Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, \
Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,40,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,\
2,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:03.00,0:00:05.00,Default,,0,0,0,,{\\i1}Der Schmied{\\i0} reparierte\\Nden \
zerbrochenen Pflug
Dialogue: 0,0:00:05.20,0:00:07.00,Default,,0,0,0,,noch vor dem Gewitter. {\\an8}[Donner]
Comment: 0,0:00:08.00,0:00:09.00,Default,,0,0,0,,Übersetzung prüfen: Hufeisen
Dialogue: 0,0:03:15.00,0:03:18.00,Default,,0,0,0,,{\\b1}Die Ernte{\\b0} war dieses Jahr \
besonders üppig.
"""


def subtitle_file(path: Path, text: str) -> Path:
    path.write_text(text.replace("\\\n", ""), encoding="utf-8")
    return path


# --- PDF ------------------------------------------------------------------------------------

PDF_TITLE = "Bericht über die Hafenstadt"
# Each page: its lines as a typesetter set them, hyphenating at the line's end. A running
# header and a page number ("Seite N") stand on every page.
PDF_PAGES = [
    ["Die Stadtverwaltung legte gestern eine neue Verein-",
     "barung über die Nutzung des Hafens vor. Die EU-",
     "Kommission hatte die Pläne zuvor geprüft und",
     "gebilligt.",
     "Die Anwohner begrüßten die Entscheidung, weil der",
     "Lärm der Lastwagen deutlich abnehmen soll."],
    ["Im Frühjahr beginnen die Bauarbeiten an der neuen",
     "Kaimauer. Die Ein- und Ausfahrt der Schiffe bleibt",
     "während der Arbeiten frei, versprach die Hafenbehör-",
     "de in einer Mitteilung."],
    ["Die Kosten trägt zu einem großen Teil das Land.",
     "Kritiker bemängeln die fehlende Bürgerbeteili-",
     "gung bei der Planung der Umgehungsstraße."],
]
PDF_HEADER = "Hafenbericht – Ausgabe Mai"


def _pdf_string(text: str) -> bytes:
    data = text.encode("cp1252")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_file(path: Path, pages: list[list[str]] | None = None, *, header: str = PDF_HEADER,
             title: str = PDF_TITLE, text_layer: bool = True) -> Path:
    """A PDF with one page per list of lines, a running header and a page number on each,
    in Helvetica (WinAnsiEncoding, so umlauts are single bytes). Without a text layer each
    page is only a grey rectangle, as a scan without OCR is only a picture."""
    pages = PDF_PAGES if pages is None else pages
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 2 * len(pages) + 1
    kids = []
    for number, lines in enumerate(pages, 1):
        if text_layer:
            ops = [b"BT /F1 10 Tf 72 800 Td " + _pdf_string(header) + b" Tj ET"]
            for i, line in enumerate(lines):
                ops.append(b"BT /F1 12 Tf 72 %d Td " % (760 - 16 * i) + _pdf_string(line)
                           + b" Tj ET")
            ops.append(b"BT /F1 10 Tf 280 40 Td " + _pdf_string(f"Seite {number}") + b" Tj ET")
        else:
            ops = [b"0.5 g 72 72 450 700 re f"]
        stream = zlib.compress(b"\n".join(ops))
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                      + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, font, content)))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title " + _pdf_string(title) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, xref))
    path.write_bytes(bytes(out))
    return path


def encrypted_pdf(path: Path, source: Path) -> Path:
    """`source` encrypted with a password to open it (RC4, which pypdf writes without the
    cryptography package)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt("geheim", algorithm="RC4-128")
    with path.open("wb") as file:
        writer.write(file)
    return path


# --- e-reader look-ups ----------------------------------------------------------------------

# (word as looked up, stem, sentence, book). "Haus" is as common as German words get: a
# look-up makes it a card all the same.
KINDLE_LOOKUPS = [
    ("Anlegestelle", "Anlegestelle", "Die Fähre erreichte am Morgen die schmale Anlegestelle.",
     BOOK_TITLE),
    ("Verbeugung", "Verbeugung", "Der Hafenmeister begrüßte jeden Gast mit einer tiefen "
     "Verbeugung.", BOOK_TITLE),
    ("Haus", "Haus", "Das Haus am Deich gehörte seit Jahren der Familie.", "Am Deich"),
]
KINDLE_FOREIGN = ("lighthouse", "lighthouse", "The lighthouse keeper waved.", "Sea Stories")


def kindle_db(path: Path, lookups=KINDLE_LOOKUPS, foreign=(KINDLE_FOREIGN,)) -> Path:
    """A Kindle vocab.db with Kindle's own tables."""
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE WORDS (id TEXT PRIMARY KEY NOT NULL UNIQUE, word TEXT, stem TEXT,
                lang TEXT, category INTEGER DEFAULT 0, timestamp INTEGER DEFAULT 0,
                profileid TEXT);
            CREATE TABLE LOOKUPS (id TEXT PRIMARY KEY NOT NULL, word_key TEXT, book_key TEXT,
                dict_key TEXT, pos TEXT, usage TEXT, timestamp INTEGER DEFAULT 0);
            CREATE TABLE BOOK_INFO (id TEXT PRIMARY KEY NOT NULL, asin TEXT, guid TEXT,
                lang TEXT, title TEXT, authors TEXT);
            CREATE TABLE DICT_INFO (id TEXT PRIMARY KEY NOT NULL, asin TEXT, langin TEXT,
                langout TEXT);
            CREATE TABLE METADATA (id TEXT PRIMARY KEY NOT NULL, dsname TEXT, sscnt INTEGER,
                profileid TEXT);
            CREATE TABLE VERSION (id TEXT PRIMARY KEY NOT NULL, dsname TEXT, value INTEGER);
        """)
        rows = [(w, s, u, b, "de") for w, s, u, b in lookups] + \
            [(w, s, u, b, "en") for w, s, u, b in foreign]
        for i, (word, stem, usage, book, lang) in enumerate(rows):
            db.execute("INSERT OR IGNORE INTO BOOK_INFO VALUES (?, ?, ?, ?, ?, ?)",
                       (f"book-{book}", "", "", lang, book, BOOK_AUTHOR))
            db.execute("INSERT INTO WORDS VALUES (?, ?, ?, ?, 0, ?, '')",
                       (f"{lang}:{word}", word, stem, lang, 1_700_000_000 + i))
            db.execute("INSERT INTO LOOKUPS VALUES (?, ?, ?, '', '', ?, ?)",
                       (f"lookup-{i}", f"{lang}:{word}", f"book-{book}", usage,
                        1_700_000_000 + i))
    return path


# (word, highlight, text before, text after, book): the context KOReader keeps runs over
# sentence ends, which the reader cuts away.
KOREADER_LOOKUPS = [
    ("Sturmflut", "Sturmflut", "Es war still. In der Nacht brachte eine gewaltige ",
     " die Fischkutter in Gefahr. Danach kam", BOOK_TITLE),
    ("Muschel", "Muscheln", "Das Meer beruhigte sich, und die Kinder sammelten ",
     " am Strand. Später", BOOK_TITLE),
    ("gehen", "ging", "Am Abend ", " der Vater noch einmal zum Hafen hinunter.", "Am Deich"),
]


def koreader_db(path: Path, lookups=KOREADER_LOOKUPS) -> Path:
    """A KOReader vocabulary_builder.sqlite3 with KOReader's own tables."""
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE IF NOT EXISTS "vocabulary" ("word" TEXT NOT NULL UNIQUE,
                "title_id" INTEGER, "create_time" INTEGER NOT NULL, "review_time" INTEGER,
                "due_time" INTEGER NOT NULL, "review_count" INTEGER NOT NULL DEFAULT 0,
                "prev_context" TEXT, "next_context" TEXT,
                "streak_count" INTEGER NOT NULL DEFAULT 0, "highlight" TEXT,
                PRIMARY KEY("word"));
            CREATE TABLE IF NOT EXISTS "title" ("id" INTEGER NOT NULL UNIQUE, "name" TEXT
                UNIQUE, "filter" INTEGER NOT NULL DEFAULT 1, PRIMARY KEY("id" AUTOINCREMENT));
        """)
        for i, (word, marked, before, after, book) in enumerate(lookups):
            db.execute("INSERT OR IGNORE INTO title (name) VALUES (?)", (book,))
            (title_id,) = db.execute("SELECT id FROM title WHERE name = ?", (book,)).fetchone()
            db.execute("INSERT INTO vocabulary (word, title_id, create_time, due_time, "
                       "prev_context, next_context, highlight) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (word, title_id, 1_700_000_000 + i, 1_700_100_000, before, after,
                        marked))
    return path


# --- fuzzing seeds --------------------------------------------------------------------------

def seed_files(folder: Path) -> dict[str, bytes]:
    """One valid file of every format, as bytes keyed by its suffix: what the fuzzers damage."""
    made = {
        ".epub": epub_file(folder / "seed.epub"),
        ".pdf": pdf_file(folder / "seed.pdf"),
        ".srt": subtitle_file(folder / "seed.srt", SRT),
        ".vtt": subtitle_file(folder / "seed.vtt", VTT),
        ".ass": subtitle_file(folder / "seed.ass", ASS),
        ".db": kindle_db(folder / "seed.db"),
        ".sqlite3": koreader_db(folder / "seed.sqlite3"),
    }
    return {suffix: path.read_bytes() for suffix, path in made.items()}


def damage(data: bytes, cut: int | None, flips: list[tuple[int, int]], insert: bytes) -> bytes:
    """`data` truncated at `cut` (a share of its length, in thousandths), with bytes replaced
    at the positions given (thousandths too) and `insert` put in at the middle."""
    out = bytearray(data)
    for where, value in flips:
        if out:
            out[where * len(out) // 1000 % len(out)] = value
    middle = len(out) // 2
    out[middle:middle] = insert
    return bytes(out[: cut * len(out) // 1000] if cut is not None else out)
