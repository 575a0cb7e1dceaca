"""The `hanta_tagger` component: the Hanover Tagger (HanTa, whose German model ships inside its
wheel) sets STTS `tag_`, UPOS `pos_` and `lemma_` on every token, one sentence at a time."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from learner.memo import memo, memo_one
from learner.nlp import hanta_search, hanta_table
from learner.nlp.tags import stts_tag, upos

# How many word forms each memo of HanTa's word analyses keeps (cleared whole when full).
# An entry costs ~560 bytes (gnad's 600 articles fill the two memos with 64,000 entries and
# add 36 MB), so a full memo is ~75 MB: with two memos in each of two workers, a year of news
# stays well inside 1.5 GB, while 600 articles never fill one.
WORD_MEMO_SIZE = 2**17


def hanover_tagger(memoize: bool = True):
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
    The memos return the very objects HanTa computed, so tags and lemmas are unchanged. The
    searches themselves are `hanta_search.ExactSearch`'s: the same results, twice as fast;
    and for wordfreq's 200,000 most frequent German forms both searches' results are read
    from `hanta_table`'s shipped table instead (equal values of the same types; ignored with
    another HanTa or model).
    """
    # Imported here: loading HanTa's model costs ~0.2 s, paid only when the default runs.
    from HanTa import HanoverTagger as ht

    shipped = ht.HanoverTagger
    tagger = (hanta_search.tagger_class(shipped) if memoize else shipped)("morphmodel_ger.pgz")
    if memoize:
        _memoize_word_analyses(tagger)
    return tagger


def _memoize_word_analyses(tagger) -> None:
    # HanTa calls both through `self.`, so instance attributes shadow the methods. Neither
    # caller mutates the returned lists or tuples, which is what makes sharing them safe.
    if hanta_search.install(tagger):
        # Beneath the memos: a form's first analysis in each process is read, not searched.
        hanta_table.with_table(tagger, hanta_table.AnalysisTable())
    # `learner.memo`'s memos: no list node per entry as `lru_cache` keeps (memory36).
    analyze_forward = memo_one(WORD_MEMO_SIZE)(tagger.analyze_forward)
    analyze_lowered = memo(WORD_MEMO_SIZE)(tagger._analyze)
    # A form's tags given its case and position (HanTa's `_tag_word`): the forward search's
    # probabilities adjusted and sorted, the same for every sentence the form is in (28,000
    # distinct of 80,000 calls over 150 gnad articles). Its callers read the list, and
    # `tag_sent_viterbi` copies it into a dict.
    tagger._tag_word = _tag_word_memo(tagger._tag_word)

    def _analyze(word: str, pos: int, taglevel: int = 1):
        # HanTa lower-cases the word first thing, so "Die" and "die" share one entry.
        return analyze_lowered(word.lower(), pos, taglevel)

    tagger.analyze_forward = analyze_forward
    tagger._analyze = _analyze


def _tag_word_memo(tag_word):
    """HanTa's `_tag_word`, memoized for the one call `tag_sent_viterbi` makes
    (`cutoff=5, conditional=True`), keyed by the form alone in one table per case flag.

    `lru_cache` keyed that call by an 8-item tuple of the arguments and their names, and a
    list node, ~200 bytes an entry besides the tags (memory36). HanTa reads `casesensitive`
    only for its truth, so `bool` of it picks the table. Other calls are not memoized.
    """
    tables = ({}, {})

    def _tag_word(word, cutoff=5, casesensitive=True, conditional=False):
        if cutoff != 5 or not conditional:
            return tag_word(word, cutoff, casesensitive, conditional)
        table = tables[bool(casesensitive)]
        tags = table.get(word)
        if tags is None:
            tags = tag_word(word, cutoff, casesensitive, conditional)
            if len(table) >= WORD_MEMO_SIZE:
                table.clear()
            table[word] = tags
        return tags

    _tag_word.cache_clear = lambda: (tables[0].clear(), tables[1].clear())
    _tag_word.tables = tables
    return _tag_word


class HanTaTagger:
    """Sets STTS `tag_`, UPOS `pos_` and `lemma_` on every token, one sentence at a time.

    HanTa tags a sentence as a whole (its HMM uses the neighbouring tags), so it gets each
    sentence's tokens; whitespace tokens never reach it. `memoize=False` runs HanTa exactly
    as shipped (the tests compare the two).
    """

    def __init__(self, memoize: bool = True) -> None:
        self.tagger = hanover_tagger(memoize)

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
