"""Audio: each card's word, and optionally its first example sentence, spoken offline.

The stage after the deck: it reads the notes `learner.deck` made (their Headword's word and
their Sentence) and fills their Audio and SentenceAudio fields with `[sound:...]` tags, or
their WordTTS and SentenceTTS fields for Anki's own text-to-speech, and gives back the MP3
files the .apkg carries as media.

- **Synthesis**: espeak-ng's German voice, run as a separate program (`espeak-ng --stdout`),
  so its GPL stays outside learner. It is the one offline German synthesizer packaged for
  every desktop system (Debian/Ubuntu `espeak-ng`, Homebrew `espeak-ng`, a Windows
  installer); its voice is robotic but clear, and says what is written.
- **Encoding**: MP3, which every Anki client plays (iOS included), through the PyPI package
  `lameenc` (LAME, LGPL) in this process: 32 kbit/s mono is plenty for one voice.
- **Compounds by their parts**: espeak-ng reads letters across a compound's seam as one
  sound (Staatschef as "Staa-tschef", Hauptstadt with the "st" of "Fenster"); given the parts
  with a hyphen, "Staats-Chef", it says them right (see `spoken_compound`).
- **Media names are stable**: a hash of the spoken text and the voice and encoder settings,
  so a rebuilt deck carries the same file names and a re-import adds no duplicate media.
- **Both cores, and a cache**: the texts are synthesized by one espeak-ng process per core at
  a time, and each MP3 is kept in the article cache (learner's cache folder), keyed by the
  text, the settings and the versions of espeak-ng and lameenc: a rebuild synthesizes only
  new words.
- **Without espeak-ng** (or lameenc): one warning, and the deck is built without audio.
"""

from __future__ import annotations

import hashlib
import html
import os
import shutil
import struct
import subprocess
import warnings
from array import array
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from learner import deck
from learner.dictionary import EMPTY, Entry, compound_parts
from learner.errors import LearnerWarning, UsageError
from learner.genanki_import import genanki
from learner.vocabulary import Word

AUDIO_CHOICES = ("word", "word+sentence", "tts", "tts+sentence", "none")
# Recordings of the word by default: they play on every device, the Linux desktop and
# AnkiWeb included, where Anki's text-to-speech has no German voice (see README, "Audio").
# The sentence is a choice: it costs some 20 kB a card and the learner reads it anyway.
DEFAULT_AUDIO = "word"

ESPEAK = "espeak-ng"
# espeak-ng's German voice, at 140 words a minute: its default, 175, runs a learner's ear
# past the word's vowels; 140 is about a newsreader's pace.
VOICE = "de"
SPEED = 140
# MP3 at 32 kbit/s, mono: espeak-ng speaks at 22,050 Hz, and speech needs no more (a word is
# some 4 kB a second). LAME's quality 7 ("fast") encodes a word in 6 ms where its "high
# quality" 2 takes 18 ms, the larger share of the time audio adds to a build; at this bit
# rate, for a synthetic voice, the two are not told apart by ear.
BITRATE = 32
QUALITY = 7
# Silence espeak-ng leaves before and after the speech is cut to this much: the play button
# then sounds at once, and the file is smaller. A sample counts as silence below this level
# (of 32,767): well under any spoken sound, well over espeak-ng's dither.
KEEP_SILENCE_SECONDS = 0.05
SILENCE_LEVEL = 200
# A sentence is cut short after this many characters: a card's sentence is 6-28 words
# (deck.READABLE_WORDS); a rare 400-character one need not be read to the end.
MAX_SENTENCE_CHARS = 300
SETTINGS = f"espeak-ng voice={VOICE} speed={SPEED}; mp3 {BITRATE} kbit/s mono q{QUALITY}"
MEDIA_PREFIX = "learner-"
_CACHE_ENTRY = b"learner audio 1"


class AudioWarning(LearnerWarning):
    """The deck is built without audio (or without some of it)."""


