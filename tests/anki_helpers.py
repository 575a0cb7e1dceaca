"""Studying in the real `anki` package, and reading back a card's schedule and review history.

Importing goes through tests.anki_collection (the desktop import dialog's default options).
"""

from __future__ import annotations

import pytest

pytest.importorskip("anki.collection")

from anki.scheduler.v3 import CardAnswer  # noqa: E402


def study(col, deck_name: str, count: int) -> list[int]:
    """Answer the first `count` due cards of the deck "Good", as a learner in the reviewer
    would; returns the ids of the cards answered."""
    col.decks.select(col.decks.id_for_name(deck_name))
    answered = []
    for _ in range(count):
        queued = col.sched.get_queued_cards().cards
        if not queued:
            break
        card = col.get_card(queued[0].card.id)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=queued[0].states,
                                                     rating=CardAnswer.GOOD))
        answered.append(card.id)
    return answered


def schedule(col, card_id: int) -> dict:
    """What Anki knows of a card's learning: queue, due, interval, ease, reps, lapses, its
    deck, and every review logged for it."""
    card = col.get_card(card_id)
    return {
        "note": card.nid, "template": card.ord, "deck": card.did,
        "type": card.type, "queue": card.queue, "due": card.due, "ivl": card.ivl,
        "factor": card.factor, "reps": card.reps, "lapses": card.lapses,
        "left": card.left, "flags": card.flags, "memory_state": str(card.memory_state),
        "revlog": col.db.all("SELECT id, ease, ivl, lastIvl, factor, time, type FROM revlog "
                             "WHERE cid = ? ORDER BY id", card_id),
    }


def cards_by_note(col) -> dict[str, list[int]]:
    """Card ids of each note, keyed by the note's Lemma field."""
    found: dict[str, list[int]] = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        found.setdefault(note["Lemma"], []).extend(c.id for c in note.cards())
    return found
