"""Whether two decks hold the same notes: a speed change must not change a single card.

    python -m learner build CORPUS --no-cache --audio none -o /tmp/before.apkg   # old code
    python -m learner build CORPUS --no-cache --audio none -o /tmp/after.apkg    # new code
    python bench/same_notes.py /tmp/before.apkg /tmp/after.apkg

Compares every note's GUID, fields and tags, the card kinds (ords) each note has, in the order
the notes were written, and the media files each package holds: their names and bytes. Ids
and modification times differ from build to build and are left out. Exit status 0 when all
are the same. `python -m learner words CORPUS --json` of the two versions is compared byte
for byte with `cmp`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path


def notes(package: Path) -> tuple[list[tuple], dict[str, str]]:
    """The notes of an .apkg as (guid, fields, tags, card ords), in the order written, and
    its media files: a hash of each one's bytes, by file name."""
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(package) as z:
        names = z.namelist()
        name = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
        z.extract(name, tmp)
        db = sqlite3.connect(Path(tmp) / name)
        try:
            rows = db.execute(
                "SELECT n.guid, n.flds, n.tags, group_concat(c.ord) FROM notes n "
                "JOIN cards c ON c.nid = n.id GROUP BY n.id ORDER BY n.id").fetchall()
        finally:
            db.close()
        numbered = json.loads(z.read("media")) if "media" in names else {}
        media = {name: hashlib.blake2b(z.read(number)).hexdigest()
                 for number, name in numbered.items()}
    return rows, media


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    (old, old_files), (new, new_files) = notes(args.before), notes(args.after)
    print(f"{len(old)} / {len(new)} notes: {'the same' if old == new else 'DIFFERENT'}; "
          f"files: {'the same' if old_files == new_files else 'DIFFERENT'}")
    for a, b in zip(old, new, strict=False):
        if a != b:
            print(f"first difference:\n  {a}\n  {b}")
            break
    return 0 if (old, old_files) == (new, new_files) else 1


if __name__ == "__main__":
    sys.exit(main())
