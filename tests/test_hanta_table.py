"""The shipped table of HanTa's analyses (learner.nlp.hanta_table) must answer exactly what
HanTa's searches answer, and only for the HanTa and model it was computed with."""

from __future__ import annotations

import sqlite3

import numpy
import pytest
import spacy
from HanTa import HanoverTagger as ht

from learner.nlp import hanta, hanta_table

# A form HanTa's own list lacks, which it searches for.
FORM = "glasfaserausbau"

# Written for this test: forms of several classes among wordfreq's 200,000 most frequent German
# forms. The first eight are not in HanTa's own list (it searches for them); the last four are
# (it only searches their lemmas).
FREQUENT_FORMS = ["verhandelten", "koalitionsvertrag", "bürgermeisterin", "schneeflocken",
                  "spannender", "verspätungen", "fahrräder", "gemütlicher",
                  "regierungen", "geflogen", "häuser", "die"]


def _shipped_tagger():
    """HanTa as shipped: its own searches, no memo, no table."""
    return hanta.hanover_tagger(False)


def _same(found, expected) -> bool:
    """Equal values of the same types (a float, numpy's float64 or an int)."""
    return [(tag, type(value), value) for tag, value in found] == [
        (tag, type(value), value) for tag, value in expected]


def test_shipped_table_equals_fresh_searches():
    table = hanta_table.AnalysisTable()
    shipped = _shipped_tagger()
    forwards = lemma_searches = 0
    for form in FREQUENT_FORMS:
        found = table.forward(form)
        if form in shipped.cache:
            assert found is None  # HanTa never searches forward for the forms it lists
            tags = [tag for tag, _ in shipped.cache[form]]
        else:
            assert found is not None, form
            assert _same(found, ht.HanoverTagger.analyze_forward(shipped, form)), form
            forwards += 1
            tags = [tag for tag, _ in found]
        for tag in tags:
            if -tag in shipped.atomic_class:
                continue
            morphemes = table.viterbi(form, -tag)
            assert morphemes is not None, (form, tag)
            assert morphemes == ht.HanoverTagger.analyze_viterbi(shipped, form, -tag), (form, tag)
            lemma_searches += 1
    assert forwards >= 8 and lemma_searches >= 20
    # A form wordfreq does not list is not in the table.
    assert table.forward("quarkspeisenverkostungen") is None


def _built(tmp_path, forms, key=None):
    path = tmp_path / "analyses.sqlite"
    hanta_table.build(path, forms, jobs=1, key=key)
    return path


def test_built_table_keeps_values_and_their_types(tmp_path):
    forms = [FORM, "vorgestern", "x", "gegoogelt", "ölpreisbremse", "die"]
    table = hanta_table.AnalysisTable(_built(tmp_path, forms))
    shipped = _shipped_tagger()
    kinds = set()
    for form in forms:
        found = table.forward(form)
        if form in shipped.cache:
            continue
        expected = ht.HanoverTagger.analyze_forward(shipped, form)
        assert _same(found, expected), form
        kinds |= {type(value) for _, value in found}
        for tag, _ in expected:
            if tag > 3 and -tag not in shipped.atomic_class:
                assert (table.viterbi(form, -tag)
                        == ht.HanoverTagger.analyze_viterbi(shipped, form, -tag)), (form, tag)
    # Sums of several paths come from numpy's logaddexp, single paths are plain floats.
    assert kinds == {float, numpy.float64}
    # A tag the form was not searched for is left to the search.
    assert table.viterbi(FORM, -shipped.tag2int["$."]) is None


def test_encoding_keeps_an_unknown_words_int():
    encoded = hanta_table._encode_forward([(3, 0), (21, numpy.float64(-2.5)), (7, -1e-300)])
    decoded = hanta_table._decode_forward(encoded)
    assert _same(decoded, [(3, 0), (21, numpy.float64(-2.5)), (7, -1e-300)])


