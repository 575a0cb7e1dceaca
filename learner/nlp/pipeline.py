"""The pipelines: the embedded default, and official spaCy German pipelines by name or folder."""

from __future__ import annotations

import gc
import os
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

# Imported for their @Language.factory registrations: "hanta_tagger", "lexicon_check",
# "name_check", "name_recognizer", "entity_check", "acronym_names", "title_names",
# "year_periods".
import learner.nlp.acronyms  # noqa: F401
import learner.nlp.entities  # noqa: F401
import learner.nlp.hanta  # noqa: F401
import learner.nlp.lemmas  # noqa: F401
import learner.nlp.names  # noqa: F401
import learner.nlp.titles  # noqa: F401
import learner.nlp.years  # noqa: F401
from learner.errors import ModelError
from learner.nlp import DEFAULT_MODEL


def embedded_pipeline() -> Language:
    """spaCy's German tokenizer, with a year and the period that ends its sentence split
    (learner.nlp.years), and sentencizer with HanTa tagging and lemmatizing, then the
    lexicon checks on its lemmas and the names it left as nouns, then learner's own name
    recognizer, whose names the tags and lexicons confirm, the names acronyms define and those
    spelling marks (titles, datelines)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("year_periods")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("hanta_tagger")
    nlp.add_pipe("lexicon_check")
    nlp.add_pipe("name_check")
    nlp.add_pipe("name_recognizer")
    nlp.add_pipe("acronym_names")
    nlp.add_pipe("title_names")
    return nlp


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The embedded default, or a spaCy German pipeline by package name or folder.

    `model` is what `spacy.load` takes: an installed package ("de_core_news_md") or a folder
    written by `nlp.to_disk`. Whatever cannot be loaded, or is not German, is a ModelError.

    The cycle collector is left as it was: srsly's `msgpack_loads`, which reads a model's
    weights, switches it on whatever it was, and a build pauses it (`cache.gc_paused`) for
    the millions of objects it keeps, none in a cycle (0.7 s of collections in the build's
    process over 150 gnad articles once it was on).
    """
    collecting = gc.isenabled()
    try:
        return _load_pipeline(model)
    finally:
        if not collecting:
            gc.disable()


def _load_pipeline(model: str) -> Language:
    if model == DEFAULT_MODEL:
        return embedded_pipeline()
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError(_not_found(model)) from None
    except ValueError as exc:
        # A pipeline whose config names a component this install lacks (de_dep_news_trf
        # without spacy-transformers) or that a different spaCy version wrote.
        # spaCy's messages run to a paragraph; its first sentence names the cause.
        lines = str(exc).strip().split(". ")[0].splitlines()
        reason = lines[0] if lines else type(exc).__name__
        if "'transformer'" in reason:
            reason += " (transformer pipelines need: pip install spacy-transformers)"
        raise ModelError(
            f"spaCy pipeline {model!r} cannot be loaded by spaCy {spacy.__version__}: {reason}"
        ) from None
    if nlp.lang != "de":
        raise ModelError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, not German")
    # Official pipelines split sentences with their parser (the senter ships disabled); a
    # pipeline with neither gets spaCy's rule-based sentencizer, as the embedded default has.
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", first=True)
    # Their tokenizer is the same: a year and its sentence's period are split before anything
    # reads the tokens.
    nlp.add_pipe("year_periods", first=True)
    # The pipeline's own `ner` finds names; the same checks as the embedded recognizer's keep
    # those that tags and lexicons confirm (learner.nlp.entities).
    if nlp.has_pipe("ner"):
        nlp.add_pipe("entity_check", last=True)
    nlp.add_pipe("acronym_names", last=True)
    nlp.add_pipe("title_names", last=True)
    return nlp


def _not_found(model: str) -> str:
    """What to tell a user whose --model spaCy could not find."""
    if model.endswith((".whl", ".tar.gz")):
        return (f"{model!r} is a package file: install it first (pip install {model}), "
                "then pass its package name, e.g. --model de_core_news_md")
    if os.sep in model or (os.altsep and os.altsep in model) or Path(model).exists():
        return (f"no spaCy pipeline at {model!r}: expected an installed package name "
                "(de_core_news_sm/md/lg) or a folder saved by nlp.to_disk, with config.cfg")
    return (f"spaCy pipeline {model!r} is not installed "
            f"(try: python -m spacy download {model}, or omit --model for the embedded default)")
