"""The evaluation command on a tiny CoNLL-U treebank the test writes itself."""

from __future__ import annotations

import subprocess
import sys

import pytest

from learner import evaluate
from tests.conftest import ROOT

# Two sentences: "s1" with a multi-word token ("am" = an + dem) and a separated particle,
# "s2" with a name and one gold lemma that differs from what any tagger says ("Präsidentin"
# for Präsidenten), so lemma accuracy must count exactly one error.
CONLLU = """\
# sent_id = test-s1
# text = Sie gingen am Freitag auseinander.
1\tSie\tsie\tPRON\tPPER\t_\t2\tnsubj\t_\t_
2\tgingen\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_
3-4\tam\t_\t_\t_\t_\t_\t_\t_\t_
3\tan\tan\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\t_\t5\tdet\t_\t_
5\tFreitag\tFreitag\tNOUN\tNN\t_\t2\tobl\t_\t_
6\tauseinander\tauseinander\tADP\tPTKVZ\t_\t2\tcompound:prt\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

# sent_id = test-s2
# text = Putin traf die Präsidenten.
1\tPutin\tPutin\tPROPN\tNE\t_\t2\tnsubj\t_\t_
2\ttraf\ttreffen\tVERB\tVVFIN\t_\t0\troot\t_\t_
3\tdie\tder\tDET\tART\t_\t4\tdet\t_\t_
4\tPräsidenten\tPräsidentin\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_
"""


@pytest.fixture
def treebank(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return path


def test_read_conllu_spans_and_multiword_tokens(treebank):
    first, second = evaluate.read_conllu(treebank)
    assert (first.sent_id, first.number, second.number) == ("test-s1", 1, 2)
    words = {w.form: w for w in first.words}
    text = first.text
    assert text[words["Freitag"].start:words["Freitag"].end] == "Freitag"
    # Both words of "am" share its span; only the first is compared with own tokens.
    assert (words["an"].start, words["an"].end) == (words["dem"].start, words["dem"].end)
    assert words["an"].first_of_span and not words["dem"].first_of_span
    assert words["auseinander"].head == 1


def test_scores_on_gold_and_own_tokens(treebank):
    report = evaluate.evaluate(treebank, target=(2, 2))
    gold_all = report.results[("gold", "all")]
    assert gold_all.content == 4  # gingen, Freitag, traf, Präsidenten
    assert gold_all.content_ok == 3  # every lemma but the planted "Präsidentin"
    assert ("Präsidenten", "NOUN", "Präsidentin", "Präsident") in gold_all.lemma_errors
    assert (gold_all.particles, gold_all.particles_ok) == (1, 1)  # auseinandergehen
    assert (gold_all.propn_gold, gold_all.propn_both) == (1, 1)
    target = report.results[("gold", "target")]
    assert (target.content, target.content_ok) == (2, 1)
    own = report.results[("own", "all")]
    # spaCy keeps "am" whole: "dem" has no token of its own.
    assert own.words - own.aligned == 1
    assert own.figures()["tokens_per_s"] > 0


def test_case_counts(tmp_path):
    path = tmp_path / "case.conllu"
    path.write_text(CONLLU.replace("\tFreitag\tNOUN", "\tfreitag\tNOUN"), encoding="utf-8")
    report = evaluate.evaluate(path)
    assert report.results[("gold", "all")].content_ok == 2


def test_command_prints_figures(treebank):
    result = subprocess.run(
        [sys.executable, "-m", "learner.evaluate", "--conllu", str(treebank), "--target", "1-1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "content-word lemma accuracy %" in result.stdout
    assert "PROPN recall %" in result.stdout


def test_missing_treebank_is_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "learner.evaluate", "--conllu", str(tmp_path / "none.conllu")],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.slow
def test_gsd_newspaper_figures(shared):
    report = evaluate.evaluate(shared / "ud" / "de_gsd-ud-dev.conllu")
    figures = report.results[("gold", "target")].figures()
    assert figures["lemma_content"] >= 98.0
    assert figures["upos"] >= 93.0
    # What docs/vocabulary.md reports: 93.6 % recall with the name recognizer (the issue's
    # 95 % is not reached; 91.7 % without it), and the precision it must not trade away.
    assert figures["propn_recall"] >= 93.3
    assert figures["propn_precision"] >= 94.0
