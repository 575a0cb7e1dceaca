"""genanki, imported without asyncio.

genanki takes its `cached_property` from the package of that name, whose module imports asyncio
(and with it ssl, socket and concurrent.futures' relatives) to support coroutine functions:
~0.035 s of CPU at every start of learner, a fifth of its imports, for a decorator genanki uses on
two plain methods (`Model._req`, `Note.cards`). While genanki is imported, `cached_property`
is the same descriptor without the coroutine branch: it stores the value in the instance's
`__dict__` under the method's name, as the package's does; the package itself is put back at
once, so whatever imports it later gets it whole.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


class _CachedProperty:
    """`cached_property.cached_property` for a plain (not coroutine) function."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.__doc__ = getattr(func, "__doc__", None)
        self.func = func

    def __get__(self, obj: object, cls: type) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.func.__name__] = self.func(obj)
        return value


def _import_genanki() -> types.ModuleType:
    if "genanki" in sys.modules or "cached_property" in sys.modules:
        import genanki

        return genanki
    shim = types.ModuleType("cached_property")
    shim.cached_property = _CachedProperty  # type: ignore[attr-defined]
    sys.modules["cached_property"] = shim
    try:
        import genanki
    finally:
        if sys.modules.get("cached_property") is shim:
            del sys.modules["cached_property"]
    return genanki


genanki = _import_genanki()
