"""Facts of German word formation that more than one stage relies on."""

from __future__ import annotations

# Linking elements (Fugenelemente) between a compound's parts: Präsidentschaft-s-wahlkampf,
# Staat-en-lenker, Hilfe-s-..., Kind-er-garten. Longest first.
LINKING = ("ens", "es", "en", "er", "ns", "s", "n", "e")
