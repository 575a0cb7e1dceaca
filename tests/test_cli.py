"""The command line as a user types it."""

from __future__ import annotations

import json

import pytest

from learner.cli import main
from tests.conftest import DEMO_ARTICLE


def test_words_json_prints_the_vocabulary_with_its_fields(capsys):
    assert main(["words", str(DEMO_ARTICLE.parent), "--json"]) == 0
    words = json.loads(capsys.readouterr().out)
    by_lemma = {w["lemma"]: w for w in words}
    assert {"Einmischung", "Waffenstillstand", "zurückweisen"} <= set(by_lemma)
    record = by_lemma["Einmischung"]
    for key in ("lemma", "pos", "zipf", "count", "gender", "plural", "gloss", "examples"):
        assert key in record
    assert record["pos"] == "NOUN" and record["count"] == 2
    assert all(isinstance(s, str) and "Einmischung" in s for s in record["examples"])
    assert all(0 < w["zipf"] <= 4.0 for w in words)


def test_a_lower_threshold_keeps_only_rarer_words(capsys):
    main(["words", str(DEMO_ARTICLE), "--json", "--max-zipf", "3.0"])
    rare = {w["lemma"] for w in json.loads(capsys.readouterr().out)}
    assert "Rahmenvereinbarung" in rare
    assert "Waffenstillstand" not in rare  # Zipf ~3.6


def test_missing_path_is_one_line_and_nonzero(tmp_path, capsys):
    code = main(["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "d.apkg")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err
    assert not (tmp_path / "d.apkg").exists()


@pytest.mark.parametrize("value", ["abc", "-1", "9", "nan"])
def test_bad_threshold_is_refused(value, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["words", str(DEMO_ARTICLE), "--max-zipf", value])
    assert exit_.value.code == 2
    assert "--max-zipf" in capsys.readouterr().err


def test_words_names_a_reflexive_verb_as_the_card_does(capsys):
    # The demo says "Wir bewegen uns auf ... zu": the card's headword is "sich zubewegen",
    # and the plain list and the JSON say the same.
    assert main(["words", str(DEMO_ARTICLE), "--max-zipf", "3.0"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.endswith("VERB   sich zubewegen") for line in lines)
    assert main(["words", str(DEMO_ARTICLE), "--json", "--max-zipf", "3.0"]) == 0
    by_lemma = {w["lemma"]: w for w in json.loads(capsys.readouterr().out)}
    verb = by_lemma["zubewegen"]
    assert verb["reflexive"] is True and verb["display"] == "sich zubewegen"
    assert verb["headword"] == "sich zubewegen"
    noun = by_lemma["Streitfrage"]
    assert noun["reflexive"] is False and noun["display"] == "Streitfrage"
    assert noun["headword"] == "die Streitfrage, -n"


def test_no_words_at_the_threshold_says_so(tmp_path, capsys):
    article = tmp_path / "leicht.txt"
    article.write_text("Der Mann geht heute nach Hause. Er ist müde und will schlafen. Die Frau "
                       "sagt, dass sie morgen mit den Kindern in die Stadt fahren will.\n",
                       encoding="utf-8")
    deck_path = tmp_path / "d.apkg"
    assert main(["build", str(article), "-o", str(deck_path)]) == 0
    out, err = capsys.readouterr()
    assert "0 words" in out
    assert "no words at max Zipf 4.0 or rarer" in err and "--max-zipf" in err
    assert main(["words", str(article), "--max-zipf", "6"]) == 0
    out, err = capsys.readouterr()
    assert "Kindern" not in out and "Kind" in out and err == ""


def test_help_says_what_articles_may_be(capsys):
    # Web pages and legacy encodings are read; the help must not say "UTF-8 text" only.
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "web pages" in out and "UTF-8 text" not in out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "learner build articles/" in capsys.readouterr().out


def test_a_deck_not_named_apkg_is_written_with_a_warning(tmp_path, capsys):
    out = tmp_path / "meindeck"
    assert main(["build", str(DEMO_ARTICLE), "-o", str(out), "--max-cards", "2"]) == 0
    captured = capsys.readouterr()
    assert out.is_file() and "wrote" in captured.out
    assert "does not end in .apkg" in captured.err and captured.err.count("\n") == 1
    assert main(["build", str(DEMO_ARTICLE), "-o", str(tmp_path / "d.APKG"), "--max-cards",
                 "2"]) == 0
    assert capsys.readouterr().err == ""
