"""The lemma of an adjective form: a declined comparative or superlative HanTa holds as a place
adjective (`declined_place_adjective`: "höchster", hoch), and the first part of an adjective
compound, which takes no ending (`uninflected`).

Reads no other module of the package.
"""

from __future__ import annotations

from learner.nlp.lexicon import graded_adjective_positive, is_invariant_adjective, known


def declined_place_adjective(lemma: str, surface: str) -> str:
    """The positive of a declined adjective in -er that the tagger's lexicon holds as an
    undeclinable place adjective ("auf höchster Ebene": hoch, not "höchster", the adjective of
    Frankfurt-Höchst). A place adjective is capitalized, being made of a name ("Höchster
    Porzellan", "Berliner Luft"); written lower-case, the word is the strong declined form of
    another adjective's comparative or superlative, whose lemma the lexicon gives for its form
    in -e ("höchste": hoch). The lower-case invariant adjectives of decades ("die siebziger
    Jahre") have no such form and stay."""
    if (lemma != surface or not surface.isalpha() or not surface.islower()
            or not surface.endswith("er") or not is_invariant_adjective(surface)):
        return lemma
    return graded_adjective_positive(surface[:-1]) or lemma


def uninflected(part: str) -> str:
    """The first part of an adjective compound takes no ending ("slowenisch-steirisch")."""
    for ending in ("en", "em", "er", "es", "e"):
        stem = part[: -len(ending)]
        if part.endswith(ending) and stem.endswith(("isch", "ig", "lich")) and known(stem):
            return stem
    return part