def check_audio(choice: str) -> str:
    """The --audio choice as given, or UsageError naming the ones there are."""
    if choice not in AUDIO_CHOICES:
        raise UsageError(f"--audio takes one of {', '.join(AUDIO_CHOICES)}, not {choice!r}")
    return choice


# --- what is spoken ------------------------------------------------------------------------

# Letters that German spelling reads as one sound when they meet across a compound's seam,
# though each part keeps its own: s|ch reads as "sch" (Staats|chef), p|h as "ph" (f), and two
# vowels as a diphthong or long vowel (See|igel: e|i as "ei"). A part that starts with st or
# sp is said with "scht", "schp" (Haupt|stadt), which German says only at a word's (or a
# part's) start: inside a word, "st" is [st] (Fenster). Only there does a hyphen change what
# espeak-ng says; elsewhere the compound is left whole, so its stress stays on the first part
# and a wrong split (Verb|raucher for Verbraucher) changes nothing.
_ACROSS_SEAM = ("sch", "ph", "ei", "ai", "ie", "eu", "au", "äu")
_PART_START = ("st", "sp")


def needs_hyphen(first: str, head: str) -> bool:
    """Whether espeak-ng would read the letters across the seam of first|head wrongly (see
    `_ACROSS_SEAM`): "Staats", "Chef" -> True; "Verb", "Raucher" -> False."""
    first, head = first.lower(), head.lower()
    if head.startswith(_PART_START):
        return True
    return any(first.endswith(seq[:i]) and head.startswith(seq[i:])
               for seq in _ACROSS_SEAM for i in range(1, len(seq)))


def spoken_compound(noun: str, depth: int = 3) -> str:
    """A noun as espeak-ng should be given it: "Staatschef" -> "Staats-Chef",
    "Waffenstillstand" -> "Waffen-Still-Stand", "Verbraucher" as written. The compound is
    split by the lexicon (`dictionary.compound_parts`), its head and first part again, and a
    hyphen stands only at seams where the letters would otherwise be misread."""
    if depth <= 0 or "-" in noun:
        return noun
    first, head = compound_parts(noun)
    if not first:
        return noun
    first_spoken = spoken_compound(first, depth - 1)
    head_spoken = spoken_compound(head, depth - 1)
    if needs_hyphen(first, head):
        return f"{first_spoken}-{head_spoken}"
    return first_spoken + head_spoken[:1].lower() + head_spoken[1:]


def spoken_word(word: Word, entry: Entry, spoken_nouns: Mapping[str, str] | None = None) -> str:
    """What the word's recording says: a noun with its article ("die Einmischung"), so its
    gender is heard too; a reflexive verb with "sich"; compounds by their parts.
    `spoken_nouns` may hold the noun's `spoken_compound`, made by an earlier build."""
    if word.pos == "NOUN":
        noun = spoken_nouns.get(word.lemma) if spoken_nouns is not None else None
        if noun is None:
            noun = spoken_compound(word.lemma)
        article = deck.ARTICLES.get(entry.gender)
        return f"{article} {noun}" if article else noun
    return deck.display(word, entry)


def spoken_sentence(sentence: str) -> str:
    """The sentence as espeak-ng is given it, at most MAX_SENTENCE_CHARS (cut at a word)."""
    sentence = " ".join(sentence.split())
    if len(sentence) > MAX_SENTENCE_CHARS:
        sentence = sentence[:MAX_SENTENCE_CHARS].rsplit(" ", 1)[0]
    return sentence


def media_name(text: str) -> str:
    """The MP3's file name in Anki's media folder: the same text and settings always give the
    same name, so rebuilding and re-importing a deck adds no second copy."""
    digest = hashlib.blake2b(f"{SETTINGS}\0{text}".encode(), digest_size=10).hexdigest()
    return f"{MEDIA_PREFIX}{digest}.mp3"


