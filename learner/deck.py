"""Deck: the Anki note type, notes made from words, and the .apkg file.

Anki matches notes on re-import by GUID, so each note's GUID is derived from what identifies
the word, (lemma, part of speech), never from its fields: a regenerated deck then updates the
notes a learner already studies instead of adding copies. The note type's fields are fixed;
adding one later would make Anki fork the note type for everyone who imported it. They
were changed once, in learner 0.x's audio release: fields for pronunciation and the ones later
features are foreseen to need were appended after the first fifteen, and a fourth card kind
(listening) after the first three, so earlier notes and cards keep their places (see
docs/anki.md, "The one note-type change").
"""

from __future__ import annotations

import hashlib
import heapq
import html
import itertools
import json
import marshal
import os
import re
import sqlite3
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from pathlib import Path

from learner.dictionary import (
    EMPTY,
    Entry,
    compound_parts,
    entry_values,
    is_reflexive,
)
from learner.errors import OutputError, UsageError
from learner.genanki_import import genanki
from learner.lexicon import pronunciations
from learner.vocabulary import Example, Word

# Random once, then fixed forever: Anki knows our note type by this id.
NOTE_TYPE_ID = 1_734_902_611
NOTE_TYPE_NAME = "learner German word"
GUID_NAMESPACE = "learner"
MAX_EXAMPLES = 3
# The SQLite collection inside an .apkg, newest legacy name first: genanki writes
# collection.anki2, Anki 2.1's own exports collection.anki21 (its zstd-compressed
# collection.anki21b is read only by learner.known, which needs it for Anki's exports).
PACKAGE_COLLECTIONS = ("collection.anki21", "collection.anki2")

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
    # Appended in the one note-type change (docs/anki.md): never reorder, rename or remove.
    # A field appended later would fork the note type again, so the ones later features are
    # foreseen to need are here already, empty until they fill them.
    "IPA",  # the headword's pronunciation from German Wiktionary
    "Audio",  # [sound:...] of the word, spoken by espeak-ng (learner.audio)
    "Sentence",  # the first example as plain text: what SentenceAudio says
    "SentenceAudio",  # [sound:...] of that sentence
    "WordTTS",  # the word, when Anki's own text-to-speech is to say it (--audio tts)
    "SentenceTTS",  # the sentence, likewise (--audio tts+sentence)
    "SentenceTranslation",  # reserved: an English translation of the sentence
    "Image",  # reserved: a picture of the word
    "Level",  # reserved: the CEFR level a word list gives the word
    "AddListening",  # switches the listening card (hear the word, recall it) on per note
)

POS_NAMES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adjective", "ADV": "adverb"}
ARTICLES = {"m": "der", "f": "die", "n": "das"}
# What the headword says of a noun German hardly uses in the plural (der Markenschutz).
RARE_PLURAL = "meist ohne Plural"
# What the headword says of a noun German uses only in the plural (die Eltern), as Duden's
# "nur im Plural" does.
PLURAL_ONLY = "nur Plural"
CARD_KINDS = ("recognition", "production", "cloze", "listening")
# The kinds made when none are chosen: listening cards only on request, as they need audio.
DEFAULT_CARD_KINDS = ("recognition", "production", "cloze")

# Card templates. Each front is wrapped in its Add* field, so a card kind switched off for a
# note renders empty and Anki makes no card of it. Backs start with {{FrontSide}} and the
# <hr id="answer"> Anki scrolls to; a back's own examples replace the front's single context
# sentence (hidden on the back by CSS), so no sentence is shown twice.
#
# The word's pronunciation goes under the headword wherever the headword is shown: its IPA
# and a play button, either learner's recording ({{Audio}}, a [sound:] tag) or Anki's own
# text-to-speech of the word ({{tts}} of WordTTS); a build fills one of the two, or neither.
# The sentence's play button goes beside the examples on the back, likewise.
_PRONUNCIATION = """\
{{#IPA}}<div class="ipa">[{{IPA}}]</div>{{/IPA}}
<div class="audio">{{Audio}}{{#WordTTS}}{{tts de_DE:WordTTS}}{{/WordTTS}}</div>"""

_SENTENCE_AUDIO = """\
<div class="audio">{{SentenceAudio}}\
{{#SentenceTTS}}{{tts de_DE:SentenceTTS}}{{/SentenceTTS}}</div>"""

_FRONT_RECOGNITION = f"""\
{{{{#AddRecognition}}}}
<div class="kind">German → English</div>
<div class="word {{{{Gender}}}}">{{{{Headword}}}}</div>
{_PRONUNCIATION}
<div class="pos">{{{{PartOfSpeech}}}}</div>
<div class="examples context">{{{{Examples}}}}</div>
{{{{/AddRecognition}}}}"""

_BACK_RECOGNITION = f"""\
<div class="back">{{{{FrontSide}}}}</div>
<hr id="answer">
<div class="gloss">{{{{#Gloss}}}}{{{{Gloss}}}}{{{{/Gloss}}}}{{{{^Gloss}}}}<span class="missing">no \
gloss in the dictionary</span>{{{{/Gloss}}}}</div>
<div class="examples">{{{{Examples}}}}</div>
{_SENTENCE_AUDIO}
<div class="source">{{{{Source}}}}</div>"""

