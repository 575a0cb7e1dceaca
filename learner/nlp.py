"""The NLP layer: a spaCy pipeline that tokenizes, splits sentences, tags and lemmatizes German.

Its contract with the rest of learner is the set of Doc/Token attributes it fills:
`sent`, `tag_` (STTS), `pos_` (UPOS), `lemma_`, and, where a parser runs, `dep_`/`head`.
Later stages read nothing else, so an official spaCy German pipeline (`de_core_news_sm/md/lg`)
and the embedded default are interchangeable.

The embedded default needs only PyPI packages: spaCy's German tokenizer, spaCy's rule-based
sentencizer, and the `hanta_tagger` component defined here, which runs the Hanover Tagger
(HanTa, whose German model ships inside its wheel) over each sentence.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from learner.errors import ModelError

DEFAULT_MODEL = "embedded"

# STTS -> Universal POS, as UD German-GSD converts them. HanTa writes some STTS tags with their
# subtype in parentheses ("VV(FIN)", "ADJ(A)"); `stts_tag` folds those back first.
STTS_TO_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOUI": "SCONJ", "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ",
    "NN": "NOUN", "NE": "PROPN", "NNE": "PROPN",
    "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET",
    "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET",
    "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PROAV": "ADV", "PAV": "ADV",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART",
    "TRUNC": "X", "XY": "X",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}

# STTS tags of finite verbs: full, auxiliary and modal, indicative and imperative. A verb
# particle closes its own verb's clause, so a search for it stops at the next finite verb.
FINITE_VERB_TAGS = frozenset({"VVFIN", "VVIMP", "VAFIN", "VAIMP", "VMFIN"})

# HanTa's coarse tags that STTS spells differently.
_HANTA_TAGS = {"ADJ(A)": "ADJA", "ADJ(D)": "ADJD", "NNI": "NN", "NNA": "NN"}


# Day and month names. STTS tags them NN (der Montag, die Montage); UD German-GSD, whose UPOS
# `pos_` follows, tags them PROPN, as English capitalizes them. A closed class, so listed.
# With PROPN they never become cards: they are among the first words a learner knows, and
# the standard ones are frequent (Zipf 4.6 to 5.2), above the default threshold. The regional
# Sonnabend (3.58) and Feber (2.42) lose their cards (see docs/vocabulary.md).
CALENDAR_NAMES = frozenset({
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend",
    "Sonntag", "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli",
    "August", "September", "Oktober", "November", "Dezember",
})


def upos(stts: str, lemma: str) -> str:
    """The UD part of speech of a word with this STTS tag and lemma, as UD German-GSD has it."""
    if stts == "NN" and lemma in CALENDAR_NAMES:
        return "PROPN"
    return STTS_TO_UPOS.get(stts, "X")


def stts_tag(hanta_tag: str) -> str:
    """HanTa's tag ("VV(FIN)", "ADJ(A)") as the STTS tag it stands for ("VVFIN", "ADJA")."""
    tag = _HANTA_TAGS.get(hanta_tag, hanta_tag)
    return tag.replace("(", "").replace(")", "")


# How many word forms each memo of HanTa's word analyses keeps (least recently used go first).
# An entry costs ~560 bytes (gnad's 600 articles fill the two memos with 64,000 entries and
# add 36 MB), so a full memo is ~75 MB: with two memos in each of two workers, a year of news
# stays well inside 1.5 GB, while 600 articles never evict.
WORD_MEMO_SIZE = 2**17


def _hanover_tagger(memoize: bool = True):
    """HanTa's German tagger, loaded once per process, with its word analyses memoized.

    Every caller gets the same instance, and so the same memo, however it passes `memoize`:
    `functools.cache` keys `f()`, `f(True)` and `f(memoize=True)` apart, and a second model
    with an empty memo of its own costs a load, ~70 MB and all the analyses again.
    """
    return _load_hanover_tagger(bool(memoize))


