"""Small inputs the tests write themselves: German and English text, a PNG, a PDF."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

GERMAN = (
    "Die Einmischung Russlands in den Wahlkampf wurde von Moskau zurückgewiesen. "
    "Nach zwei Stunden gingen die Gespräche auseinander, und beide Seiten äußerten sich "
    "zufrieden über die Größe der Fortschritte. Der Außenminister sprach von einem "
    "konstruktiven Treffen, bei dem man sich über viele Fragen geeinigt habe."
)
# A short article with a header, a separated verb ("wies ... zurück") and words of several
# frequency bands; the known-words and regeneration tests build decks from it.
SUMMIT = """title Gipfel in Hamburg
date 2017-07-07

Die Regierung wies jede Einmischung in den Wahlkampf entschieden zurück. Beide Seiten \
vereinbarten einen Waffenstillstand für den Südwesten des Landes.
Die Minister sprachen lange über die Abrüstung und über die Vorwürfe der Opposition. Am Abend \
unterzeichneten sie eine Rahmenvereinbarung.
"""


def summit_corpus(parent: Path, name: str = "a.txt") -> Path:
    """A new folder `corpus` in `parent` that holds SUMMIT as its one article, `name`."""
    corpus = parent / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(SUMMIT, encoding="utf-8")
    return corpus

ENGLISH = (
    "The meeting between the two presidents lasted more than two hours, and both sides said "
    "afterwards that they were pleased with the progress. The foreign minister spoke of a "
    "constructive meeting in which they had agreed on many questions about the war."
)


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def pdf_bytes() -> bytes:
    """A minimal PDF, as a PDF writer starts one (binary comment line, compressed stream)."""
    stream = zlib.compress(b"BT /F1 24 Tf 100 700 Td (Die Einmischung) Tj ET")
    head = b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\n"
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + head + b"stream\n" + stream
            + b"\nendstream\nendobj\n%%EOF\n")


PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Trump trifft Putin – SZ.de</title>
<meta property="og:title" content="Trump trifft Putin">
<meta name="date" content="2017-07-07">
<script>var werbung = "Jetzt kaufen"; alert(1)</script><style>p { color: red }</style></head>
<body><nav><a href="/">Startseite</a> | <a href="/politik">Politik</a></nav>
<article><h1>Trump trifft Putin</h1>
<p>Die Einmischung Russlands in den Wahlkampf wurde von Moskau zurückgewiesen.</p>
<p>Die Gespräche gingen nach zwei Stunden auseinander &amp; beide Seiten äußerten sich
zufrieden über &lt;script&gt; und die Größe der Fortschritte.</p>
</article><footer>Impressum Datenschutz Cookie-Einstellungen</footer></body></html>"""
