"""A long fuzz session of the text-reading layer, run by hand (CI runs a short one in
tests/test_fuzz.py).

    python bench/fuzz_reading.py --examples 20000

Each input is written to a file as bytes (arbitrary bytes, or arbitrary Unicode text with lone
surrogates and control characters in one of five encodings, sometimes wrapped in HTML) and read
with learner.articles.read_article, the whole reading path: bounded read, decoding, normalising,
web-page extraction, header parsing, language check. Each must give an Article whose text is
clean UTF-8, or raise InputError with one line; anything else is a bug, which Hypothesis
shrinks and prints. Prints how many inputs were tried.

Then as many damaged files of the other formats: a valid EPUB, PDF, SRT, VTT, ASS, Kindle
vocab.db and KOReader database (tests/reader_samples.py), truncated, with bytes replaced or
text put in, under their own suffix, .txt or none, read with learner.readers.read_file. Each
must give clean articles or one InputError line.

    python bench/fuzz_reading.py --examples 20000 --formats-only
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import unicodedata
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from learner import articles, readers  # noqa: E402
from learner.errors import InputError, LearnerWarning  # noqa: E402
from tests.reader_samples import damage, seed_files  # noqa: E402

any_char = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(categories=["Cs"]),
    st.characters(max_codepoint=0x9F, categories=["Cc"]),
    st.sampled_from("äöüßÄÖÜ „“‚‘»«–…\u00ad\u200b\ufeff\u0308\n\n<>&"),
)
text = st.text(any_char, max_size=2000)
as_bytes = st.one_of(
    st.binary(max_size=2000),
    st.tuples(text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
              st.booleans()).map(
        lambda t: (f"<html><head><title>{t[0][:40]}</title></head><body><p>{t[0]}</p>"
                   "</body></html>" if t[2] else t[0]).encode(t[1], "surrogatepass"
                                                             if t[1].startswith("utf") else
                                                             "replace")),
)
suffixes = st.sampled_from([".txt", ".html", ".md", ""])
damaged = st.tuples(
    st.sampled_from([".epub", ".pdf", ".srt", ".vtt", ".ass", ".db", ".sqlite3"]),
    st.one_of(st.none(), st.integers(0, 1000)),
    st.lists(st.tuples(st.integers(0, 999), st.integers(0, 255)), max_size=12),
    st.one_of(st.just(b""), st.binary(max_size=60),
              text.map(lambda t: t[:200].encode("utf-8", "surrogatepass"))),
    st.sampled_from(["same", "same", ".txt", ""]),
)


def fuzz_formats(examples: int, folder: Path) -> None:
    """Damaged files of every other format through learner.readers.read_file."""
    seeds = seed_files(folder)
    tried = {"inputs": 0, "articles": 0, "errors": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=damaged)
    def read(case) -> None:
        suffix, cut, flips, insert, named = case
        tried["inputs"] += 1
        path = folder / f"datei{suffix if named == 'same' else named}"
        path.write_bytes(damage(seeds[suffix], cut, flips, insert))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", LearnerWarning)
                found = readers.read_file(path)
        except InputError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
            tried["errors"] += 1
            return
        for article in found:
            article.text.encode("utf-8")
            assert unicodedata.is_normalized("NFC", article.text)
            assert any(c.isalpha() for c in article.text)
        tried["articles"] += len(found)

    start = time.perf_counter()
    read()
    print(f"{tried['inputs']} damaged files tried in {time.perf_counter() - start:.0f} s: "
          f"{tried['articles']} articles read, {tried['errors']} refused with one line, "
          "0 other exceptions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--formats-only", action="store_true",
                        help="only the damaged files of the formats other than text")
    args = parser.parse_args()
    tried = {"inputs": 0, "articles": 0, "errors": 0}
    folder = Path(tempfile.mkdtemp(prefix="fuzz-reading-"))
    if args.formats_only:
        fuzz_formats(args.examples, folder)
        return

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=as_bytes, suffix=suffixes)
    def read(data: bytes, suffix: str) -> None:
        tried["inputs"] += 1
        path = folder / f"artikel{suffix}"
        path.write_bytes(data)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", LearnerWarning)
                article = articles.read_article(path)
        except InputError as exc:
            assert "\n" not in str(exc)
            tried["errors"] += 1
            return
        article.text.encode("utf-8")
        article.title.encode("utf-8")
        assert unicodedata.is_normalized("NFC", article.text)
        assert article.text.strip()
        tried["articles"] += 1

    start = time.perf_counter()
    read()
    print(f"{tried['inputs']} inputs tried in {time.perf_counter() - start:.0f} s: "
          f"{tried['articles']} read as articles, {tried['errors']} refused with one line, "
          "0 other exceptions")
    fuzz_formats(args.examples, folder)


if __name__ == "__main__":
    main()