# --- synthesis -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Tools:
    """What synthesis needs, found: espeak-ng's path and version, lameenc's version."""

    espeak: str
    fingerprint: str


@cache
def find_tools() -> Tools | str:
    """The synthesizer and encoder, or a sentence saying what is missing. Starts no process:
    a broken espeak-ng shows when it is first asked to speak (see `synthesize_all`)."""
    path = shutil.which(ESPEAK)
    if path is None:
        return (f"{ESPEAK} is not installed, so the deck has no audio: install it (Debian/"
                f"Ubuntu: sudo apt-get install {ESPEAK}; macOS: brew install {ESPEAK}), or "
                "choose --audio tts (Anki's own voices) or --audio none")
    try:
        import lameenc  # noqa: F401
    except ImportError:
        return ("the Python package lameenc is not installed, so the deck has no audio: "
                "pip install lameenc, or choose --audio tts or --audio none")
    return Tools(path, f"{tools_signature()}; lameenc {_package_version('lameenc')}")


def tools_signature() -> str:
    """What tells whether the tools changed, cheaply (no process is started): espeak-ng's
    path, size and time, and whether lameenc is installed. A build whose deck is already
    written compares it, so installing espeak-ng rewrites a deck built without audio."""
    from importlib.util import find_spec

    path = shutil.which(ESPEAK)
    if path is None:
        return "no espeak-ng"
    stat = os.stat(path)
    return f"{path} {stat.st_size} {stat.st_mtime_ns} lameenc={find_spec('lameenc') is not None}"


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return ""


# espeak-ng takes some 50 ms to start (it loads its German rules and dictionary) and a few
# milliseconds per word after that, so one process speaks many texts: they are given as SSML
# with a pause of BREAK_MS after each, and its recording is cut at those pauses. espeak-ng's
# own pauses inside a text (a comma, a quote) last under 0.3 s at SPEED, so a silence of
# SPLIT_SECONDS or more is one of ours; the cut is trusted only when it gives as many pieces
# as there were texts, and each text is spoken on its own otherwise.
BREAK_MS = 1500
SPLIT_SECONDS = 0.9
# At most this many texts per process: its recording is held in memory whole (a sentence is
# some 5 s, 220 kB).
BATCH = 40
# Silence is told in blocks of 10 ms: a block is silent when no sample in it passes
# SILENCE_LEVEL.
_BLOCK_SECONDS = 0.01


def _espeak(tools: Tools, text: str, ssml: bool) -> tuple[int, bytes]:
    """The sample rate and samples of espeak-ng speaking `text`; OSError or
    subprocess.SubprocessError (with espeak-ng's own message) when it fails."""
    args = [tools.espeak, "-v", VOICE, "-s", str(SPEED), "-b", "1", "--stdout", "--stdin"]
    if ssml:
        args.insert(1, "-m")
    # The text goes in on standard input, so nothing in it is read as an option.
    done = subprocess.run(args, input=text.encode("utf-8"), capture_output=True, timeout=300)
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise OSError(message)
    return read_wav(done.stdout)


def _plain(text: str) -> str:
    # "[[" would start espeak-ng's phoneme input, which no article text means.
    return text.replace("[[", "[ [")


def synthesize(text: str, tools: Tools) -> bytes:
    """The text spoken by espeak-ng's German voice, as MP3 bytes; OSError or
    subprocess.SubprocessError when espeak-ng fails."""
    rate, samples = _espeak(tools, _plain(text), ssml=False)
    return encode_mp3(trim_silence(samples, rate), rate)


