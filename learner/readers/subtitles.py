"""Subtitles (.srt, .vtt, .ass, .ssa): what a film or series says, sentence by sentence.

pysubs2 (MIT) parses every format into cues with a start time; its `plaintext` drops the
formatting (SRT's and VTT's <i>, <b>, <font>, VTT's <v Speaker> voice spans, ASS's {\\i1}
override codes). What is left of the cue text that is not speech goes too: sound descriptions
for the hard of hearing ("[Musik]", "(lacht)"), speaker labels ("ANNA:"), dialogue dashes and
music notes. A subtitler breaks a sentence wherever the screen's line or the cue's time ends,
so cues are joined and cut again at sentence ends; each sentence becomes one article whose
title is the file's name and the time its first cue starts ("Folge 1.srt 00:12:03"), which
cards show as the example's source.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import replace
from pathlib import Path

from learner.articles import (
    Article,
    decode_text,
    drop_overlong_runs,
    normalize_text,
    read_bytes,
    warn_unless_german,
)
from learner.errors import InputError

NAME = "subtitle file"
SUFFIXES = frozenset({".srt", ".vtt", ".ass", ".ssa"})
_KIND = {".srt": "SubRip .srt", ".vtt": "WebVTT .vtt", ".ass": "SubStation .ass",
         ".ssa": "SubStation .ssa"}

# SRT starts with a cue number and a time line, VTT with its header, ASS/SSA with its
# script section (a byte-order mark may come first).
_SRT_START = re.compile(rb"\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")
_OTHER_STARTS = (b"WEBVTT", b"[Script Info]")

# Sound descriptions and speaker names in brackets: "[Musik]", "[Tür knallt]", "(lacht)",
# "(ANNA)". Subtitles for the hard of hearing put every non-speech sound in them; a spoken
# aside in parentheses is rare in subtitles, whose lines are too short for it.
_BRACKETED = re.compile(r"\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|<[^>\n]*>")
# A speaker label at a line's start: a name in capitals and a colon ("ANNA:", "DR. WEBER:"),
# the convention of subtitles for the hard of hearing. A capitalised word and a colon is left
# alone: "Achtung: ..." and "Also: ..." are speech.
_SPEAKER = re.compile(r"^[ \t]*(?:[-–—][ \t]*)?[A-ZÄÖÜ][A-ZÄÖÜß0-9.\- ]{1,30}:[ \t]*",
                      re.MULTILINE)
# The dash that opens each speaker's line in a two-person cue ("- Wirklich?\n- Ja.").
_DIALOGUE_DASH = re.compile(r"^[ \t]*[-–—][ \t]*", re.MULTILINE)
# Lines that are sung or played, not said.
_MUSIC = re.compile(r"[♪♫#]")
# Where a sentence ends: ., !, ? or …, and a closing quote, which stays with the sentence,
# then a space and a capital. An ellipsis at a cue's end ("Ich wollte...") is a pause the next
# cue goes on from, not an end, when the next cue starts in lower case.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'»«“”)]))\s+(?=[„\"»«(]?[A-ZÄÖÜ0-9])")


def sniff(head: bytes) -> bool:
    """A subtitle file's first line: a cue number and a time line (SRT), the WEBVTT header,
    or [Script Info] (ASS/SSA)."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    return head.lstrip().startswith(_OTHER_STARTS) or bool(_SRT_START.match(head))


def cue_text(text: str) -> str:
    """What is said in one cue (pysubs2's plaintext), without sound descriptions, speaker
    labels, dialogue dashes and sung lines, on one line."""
    lines = [line for line in text.splitlines() if not _MUSIC.search(line)]
    text = _BRACKETED.sub(" ", "\n".join(lines))
    text = _SPEAKER.sub("", text)
    text = _DIALOGUE_DASH.sub("", text)
    return " ".join(text.split())


def timestamp(ms: int) -> str:
    """A cue's start as a player shows it: 00:12:03."""
    seconds = max(ms, 0) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def sentences(cues: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Cues (start in ms, text) joined and cut at sentence ends: each sentence with the start
    of the cue it begins in. A sentence ends where an end mark is followed by a capital, so
    "Ich wollte ..." at a cue's end runs on into "... dir etwas sagen." in the next."""
    starts: list[tuple[int, int]] = []  # (offset in the joined text, the cue's start)
    parts: list[str] = []
    offset = 0
    for start, text in cues:
        if not text:
            continue
        starts.append((offset, start))
        parts.append(text)
        offset += len(text) + 1
    joined = " ".join(parts)
    found: list[tuple[int, str]] = []
    position, cue = 0, 0
    for piece in _SENTENCE_END.split(joined):
        begin = joined.index(piece, position) if piece else position
        position = begin + len(piece)
        while cue + 1 < len(starts) and starts[cue + 1][0] <= begin:
            cue += 1
        if any(c.isalpha() for c in piece):
            found.append((starts[cue][1], piece.strip()))
    return found


def read(path: Path) -> list[Article]:
    """One article per spoken sentence; InputError (naming the file and the format) when the
    file is not subtitles."""
    import pysubs2

    kind = _KIND.get(path.suffix.lower(), NAME)
    data = read_bytes(path)
    try:
        raw = decode_text(data, str(path))
    except InputError as exc:
        raise InputError(f"{exc} (not a {kind} subtitle file)") from None
    try:
        with warnings.catch_warnings():
            # pysubs2 warns of every style field it cannot parse (a damaged "MarginR" or
            # "Alignment") and takes its default: a style places and colours the text, which
            # learner never reads, so the warning would only be noise on the user's terminal.
            warnings.simplefilter("ignore", RuntimeWarning)
            subs = pysubs2.SSAFile.from_string(normalize_text(raw))
    except (pysubs2.exceptions.Pysubs2Error, ValueError, KeyError, IndexError) as exc:
        raise InputError(f"{path}: not a readable {kind} subtitle file ({exc})") from None
    cues = [(event.start, cue_text(event.plaintext)) for event in subs
            if not event.is_comment]
    found = sentences(cues)
    if not found:
        raise InputError(f"{path}: a {kind} subtitle file with no spoken text")
    articles = [Article(path=str(path), title=f"{path.name} {timestamp(start)}",
                        text=drop_overlong_runs(text), source=path.name)
                for start, text in found]
    warn_unless_german(replace(articles[0], text=" ".join(a.text for a in articles[:200])))
    return articles
