"""Bounded memos that cost a worker less memory per entry than `functools.lru_cache`.

A worker tags its share of the articles with some twenty memos of per-word look-ups (Zipf
frequencies, noun entries, lemma checks, HanTa's per-form tags): half a million entries after
300 gnad articles, more over a 1,500-article share (memory36). `lru_cache` keeps, for each
entry, a 56-byte list node besides its dict slot, so that it can drop the least recently used
entry when full. These memos keep only the dict and, when full, drop everything and fill
again: the memory is still bounded by `maxsize` (it grows with the vocabulary, not the
corpus), the answers are the same (each memoized function is pure), and a clear costs only
the look-ups made again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import NamedTuple, TypeVar

T = TypeVar("T")

_MISSING = object()


class MemoInfo(NamedTuple):
    currsize: int
    maxsize: int


def _with_memo_api(memoized: Callable, function: Callable, table: dict, maxsize: int
                   ) -> Callable:
    """`memoized` with `function`'s name and docstring and `lru_cache`'s `cache_clear` and
    `cache_info`, which tests and benches call. (The two memos' look-ups stay apart: one
    keyed by its argument, with no tuple made per call, the other by the tuple.)"""
    update_wrapper(memoized, function)
    memoized.cache_clear = table.clear
    memoized.cache_info = lambda: MemoInfo(len(table), maxsize)
    return memoized


def memo_one(maxsize: int) -> Callable[[Callable[[T], object]], Callable[[T], object]]:
    """Memoizes a function of one positional argument, keyed by the argument itself (no
    tuple per entry), like `lru_cache(maxsize)` but cleared whole when full."""

    def decorate(function):
        table: dict = {}
        get = table.get

        def memoized(arg):
            value = get(arg, _MISSING)
            if value is _MISSING:
                value = function(arg)
                if len(table) >= maxsize:
                    table.clear()
                table[arg] = value
            return value

        return _with_memo_api(memoized, function, table, maxsize)

    return decorate


def memo(maxsize: int) -> Callable[[Callable], Callable]:
    """Memoizes a function of positional arguments, keyed by their tuple, like
    `lru_cache(maxsize)` but cleared whole when full."""

    def decorate(function):
        table: dict = {}
        get = table.get

        def memoized(*args):
            value = get(args, _MISSING)
            if value is _MISSING:
                value = function(*args)
                if len(table) >= maxsize:
                    table.clear()
                table[args] = value
            return value

        return _with_memo_api(memoized, function, table, maxsize)

    return decorate