def synthesize_batch(texts: Sequence[str], tools: Tools) -> list[bytes]:
    """Each text spoken, as MP3 bytes, by one espeak-ng process (see BREAK_MS); each text on
    its own when the recording does not cut into as many pieces."""
    if len(texts) == 1:
        return [synthesize(texts[0], tools)]
    pause = f'<break time="{BREAK_MS}ms"/>'
    document = "<speak>" + "".join(f"<s>{html.escape(_plain(t))}</s>{pause}"
                                   for t in texts) + "</speak>"
    rate, samples = _espeak(tools, document, ssml=True)
    pieces = split_at_pauses(samples, rate)
    if len(pieces) != len(texts):
        return [synthesize(t, tools) for t in texts]
    return [encode_mp3(trim_silence(piece, rate), rate) for piece in pieces]


def _loud_blocks(samples: bytes, rate: int) -> tuple[array, int, list[bool]]:
    """The samples, the block size, and whether each block is loud (a sample in it passes
    SILENCE_LEVEL either way)."""
    values = array("h")
    values.frombytes(samples)
    size = max(1, int(rate * _BLOCK_SECONDS))
    return values, size, _loud(values, size)


def _loud(values: array, size: int) -> list[bool]:
    # numpy (which the NLP pipeline has imported already) tells a block of a batch's 20 s of
    # samples in 15 ms where a loop over the blocks took ~0.1 s, several times per batch. The
    # same comparisons on the same 16-bit values, so the same answer: no `abs`, which a 16-bit
    # -32768 would overflow.
    import numpy

    if not values:
        return []
    samples = numpy.frombuffer(values, dtype=numpy.int16)
    passes = (samples > SILENCE_LEVEL) | (samples < -SILENCE_LEVEL)
    return numpy.logical_or.reduceat(passes, numpy.arange(0, len(samples), size)).tolist()


