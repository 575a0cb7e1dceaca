"""Regular expressions compiled by an earlier run, read back instead of compiled again.

Python compiles a regular expression (parses it and writes its matching program) each time a
process first uses it, and keeps no copy between runs as it does for bytecode. A few that
learner's libraries compile on every start are large: spaCy's German tokenizer rules (its infix
and suffix patterns list every symbol and punctuation character one by one, 12,000-22,000
characters; its URL pattern), langcodes' table of language subtags (18,000 characters, when
wordfreq is imported), ftfy's and packaging's. Compiling them was ~0.15-0.2 s of CPU of the
~1.6 s a cold demo build took, every time.

So the programs of the expressions that took a millisecond or more to compile are kept in
learner's cache folder, one file per Python build, and put into `re`'s own cache when a command
starts (`load`): `re.compile` then finds them there, as it finds one compiled earlier in the same
process. A program is stored only when the pattern object made from it equals the one Python
compiled (`re.Pattern` equality compares the pattern, the flags and the whole program), so every
match is the same. The stored programs are CPython's own format, read only by the Python build
that wrote them (its version and `_sre.MAGIC` name the file); anywhere the internals are not the
ones this module knows, it does nothing.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import time
from pathlib import Path

from learner.cache import cache_dir, write_atomically

try:  # CPython's compiler, which `re.compile` runs (3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation: nothing is kept
    _sre = _compiler = _parser = None

# A program is kept when compiling its pattern took at least this long: below it, reading the
# program back saves nothing worth a line in the file.
MIN_SECONDS = 0.001
# Patterns remembered in all (kept, and timed and found quick): patterns made from the input
# (an article's words, a glob) would otherwise make the file grow run after run. Past the cap
# the file starts again with the programs kept.
MAX_PATTERNS = 2_000
_FORMAT = 1


def _known_internals() -> bool:
    return (
        sys.implementation.name == "cpython"
        and _sre is not None
        and isinstance(getattr(re, "_cache", None), dict)
        and hasattr(_compiler, "_code")
        and hasattr(_parser, "parse")
    )


def in_use() -> bool:
    """Whether this Python keeps regular expressions' programs between runs."""
    return _known_internals()


def programs_file() -> Path:
    """The file of this Python build's programs in the cache folder."""
    build = hashlib.blake2b(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}".encode(),
                            digest_size=8).hexdigest()
    return cache_dir() / f"regexes-{sys.implementation.cache_tag}-{build}.marshal"


# What `load` read: (pattern, flags) -> the stored program, or None for a pattern that
# compiled quickly. `save` writes the file again only when this process met new ones.
_stored: dict[tuple[str | bytes, int], tuple | None] = {}


# The file `load` read last: loading it again changes nothing.
_loaded_from: list[Path] = []


def load() -> None:
    """Put the stored programs into `re`'s cache (a missing or damaged file: none)."""
    if not _known_internals():
        return
    try:
        path = programs_file()
        if _loaded_from == [path] and _stored:
            return
        data = marshal.loads(path.read_bytes())
        if data[0] != _FORMAT:
            return
        stored = data[1]
        compiled = {(type(pattern), pattern, flags): _sre.compile(pattern, *program)
                    for (pattern, flags), program in stored.items() if program is not None}
    except Exception:  # noqa: BLE001 - a missing or damaged file: compiled as ever
        return
    _stored.clear()
    _stored.update(stored)
    _loaded_from[:] = [path]
    for key, pattern_object in compiled.items():
        re._cache.setdefault(key, pattern_object)


def save() -> None:
    """Store the programs of the expressions this process compiled that took MIN_SECONDS or
    more, when there are new ones; a cache folder that cannot be written keeps none."""
    if not _known_internals():
        return
    met = [(pattern, flags) for kind, pattern, flags in [*re._cache, *getattr(re, "_cache2", {})]
           if type(pattern) is kind and type(flags) is int and (pattern, flags) not in _stored]
    if not met:
        return
    stored = dict(_stored)
    for pattern, flags in dict.fromkeys(met):
        stored[pattern, flags] = _program(pattern, flags)
    if len(stored) > MAX_PATTERNS:
        stored = {k: v for k, v in stored.items() if v is not None}
        if len(stored) > MAX_PATTERNS:
            return

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(marshal.dumps((_FORMAT, stored)))

    try:
        write_atomically(programs_file(), write)
    except (OSError, ValueError):
        return
    _stored.clear()
    _stored.update(stored)


def _program(pattern: str | bytes, flags: int) -> tuple | None:
    """What `_sre.compile` takes after the pattern (as `re._compiler.compile` passes it),
    when compiling took MIN_SECONDS or more and the result equals Python's own; else None."""
    try:
        start = time.perf_counter()
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        took = time.perf_counter() - start
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # Opcodes are int subclasses (named constants), which marshal does not write.
        program = (int(flags | parsed.state.flags), [int(c) for c in code],
                   parsed.state.groups - 1, groupindex,
                   tuple(indexgroup))
        if took < MIN_SECONDS or _sre.compile(pattern, *program) != re.compile(pattern, flags):
            return None
    except Exception:  # noqa: BLE001 - a pattern this module cannot restate is not kept
        return None
    return program