_FRONT_PRODUCTION = """\
{{#AddProduction}}{{#Gloss}}
<div class="kind">English → German</div>
<div class="gloss prompt">{{Gloss}}</div>
<div class="pos">{{PartOfSpeech}}</div>
{{/Gloss}}{{/AddProduction}}"""

_BACK_PRODUCTION = f"""\
{{{{FrontSide}}}}
<hr id="answer">
<div class="word {{{{Gender}}}}">{{{{Headword}}}}</div>
{_PRONUNCIATION}
<div class="examples">{{{{Examples}}}}</div>
{_SENTENCE_AUDIO}
<div class="source">{{{{Source}}}}</div>"""

_FRONT_CLOZE = """\
{{#AddCloze}}{{#Cloze}}
<div class="kind">Fill the gap</div>
<div class="sentence">{{Cloze}}</div>
<div class="hint">{{PartOfSpeech}}{{#Gloss}}: {{Gloss}}{{/Gloss}}</div>
{{/Cloze}}{{/AddCloze}}"""

# The cloze's back shows the sentence again with the gap filled: the first example is the one
# the gap was cut from (see make_note), highlighted where the blank was.
_BACK_CLOZE = f"""\
<div class="kind">Fill the gap</div>
<div class="sentence examples context">{{{{Examples}}}}</div>
{_SENTENCE_AUDIO}
<div class="hint">{{{{PartOfSpeech}}}}{{{{#Gloss}}}}: {{{{Gloss}}}}{{{{/Gloss}}}}</div>
<hr id="answer">
<div class="word {{{{Gender}}}}">{{{{Headword}}}}</div>
{_PRONUNCIATION}
<div class="source">{{{{Source}}}}</div>"""

# The listening card: the word is heard, and the learner recalls it and its meaning. Its
# front is only the play button, so without audio it renders empty and Anki makes no card.
_LISTEN_BUTTON = """\
<div class="kind">Listen</div>
<div class="audio listen">{{Audio}}{{#WordTTS}}{{tts de_DE:WordTTS}}{{/WordTTS}}</div>"""

_FRONT_LISTENING = (
    "{{#AddListening}}{{#Audio}}\n" + _LISTEN_BUTTON + "\n{{/Audio}}"
    "{{^Audio}}{{#WordTTS}}\n" + _LISTEN_BUTTON + "\n{{/WordTTS}}{{/Audio}}{{/AddListening}}")

_BACK_LISTENING = """\
{{FrontSide}}
<hr id="answer">
<div class="word {{Gender}}">{{Headword}}</div>
{{#IPA}}<div class="ipa">[{{IPA}}]</div>{{/IPA}}
<div class="gloss">{{Gloss}}</div>
<div class="examples">{{Examples}}</div>
<div class="source">{{Source}}</div>"""

