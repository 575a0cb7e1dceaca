"""What a command made, kept alive until the process ends when the command line asks for it."""

from __future__ import annotations

# What the commands made, kept until the process ends when the command line asked for it
# (`keep_until_exit`, by `cli.entry`, which then ends the process without freeing anything):
# a rebuild after one new article otherwise freed its 25,000 merged words, 12,800 notes and
# the memos object by object as each function returned, ~0.15 s of its CPU time after the
# deck was written. The system takes the memory back at once. None: freed as usual (a
# program or a test that calls these functions).
_kept: list[dict] | None = None


def keep_until_exit() -> None:
    """Keep what `build_deck` made alive after it returns, for a process that ends without
    freeing it (see `cli.entry`). Only what is alive when the deck is written: the peak
    memory stays the same."""
    global _kept
    if _kept is None:
        _kept = []


def keep_alive(names: dict) -> None:
    if _kept is not None:
        _kept.append(names)
