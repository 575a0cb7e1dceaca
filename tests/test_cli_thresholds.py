"""The command line's threshold, order and stats options, as a user types them."""

from __future__ import annotations

import json

import pytest

from learner import frequency
from learner.articles import read_article
from learner.cli import main
from tests.conftest import DEMO_ARTICLE

DEMO = str(DEMO_ARTICLE)


def words(capsys, *options: str) -> list[dict]:
    assert main(["words", DEMO, "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_skip_top_selects_below_the_nth_word(capsys):
    chosen = words(capsys, "--skip-top", "20000")
    threshold = frequency.zipf_after_top(20000)
    assert chosen and all(0 < w["zipf"] <= threshold for w in chosen)
    lemmas = {w["lemma"] for w in chosen}
    # Word 20,001 has Zipf 3.42, as "Einmischung" does: a tie falls on the card side.
    assert threshold == 3.42 and "Einmischung" in lemmas
    assert "Waffenstillstand" not in lemmas  # Zipf ~3.6: a 20,000-word reader knows it
    fewer = words(capsys, "--skip-top", "1000")
    assert len(fewer) > len(chosen)


def test_level_selects_like_its_rank(capsys):
    by_level = {w["lemma"] for w in words(capsys, "--level", "b1")}
    by_rank = {w["lemma"] for w in words(
        capsys, "--skip-top", str(frequency.LEVEL_RANKS["B1"]))}
    assert by_level == by_rank
    a1 = {w["lemma"] for w in words(capsys, "--level", "A1")}
    c2 = {w["lemma"] for w in words(capsys, "--level", "C2")}
    assert c2 < by_level < a1  # a higher level knows more, so fewer cards


def test_max_cards_keeps_the_most_frequent(capsys):
    everything = words(capsys)
    top = words(capsys, "--max-cards", "5")
    assert len(top) == 5
    assert [w["lemma"] for w in top] == [w["lemma"] for w in everything[:5]]
    capped = words(capsys, "--max-cards", "5", "--level", "A2")
    assert len(capped) == 5 and all(w["zipf"] <= frequency.zipf_for_level("A2") for w in capped)


def test_order_article_follows_the_text(capsys):
    # The article as learner reads it: cleaning rewrites the glued dateline ("HamburgOb").
    text = read_article(DEMO_ARTICLE).text
    in_text = words(capsys, "--order", "article")
    by_frequency = words(capsys)
    assert sorted(w["lemma"] for w in in_text) == sorted(w["lemma"] for w in by_frequency)
    assert [w["zipf"] for w in by_frequency] == sorted((w["zipf"] for w in by_frequency),
                                                       reverse=True)
    # Each word's first example sentence comes no earlier in the article than the previous
    # word's: the order is the order of first appearance.
    starts = [text.find(w["examples"][0][:40]) for w in in_text]
    assert -1 not in starts and starts == sorted(starts)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--max-zipf", "3", "--level", "B1"], "not allowed with"),
        (["--skip-top", "100", "--max-zipf", "3"], "not allowed with"),
        (["--skip-top", "0"], "must be 1 or more"),
        (["--skip-top", "lots"], "not a whole number"),
        (["--level", "D1"], "invalid choice"),
        (["--max-cards", "-3"], "must be 1 or more"),
        (["--order", "alphabet"], "invalid choice"),
    ],
)
def test_bad_threshold_options_are_one_clear_error(capsys, options, message):
    with pytest.raises(SystemExit) as exit_:
        main(["words", DEMO, *options])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_skip_top_beyond_the_word_list_is_refused(capsys):
    assert main(["stats", DEMO, "--skip-top", "900000"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("learner: error: --skip-top") and err.count("\n") == 1


@pytest.mark.parametrize("value", ["1.5", "0", "abc"])
def test_coverage_must_be_a_share(capsys, value):
    with pytest.raises(SystemExit):
        main(["stats", DEMO, "--coverage", value])
    assert "--coverage" in capsys.readouterr().err


def test_stats_prints_the_table_and_the_suggestion(capsys):
    assert main(["stats", DEMO, "--level", "B2", "--coverage", "95%"]) == 0
    out = capsys.readouterr().out
    for band in ("≤ 2.0", "3.5–4.0", "> 5.5", "unknown"):
        assert band in out
    assert "Einmischung" in out  # an example of its band
    assert "(--level B2)" in out and "For 95% coverage: --max-zipf" in out
    assert "█" in out  # the bars


def test_stats_json_and_plot(tmp_path, capsys):
    png = tmp_path / "demo.png"
    assert main(["stats", DEMO, "--json", "--max-cards", "10", "--plot", str(png)]) == 0
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["selection"]["cards"] == 10 and record["selection"]["max_cards"] == 10
    assert [b["label"] for b in record["bands"]][:2] == ["≤ 2.0", "2.0–2.5"]
    assert png.read_bytes()[:4] == b"\x89PNG" and str(png) in captured.err


def test_build_reports_where_its_threshold_came_from(tmp_path, capsys):
    out = tmp_path / "d.apkg"
    assert main(["build", DEMO, "-o", str(out), "--skip-top", "5000", "--max-cards", "7",
                 "--order", "article"]) == 0
    line = capsys.readouterr().out
    assert "7 words, " in line and "--skip-top 5,000, --max-cards 7" in line
    assert "at most 7 cards" not in line  # some 20 cards were written
    assert "article order" in line and out.exists()