# Noun colours follow the common learner convention (der blue, die red, das green); the Gender
# field ("m", "f", "n") is the class that picks the colour.
CSS = """\
.card { font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 19px;
  line-height: 1.5; color: #1f2328; background: #fdfdfb; text-align: center;
  max-width: 38em; margin: 0 auto; padding: 0.5em 1em; }
.kind { font-size: 0.65em; letter-spacing: 0.08em; text-transform: uppercase; color: #8b949e; }
.word { font-size: 1.6em; font-weight: 600; margin: 0.1em 0; }
.word.m { color: #1f6feb; } .word.f { color: #cf222e; } .word.n { color: #1a7f37; }
.pos, .source, .hint, .missing { color: #57606a; font-size: 0.8em; }
.gloss { font-size: 1.15em; margin: 0.4em 0; }
.gloss.prompt { font-size: 1.4em; }
.examples { font-size: 0.92em; }
.examples ul { text-align: left; padding-left: 1.2em; margin: 0.5em 0; }
.examples li { margin: 0.25em 0; }
.examples .from { color: #8b949e; font-size: 0.75em; font-style: italic; white-space: nowrap; }
.context ul { list-style: none; padding-left: 0; }
.context li:not(:first-child), .back .context { display: none; }
.examples b { color: #9a6700; }
.sentence.examples { font-size: 1.05em; }
.sentence.examples ul { margin: 0; }
.sentence { text-align: left; font-size: 1.05em; margin: 0.8em 0; }
.blank { display: inline-block; min-width: 3em; border-bottom: 2px solid #9a6700;
  color: #9a6700; }
.source { margin-top: 0.8em; font-style: italic; }
hr#answer { margin: 0.6em 0; border: 0; border-top: 1px solid #d0d7de; }
.source::before { content: "from: "; }
.ipa { color: #57606a; font-size: 0.85em; font-family: "Noto Sans", "Doulos SIL",
  "Charis SIL", "Segoe UI", sans-serif; }
.audio { margin: 0.1em 0; }
.audio.listen { font-size: 1.6em; margin: 0.5em 0; }
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
        {"name": "Listening", "qfmt": _FRONT_LISTENING, "afmt": _BACK_LISTENING},
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
    found = _GUIDS.get(word.key)
    if found is None:
        found = _remember_guid(word.key, genanki.guid_for(GUID_NAMESPACE, word.lemma, word.pos))
    return found


# The GUIDs found, by (lemma, part of speech): the notes and their recordings each ask, and
# genanki hashes with SHA-256 and re-encodes (~15 µs a word). `NotesMade` adds those of the
# notes it takes from an earlier build.
_GUIDS: dict[tuple[str, str], str] = {}
_GUIDS_KEPT = 2**17


def _remember_guid(key: tuple[str, str], guid: str) -> str:
    if len(_GUIDS) >= _GUIDS_KEPT:
        _GUIDS.clear()
    _GUIDS[key] = guid
    return guid


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
        elif entry.rare_plural:
            # A plural German hardly uses (`dictionary.seldom_plural`): what Duden writes
            # as "Plural selten", in words a learner reads without a key.
            text += f" ({RARE_PLURAL})"
        return text
    if word.pos == "NOUN" and not entry.gender and entry.plural == word.lemma:
        # A noun German uses only in the plural (die Eltern, die Sechzigerjahre): its
        # article is the plural's "die", and the card says it is a plural, so "die" is not
        # read as a feminine singular's.
        return f"die {word.lemma} ({PLURAL_ONLY})"
    return display(word, entry)


def display(word: Word, entry: Entry) -> str:
    """The word as the card heads it, without an article: a reflexive verb as the articles
    use it and Ding lists it, "sich treffen" (`is_reflexive`); the lemma otherwise. What the
    card shows, `learner words --json` prints and the recording says."""
    return f"sich {word.lemma}" if is_reflexive(word, entry) else word.lemma


def plural_suffix(singular: str, plural: str) -> str:
    """Dictionary notation for a plural: "-en" for Einmischungen, "¨-e" for Vorwürfe.

    An umlaut in the plural (Vorwurf -> Vorwürfe, Haus -> Häuser) is written "¨" before the
    ending, as German dictionaries do; anything irregular (Museum -> Museen) is spelt out.
    """
    if plural == singular:
        return "-"
    if plural.startswith(singular):
        return "-" + plural[len(singular) :]
    # Plural umlaut falls on the stem's last full vowel: undo one umlaut and compare again.
    for i in range(len(plural) - 1, -1, -1):
        plain = _UNUMLAUT.get(plural[i])
        if plain and (plural[:i] + plain + plural[i + 1 :]).startswith(singular):
            return "¨-" + plural[len(singular) :] if len(plural) > len(singular) else "¨-"
    return plural


_UNUMLAUT = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}


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


# A sentence read at a glance. German news sentences run about 15-20 words; under 6 words is
# mostly a caption, headline or fragment ("(Foto: dpa)", "Trump trifft Putin"), and past 28 the
# word drowns in a chain of clauses.
READABLE_WORDS = (6, 28)
# A sentence that does not end like one (a headline, a photo credit "(Foto: dpa)", a line
# ending in a colon before a quote) counts as this many words outside the readable range.
_NO_SENTENCE_END = 8
_SENTENCE_END = (".", "!", "?", "…", "\u201c", "\u201d", '"', "\u00bb", "\u00ab")


def readability_penalty(sentence: str) -> int:
    """How far a sentence is from readable length, in words (0 = readable)."""
    words = len(sentence.split())
    low, high = READABLE_WORDS
    # A missing word of context costs more than a word too many: a fragment teaches nothing.
    penalty = max(0, 2 * (low - words), words - high)
    if not sentence.rstrip().endswith(_SENTENCE_END):
        penalty += _NO_SENTENCE_END
    return penalty


def _merge_repeats(examples: Sequence[Example]) -> list[Example]:
    """One example per sentence text, highlighting every occurrence of the word in it.

    A word used twice in one sentence yields two examples of it; merged, a cloze blanks both
    and never gives the answer away in the same sentence.
    """
    merged: dict[str, Example] = {}
    for example in examples:
        seen = merged.get(example.sentence)
        if seen is None:
            merged[example.sentence] = example
        else:
            spans = tuple(sorted(set(seen.highlights) | set(example.highlights)))
            merged[example.sentence] = replace(seen, highlights=spans)
    return list(merged.values())


def unknown_after(example: Example, learned: Set[str] = frozenset()) -> int:
    """How many of the sentence's other words are still unknown once `learned` (lemmas of the
    deck's earlier cards) are learned; 0 for an example whose words were never counted."""
    if example.unknown is None:
        return 0
    return sum(lemma not in learned for lemma in example.unknown)


def example_rank(example: Example, learned: Set[str] = frozenset()) -> tuple[bool, int, int]:
    """How good an example is for learning its word, lower first.

    A sentence teaches a word best when the word is the only one in it the learner does not
    know (i+1: Krashen's comprehensible input, the rule AnkiMorphs sorts sentences by): the
    rest of the sentence is then context the learner understands. So sentences rank by how
    many other unknown words they hold, and by readable length among equals. Words on the
    deck's earlier cards (`learned`) count as known: Anki shows new cards in deck order, so
    the learner has met them by then. A fragment that does not read as a sentence (a
    headline, a caption, two words) holds few words and is i+1 easily; it still comes after
    every real sentence, or short headlines would win.
    """
    penalty = readability_penalty(example.sentence)
    return (penalty >= _NO_SENTENCE_END, unknown_after(example, learned), penalty)


# The reflexive pronouns a sentence shows a reflexive verb with ("sich scheuen", "ich habe
# mich geirrt").
_REFLEXIVE_PRONOUN = re.compile(r"\b(?:sich|mich|dich|uns|euch)\b", re.IGNORECASE)


