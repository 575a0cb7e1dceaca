"""Fuzzing: arbitrary text through the reading layer and through `learner words` and
`learner build`. Every run ends in a valid deck or a clear error, never a traceback."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from learner import articles, cli
from learner.errors import InputError

# Characters of every kind, lone surrogates (category Cs) and control characters included.
any_char = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(categories=["Cs"]),
    st.characters(max_codepoint=0x9F, categories=["Cc"]),
    st.sampled_from("äöüßÄÖÜ „“‚‘»«–…\u00ad\u200b\ufeff\u0308\n\n"),
)
german_words = st.sampled_from(
    "Die Einmischung wurde zurückgewiesen . Der Vorwurf richtet sich gegen Regierung , "
    "und Gespräche gingen auseinander ! Größe Straße <script> </script> & <Dat.> "
    "onerror=alert(1) title date 2017-07 \n\n".split(" ")
)
long_token = st.text(alphabet=st.characters(exclude_categories=("Z", "Cc")), min_size=60,
                     max_size=400)
article_text = st.lists(
    st.one_of(st.text(any_char, max_size=40), german_words, german_words, german_words,
              long_token),
    max_size=60,
).map(" ".join)
encodings = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252",
                             "latin-1"])


def encode(text: str, encoding: str) -> bytes:
    """The text as a file would hold it. UTF-8 keeps lone surrogates as the bytes a broken
    encoder writes (surrogatepass); the other codecs replace what they cannot encode."""
    if encoding.startswith("utf-8"):
        return text.encode(encoding, "surrogatepass")
    return text.encode(encoding, "replace") if encoding != "utf-16" else \
        text.encode("utf-16", "surrogatepass")


def run_main(args: list[str]) -> tuple[int, str, str]:
    # Not `tests.command_line.run_cli`: pytest's capsys is one per test, and hypothesis runs
    # the test body many times, so each run captures its own output.
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as exc:  # argparse
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def assert_clear_outcome(code: int, err: str) -> None:
    lines = err.strip().splitlines()
    assert all(line.startswith("learner: ") for line in lines), err
    if code == 0:
        assert not any(line.startswith("learner: error:") for line in lines), err
    else:
        assert code in (2, 3), (code, err)
        assert lines and lines[-1].startswith("learner: error: "), err
        assert sum(line.startswith("learner: error:") for line in lines) == 1, err


# CI tries 150 (about 5 s). A longer session by hand:
#     LEARNER_FUZZ_EXAMPLES=1000 python -m pytest tests/test_fuzz.py -k words
CLI_EXAMPLES = int(os.environ.get("LEARNER_FUZZ_EXAMPLES", "150"))


@settings(max_examples=CLI_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=article_text, encoding=encodings)
def test_words_and_build_end_in_a_deck_or_a_clear_error(text, encoding):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "artikel.txt"
        path.write_bytes(encode(text, encoding))
        code, out, err = run_main(["words", str(path), "--max-zipf", "8"])
        assert_clear_outcome(code, err)
        deck = Path(folder) / "deck.apkg"
        code, out, err = run_main(["build", str(path), "-o", str(deck), "--max-zipf", "8"])
        assert_clear_outcome(code, err)
        event(f"build exit code {code}")
        if code:
            event(err.strip().splitlines()[-1].split(": ", 3)[-1][:30])
        if code == 0:
            with zipfile.ZipFile(deck) as apkg:
                assert apkg.testzip() is None
                assert "collection.anki2" in apkg.namelist()
        else:
            assert not deck.exists()
        assert [p.name for p in Path(folder).iterdir() if p.name.endswith(".tmp")] == []


@settings(max_examples=300, deadline=None)
@given(text=st.text(any_char, max_size=300))
def test_normalized_text_is_clean_unicode(text):
    clean = articles.normalize_text(text)
    clean.encode("utf-8")  # no lone surrogate survives
    assert unicodedata.is_normalized("NFC", clean)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\x0c" for c in clean)
    article = articles.parse_article(clean, "x.txt")
    assert articles.drop_overlong_runs(article.text).strip() == "" or article.text


@pytest.mark.filterwarnings("ignore::learner.errors.DamagedTextWarning")
@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_decode_or_raise_input_error(data):
    try:
        text = articles.decode_text(data, "x")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str)


@settings(max_examples=60, deadline=None)
@given(text=st.text(any_char, max_size=200), tag=st.sampled_from(["p", "div", "script", "h1"]))
def test_any_markup_gives_an_article_or_an_input_error(text, tag):
    markup = articles.normalize_text(f"<html><body><{tag}>{text}</{tag}></body></html>")
    try:
        article = articles.html_article(markup, "seite.html")
    except InputError:
        return
    assert "<html" not in article.text


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=article_text)
def test_any_normalized_text_makes_a_deck(text):
    # The layer below reading: whatever text reading hands on (lone surrogates and controls
    # already replaced) is tagged, selected and written into a deck Anki can open.
    from learner import build, deck, frequency, nlp
    from learner.articles import Article
    from learner.vocabulary import collect_words

    clean = articles.drop_overlong_runs(articles.normalize_text(text))
    article = Article(path="x.txt", title=articles.normalize_text(text[:30]) or "x", text=clean)
    tagged = build.tag_articles([article], nlp.load_pipeline())
    words = frequency.select(frequency.with_frequency(collect_words(tagged)), 8.0)
    package = deck.build_package(words, build.look_up(words), "German::fuzz")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        deck.write_package(package, path)
        with zipfile.ZipFile(path) as apkg:
            assert apkg.testzip() is None


# --- the readers of other formats ------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def seeds() -> dict[str, bytes]:
    """One valid file of every format (a function, not a fixture: Hypothesis would print
    its kilobytes with every failing case)."""
    from tests.reader_samples import seed_files

    with tempfile.TemporaryDirectory() as folder:
        return seed_files(Path(folder))


damaged = st.tuples(
    st.sampled_from([".epub", ".pdf", ".srt", ".vtt", ".ass", ".db", ".sqlite3"]),
    st.one_of(st.none(), st.integers(0, 1000)),
    st.lists(st.tuples(st.integers(0, 999), st.integers(0, 255)), max_size=8),
    st.one_of(st.just(b""), st.binary(max_size=40),
              st.text(any_char, max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass"))),
    st.sampled_from(["same", "same", ".txt", ""]),
)


@pytest.mark.filterwarnings("ignore::learner.errors.LearnerWarning")
@settings(max_examples=int(os.environ.get("LEARNER_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(case=damaged)
def test_damaged_files_of_every_format_read_or_are_one_line(case):
    """A valid EPUB, PDF, subtitle file or look-up database, truncated, with bytes replaced or
    text put in: each reader gives clean articles or one InputError line."""
    from learner import readers
    from tests.reader_samples import damage

    suffix, cut, flips, insert, named = case
    data = damage(seeds()[suffix], cut, flips, insert)
    event(suffix)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"datei{suffix if named == 'same' else named}"
        path.write_bytes(data)
        try:
            found = readers.read_file(path)
        except InputError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc), str(exc)
            event("InputError")
            return
    assert found
    for article in found:
        article.text.encode("utf-8")
        article.title.encode("utf-8")
        assert unicodedata.is_normalized("NFC", article.text)
        assert any(c.isalpha() for c in article.text)
    event("read")