def test_table_of_another_model_or_hanta_is_ignored(tmp_path):
    version, digest = hanta_table.model_key()
    other_model = hanta_table.AnalysisTable(_built(tmp_path, [FORM], (version, "0" * 64)))
    assert other_model.forward(FORM) is None
    assert other_model.viterbi(FORM, -21) is None
    (tmp_path / "analyses.sqlite").unlink()
    other_hanta = hanta_table.AnalysisTable(_built(tmp_path, [FORM], ("1.2.0", digest)))
    assert other_hanta.forward(FORM) is None
    same = hanta_table.AnalysisTable(tmp_path / "analyses.sqlite")
    same.path.unlink()
    hanta_table.build(same.path, [FORM], jobs=1)
    assert same.forward(FORM) is not None
    assert hanta_table.AnalysisTable(tmp_path / "missing.sqlite").forward(FORM) is None


def test_switched_off_by_the_environment(tmp_path, monkeypatch):
    path = _built(tmp_path, [FORM])
    monkeypatch.setenv(hanta_table.ENV_SWITCH, "off")
    assert hanta_table.AnalysisTable(path).forward(FORM) is None
    monkeypatch.delenv(hanta_table.ENV_SWITCH)
    assert hanta_table.AnalysisTable(path).forward(FORM) is not None


def _plant(path, form, forward) -> None:
    """Overwrite one form's stored forward search (to see that the tagger reads the table)."""
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE forms SET forward = ? WHERE form = ?",
                           (hanta_table._encode_forward(forward), form))
    connection.close()


def test_tagger_reads_the_table_first_and_searches_the_rest(tmp_path):
    path = _built(tmp_path, [FORM])
    _plant(path, FORM, [(21, -1.0)])
    tagger = hanta_table._tagger()
    hanta_table.with_table(tagger, hanta_table.AnalysisTable(path))
    assert tagger.analyze_forward(FORM) == [(21, -1.0)]
    shipped = _shipped_tagger()
    assert _same(tagger.analyze_forward("glasfaserkabel"),
                 ht.HanoverTagger.analyze_forward(shipped, "glasfaserkabel"))
    # Made for another model, the same table is not read.
    other = tmp_path / "other.sqlite"
    version = hanta_table.model_key()[0]
    hanta_table.build(other, [FORM], jobs=1, key=(version, "0" * 64))
    _plant(other, FORM, [(21, -1.0)])
    tagger = hanta_table._tagger()
    hanta_table.with_table(tagger, hanta_table.AnalysisTable(other))
    assert _same(tagger.analyze_forward(FORM),
                 ht.HanoverTagger.analyze_forward(shipped, FORM))


# Written for this test: sentences of frequent forms the table holds, and a few it does not
# (a compound, a name), at the start of a sentence and inside it.
SENTENCES = [
    "Gestern verhandelten die Regierungen den Koalitionsvertrag, sagte die Bürgermeisterin.",
    "Die Kinder haben im Winter Schneeflocken gezählt und spannender Verspätungen wegen "
    "Fahrräder gekauft.",
    "Schneller als geplant sind die Quarkspeisenverkostungen in Wrobelskis Dorf vorbei.",
]


def _tagged(memoize: bool) -> list[tuple[str, str, str, str]]:
    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("hanta_tagger", config={"memoize": memoize})
    return [(t.text, t.tag_, t.pos_, t.lemma_) for doc in pipeline.pipe(SENTENCES) for t in doc]


def test_tags_and_lemmas_with_the_table_are_hantas_own():
    tagger = hanta.hanover_tagger(True)
    assert tagger.analyze_viterbi.table.forward("koalitionsvertrag") is not None
    with_table = _tagged(memoize=True)
    assert with_table == _tagged(memoize=False)
    lemmas = {text: lemma for text, _, _, lemma in with_table}
    assert lemmas["verhandelten"] == "verhandeln"
    assert lemmas["Fahrräder"] == "Fahrrad"


@pytest.mark.parametrize("form", ["verhandelten", "schneeflocken"])
def test_memo_holds_the_tables_answer(form):
    tagger = hanta.hanover_tagger(True)
    first = tagger.analyze_forward(form)
    assert tagger.analyze_forward(form) is first
    assert _same(first, ht.HanoverTagger.analyze_forward(_shipped_tagger(), form))