def choose_examples(word: Word, limit: int = MAX_EXAMPLES,
                    learned: Set[str] = frozenset(), reflexive: bool = False) -> list[Example]:
    """Up to `limit` examples, each sentence once, the best (see `example_rank`) first.

    The best sentence always comes first: it is the card's context sentence and the cloze.
    The others come from different articles first: one sentence from each further article
    (its best), then the best of what is left. A word met in three articles shows three
    contexts rather than three sentences from one. For a card headed "sich X" (`reflexive`),
    sentences with a reflexive pronoun come first: a verb used both ways ("sich scheuen vor",
    "Reisen scheuen") should show the use its headword teaches.
    """
    candidates = _merge_repeats(word.examples)
    ranks = [example_rank(e, learned) for e in candidates]
    if reflexive:
        ranks = [(_REFLEXIVE_PRONOUN.search(e.sentence) is None, *rank)
                 for e, rank in zip(candidates, ranks, strict=True)]
    ranked = sorted(range(len(candidates)), key=lambda i: (ranks[i], i))
    chosen: list[int] = []
    articles: set[str] = set()
    for i in ranked:
        if len(chosen) < limit and candidates[i].article not in articles:
            chosen.append(i)
            articles.add(candidates[i].article)
    for i in ranked:
        if len(chosen) < limit and i not in chosen:
            chosen.append(i)
    chosen.sort(key=lambda i: (ranks[i], i))
    return [_trim_dangling_quote(candidates[i]) for i in chosen]


def i_plus_one_order(words: Sequence[Word]) -> list[Word]:
    """The words in an order where earlier cards make later cards' sentences i+1.

    Greedy, as AnkiMorphs orders new cards at review time, but once, at build time: the next
    card is always one whose best sentence holds the fewest words not yet known or learned
    from an earlier card; among equals, the one earlier in `words` (most frequent first, as
    given). A word whose sentences all hold a word no card teaches (one wordfreq has never
    seen) simply waits for its turn among the fewest-unknown.
    """
    words = list(words)
    # Per sentence: [index of its card, unknown words not yet learned]; and for each lemma,
    # the sentences waiting for it.
    remaining: list[list[int]] = []
    sentences: list[list[int]] = [[] for _ in words]
    waiting: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        for example in _merge_repeats(word.examples):
            if readability_penalty(example.sentence) >= _NO_SENTENCE_END:
                continue  # never shown first while a real sentence is there
            unknown = set(example.unknown or ())
            sentences[index].append(len(remaining))
            for lemma in unknown:
                waiting.setdefault(lemma, []).append(len(remaining))
            remaining.append([index, len(unknown)])

    def cost(index: int) -> int:
        return min((remaining[s][1] for s in sentences[index]), default=0)

    heap = [(cost(i), i) for i in range(len(words))]
    heapq.heapify(heap)
    placed: set[int] = set()
    order: list[Word] = []
    while heap:
        best, index = heapq.heappop(heap)
        if index in placed:
            continue
        if best != cost(index):  # a stale entry: the card's cost has fallen since
            heapq.heappush(heap, (cost(index), index))
            continue
        placed.add(index)
        order.append(words[index])
        for s in waiting.pop(words[index].lemma, ()):
            remaining[s][1] -= 1
            card = remaining[s][0]
            if card not in placed:
                heapq.heappush(heap, (cost(card), card))
    return order


def _trim_dangling_quote(example: Example) -> Example:
    # A sentence splitter leaves the opening quote of the next sentence („ or ‚, never a
    # closing mark in German typography) at the end of this one: "... über dem Gespräch. „".
    text = example.sentence.rstrip()
    while text.endswith(("„", "‚")):
        text = text[:-1].rstrip()
    if text == example.sentence or (example.highlights and example.highlights[-1][1] > len(text)):
        return example
    return replace(example, sentence=text)


def zipf_band(zipf: float | None) -> str:
    """The half-unit Zipf band a word falls in ("3.0-3.5"): a tag to study rarest-first by."""
    if not zipf:
        return "unknown"
    low = int(zipf * 2) / 2
    return f"{low:.1f}-{low + 0.5:.1f}"


def _tag(text: str) -> str:
    # Anki tags are space-separated and "::" makes a hierarchy: keep one token of safe
    # characters, with runs of anything else folded into one "_".
    safe = "".join(c if c.isalnum() or c in "-." else " " for c in text)
    return "_".join(safe.split())[:60] or "article"


# A subtitle sentence's source ends in the time its cue starts ("Folge 3.srt 00:12:03", see
# learner.readers.subtitles): the card shows it, but the tag names the file, or an episode
# would bring one tag per sentence into the learner's tag list.
_CUE_TIME = re.compile(r" \d{2}:\d{2}:\d{2}$")


def note_tags(word: Word) -> list[str]:
    """Part of speech, frequency band and every source article, as hierarchical tags."""
    tags = [f"pos::{POS_NAMES.get(word.pos, word.pos.lower())}", f"zipf::{zipf_band(word.zipf)}"]
    tags += sorted({f"article::{_tag(_CUE_TIME.sub('', a))}" for a in word.articles})
    return tags


def source_labels(word: Word, examples: Sequence[Example]) -> list[str]:
    """The articles a card names: those of its examples first, then others, at most three."""
    labels = dict.fromkeys(e.article for e in examples)
    labels.update(dict.fromkeys(word.articles))
    return list(labels)[:MAX_EXAMPLES]


