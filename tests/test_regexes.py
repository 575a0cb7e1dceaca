"""Tests for learner/regexes.py: regular expressions' programs kept between runs."""

from __future__ import annotations

import marshal
import re
from re import _compiler

import pytest

from learner import regexes

# Written for the tests: a long alternation (like spaCy's suffix rules), a large character
# class (like its symbol class), named groups, flags, and a bytes pattern.
PATTERNS = [
    ("|".join(f"{word}$" for word in ("haus", "häuser", "straße", "weg", "wege", "ö", "…",
                                      *(f"wort{i}" for i in range(400)))), 0),
    ("[" + "".join(chr(c) for c in range(0x2190, 0x2400)) + "]+", 0),
    (r"(?P<stamm>[a-zäöüß]+?)(?P<fuge>s?)(?P<kopf>ung|heit|keit|schaft)\b", re.IGNORECASE),
    (r"^\s*(\d{1,4})\.\s+(?:Jänner|Januar|Februar|März)", re.MULTILINE),
    (rb"[\x80-\xff]{2,}|\r\n", 0),
]
SAMPLES = ["Häuserwege", "Verwaltungsschaft", "Kreuzung", "wort17", "↑↓ Pfeile ⌂", "12. Jänner",
           "\n 3. März", "Straße"]


@pytest.fixture()
def programs(tmp_path, monkeypatch):
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_stored", {})
    re.purge()
    yield tmp_path
    re.purge()


def _fresh(pattern, flags):
    return _compiler.compile(pattern, flags)  # Python's own compiler, past re's cache


def test_a_program_read_back_is_the_one_python_compiles(programs, monkeypatch):
    monkeypatch.setattr(regexes, "MIN_SECONDS", 0.0)  # keep every program
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    regexes.save()
    assert regexes.programs_file().is_file()
    re.purge()
    monkeypatch.setattr(regexes, "_stored", {})
    regexes.load()
    for pattern, flags in PATTERNS:
        loaded = re._cache[type(pattern), pattern, flags]
        fresh = _fresh(pattern, flags)
        # Pattern equality compares the pattern, the flags and the whole program.
        assert loaded == fresh and loaded.groupindex == fresh.groupindex
        assert loaded.groups == fresh.groups and loaded.flags == fresh.flags
        assert re.compile(pattern, flags) is loaded
        for text in SAMPLES:
            subject = text.encode("utf-8") if isinstance(pattern, bytes) else text
            assert ([m.span() for m in loaded.finditer(subject)]
                    == [m.span() for m in fresh.finditer(subject)])
            assert ([m.groupdict() for m in loaded.finditer(subject)]
                    == [m.groupdict() for m in fresh.finditer(subject)])


def test_quick_patterns_are_remembered_but_not_kept(programs, monkeypatch):
    monkeypatch.setattr(regexes, "MIN_SECONDS", 60.0)
    re.compile("Haus|Hof")
    regexes.save()
    stored = marshal.loads(regexes.programs_file().read_bytes())[1]
    assert stored[("Haus|Hof", 0)] is None
    re.purge()
    regexes.load()
    assert (str, "Haus|Hof", 0) not in re._cache
    # Known as quick: the next run writes nothing again.
    before = regexes.programs_file().stat().st_mtime_ns
    re.compile("Haus|Hof")
    regexes.save()
    assert regexes.programs_file().stat().st_mtime_ns == before


def test_a_damaged_file_is_ignored_and_replaced(programs, monkeypatch):
    monkeypatch.setattr(regexes, "MIN_SECONDS", 0.0)
    for damaged in (b"", b"not marshal at all", marshal.dumps((regexes._FORMAT, {("a+", 0): (
            0, [1, 2, 3], 0, {}, ())})), marshal.dumps((regexes._FORMAT, [1, 2]))):
        programs.joinpath(regexes.programs_file().name).write_bytes(damaged)
        re.purge()
        regexes.load()  # nothing read, nothing raised
        assert (str, "a+", 0) not in re._cache
    re.compile("[äöü]+ung")
    regexes.save()
    assert marshal.loads(regexes.programs_file().read_bytes())[1][("[äöü]+ung", 0)]


def test_a_cache_folder_that_cannot_be_written_keeps_nothing(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(blocked))
    monkeypatch.setattr(regexes, "_stored", {})
    re.compile("Kreuz(ung)?")
    regexes.save()  # no error
    regexes.load()
