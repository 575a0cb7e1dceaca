"""`build_deck`: articles to words to a deck file, with the memos of earlier builds."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from learner import audio, deck, frequency, known, nlp
from learner.build.deck_memos import (
    ReadAhead,
    add_audio,
    inputs_key,
    notes_made,
    remember_notes,
    remember_package,
    remembered_sounds,
)
from learner.build.deck_names import check_deck_name, deck_name_for, file_safe
from learner.build.deck_stamp import deck_stamp, inputs_fingerprint, remember_deck, unchanged_deck
from learner.build.glosses import Glossed, look_up, look_up_remembered
from learner.build.kept import keep_alive
from learner.build.tagging import ProgressCallback
from learner.build.words import find_words_and_corpus
from learner.build.workers import PARALLEL_MIN_CHARS, start_tagging_early, stop_tagging_early
from learner.dictionary import (
    Dictionary,
    article_fields,
)
from learner.vocabulary import Word

DEFAULT_DECK_FOLDER = Path("decks")


def build_deck(
    paths: Sequence[str | Path],
    output: str | Path | None = None,
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    model: str = nlp.DEFAULT_MODEL,
    card_kinds: Sequence[str] = deck.DEFAULT_CARD_KINDS,
    audio_choice: str = audio.DEFAULT_AUDIO,
    order: str = "frequency",
    max_cards: int | None = None,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    dictionary: Dictionary | Callable[[], Dictionary | None] | None = None,
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    deck_name: str | None = None,
    threshold_for_looked_up: bool = False,
    use_cache: bool = True,
    keep_unglossed: bool = False,
    words_needed: bool = True,
) -> tuple[deck.DeckSummary, list[Word]]:
    """Build the deck for the articles under `paths` and write it to `output`, glossed from
    `dictionary` when there is one.

    `dictionary` may be a function that opens it: it is then called only once the articles
    have been read, so bad input fails before a first run spends seconds indexing Ding.

    New cards reach the learner in the order of `order` (see `deck.build_package`);
    `audio_choice` says which pronunciation they carry (see `learner.audio`). Words no
    dictionary knows are left out unless `keep_unglossed` (see `Glossed`), before
    `max_cards` counts. Returns the deck's summary and its words.

    With `words_needed=False` (the caller reads only the summary), a rebuild whose every input
    file, option and dictionary is as when the deck at `output` was written, and whose deck
    is unchanged since, leaves the deck as it is without analysing the articles at all (see
    `inputs_fingerprint`); the words returned are then empty.
    """
    card_kinds = deck.check_card_kinds(card_kinds)
    audio.check_audio(audio_choice)
    if deck_name is not None:
        deck_name = check_deck_name(deck_name)
        name = deck_name.rsplit("::", 1)[-1]
    else:
        name = deck_name_for(paths)
        deck_name = f"German::{name}"
    path = Path(output) if output else DEFAULT_DECK_FOLDER / f"{file_safe(name)}.apkg"
    deck.check_output(path)  # before the articles are read: fail in a second, not a minute
    inputs = pending = None
    # Options whose change changes the words or the notes; the articles, the model and
    # learner's code are in the fingerprint through the files' entry keys.
    options = (max_zipf, order, max_cards, threshold_for_looked_up, deck_name,
               tuple(card_kinds), audio_choice, keep_unglossed,
               audio.tools_signature() if audio_choice.startswith("word") else "")
    if use_cache and not known_words:
        found = inputs_fingerprint(paths, model, options, on_new=lambda size: (
            start_tagging_early(model) if size < PARALLEL_MIN_CHARS else None))
        if found is not None:
            # The files as read now are the ones the deck is built from and remembered with:
            # one changed during the build makes the next build see a change.
            pending = found[0]
        if found is not None and found[1] is not None:
            if callable(dictionary):
                dictionary = dictionary()
            inputs = inputs_key(pending, dictionary)
            if inputs is not None:
                unchanged = (unchanged_deck(path, deck_name, inputs=inputs)
                             if not words_needed else None)
                if unchanged is not None:
                    for w in found[1]:  # what reading the files says, said as a build says it
                        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
                    return unchanged, []
    try:
        # The deck being replaced keeps its words, known or not, so their notes go on updating.
        keep = known.deck_lemmas(path) if known_words else frozenset()
        glossed = None if keep_unglossed else Glossed(dictionary, model if use_cache else None)
        ahead = ReadAhead(path, model, audio_choice, glossed) if use_cache else None
        words, corpus = find_words_and_corpus(
            paths, max_zipf=max_zipf, model=model, order=order, max_cards=max_cards,
            on_article=on_article, known_words=known_words, keep=keep,
            known_min_interval=known_min_interval, known_field=known_field,
            threshold_for_looked_up=threshold_for_looked_up, use_cache=use_cache, usable=glossed,
            while_tagging=ahead)
        if glossed is not None:
            dictionary = glossed.dictionary
        elif callable(dictionary):
            dictionary = dictionary()
        stamp = (deck_stamp(words, dictionary, deck_name, card_kinds, model, audio_choice,
                             keep_unglossed, corpus.digests)
                 if use_cache else None)
        unchanged = unchanged_deck(path, deck_name, stamp=stamp) if stamp else None
        if glossed is not None:
            glossed.save()
        if unchanged is not None:
            if inputs is None and not known_words:
                inputs = inputs_key(pending, dictionary)
            if inputs is not None:
                remember_deck(unchanged, stamp, inputs)
            return unchanged, words
        entries = glossed.entries if glossed is not None else {}
        missing = [w for w in words if w.key not in entries]
        if missing:
            fields = (glossed.fields if glossed is not None
                      else article_fields(corpus.words, dictionary))
            entries.update(look_up_remembered(missing, dictionary, model, fields) if use_cache
                           else look_up(missing, dictionary, fields))
        ipa, spoken = (remembered_sounds(words, model, audio_choice.startswith("word"),
                                          ahead.sounds)
                       if ahead is not None else (None, None))
        made = notes_made(corpus.digests, ahead.notes) if ahead is not None else None
        package = deck.build_package(words, entries, deck_name, card_kinds, ipa=ipa, made=made)
        if made is not None and (made.new or len(made.now) != len(made.before)):
            remember_notes(path, model, made)
        note_time, packaged, tools = ahead.package if ahead is not None else (None, None, None)
        media = add_audio(package, words, entries, audio_choice, use_cache, spoken,
                           packaged, tools)
        written = deck.write_package(package, path, media=media,
                                     timestamp=deck.note_timestamp(path, newest=note_time))
        if use_cache:
            remember_package(path, model, written, audio_choice)
        notes = [n for d in package.decks for n in d.notes]
        cards = sum(len(n.cards) for n in notes)
        summary = deck.DeckSummary(path, deck_name, len(notes), cards)
        if stamp:
            if inputs is None and not known_words:
                # A first build: every file is in the article cache now.
                inputs = inputs_key(pending, dictionary)
            remember_deck(summary, stamp, inputs, written.identity)
        return summary, words
    finally:
        stop_tagging_early()  # a worker started early that no analysis took
        keep_alive(locals())