def examples_html(examples: Sequence[Example]) -> str:
    """The examples as an HTML list; each names its article when they come from several."""
    several = len({e.article for e in examples}) > 1
    items = []
    for e in examples:
        source = f' <span class="from">({html.escape(e.article)})</span>' if several else ""
        items.append(f"<li>{highlight(e)}{source}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def check_card_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    """The card kinds as given, or UsageError naming the one that does not exist."""
    kinds = tuple(dict.fromkeys(k.strip().lower() for k in kinds if k.strip()))
    unknown = [k for k in kinds if k not in CARD_KINDS]
    if unknown or not kinds:
        raise UsageError(f"--cards takes one or more of {', '.join(CARD_KINDS)}"
                         + (f", not {unknown[0]!r}" if unknown else ""))
    return kinds


# A German definition stands where the English gloss would: marked "DE:" in italics, so the
# learner reads it as an explanation in German, not a translation (inline, as the note type's
# fields and styling stay as they are).
GERMAN_MARK = "<i>DE:</i> "


def gloss_html(entry: Entry) -> str:
    """The Gloss field: the English gloss ("≈ " before a hint built from the word's parts),
    or German Wiktionary's definition marked "DE:", or both: a hint unsure of its parts,
    then the definition."""
    if not entry.gloss:
        return ""
    if entry.german:
        return GERMAN_MARK + html.escape(entry.gloss)
    gloss = ("≈ " if entry.approximate else "") + html.escape(entry.gloss)
    if entry.definition:
        gloss += "; " + GERMAN_MARK + html.escape(entry.definition)
    return gloss


_PRIMARY, _SECONDARY = "ˈ", "ˌ"


def word_ipa(lemma: str) -> str:
    """The lemma's pronunciation in IPA from German Wiktionary, "" when it has none.

    A compound Wiktionary lacks is said as its parts are: the first part as written (the
    list holds inflected forms, so a linking element is there: Staats, Landes) and the head,
    both found, joined with German compound stress: the main stress on the first part, the
    head's becoming secondary (Rahmen + Vereinbarung: ˈʁaːmənfɛɐ̯ˌʔaɪ̯nbaːʁʊŋ).
    """
    found = pronunciations.ipa(lemma)
    if found:
        return found
    if "-" in lemma:  # US-Festland: the hyphen is the seam
        first, head = lemma.rsplit("-", 1)
    else:
        first, head = compound_parts(lemma)
    first_ipa = pronunciations.ipa(first) if first else ""
    head_ipa = pronunciations.ipa(head[:1].upper() + head[1:]) if head else ""
    if not (first_ipa and head_ipa):
        return ""
    if _PRIMARY not in first_ipa:
        first_ipa = _PRIMARY + first_ipa.replace(_SECONDARY, "")
    head_ipa = head_ipa.replace(_PRIMARY, _SECONDARY)
    if not head_ipa.startswith(_SECONDARY) and _SECONDARY not in head_ipa:
        head_ipa = _SECONDARY + head_ipa
    return first_ipa + head_ipa


def make_note(word: Word, entry: Entry, card_kinds: Sequence[str] = DEFAULT_CARD_KINDS,
              learned: Set[str] = frozenset(),
              ipa: Mapping[str, str] | None = None) -> genanki.Note:
    """The word's note; `learned` are the lemmas of the deck's earlier cards (see
    `example_rank`); `ipa` may hold the lemma's `word_ipa`, made by an earlier build."""
    pronounced = ipa[word.lemma] if ipa is not None and word.lemma in ipa \
        else word_ipa(word.lemma)
    examples = choose_examples(word, learned=learned, reflexive=is_reflexive(word, entry))
    cloze_html, cloze_answer = cloze(examples[0]) if examples else ("", "")
    fields = {
        "Lemma": html.escape(word.lemma),
        "Headword": html.escape(headword(word, entry)),
        "PartOfSpeech": POS_NAMES.get(word.pos, word.pos.lower()),
        "Gender": html.escape(entry.gender),
        "Plural": html.escape(entry.plural),
        "Gloss": gloss_html(entry),
        "Examples": examples_html(examples),
        "Cloze": cloze_html,
        "ClozeAnswer": cloze_answer,
        "Source": html.escape("; ".join(source_labels(word, examples))),
        "Zipf": f"{word.zipf:.2f}" if word.zipf is not None else "",
        "Forms": html.escape(", ".join(word.forms)),
        "AddRecognition": "y" if "recognition" in card_kinds else "",
        "AddProduction": "y" if "production" in card_kinds else "",
        "AddCloze": "y" if "cloze" in card_kinds else "",
        "IPA": html.escape(pronounced),
        # The sentence the cloze and the recognition card show first, as plain text: what
        # learner.audio speaks.
        "Sentence": html.escape(examples[0].sentence) if examples else "",
        "AddListening": "y" if "listening" in card_kinds else "",
    }
    return genanki.Note(
        model=NOTE_TYPE,
        fields=[fields.get(name, "") for name in FIELDS],
        guid=note_guid(word),
        tags=note_tags(word),
    )


class NotesMade:
    """The notes of an earlier build, to be taken again where nothing they are made from has
    changed; and the notes of this one, to be kept for the next.

    A note is `make_note`'s function of its word, its entry, its IPA, the card kinds and, of
    the lemmas its examples hold that the learner does not know, how many are on earlier cards
    (`unknown_after`). The word is told by `digests`, the `record_digest` of its merged record
    (lemma, forms, examples and their words, articles, counts), by (lemma, part of speech);
    its Zipf and its examples' unknown words, added after the merge, are hashed beside it. A
    word without a digest is made afresh. Making 13,000 notes took ~0.7 s of CPU, genanki's
    GUIDs and card lists included; taking them from here ~0.1 s.
    """

    def __init__(self, digests: Mapping[tuple[str, str], bytes],
                 before: Mapping[bytes, tuple] | None = None) -> None:
        self.digests = digests
        self.before = dict(before or {})
        self.now: dict[bytes, tuple] = {}
        self.new = 0
        # The keys of `before` its keeper stored together (see build.deck_memos.remember_notes).
        self.stored: frozenset[bytes] = frozenset()

    def note(self, word: Word, entry: Entry, card_kinds: Sequence[str], learned: Set[str],
             ipa: Mapping[str, str] | None) -> genanki.Note:
        """`make_note(word, entry, card_kinds, learned, ipa)`, from an earlier build's when
        one was made from the same."""
        digest = self.digests.get(word.key)
        if digest is None:
            return make_note(word, entry, card_kinds, learned, ipa)
        pronounced = ipa.get(word.lemma) if ipa is not None else None
        unknown = tuple(e.unknown for e in word.examples)
        # `unknown_after` of each example, without a call for the many with none unknown.
        inputs = (word.zipf, entry_values(entry),
                  pronounced, tuple(card_kinds),
                  tuple(sum(lemma not in learned for lemma in u) if u else 0 for u in unknown),
                  unknown)
        key = hashlib.blake2b(digest + marshal.dumps(inputs, 0), digest_size=16).digest()
        made = self.before.get(key)
        if made is None:
            note = make_note(word, entry, card_kinds, learned, ipa)
            made = (tuple(note.fields), tuple(note.tags), note.guid,
                    tuple(card.ord for card in note.cards))
            self.new += 1
        else:
            fields, tags, guid, ords = made
            # The GUID it was made with is `note_guid(word)`: the digest hashes the lemma and
            # part of speech.
            note = genanki.Note(model=NOTE_TYPE, fields=list(fields),
                                guid=_remember_guid(word.key, guid), tags=tags)
            # genanki works the cards out from the fields; they were, when the note was made.
            note.__dict__["cards"] = [genanki.Card(o) for o in ords]
        self.now[key] = made
        return note



def build_package(
    words: Sequence[Word],
    entries: Mapping[tuple[str, str], Entry],
    deck_name: str,
    card_kinds: Sequence[str] = DEFAULT_CARD_KINDS,
    *,
    ipa: Mapping[str, str] | None = None,
    made: NotesMade | None = None,
) -> genanki.Package:
    """The deck's package: a note per word, in order; `ipa` as `make_note` takes it; notes
    from `made` where an earlier build made them (see `NotesMade`)."""
    card_kinds = check_card_kinds(card_kinds)
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    learned: set[str] = set()
    make = make_note if made is None else made.note
    for position, word in enumerate(words):
        note = make(word, entries.get(word.key, EMPTY), card_kinds, learned, ipa)
        if not note.cards and "listening" not in card_kinds:
            # `--cards production` and a word without a gloss: no card kind applies, and a
            # note without cards is only clutter in Anki ("Empty Cards" lists it). Whether a
            # listening card has something to play is known once learner.audio has filled
            # the note, which leaves out the notes still without a card.
            continue
        # Anki shows new cards in order of their `due` number: the order of `words`. A later
        # card's sentence may then lean on this one's word.
        note.due = position
        learned.add(word.lemma)
        deck.add_note(note)
    return genanki.Package(deck)


def newest_note_time(path: Path) -> int | None:
    """The latest note modification time (seconds) in an .apkg, or None if there is none.

    Anything unreadable counts as none: the file is about to be replaced anyway.
    """
    path = Path(path)
    if not path.is_file():
        return None
    try:
        with zipfile.ZipFile(path) as package:
            names = [n for n in PACKAGE_COLLECTIONS if n in package.namelist()]
            if not names:
                return None
            # Read in memory: extracting a deck's collection (18 MB for 13,000 notes) to a
            # file took ~0.1 s of a rebuild.
            con = sqlite3.connect(":memory:")
            try:
                con.deserialize(package.read(names[0]))
                newest = con.execute("SELECT max(mod) FROM notes").fetchone()[0]
            finally:
                con.close()
    except (OSError, zipfile.BadZipFile, sqlite3.Error, zlib.error):
        return None
    return int(newest) if newest is not None else None


def note_timestamp(path: Path, now: float | None = None, newest: int | None = None) -> int:
    """The note time for a deck about to be written to `path`: now, and later than last time.

    Anki's default import ("update notes: if newer") updates a note only when the file's note
    time is later than the collection's, and the time is kept in whole seconds. Two builds in
    the same second, or after the clock was set back, would otherwise be imported as "up to
    date" and change nothing. So the time is one second past the newest note of the deck this
    build replaces, when that is later than now. `newest` is that note's time when the caller
    knows it (see `WrittenPackage`), else it is read from the deck.
    """
    now = int(time.time() if now is None else now)
    previous = newest if newest is not None else newest_note_time(path)
    return now if previous is None else max(now, previous + 1)


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


# genanki's schema: its tables, and apart, its indexes (`collection_bytes` makes them last).
_APKG_INDEXES = "\n".join(re.findall(r"CREATE INDEX [^;]*;", genanki.apkg_schema.APKG_SCHEMA))
_APKG_TABLES = re.sub(r"CREATE INDEX [^;]*;", "", genanki.apkg_schema.APKG_SCHEMA)


def collection_bytes(package: genanki.Package, timestamp: float) -> bytes:
    """The package's SQLite collection (collection.anki2) as bytes: the rows genanki's
    `Package.write_to_db` writes, with the same ids in the same order.

    genanki inserts each note and card with its own statement and first searches every field
    for malformed HTML to warn about (make_note escapes every field, so there is none): 0.9 s
    of CPU for 13,000 notes, against ~0.25 s for the same rows inserted in two batches, in a
    database in memory that no journal is written for. Its indexes are made after the rows
    are in, from them at once (~0.05 s less than keeping four indexes up to date row by row).
    """
    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        cursor.executescript(_APKG_TABLES)
        cursor.executescript(genanki.apkg_col.APKG_COL)
        ids = itertools.count(int(timestamp * 1000))
        mod = int(timestamp)
        for d in package.decks:
            # The deck's and its note types' JSON, by genanki itself: a deck without notes
            # writes those and nothing else.
            header = genanki.Deck(d.deck_id, d.name, d.description)
            header.models = {**d.models, **{n.model.model_id: n.model for n in d.notes}}
            header.write_to_db(cursor, timestamp, ids)
            notes, cards = [], []
            for note in d.notes:
                note_id = next(ids)
                notes.append((note_id, note.guid, note.model.model_id, mod, -1,
                              note._format_tags(), note._format_fields(), note.sort_field,
                              0, 0, ""))
                cards.extend((next(ids), note_id, d.deck_id, card.ord, mod, -1, 0,
                              -1 if card.suspend else 0, note.due, 0, 0, 0, 0, 0, 0, 0, 0, "")
                             for card in note.cards)
            cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", notes)
            cursor.executemany(
                "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cards)
        cursor.executescript(_APKG_INDEXES)
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()


# The .apkg's members are stored, not compressed, as zipfile writes them by default: the
# MP3s are compressed already, and Anki reads either. zipfile spends ~30 µs of Python on each
# member's headers, 0.4 s for a deck's 13,000 recordings; `write_stored_zip` writes the same
# headers (zipfile's fields: version 2.0 made on Unix, mode 0600, the local time) in one pass.
# Past the classic format's limits (65,535 members, 4 GB) zipfile writes Zip64 instead.
_ZIP_LOCAL = struct.Struct("<IHHHHHIIIHH")
_ZIP_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_ZIP_END = struct.Struct("<IHHHHIIH")
_ZIP_MAX_MEMBERS = 0xFFFF
_ZIP_MAX_BYTES = 0x7FFFFFFF


@dataclass(frozen=True)
class PackagedFile:
    """A member's bytes as they lie in a package already written, and their CRC-32: written
    into the next package as they are, without reading them from elsewhere or checking them
    again (see `packaged_media`)."""

    data: memoryview
    crc: int


def write_stored_zip(
    path: str | Path, members: Sequence[tuple[str, bytes | PackagedFile]]
) -> list[tuple[int, int, int]] | None:
    """A zip file of `members` (name, bytes), stored, as zipfile.ZipFile(path, "w") with
    `writestr` would write it. Returns where each member's bytes lie in it (offset, size,
    CRC-32), or None when zipfile wrote it."""
    if (len(members) >= _ZIP_MAX_MEMBERS
            or sum(len(_member_bytes(data)) + 200 for _, data in members) >= _ZIP_MAX_BYTES
            or not all(name.isascii() for name, _ in members)):
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members:
                archive.writestr(name, bytes(_member_bytes(data)))
        return None
    year, month, day, hour, minute, second = time.localtime(time.time())[:6]
    dos_date = (year - 1980) << 9 | month << 5 | day
    dos_time = hour << 11 | minute << 5 | second // 2
    buffers: list[bytes | memoryview] = []
    central = []
    placed = []
    offset = 0
    for name, member in members:
        encoded = name.encode("ascii")
        if isinstance(member, PackagedFile):
            data, crc = member.data, member.crc
        else:
            data, crc = member, zlib.crc32(member)
        size = len(data)
        header = _ZIP_LOCAL.pack(0x04034B50, 20, 0, 0, dos_time, dos_date, crc, size, size,
                                 len(encoded), 0) + encoded
        buffers += (header, data)
        central.append(_ZIP_CENTRAL.pack(
            0x02014B50, 3 << 8 | 20, 20, 0, 0, dos_time, dos_date, crc, size, size,
            len(encoded), 0, 0, 0, 0, 0o600 << 16, offset) + encoded)
        placed.append((offset + len(header), size, crc))
        offset += len(header) + size
    directory = b"".join(central)
    buffers += (directory, _ZIP_END.pack(0x06054B50, 0, 0, len(members), len(members),
                                         len(directory), offset, 0))
    with open(path, "wb") as file:
        _write_all(file.fileno(), buffers)
    return placed


# Buffers handed to the kernel per system call (Linux's IOV_MAX is 1024): a deck's 13,000
# recordings and their headers are 26,000 pieces, which one write each took ~0.05 s to pass.
_WRITE_PIECES = 1024


def _write_all(fd: int, buffers: Sequence[bytes | memoryview]) -> None:
    """Write `buffers` in order, a batch at a time (os.writev where there is one)."""
    if not hasattr(os, "writev"):
        for data in buffers:
            _write_rest(fd, memoryview(data))
        return
    for start in range(0, len(buffers), _WRITE_PIECES):
        batch = buffers[start:start + _WRITE_PIECES]
        written = os.writev(fd, batch)
        if written < sum(len(data) for data in batch):  # a short write: the rest one by one
            for data in batch:
                if written >= len(data):
                    written -= len(data)
                    continue
                _write_rest(fd, memoryview(data)[written:])
                written = 0


def _write_rest(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view):]


def _member_bytes(member: bytes | PackagedFile) -> bytes | memoryview:
    return member.data if isinstance(member, PackagedFile) else member


# --- the package a build replaces ----------------------------------------------------------
#
# A rebuild after one new article writes the same 13,000 recordings (53 MB) it wrote last
# time, and needs the newest note time of the deck it replaces (`note_timestamp`). Reading
# the recordings from the article cache and their CRC-32s took ~0.15 s of CPU, opening the old
# deck's 13,000-member zip and its collection for the note time ~0.08 s. `write_package`
# therefore says what it wrote (`WrittenPackage`): the file's identity, its note time and
# where each media file lies in it. While the file at the path is still that one (same device,
# inode, size and modification time, as `make` and rsync tell a file unchanged), the next
# build copies those members' bytes, with their CRC-32s, from it, and takes its note time.

@dataclass(frozen=True)
class WrittenPackage:
    """What `write_package` wrote: the file's identity (`file_identity`), its notes' time
    (None without notes), and where each media file's bytes lie in it, by file name
    (offset, size, CRC-32; empty when zipfile wrote the package)."""

    identity: tuple[int, int, int, int]
    note_time: int | None
    media: Mapping[str, tuple[int, int, int]]


def file_identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    """Device, inode, size and modification time (ns): a file replaced, or written to, since
    has another."""
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def packaged_media(path: Path, written: WrittenPackage,
                   with_media: bool = True) -> dict[str, PackagedFile] | None:
    """The media files of the package at `path`, by file name, as `write_package` wrote them
    there (`written`), or none of them unless `with_media`; None unless the file is still that
    one (and then `written.note_time` is its notes' time).

    The bytes are read in one piece, and the file's identity is checked before and after:
    another build that replaces the deck meanwhile renames a new file into place (this one is
    left as it was), and anything that writes into it changes its time."""
    wanted = written.media if with_media else {}
    start = min((offset for offset, _, _ in wanted.values()), default=0)
    end = max((offset + size for offset, size, _ in wanted.values()), default=0)
    try:
        with open(path, "rb") as file:
            if file_identity(os.fstat(file.fileno())) != written.identity:
                return None
            if not wanted:
                return {}
            file.seek(start)
            region = file.read(end - start)
            if (len(region) != end - start
                    or file_identity(os.fstat(file.fileno())) != written.identity):
                return None
    except OSError:
        return None
    view = memoryview(region)
    return {name: PackagedFile(view[offset - start:offset - start + size], crc)
            for name, (offset, size, crc) in wanted.items()}


def write_package(package: genanki.Package, path: Path, timestamp: float | None = None,
                  media: Mapping[str, bytes | PackagedFile] | None = None) -> WrittenPackage:
    """Write the .apkg atomically: a temporary file beside the target, renamed into place.
    Returns what it wrote, for the next build to copy from (see `packaged_media`).

    `media` are the files the notes' [sound:...] tags name (learner.audio), by file name: the
    .apkg holds each as a numbered member, and its "media" member maps numbers to names, as
    Anki's own exports do.

    An interrupted or failed build leaves the previous deck as it was and no partial file.
    Without an explicit `timestamp`, notes are stamped with `note_timestamp(path)`.
    genanki's own write_to_file is not used: it leaves its SQLite file behind in the system's
    temporary folder on every build; the collection is made in memory instead (see
    `collection_bytes`).
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name ending in .apkg")
    if timestamp is None:
        timestamp = note_timestamp(path)
    fd, tmp = _temporary_beside(path)
    os.close(fd)
    try:
        collection = collection_bytes(package, timestamp)
        members: list[tuple[str, bytes | PackagedFile]] = [("collection.anki2", collection)]
        names = {}
        for number, (name, data) in enumerate(sorted((media or {}).items())):
            members.append((str(number), data))
            names[str(number)] = name
        members.append(("media", json.dumps(names).encode()))
        placed = write_stored_zip(tmp, members)
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())  # on disk before it replaces the previous deck
        # mkstemp makes the file private (0600); a deck is an ordinary file.
        os.chmod(tmp, 0o666 & ~_umask())
        # Its identity before the rename, which keeps it: after, another build may already
        # have put its own deck at `path`.
        identity = file_identity(os.stat(tmp))
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise OutputError(f"{path}: cannot write the deck ({reason})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    has_notes = any(d.notes for d in package.decks)
    return WrittenPackage(
        identity, int(timestamp) if has_notes else None,
        {names[name]: where for (name, _), where in zip(members[1:-1], placed[1:-1],
                                                         strict=True)}
        if placed is not None else {})
