"""Import .apkg files into a fresh collection with the real `anki` package, the way Anki's
desktop import dialog does with its default options, and read back what Anki stored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

anki_collection = pytest.importorskip("anki.collection")
Collection = anki_collection.Collection
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest


def new_collection(folder: Path):
    return Collection(str(folder / "collection.anki2"))


def import_package(col, path: Path) -> dict[str, int]:
    options = col._backend.get_import_anki_package_presets()  # the desktop dialog's defaults
    log = col.import_anki_package(
        ImportAnkiPackageRequest(package_path=os.path.abspath(path), options=options)
    ).log
    return {kind: len(getattr(log, kind)) for kind in ("new", "updated", "duplicate",
                                                        "conflicting")}


def notes_by_lemma(col) -> dict[str, dict[str, str]]:
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        fields = dict(note.items())
        assert fields["Lemma"] not in notes, f"duplicate note {fields['Lemma']}"
        notes[fields["Lemma"]] = fields
    return notes


def review(col, note, interval: int, suspended: bool = False) -> None:
    """Give every card of `note` a review interval of `interval` days, as if the learner had
    studied it (Anki's "set due date" with "!", which sets the interval too)."""
    ids = note.card_ids()
    col.sched.set_due_date(ids, f"{interval}!")
    if suspended:
        col.sched.suspend_cards(ids)
