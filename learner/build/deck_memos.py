"""What the build of a deck keeps for the next one: the package it wrote, the words'
pronunciations and recordings' spellings, and the notes it made.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path

from learner import article_cache, audio, deck
from learner.build.corpus import ZIPF_MEMO_WORDS
from learner.build.glosses import Glossed, dictionary_identity, memo_cache
from learner.dictionary import (
    Entry,
)
from learner.vocabulary import Word


class ReadAhead:
    """What a build reads from the article cache once the articles are analysed, but which
    does not depend on them: the notes of the deck's last build, the package it wrote, the
    words' pronunciations, and the dictionary entries met before (`Glossed.read_memos`).

    Called (as `analyse_paths`'s `while_tagging`), it reads them all while a background
    process tags a few new articles: a rebuild after one new article waited ~0.3 s for it,
    and reading them took about as long. Otherwise each is read when first wanted.
    """

    def __init__(self, path: Path, model: str, choice: str, glossed: Glossed | None) -> None:
        self.path, self.model, self.choice, self.glossed = path, model, choice, glossed

    def __call__(self) -> None:
        for name in ("notes", "package", "sounds"):
            getattr(self, name)
        if self.glossed is not None:
            self.glossed.read_memos()
        if self.choice.startswith("word"):
            # The recordings' tools, found once per process (~0.01 s: lameenc's version is
            # read from its metadata), found now rather than when the notes are filled.
            audio.find_tools()

    @cached_property
    def notes(self) -> tuple[dict[bytes, tuple], dict[bytes, tuple]] | None:
        return _stored_notes(self.path, self.model)

    @cached_property
    def package(self) -> tuple[int | None, dict[str, deck.PackagedFile] | None, str | None]:
        return _previous_package(self.path, self.model, self.choice)

    @cached_property
    def sounds(self) -> tuple[dict[str, str], dict[str, str]] | None:
        return _sounds_memo(self.model)


class _AudioStore:
    """The article cache as `audio.Store`: recordings are entries like the Zipf memo."""

    def __init__(self, cache: article_cache.ArticleCache) -> None:
        self.cache = cache

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        return self.cache.get_many(keys)

    def put(self, key: bytes, data: bytes) -> None:
        self.cache.put(key, article_cache.Entry(data, article_cache.MEMO_MARK))


def add_audio(
    package: object, words: Sequence[Word], entries: dict[tuple[str, str], Entry],
    choice: str, use_cache: bool, spoken: dict[str, str] | None = None,
    packaged: dict[str, deck.PackagedFile] | None = None, tools: str | None = None,
) -> dict[str, bytes | deck.PackagedFile]:
    """`audio.add_audio`, with the article cache keeping the recordings when it may, and the
    deck being replaced giving those it holds (`packaged`, made by `tools`)."""
    if not use_cache or not choice.startswith("word"):
        return audio.add_audio(package, words, entries, choice)
    cache = memo_cache()
    try:
        store = _AudioStore(cache) if cache is not None else None
        return audio.add_audio(package, words, entries, choice, store=store,
                               spoken_nouns=spoken, packaged=packaged, packaged_tools=tools)
    finally:
        if cache is not None:
            cache.close()


# What `deck.write_package` wrote at each output path (`deck.WrittenPackage`) and with which
# audio tools, kept under the analysis key like the notes below: the next build of that deck
# copies its recordings from it and takes its note time, while the file is still that one (see
# `deck.packaged_media`). ~0.6 MB for 13,000 recordings.
_PACKAGE_ENTRY = "package written"


def _tools_fingerprint(choice: str) -> str:
    tools = audio.find_tools() if choice.startswith("word") else None
    return tools.fingerprint if isinstance(tools, audio.Tools) else ""


def _previous_package(
    path: Path, model: str, choice: str
) -> tuple[int | None, dict[str, deck.PackagedFile] | None, str | None]:
    """What the package at `path` holds, as its build remembered it: its notes' time, its
    media files (with `choice` of recordings) and the fingerprint of the tools that made
    them; Nones when it was not remembered or is not that file any more."""
    nothing = None, None, None
    cache = memo_cache()
    if cache is None:
        return nothing
    try:
        memo_key = _notes_key(path, model, _PACKAGE_ENTRY)
        entry = cache.get(memo_key)
        if entry is None:
            return nothing
        try:
            identity, note_time, tools, media = article_cache.unpack(entry.value)
            written = deck.WrittenPackage(tuple(identity), note_time, {
                name: (offset, size, crc) for name, offset, size, crc in media})
        except (ValueError, TypeError):
            cache.damaged(memo_key)
            return nothing
    finally:
        cache.close()
    packaged = deck.packaged_media(path, written, with_media=choice.startswith("word"))
    return (written.note_time, packaged, tools) if packaged is not None else nothing


def remember_package(path: Path, model: str, written: deck.WrittenPackage, choice: str) -> None:
    cache = memo_cache()
    if cache is None:
        return
    try:
        cache.put(_notes_key(path, model, _PACKAGE_ENTRY), article_cache.Entry(
            article_cache.pack((written.identity, written.note_time, _tools_fingerprint(choice),
                                tuple((name, *where) for name, where in written.media.items())),
                               False),
            article_cache.MEMO_MARK))
    finally:
        cache.close()


# Each lemma's IPA (`deck.word_ipa`) and each noun as its recording says it
# (`audio.spoken_compound`) depend on the lemma and learner's lexicons alone, so an earlier
# build's are kept as one more memo entry under the analysis key, like the Zipf memo. For a
# deck of 13,000 words, looking them up (Wiktionary's pronunciations, the compound seams) took
# ~0.55 s of CPU; decoding the memo takes ~0.02 s.
_SOUNDS_ENTRY = "pronunciations of words met before"


def _sounds_key(model: str) -> bytes:
    return article_cache.entry_key(article_cache.analysis_key(model), _SOUNDS_ENTRY, b"")


def _sounds_memo(model: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The memo of IPA and spoken nouns by lemma (see `remembered_sounds`); None without
    the cache."""
    cache = memo_cache()
    if cache is None:
        return None
    try:
        memo_key = _sounds_key(model)
        ipa: dict[str, str] = {}
        spoken: dict[str, str] = {}
        entry = cache.get(memo_key)
        if entry is not None:
            try:
                ipa_items, spoken_items = article_cache.unpack(entry.value)
                ipa, spoken = dict(ipa_items), dict(spoken_items)
            except (ValueError, TypeError):
                cache.damaged(memo_key)
        if len(ipa) + len(spoken) > ZIPF_MEMO_WORDS:
            ipa, spoken = {}, {}
        return ipa, spoken
    finally:
        cache.close()


def remembered_sounds(
    words: Sequence[Word], model: str, spoken_too: bool,
    memo: tuple[dict[str, str], dict[str, str]] | None = None,
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """The words' IPA by lemma and, with `spoken_too`, the nouns' spoken form by lemma: from
    the memo (`_sounds_memo`, read now unless given) where an earlier build made them, the
    rest made now and stored; (None, None) without the cache, when each note makes its own."""
    if memo is None:
        memo = _sounds_memo(model)
    if memo is None:
        return None, None
    ipa, spoken = memo
    new = 0
    for word in words:
        if word.lemma not in ipa:
            ipa[word.lemma] = deck.word_ipa(word.lemma)
            new += 1
        if spoken_too and word.pos == "NOUN" and word.lemma not in spoken:
            spoken[word.lemma] = audio.spoken_compound(word.lemma)
            new += 1
    if new:
        cache = memo_cache()
        if cache is not None:
            try:
                cache.put(_sounds_key(model), article_cache.Entry(
                    article_cache.pack((tuple(ipa.items()), tuple(spoken.items())), False),
                    article_cache.MEMO_MARK))
            finally:
                cache.close()
    return ipa, (spoken if spoken_too else None)


# The notes of a deck's last build (`deck.NotesMade`), kept per output path under the analysis
# key, as memo entries of the article cache: all of them in one entry (12 MB for 12,800 notes,
# ~0.1 s to write), and the ones made since in a second, small one, so a rebuild after one
# article writes a few hundred notes; once more than `_NOTES_MADE_SINCE` were made since, the
# first entry is written again with this build's notes and the second emptied.
_NOTES_ENTRY = "notes of the deck built before"
_NOTES_SINCE_ENTRY = "notes of the deck made since"
_NOTES_MADE_SINCE = 2_000


def _notes_key(path: Path, model: str, name: str = _NOTES_ENTRY) -> bytes:
    return article_cache.entry_key(article_cache.analysis_key(model), name,
                                   os.fsencode(str(path.resolve())))


def notes_made(
    digests: dict[tuple[str, str], bytes],
    stored: tuple[dict[bytes, tuple], dict[bytes, tuple]] | None,
) -> deck.NotesMade | None:
    """The notes the last build of the deck made, by key, from its two memo entries
    (`_stored_notes`); None without the cache. `NotesMade.stored` are those of the first."""
    if stored is None:
        return None
    made = deck.NotesMade(digests, {**stored[0], **stored[1]})
    made.stored = frozenset(stored[0])
    return made


def _stored_notes(
    path: Path, model: str
) -> tuple[dict[bytes, tuple], dict[bytes, tuple]] | None:
    """The notes of the last build of the deck at `path`, by key: the memo's first entry
    and the one of the notes made since; None without the cache."""
    cache = memo_cache()
    if cache is None:
        return None
    try:
        parts: list[dict[bytes, tuple]] = []
        for name in (_NOTES_ENTRY, _NOTES_SINCE_ENTRY):
            memo_key = _notes_key(path, model, name)
            entry = cache.get(memo_key)
            notes: dict[bytes, tuple] = {}
            if entry is not None:
                try:
                    for key, note_fields, tags, guid, ords in article_cache.unpack(entry.value):
                        if len(note_fields) != len(deck.FIELDS) or not isinstance(guid, str):
                            raise ValueError("a note of another layout")
                        notes[key] = (note_fields, tags, guid, ords)
                except (ValueError, TypeError):
                    cache.damaged(memo_key)  # one warning; the notes are made again
                    notes = {}
            parts.append(notes)
        return parts[0], parts[1]
    finally:
        cache.close()


def remember_notes(path: Path, model: str, made: deck.NotesMade) -> None:
    """Keep this build's notes (`made.now`) for the next build of the deck at `path`."""
    cache = memo_cache()
    if cache is None:
        return
    stored = made.stored
    since = {key: note for key, note in made.now.items() if key not in stored}
    try:
        if stored and len(since) <= _NOTES_MADE_SINCE:
            entries = {_NOTES_SINCE_ENTRY: since}
        else:
            entries = {_NOTES_ENTRY: made.now, _NOTES_SINCE_ENTRY: {}}
        for name, notes in entries.items():
            cache.put(_notes_key(path, model, name), article_cache.Entry(
                article_cache.pack(tuple((key, *note) for key, note in notes.items()), False),
                article_cache.MEMO_MARK))
    finally:
        cache.close()


def inputs_key(digest: bytes | None, dictionary: object) -> bytes | None:
    """The fingerprint a deck is remembered with: the inputs' digest (see
    `inputs_fingerprint`) and the dictionary's files; None when either cannot be told."""
    identity = dictionary_identity(dictionary)
    if digest is None or identity is None:
        return None
    return article_cache.entry_key(digest, "deck inputs", identity)
