"""The cache folder's helpers (learner/cache.py): read-only indexes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from learner import cache
from learner.cache import read_only_index, read_only_uri, write_atomically


def _write(path, value: str) -> None:
    def fill(tmp: str) -> None:
        db = sqlite3.connect(tmp)
        db.executescript(f"CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('{value}');")
        db.commit()
        db.close()

    write_atomically(path, fill)


def test_an_index_replaced_whole_is_read_afresh_by_a_new_connection(tmp_path):
    # Opened as immutable, SQLite takes no locks and checks no journal; that holds because an
    # index is never changed in place: a new one is renamed over it, and a connection keeps
    # reading the file it opened.
    path = tmp_path / "odd name #1?.sqlite"
    _write(path, "first")
    old = sqlite3.connect(read_only_uri(path), uri=True)
    assert old.execute("SELECT v FROM t").fetchone() == ("first",)
    _write(path, "second")
    assert old.execute("SELECT v FROM t").fetchone() == ("first",)
    new = sqlite3.connect(read_only_uri(path), uri=True)
    assert new.execute("SELECT v FROM t").fetchone() == ("second",)
    old.close()
    new.close()


def test_a_read_only_index_is_built_once_and_not_writable(tmp_path):
    path = tmp_path / "index.sqlite"
    built = []

    def rows():
        built.append(1)
        return [("eins",), ("zwei",)]

    def fill(db, data):
        db.execute("CREATE TABLE t (v TEXT)")
        db.executemany("INSERT INTO t VALUES (?)", data)
        db.commit()

    for _ in range(2):
        db = read_only_index(path, rows, fill)
        assert db.execute("SELECT count(*) FROM t").fetchone() == (2,)
        try:
            db.execute("INSERT INTO t VALUES ('drei')")
            raise AssertionError("an index opened read-only took a write")
        except sqlite3.OperationalError:
            pass
        db.close()
    assert built == [1]


def test_package_files_are_hashed_in_pieces_as_their_bytes_hash(tmp_path, monkeypatch):
    # mem38: reading a 25 MB data file whole left glibc's mmap threshold at 25 MB for the
    # rest of the process. The digests are those of the files' bytes, read in pieces.
    (tmp_path / "rules.py").write_text("ENDINGS = ('e', 'en')\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    table = bytes(range(256)) * 20_000  # 5 MB: more than one piece
    (tmp_path / "data" / "table.sqlite").write_bytes(table)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read whole"))
    found = cache.package_file_digests.__wrapped__(tmp_path)
    assert found == (
        ("data/table.sqlite", hashlib.blake2b(table, digest_size=20).digest()),
        ("rules.py", hashlib.blake2b(b"ENDINGS = ('e', 'en')\n", digest_size=20).digest()),
    )
