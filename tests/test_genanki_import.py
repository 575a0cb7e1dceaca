"""genanki imported without asyncio (learner/genanki_import.py), its notes as genanki's own."""

from __future__ import annotations

import subprocess
import sys

from learner import deck
from learner.genanki_import import genanki


def test_learner_starts_without_importing_asyncio():
    # A fresh process: this one's pytest may have imported asyncio already.
    code = ("import sys, learner.cli; print('asyncio' in sys.modules); import cached_property; "
            "print(hasattr(cached_property, 'threaded_cached_property'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    # learner's import left asyncio out, and the package itself is there whole afterwards.
    assert out == ["False", "True"]


def test_a_notes_cards_are_worked_out_once_and_kept_as_genankis_are():
    fields = [""] * len(deck.FIELDS)
    fields[deck.FIELDS.index("Lemma")] = "Feuerpause"
    fields[deck.FIELDS.index("Gloss")] = "ceasefire"
    fields[deck.FIELDS.index("AddRecognition")] = "y"
    note = genanki.Note(model=deck.NOTE_TYPE, fields=fields)
    cards = note.cards
    assert [c.ord for c in cards] == [deck.CARD_KINDS.index("recognition")]
    assert note.cards is cards and note.__dict__["cards"] is cards
    del note.__dict__["cards"]  # as learner.audio does to have them worked out again
    assert [c.ord for c in note.cards] == [c.ord for c in cards]
