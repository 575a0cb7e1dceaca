"""Whether two builds of the dictionary's index hold the same rows, as look-ups read them.

    python bench/index_identity.py OLD.sqlite [NEW.sqlite]

Without NEW, the index is built from the installed Ding file (`dictionary.find_source`) with
the code of this checkout, into a temporary file. Each table (entry, plural, part, context,
governs, frame, english, field, subject, noun_end) is compared as look-ups see it: the entry
and plural rows of each key in insertion order (a look-up that picks the first of equal rows,
`Dictionary.entry_row` or the plural table's, depends on that order), the others' rows as
sorted lists (their queries order, count or collect them in sets, or ask whether one exists;
the build writes the part rows in an order that varies with Python's string hashing, the
english rows sorted; noun_end holds two rows, each a whole packed list). The meta table
differs only by the recorded INDEX_VERSION and is left out. Prints one line per table and
exits 1 when any differs. To make OLD, build the index with the older code, in a checkout of
the older commit:

    python -c "from pathlib import Path; from learner import dictionary as d; \
        d.build_index(d.find_source(), Path('/tmp/old.sqlite'))"
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner import dictionary  # noqa: E402

TABLES = ("entry", "plural", "part", "context", "governs", "frame", "english", "field",
          "subject", "noun_end")
# The columns a look-up selects rows by, for the tables where the order of its rows matters.
KEYED = {"entry": 2, "plural": 1}


def table_rows(path: Path, table: str) -> list[tuple]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # Only the keyed tables' order counts, and english (WITHOUT ROWID) has no rowid.
        order = " ORDER BY rowid" if table in KEYED else ""
        rows = db.execute(f"SELECT * FROM {table}{order}").fetchall()
    except sqlite3.OperationalError:
        rows = []  # an older index without this table: every row of the other differs
    finally:
        db.close()
    if table not in KEYED:
        return sorted(rows)
    # Stable sort by the look-up key: each key's rows keep their insertion order.
    return sorted(rows, key=lambda row: row[: KEYED[table]])


def compare(old: Path, new: Path) -> bool:
    same = True
    for table in TABLES:
        a, b = table_rows(old, table), table_rows(new, table)
        digest = hashlib.sha1(repr(b).encode("utf-8")).hexdigest()[:12]
        if a == b:
            print(f"{table}: {len(b)} rows, identical (sha1 {digest})")
            continue
        same = False
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                     min(len(a), len(b)))
        print(f"{table}: DIFFERS: {len(a)} rows before, {len(b)} now; first difference at "
              f"row {first}: {a[first] if first < len(a) else None!r} -> "
              f"{b[first] if first < len(b) else None!r}")
        print(f"  {len(set(a) - set(b))} rows only before, {len(set(b) - set(a))} only now")
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?")
    args = parser.parse_args()
    if args.new is not None:
        return 0 if compare(args.old, args.new) else 1
    source = dictionary.find_source()
    if source is None:
        print("no dictionary: install trans-de-en or set LEARNER_DICTIONARY")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        new = Path(tmp) / "index.sqlite"
        dictionary.build_index(source, new)
        return 0 if compare(args.old, new) else 1


if __name__ == "__main__":
    sys.exit(main())
