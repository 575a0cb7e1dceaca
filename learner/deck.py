"""Deck: the Anki note type, notes made from words, and the .apkg file.

Anki matches notes on re-import by GUID, so each note's GUID is derived from what identifies
the word, (lemma, part of speech), never from its fields: a regenerated deck then updates the
notes a learner already studies instead of adding copies. The note type's fields are fixed;
adding one later would make Anki fork the note type for everyone who imported it.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import genanki

from learner.dictionary import EMPTY, Entry
from learner.errors import OutputError
from learner.vocabulary import Example, Word

# Random once, then fixed forever: Anki knows our note type by this id.
NOTE_TYPE_ID = 1_734_902_611
NOTE_TYPE_NAME = "learner German word"
GUID_NAMESPACE = "learner"
MAX_EXAMPLES = 3

# The note type's fields, in order. Lemma is first and the sort field. The three Add* fields
# switch card kinds on per note ("y" or empty), the way Anki's own "Basic (optional reversed
# card)" does, so a card kind can be switched without changing the note type.
FIELDS = (
    "Lemma",  # bare dictionary form: Einmischung, auseinandergehen
    "Headword",  # what the learner learns to say: "die Einmischung, -en", "sich treffen"
    "PartOfSpeech",  # noun, verb, adjective, adverb
    "Gender",  # der / die / das, nouns only
    "Plural",  # plural form, nouns only
    "Gloss",  # English meaning(s)
    "Examples",  # up to 3 article sentences, word highlighted (HTML list)
    "Cloze",  # one example sentence with the word blanked out
    "ClozeAnswer",  # the words that fill the blank, as written in that sentence
    "Source",  # article title and date
    "Zipf",  # frequency on the Zipf scale, for sorting and for the learner's curiosity
    "Forms",  # the inflected forms seen in the articles
    "AddRecognition",
    "AddProduction",
    "AddCloze",
)

POS_NAMES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adjective", "ADV": "adverb"}
ARTICLES = {"m": "der", "f": "die", "n": "das"}
CARD_KINDS = ("recognition", "production", "cloze")

_FRONT_RECOGNITION = """\
{{#AddRecognition}}
<div class="kind">German → English</div>
<div class="word {{Gender}}">{{Headword}}</div>
<div class="pos">{{PartOfSpeech}}</div>
{{/AddRecognition}}"""

_BACK_RECOGNITION = """\
{{FrontSide}}
<hr id="answer">
<div class="gloss">{{Gloss}}</div>
{{#Plural}}<div class="plural">Plural: {{Plural}}</div>{{/Plural}}
<div class="examples">{{Examples}}</div>
<div class="source">{{Source}}</div>"""

_FRONT_PRODUCTION = """\
{{#AddProduction}}{{#Gloss}}
<div class="kind">English → German</div>
<div class="gloss prompt">{{Gloss}}</div>
<div class="pos">{{PartOfSpeech}}</div>
{{/Gloss}}{{/AddProduction}}"""

_BACK_PRODUCTION = """\
{{FrontSide}}
<hr id="answer">
<div class="word {{Gender}}">{{Headword}}</div>
{{#Plural}}<div class="plural">Plural: {{Plural}}</div>{{/Plural}}
<div class="examples">{{Examples}}</div>
<div class="source">{{Source}}</div>"""

_FRONT_CLOZE = """\
{{#AddCloze}}{{#Cloze}}
<div class="kind">Fill the gap</div>
<div class="sentence">{{Cloze}}</div>
<div class="hint">{{PartOfSpeech}}{{#Gloss}}: {{Gloss}}{{/Gloss}}</div>
{{/Cloze}}{{/AddCloze}}"""

_BACK_CLOZE = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{ClozeAnswer}}</div>
<div class="word {{Gender}}">{{Headword}}</div>
<div class="source">{{Source}}</div>"""

CSS = """\
.card { font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 20px;
  line-height: 1.5; color: #1f2328; background: #fdfdfb; text-align: center;
  max-width: 38em; margin: 0 auto; padding: 0.5em 1em; }
.kind { font-size: 0.65em; letter-spacing: 0.08em; text-transform: uppercase; color: #8b949e; }
.word { font-size: 1.8em; font-weight: 600; margin: 0.2em 0; }
.word.m { color: #1f6feb; } .word.f { color: #cf222e; } .word.n { color: #1a7f37; }
.pos, .plural, .source, .hint { color: #57606a; font-size: 0.8em; }
.gloss { font-size: 1.15em; margin: 0.4em 0; }
.gloss.prompt { font-size: 1.4em; }
.examples ul { text-align: left; padding-left: 1.2em; margin: 0.6em 0; }
.examples li { margin: 0.3em 0; }
.examples b, .answer { color: #9a6700; }
.sentence { text-align: left; font-size: 1.05em; margin: 0.8em 0; }
.blank { display: inline-block; min-width: 3em; border-bottom: 2px solid #9a6700;
  color: #9a6700; }
.answer { font-size: 1.4em; font-weight: 600; }
.source { margin-top: 1em; font-style: italic; }
.nightMode .card, .card.nightMode { color: #e6edf3; background: #0d1117; }
.nightMode .word.m { color: #58a6ff; } .nightMode .word.f { color: #ff7b72; }
.nightMode .word.n { color: #3fb950; }
"""

NOTE_TYPE = genanki.Model(
    NOTE_TYPE_ID,
    NOTE_TYPE_NAME,
    fields=[{"name": name} for name in FIELDS],
    templates=[
        {"name": "Recognition", "qfmt": _FRONT_RECOGNITION, "afmt": _BACK_RECOGNITION},
        {"name": "Production", "qfmt": _FRONT_PRODUCTION, "afmt": _BACK_PRODUCTION},
        {"name": "Cloze", "qfmt": _FRONT_CLOZE, "afmt": _BACK_CLOZE},
    ],
    css=CSS,
    sort_field_index=0,
)


@dataclass(frozen=True)
class DeckSummary:
    path: Path
    deck_name: str
    notes: int
    cards: int


def note_guid(word: Word) -> str:
    """A word's note GUID: stable across builds, whatever else on the card changes."""
    return genanki.guid_for(GUID_NAMESPACE, word.lemma, word.pos)


def deck_id(deck_name: str) -> int:
    """A stable deck id from the deck's name (genanki wants it chosen by the caller)."""
    digest = hashlib.sha256(deck_name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def headword(word: Word, entry: Entry) -> str:
    """The form a learner says: nouns with article and plural ending, others bare."""
    if word.pos == "NOUN" and entry.gender in ARTICLES:
        text = f"{ARTICLES[entry.gender]} {word.lemma}"
        if entry.plural:
            text += f", {plural_suffix(word.lemma, entry.plural)}"
        return text
    return word.lemma


def plural_suffix(singular: str, plural: str) -> str:
    """Dictionary notation for a plural: "-en" for Einmischungen, "¨-e" for Vorwürfe."""
    if plural == singular:
        return "-"
    if plural.startswith(singular):
        return "-" + plural[len(singular) :]
    return plural


def highlight(example: Example) -> str:
    """The sentence as HTML, escaped, with the word's occurrences in <b>."""
    out, last = [], 0
    for start, end in example.highlights:
        out.append(html.escape(example.sentence[last:start]))
        out.append("<b>" + html.escape(example.sentence[start:end]) + "</b>")
        last = end
    out.append(html.escape(example.sentence[last:]))
    return "".join(out)


def cloze(example: Example) -> tuple[str, str]:
    """The sentence as HTML with the word blanked out, and the words that fill the blanks."""
    out, answers, last = [], [], 0
    for start, end in example.highlights:
        out.append(html.escape(example.sentence[last:start]))
        out.append('<span class="blank">[…]</span>')
        answers.append(example.sentence[start:end])
        last = end
    out.append(html.escape(example.sentence[last:]))
    return "".join(out), html.escape(" … ".join(answers))


def choose_examples(word: Word, limit: int = MAX_EXAMPLES) -> list[Example]:
    """Up to `limit` examples, in article order, each sentence once."""
    chosen: list[Example] = []
    seen: set[str] = set()
    for example in word.examples:
        if example.sentence not in seen:
            seen.add(example.sentence)
            chosen.append(example)
        if len(chosen) == limit:
            break
    return chosen


def zipf_band(zipf: float | None) -> str:
    if not zipf:
        return "unknown"
    low = int(zipf * 2) / 2
    return f"{low:.1f}-{low + 0.5:.1f}"


def _tag(text: str) -> str:
    # Anki tags are space-separated; keep them to one token of safe characters.
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text)[:60] or "article"


def make_note(word: Word, entry: Entry, card_kinds: Sequence[str] = CARD_KINDS) -> genanki.Note:
    examples = choose_examples(word)
    cloze_html, cloze_answer = cloze(examples[0]) if examples else ("", "")
    examples_html = "<ul>" + "".join(f"<li>{highlight(e)}</li>" for e in examples) + "</ul>"
    fields = {
        "Lemma": html.escape(word.lemma),
        "Headword": html.escape(headword(word, entry)),
        "PartOfSpeech": POS_NAMES.get(word.pos, word.pos.lower()),
        "Gender": html.escape(entry.gender),
        "Plural": html.escape(entry.plural),
        "Gloss": ("≈ " if entry.approximate and entry.gloss else "") + html.escape(entry.gloss),
        "Examples": examples_html if examples else "",
        "Cloze": cloze_html,
        "ClozeAnswer": cloze_answer,
        "Source": html.escape("; ".join(word.articles[:MAX_EXAMPLES])),
        "Zipf": f"{word.zipf:.2f}" if word.zipf is not None else "",
        "Forms": html.escape(", ".join(word.forms)),
        "AddRecognition": "y" if "recognition" in card_kinds else "",
        "AddProduction": "y" if "production" in card_kinds else "",
        "AddCloze": "y" if "cloze" in card_kinds else "",
    }
    tags = [f"pos::{POS_NAMES.get(word.pos, word.pos.lower())}", f"zipf::{zipf_band(word.zipf)}"]
    tags += [f"article::{_tag(a)}" for a in word.articles[:MAX_EXAMPLES]]
    return genanki.Note(
        model=NOTE_TYPE,
        fields=[fields[name] for name in FIELDS],
        guid=note_guid(word),
        tags=tags,
    )


def build_package(
    words: Sequence[Word],
    entries: Mapping[tuple[str, str], Entry],
    deck_name: str,
    card_kinds: Sequence[str] = CARD_KINDS,
) -> genanki.Package:
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for word in words:
        deck.add_note(make_note(word, entries.get(word.key, EMPTY), card_kinds))
    return genanki.Package(deck)


def check_output(path: Path) -> None:
    """OutputError unless a deck can be written at `path`: not a folder, in a folder that
    exists (or can be made) and takes new files."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name ending in .apkg")
    # The folder is made only when the deck is written; here its nearest existing ancestor
    # must be a folder that takes a new file. The root always exists.
    existing = next(p for p in (path.parent, *path.parent.parents) if p.exists())
    if not existing.is_dir():
        raise OutputError(f"{path.parent}: cannot write there ({existing} is a file, "
                          "not a folder)")
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=existing)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write there ({exc.strerror or exc})") from None
    os.close(fd)
    os.unlink(probe)


def _temporary_beside(path: Path) -> tuple[int, str]:
    # Beside the target, so that the final rename stays on one file system and is atomic.
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except (FileExistsError, NotADirectoryError):
        # "-o article.txt/deck.apkg": a file stands where a folder would have to be.
        blocker = next((p for p in (folder, *folder.parents) if p.is_file()), folder)
        raise OutputError(f"{folder}: cannot write there ({blocker} is a file, "
                          "not a folder)") from None
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write there ({exc.strerror or exc})") from None


def _umask() -> int:
    # The only way to read the umask is to set it; it is set back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_package(package: genanki.Package, path: Path, timestamp: float | None = None) -> None:
    """Write the .apkg atomically: a temporary file beside the target, renamed into place.

    An interrupted or failed build leaves the previous deck as it was and no partial file.
    genanki's own write_to_file is not used: it leaves its SQLite file behind in the system's
    temporary folder on every build. The same two steps are done here, in a folder that is
    removed afterwards.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name ending in .apkg")
    timestamp = timestamp if timestamp is not None else time.time()
    fd, tmp = _temporary_beside(path)
    os.close(fd)
    try:
        with tempfile.TemporaryDirectory(prefix="learner-") as work:
            db = os.path.join(work, "collection.anki2")
            conn = sqlite3.connect(db)
            try:
                ids = itertools.count(int(timestamp * 1000))
                package.write_to_db(conn.cursor(), timestamp, ids)
                conn.commit()
            finally:
                conn.close()
            with zipfile.ZipFile(tmp, "w") as apkg:
                apkg.write(db, "collection.anki2")
                apkg.writestr("media", "{}")
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())  # on disk before it replaces the previous deck
        # mkstemp makes the file private (0600); a deck is an ordinary file.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise OutputError(f"{path}: cannot write the deck ({reason})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