def split_at_pauses(samples: bytes, rate: int) -> list[bytes]:
    """The recording cut in the middle of every silence of SPLIT_SECONDS or more; the
    pieces that hold sound, in order."""
    values, size, loud = _loud_blocks(samples, rate)
    longest = int(SPLIT_SECONDS / _BLOCK_SECONDS)
    cuts, quiet_from = [0], None
    for block, is_loud in enumerate([*loud, True]):
        if not is_loud:
            quiet_from = block if quiet_from is None else quiet_from
            continue
        if quiet_from is not None and block - quiet_from >= longest:
            cuts.append((quiet_from + block) // 2 * size)
        quiet_from = None
    cuts.append(len(values))
    pieces = [values[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    # A piece holds sound when one of every size // 4 of its samples passes the level.
    return [p.tobytes() for p in pieces if any(_loud(p[:: max(1, size // 4)], len(p)))]


def trim_silence(samples: bytes, rate: int) -> bytes:
    """The samples with leading and trailing silence cut to KEEP_SILENCE_SECONDS."""
    values, size, loud = _loud_blocks(samples, rate)
    if not any(loud):
        return samples
    first = loud.index(True) * size
    last = (len(loud) - loud[::-1].index(True)) * size
    keep = int(KEEP_SILENCE_SECONDS * rate)
    return values[max(0, first - keep): min(len(values), last + keep)].tobytes()


def encode_mp3(samples: bytes, rate: int) -> bytes:
    """16-bit mono samples as MP3 (BITRATE, QUALITY), by LAME through lameenc."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(QUALITY)
    return bytes(encoder.encode(samples) + encoder.flush())


def read_wav(data: bytes) -> tuple[int, bytes]:
    """The sample rate and the 16-bit mono samples of espeak-ng's WAV output. espeak-ng
    writes to a pipe before it knows the length, so the header's sizes are placeholders:
    the samples are whatever follows the "data" chunk's header."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise OSError("espeak-ng wrote no WAV data")
    at = 12
    rate = 22050
    while at + 8 <= len(data):
        kind, size = data[at:at + 4], struct.unpack("<I", data[at + 4:at + 8])[0]
        if kind == b"fmt ":
            channels, rate, _, _, bits = struct.unpack("<HIIHH", data[at + 10:at + 24])
            if channels != 1 or bits != 16:
                raise OSError(f"espeak-ng wrote {channels} channels of {bits} bits")
        elif kind == b"data":
            samples = data[at + 8:]
            return rate, samples[: len(samples) // 2 * 2]
        at += 8 + size + (size & 1)
    raise OSError("espeak-ng's WAV output has no data")


def _cache_key(text: str, tools: Tools) -> bytes:
    digest = hashlib.blake2b(_CACHE_ENTRY, digest_size=20)
    digest.update(f"{SETTINGS}\0{tools.fingerprint}\0{text}".encode())
    return digest.digest()


class Store(Protocol):
    """Where recordings are kept between builds: `learner.build` hands in the article cache."""

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The recordings it holds of those under `keys`."""
        ...

    def put(self, key: bytes, data: bytes) -> None: ...


def synthesize_all(texts: Iterable[str], tools: Tools, *, store: Store | None = None,
                   workers: int | None = None) -> dict[str, bytes]:
    """MP3 bytes for each text, from `store` where it has them, the rest synthesized by
    `workers` espeak-ng processes at a time (default: one per core), each speaking a share
    of them (`synthesize_batch`), and put in `store`. Texts espeak-ng fails on have none
    (one warning for all of them)."""
    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    found: dict[str, bytes] = {}
    if store is not None:
        keys = {text: _cache_key(text, tools) for text in texts}
        stored = store.get_many(keys.values())
        found = {text: stored[key] for text, key in keys.items() if key in stored}
    missing = [t for t in texts if t not in found]
    if not missing:
        return found
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count() or 1
    # As many batches as workers, or more when they would pass BATCH texts; interleaved, so
    # each holds words and sentences alike.
    count = max(workers, -(-len(missing) // BATCH))
    batches = [missing[i::count] for i in range(min(count, len(missing)))]
    failed: list[str] = []
    reasons: list[str] = []
    # Threads suffice: each waits on its own espeak-ng process, which does the work.
    with ThreadPoolExecutor(max(1, min(workers, len(batches)))) as pool:
        for batch, result in zip(batches, pool.map(lambda b: _try_batch(b, tools), batches),
                                 strict=True):
            if isinstance(result, str):
                failed += batch
                reasons.append(result)
                continue
            for text, mp3 in zip(batch, result, strict=True):
                found[text] = mp3
                if store is not None:
                    store.put(_cache_key(text, tools), mp3)
    if failed:
        warnings.warn(AudioWarning(
            f"{ESPEAK} failed ({reasons[0][:120]}), so {len(failed)} of {len(texts)} texts "
            "have no audio"), stacklevel=2)
    return found


def _try_batch(texts: list[str], tools: Tools) -> list[bytes] | str:
    try:
        return synthesize_batch(texts, tools)
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc) or type(exc).__name__


# --- the notes -----------------------------------------------------------------------------

_FIELD_INDEX = {name: i for i, name in enumerate(deck.FIELDS)}


def _field(note: genanki.Note, name: str) -> str:
    return note.fields[_FIELD_INDEX[name]]


def _set(note: genanki.Note, name: str, value: str) -> None:
    note.fields[_FIELD_INDEX[name]] = value


def add_audio(
    package: genanki.Package,
    words: Sequence[Word],
    entries: Mapping[tuple[str, str], Entry],
    choice: str = DEFAULT_AUDIO,
    *,
    store: Store | None = None,
    workers: int | None = None,
    spoken_nouns: Mapping[str, str] | None = None,
    packaged: Mapping[str, deck.PackagedFile] | None = None,
    packaged_tools: str | None = None,
) -> dict[str, bytes | deck.PackagedFile]:
    """Fill the package's notes' audio fields as `choice` says, and return the media the
    .apkg must carry (file name -> MP3 bytes; empty for tts and none). `spoken_nouns` may
    hold nouns' `spoken_compound` (see `spoken_word`).

    `packaged` are recordings the deck being replaced holds (`deck.packaged_media`), made by
    the tools whose `Tools.fingerprint` is `packaged_tools`: with the same tools, a media
    name is the same recording (`media_name` hashes the text and settings), so those are
    taken from there, as they lie, and neither read from `store` nor synthesized.

    "word" and "word+sentence" need espeak-ng: without it, one warning and no audio."""
    check_audio(choice)
    notes = [n for d in package.decks for n in d.notes]
    media = _fill(notes, words, entries, choice, store, workers, spoken_nouns,
                  packaged, packaged_tools) if notes else {}
    _drop_silent_listening(package)
    return media


def _drop_silent_listening(package: genanki.Package) -> None:
    """A listening card needs something to hear: where a note has neither a recording nor
    text-to-speech, its listening card is switched off, and a note left with no card goes
    (as `deck.build_package` leaves out notes without cards)."""
    listening = deck.CARD_KINDS.index("listening")
    for d in package.decks:
        for note in d.notes:
            if not _field(note, "AddListening"):
                continue
            heard = _field(note, "Audio") or _field(note, "WordTTS")
            if not heard:
                _set(note, "AddListening", "")
            # genanki works a note's cards out once (a cached property), from the fields as
            # they were: again, now. It reads {{tts ...}} as no content, where Anki hears it.
            note.__dict__.pop("cards", None)
            if heard and all(card.ord != listening for card in note.cards):
                note.cards.append(genanki.Card(listening))
        d.notes[:] = [n for n in d.notes if n.cards]


def _fill(
    notes: list[genanki.Note], words: Sequence[Word],
    entries: Mapping[tuple[str, str], Entry], choice: str, store: Store | None,
    workers: int | None, spoken_nouns: Mapping[str, str] | None = None,
    packaged: Mapping[str, deck.PackagedFile] | None = None, packaged_tools: str | None = None,
) -> dict[str, bytes | deck.PackagedFile]:
    if choice == "none":
        return {}
    by_guid = {deck.note_guid(w): w for w in words}
    sentence_too = choice.endswith("+sentence")
    if choice.startswith("tts"):
        for note in notes:
            word = by_guid.get(note.guid)
            if word is None:
                continue
            _set(note, "WordTTS", html.escape(_tts_word(word, entries)))
            if sentence_too:
                _set(note, "SentenceTTS", _field(note, "Sentence"))
        return {}
    tools = find_tools()
    if isinstance(tools, str):
        warnings.warn(AudioWarning(tools), stacklevel=2)
        return {}
    wanted: list[tuple[genanki.Note, str, str]] = []
    for note in notes:
        word = by_guid.get(note.guid)
        if word is None:
            continue
        wanted.append((note, "Audio", spoken_word(word, entries.get(word.key, EMPTY),
                                                  spoken_nouns)))
        if sentence_too and (sentence := html.unescape(_field(note, "Sentence"))):
            wanted.append((note, "SentenceAudio", spoken_sentence(sentence)))
    if packaged_tools != tools.fingerprint:
        packaged = None  # another espeak-ng or lameenc: the same name, another recording
    names = {text: media_name(text) for _, _, text in wanted}
    kept = {text: packaged[name] for text, name in names.items()
            if packaged is not None and name in packaged}
    mp3s: dict[str, bytes | deck.PackagedFile] = {**kept, **synthesize_all(
        (text for text in names if text not in kept), tools, store=store, workers=workers)}
    media: dict[str, bytes | deck.PackagedFile] = {}
    for note, field, text in wanted:
        if text in mp3s:
            name = names[text]
            media[name] = mp3s[text]
            _set(note, field, f"[sound:{name}]")
    return media


def _tts_word(word: Word, entries: Mapping[tuple[str, str], Entry]) -> str:
    # Anki's voices read a compound well on their own; the article is said with a noun.
    entry = entries.get(word.key, EMPTY)
    article = deck.ARTICLES.get(entry.gender) if word.pos == "NOUN" else None
    return f"{article} {word.lemma}" if article else deck.display(word, entry)