@cache
def _load_hanover_tagger(memoize: bool):
    """HanTa's German tagger, loaded once per process and `memoize` value.

    HanTa's `tag_sent` recomputes two things for every token, each a Viterbi search over the
    word's letters: the tag probabilities of the word form (`analyze_forward`, for forms not
    in the model's own precomputed list) and, once the sentence is tagged, the morphemes that
    give the lemma (`_analyze`). Both depend only on the form (and the tag) and the model, not
    on the sentence, and take 90 % of the tagging time; a form met again is looked up instead.
    The memos return the very objects HanTa computed, so tags and lemmas are unchanged.
    """
    # Imported here: loading HanTa's model costs ~0.2 s, paid only when the default runs.
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    if memoize:
        _memoize_word_analyses(tagger)
    return tagger


def _memoize_word_analyses(tagger) -> None:
    # HanTa calls both through `self.`, so instance attributes shadow the methods. Neither
    # caller mutates the returned lists or tuples, which is what makes sharing them safe.
    analyze_forward = lru_cache(maxsize=WORD_MEMO_SIZE)(tagger.analyze_forward)
    analyze_lowered = lru_cache(maxsize=WORD_MEMO_SIZE)(tagger._analyze)

    def _analyze(word: str, pos: int, taglevel: int = 1):
        # HanTa lower-cases the word first thing, so "Die" and "die" share one entry.
        return analyze_lowered(word.lower(), pos, taglevel)

    tagger.analyze_forward = analyze_forward
    tagger._analyze = _analyze


class HanTaTagger:
    """Sets STTS `tag_`, UPOS `pos_` and `lemma_` on every token, one sentence at a time.

    HanTa tags a sentence as a whole (its HMM uses the neighbouring tags), so it gets each
    sentence's tokens; whitespace tokens never reach it. `memoize=False` runs HanTa exactly
    as shipped (the tests compare the two).
    """

    def __init__(self, memoize: bool = True) -> None:
        self.tagger = _hanover_tagger(memoize)

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            tokens = [t for t in sent if not t.is_space]
            if not tokens:
                continue
            tagged = self.tagger.tag_sent([t.text for t in tokens], taglevel=1)
            for token, (_, lemma, hanta_tag) in zip(tokens, tagged, strict=True):
                if token.is_punct and not token.is_alpha:
                    # HanTa tags German quotation marks („ “) XY; STTS calls them $(.
                    tag = "$." if token.text in ".!?" else "$," if token.text == "," else "$("
                else:
                    tag = stts_tag(hanta_tag)
                token.tag_ = tag
                token.pos_ = upos(tag, lemma)
                token.lemma_ = lemma
        for token in doc:
            if token.is_space:
                token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text
        return doc


@Language.factory("hanta_tagger", default_config={"memoize": True})
def make_hanta_tagger(nlp: Language, name: str, memoize: bool) -> HanTaTagger:
    return HanTaTagger(memoize)


def embedded_pipeline() -> Language:
    """spaCy's German tokenizer and sentencizer with HanTa tagging and lemmatizing."""
    import learner.lemmas  # noqa: F401  (registers the "lexicon_check" factory)

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("hanta_tagger")
    # Lexicon checks on HanTa's lemmas and names (learner.lemmas registers the factory).
    nlp.add_pipe("lexicon_check", after="hanta_tagger")
    return nlp


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The embedded default, or a spaCy German pipeline by package name or folder.

    `model` is what `spacy.load` takes: an installed package ("de_core_news_md") or a folder
    written by `nlp.to_disk`. Whatever cannot be loaded, or is not German, is a ModelError.
    """
    if model == DEFAULT_MODEL:
        return embedded_pipeline()
    try:
        # The NER component is not used: names are found from tags (see vocabulary), and
        # skipping it saves a third of an official model's run time.
        nlp = spacy.load(model, exclude=["ner"])
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
