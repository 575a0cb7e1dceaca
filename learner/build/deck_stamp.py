"""A deck that is already what the build would write: the hash of a build's inputs and the
identity of the file it wrote, remembered per output path.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from learner import article_cache, audio, deck, errors
from learner.build.analysis import word_record
from learner.build.corpus import FileKeys
from learner.build.glosses import dictionary_identity, memo_cache
from learner.readers import is_address, read_articles
from learner.vocabulary import Word

# --- a deck that is already what the build would write -------------------------------------
#
# A rebuild in which nothing changed (the same words with the same examples and Zipf, the same
# dictionary file, card kinds, deck name, learner code and packages) would write the deck that
# is already there. The article cache remembers, per output path, a hash of those inputs and
# the identity of the file it wrote (device, inode, size and time: `deck.file_identity`); when
# both still match, the file is left as it is, like `make` leaves a target newer than its
# sources. Any other change, or a deck edited or replaced since, builds
# as always.

def deck_stamp(
    words: Sequence[Word], dictionary: object, deck_name: str, card_kinds: Sequence[str],
    model: str, audio_choice: str = audio.DEFAULT_AUDIO, keep_unglossed: bool = False,
    digests: dict[tuple[str, str], bytes] | None = None,
) -> bytes | None:
    """A hash of everything the deck is made from; None when that cannot be told (a
    dictionary object of another kind). A word with a digest (`record_digest` of its merged
    record) is hashed as the digest, its Zipf and its examples' unknown words, the rest of
    its record being what the digest hashed (~0.2 s of CPU for 13,000 words, against
    ~0.02 s)."""
    identity = dictionary_identity(dictionary)
    if identity is None:
        return None
    import hashlib
    import marshal

    digest = hashlib.blake2b(article_cache.analysis_key(model), digest_size=20)
    digest.update(identity)
    # The audio choice, and whether its tools are there: installing espeak-ng makes the
    # next build write the deck with audio.
    tools_seen = audio.tools_signature() if audio_choice.startswith("word") else ""
    digest.update(marshal.dumps((deck_name, tuple(card_kinds), audio_choice, tools_seen,
                                 keep_unglossed)))
    strings: dict[str, str] = {}
    digests = digests or {}
    digest.update(marshal.dumps(tuple(
        (digests[w.key], w.zipf, tuple(e.unknown for e in w.examples)) if w.key in digests
        else word_record(w, strings) for w in words)))
    return digest.digest()


def _deck_entry_key(path: Path) -> bytes:
    return article_cache.entry_key(b"deck", str(path.resolve()), b"")


def _file_identity(path: Path) -> tuple[int, int, int, int] | None:
    # The deck as a file (`deck.file_identity`), not its bytes: hashing a 78 MB deck with its
    # recordings took ~0.1 s of CPU at each rebuild, and an edited or replaced deck has
    # another time or inode all the same.
    try:
        return deck.file_identity(path.stat())
    except OSError:
        return None


def unchanged_deck(
    path: Path, deck_name: str, *, stamp: bytes | None = None, inputs: bytes | None = None
) -> deck.DeckSummary | None:
    """The summary of the deck at `path` when it is the one these inputs make (the words'
    `stamp`, or the `inputs` fingerprint it was remembered with), else None."""
    cache = memo_cache()
    if cache is None:
        return None
    try:
        entry = cache.get(_deck_entry_key(path))
    finally:
        cache.close()
    if entry is None:
        return None
    try:
        saved_stamp, saved_file, notes, cards, saved_inputs = article_cache.unpack(entry.value)
    except (ValueError, TypeError):
        return None
    if stamp is not None and saved_stamp != stamp:
        return None
    if inputs is not None and saved_inputs != inputs:
        return None
    if (stamp is None and inputs is None) or tuple(saved_file) != _file_identity(path):
        return None
    return deck.DeckSummary(path, deck_name, notes, cards)


def remember_deck(summary: deck.DeckSummary, stamp: bytes, inputs: bytes | None,
                   identity: tuple[int, int, int, int] | None = None) -> None:
    """Remember the deck at `summary.path` as the one these inputs make; `identity` is the
    file's as written (`deck.WrittenPackage`), else the file there now is taken."""
    identity = identity or _file_identity(summary.path)
    cache = memo_cache()
    if cache is None or identity is None:
        return
    try:
        cache.put(_deck_entry_key(summary.path), article_cache.Entry(
            article_cache.pack((stamp, identity, summary.notes, summary.cards, inputs)),
            article_cache.MEMO_MARK))
    finally:
        cache.close()


def inputs_fingerprint(
    paths: Sequence[str | Path], model: str, options: tuple,
    on_new: Callable[[int], None] | None = None,
) -> tuple[bytes, list[warnings.WarningMessage]] | None:
    """A hash of everything the words are made from: the analysis key (learner's code and
    data, the packages, the model), each file's entry key (its name and bytes) in reading
    order, and `options`; with the warnings reading the files gives, not yet shown, when the
    article cache holds every input file, else None in their place (the hash is then the one
    the deck built from these files is remembered with). None without the cache, or when a
    web address is given (fetched afresh each time).

    The same inputs make the same words, so a deck remembered with this fingerprint, and
    unchanged since, is what the build would write again; checking that costs reading and
    hashing the files (~0.1 s for 600 articles), not decoding and merging their analyses.
    When the cache holds some of the files, `on_new` is told how many bytes the others have.
    """
    import hashlib
    import marshal

    if any(is_address(p) for p in paths):
        return None
    cache = memo_cache()
    if cache is None:
        return None
    key = article_cache.analysis_key(model)
    digest = hashlib.blake2b(key, digest_size=20)
    digest.update(marshal.dumps(options))
    # Each file, its entry key, and how many warnings reading had given before it: its
    # stored warnings go there, in reading order.
    files: list[tuple[Path, bytes, int]] = []
    sizes: dict[bytes, int] = {}

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")

            keys = FileKeys(cache, key)

            def read(path: Path) -> list[Path]:
                entry_key, size, _ = keys.key_of(path)
                files.append((path, entry_key, len(caught)))
                sizes[entry_key] = size
                return [path]

            read_articles(paths, read=read)
            keys.save()
            # One query for all the files' entries, their warnings only (not their analyses).
            stored = cache.warnings_many(entry_key for _, entry_key, _ in files)
            if len(stored) != len(sizes):
                if stored and on_new is not None:
                    on_new(sum(n for k, n in sizes.items() if k not in stored))
                for _, entry_key, _ in files:
                    digest.update(entry_key)
                return digest.digest(), None
            own = caught[:]
            shown: list[warnings.WarningMessage] = []
            done = 0
            for path, entry_key, before in files:
                digest.update(entry_key)
                shown += own[done:before]
                done = before
                del caught[:]
                for kind, message in stored[entry_key]:
                    category = getattr(errors, kind, errors.LearnerWarning)
                    warnings.warn(category(message.replace(article_cache.PATH_MARK,
                                                           str(path))), stacklevel=2)
                shown += caught
            caught[:] = shown + own[done:]
    finally:
        cache.close()
    return digest.digest(), caught
