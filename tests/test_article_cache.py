"""The article cache (learner/article_cache.py) and the build reading it: hits and misses, what
invalidates an entry, damage, two writers, a cache that cannot be written, and output that is
the same with and without it."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import warnings

import pytest

import learner
from learner import article_cache, build
from learner.articles import read_article
from learner.build import deck_memos
from learner.build.analysis import WORD_FIELDS
from learner.cli import main
from learner.errors import CacheWarning
from learner.nlp import DEFAULT_MODEL

# Written for these tests: "Einmischung" recurs across the articles, so merged counts and
# examples depend on every one of them.
TEXTS = {
    "a.txt": "title Gipfel\ndate 2017-07\n\nDer Vorwurf der Einmischung wurde zurückgewiesen. "
             "Die Präsidenten trafen sich am Rande des Gipfels.",
    "b.txt": "Die Einmischung in den Wahlkampf sei erfunden, hieß es. Die Feuerpause beginnt "
             "morgen im Südwesten des Landes.",
}
NEW = ("c.txt", "Die Delegationen gingen nach dem Treffen auseinander. Die Einmischungen "
                "häuften sich dennoch.")


@pytest.fixture
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture(autouse=True)
def fresh_keys():
    """Keys are computed once per process; tests that change what goes in them start over."""
    article_cache.analysis_key.cache_clear()
    yield
    article_cache.analysis_key.cache_clear()


def analyse(folder, **options) -> build.Corpus:
    return build.analyse_paths([folder], workers=1, **options)


def no_cache_warnings(record) -> bool:
    return not [w for w in record if issubclass(w.category, CacheWarning)]


def glossed_words(folder, ding) -> tuple[list, dict]:
    """The words of a folder's articles and their entries, built through `build.Glossed`,
    whose memo of entries chosen in context is then saved."""
    glossed = build.Glossed(ding, DEFAULT_MODEL)
    words = build.find_words([folder], max_zipf=8, usable=glossed)
    glossed.save()
    return words, glossed.entries


def test_a_second_run_answers_from_the_cache_and_a_new_article_is_a_miss(folder):
    first = analyse(folder)
    assert (first.articles, first.cached) == (2, 0)
    again = analyse(folder)
    assert (again.articles, again.cached) == (2, 2)
    assert again.words == first.words and again.running == first.running
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    grown = analyse(folder)
    assert (grown.articles, grown.cached) == (3, 2)
    assert grown.words == analyse(folder, use_cache=False).words


def test_a_changed_article_is_a_miss(folder):
    analyse(folder)
    (folder / "b.txt").write_text(TEXTS["b.txt"] + " Der Gipfel endete.", encoding="utf-8")
    assert analyse(folder).cached == 1


def test_a_moved_folder_still_hits(folder, tmp_path):
    analyse(folder)
    moved = folder.rename(tmp_path / "elsewhere")
    assert analyse(moved).cached == 2


def test_no_cache_neither_reads_nor_writes(folder, article_cache_file):
    assert analyse(folder, use_cache=False).cached == 0
    assert not article_cache_file.exists()


def test_a_new_learner_version_invalidates(folder, monkeypatch):
    analyse(folder)
    monkeypatch.setattr(learner, "__version__", learner.__version__ + ".post1")
    article_cache.analysis_key.cache_clear()
    assert analyse(folder).cached == 0


def test_a_new_lexicon_or_package_version_invalidates(folder, monkeypatch):
    # wordfreq's word list and HanTa's model ship inside their packages: a new version of
    # either is a new installed version.
    analyse(folder)
    versions = article_cache.installed_versions()
    bumped = tuple(v.replace("wordfreq-", "wordfreq-9") for v in versions)
    assert bumped != versions
    monkeypatch.setattr(article_cache, "installed_versions", lambda: bumped)
    article_cache.analysis_key.cache_clear()
    assert analyse(folder).cached == 0


def test_learners_own_metadata_on_the_path_does_not_change_the_key(tmp_path, monkeypatch):
    # `python -m learner` in a checkout puts the checkout, with its learner.egg-info, on
    # sys.path; the `learner` command does not. Both must find the same entries. Another
    # package's metadata there is a new installed version, and does change the key.
    article_cache.installed_versions.cache_clear()
    before = article_cache.installed_versions()
    (tmp_path / "learner.egg-info").mkdir()
    (tmp_path / "learner-9.9.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    article_cache.installed_versions.cache_clear()
    assert article_cache.installed_versions() == before
    (tmp_path / "wordfreq-9.9.dist-info").mkdir()
    article_cache.installed_versions.cache_clear()
    assert "wordfreq-9.9.dist-info" in article_cache.installed_versions()
    article_cache.installed_versions.cache_clear()


def test_a_changed_rule_or_data_file_of_learner_changes_the_key(tmp_path):
    # The package's own source and data (lexicon tables, shipped models) are hashed, so an
    # edit without a version bump is a new key too.
    package = tmp_path / "package"
    (package / "lexicon").mkdir(parents=True)
    (package / "rules.py").write_text("X = 1\n")
    (package / "lexicon" / "nouns.tsv").write_text("Gipfel\tm\n")
    before = article_cache.source_fingerprint(package)
    # The files are read once per process (`package_file_digests`): as a new process.
    article_cache.source_fingerprint.cache_clear()
    article_cache.package_file_digests.cache_clear()
    (package / "lexicon" / "nouns.tsv").write_text("Gipfel\tm\nTreffen\tn\n")
    assert article_cache.source_fingerprint(package) != before
    article_cache.source_fingerprint.cache_clear()
    article_cache.package_file_digests.cache_clear()


def test_the_model_is_part_of_the_key(tmp_path):
    pipeline = tmp_path / "my_pipeline"
    pipeline.mkdir()
    (pipeline / "meta.json").write_text('{"lang": "de", "name": "x", "version": "1.0.0"}')
    keys = {article_cache.analysis_key("embedded"), article_cache.analysis_key(str(pipeline))}
    article_cache.analysis_key.cache_clear()
    (pipeline / "meta.json").write_text('{"lang": "de", "name": "x", "version": "1.1.0"}')
    keys.add(article_cache.analysis_key(str(pipeline)))
    assert len(keys) == 3


def test_a_damaged_entry_is_recomputed_with_one_warning(folder, article_cache_file):
    first = analyse(folder)
    with sqlite3.connect(article_cache_file) as db:
        db.execute("UPDATE entries SET value = substr(value, 1, 20)")  # truncated
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        repaired = analyse(folder)
    assert [w for w in caught if issubclass(w.category, CacheWarning)] and \
        len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1
    assert repaired.words == first.words and repaired.cached == 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert analyse(folder).cached == 2
    assert no_cache_warnings(caught)


@pytest.mark.parametrize("compress", [True, False])
def test_an_entry_packed_either_way_reads_back_and_a_changed_byte_is_damage(compress):
    record = (("Vorwurf", "NOUN", 3), ("Gipfel", "NOUN", 1), "ein Satz über den Gipfel")
    value = article_cache.pack(record, compress)
    assert article_cache.unpack(value) == record
    # A byte changed inside the record's strings still reads as a record of the same
    # shape: only the checksum tells.
    spot = value.rindex(b"Gipfel") if not compress else len(value) // 2
    changed = value[:spot] + bytes([value[spot] ^ 1]) + value[spot + 1:]
    with pytest.raises(ValueError):
        article_cache.unpack(changed)
    with pytest.raises(ValueError):
        article_cache.unpack(value[:-3])


def test_a_damaged_cache_file_is_replaced(folder, article_cache_file):
    first = analyse(folder)
    for leftover in article_cache_file.parent.glob(article_cache_file.name + "-*"):
        leftover.unlink()
    article_cache_file.write_bytes(b"not a database at all" * 100)
    with pytest.warns(CacheWarning):
        assert analyse(folder).words == first.words
    assert analyse(folder).cached == 2


def test_a_cache_folder_that_cannot_be_written_means_no_cache(folder, tmp_path, monkeypatch):
    first = analyse(folder, use_cache=False)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setattr(article_cache, "cache_file", lambda: blocked / "articles.sqlite")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = analyse(folder)
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1
    assert result.words == first.words


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a POSIX user for whom a read-only folder is read-only")
def test_a_read_only_cache_folder_means_no_cache(folder, tmp_path, monkeypatch):
    first = analyse(folder, use_cache=False)
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o500)
    monkeypatch.setattr(article_cache, "cache_file", lambda: readonly / "articles.sqlite")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = analyse(folder)
    finally:
        readonly.chmod(0o700)
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1
    assert result.words == first.words


def test_a_full_disk_means_building_on_with_one_warning(folder, monkeypatch):
    first = analyse(folder, use_cache=False)

    connect = article_cache._connect

    class FullDisk:
        """A connection whose writes fail as SQLite's do on a full disk (SQLITE_FULL)."""

        def __init__(self, db):
            self.db = db

        def __getattr__(self, name):
            return getattr(self.db, name)

        def __enter__(self):
            return self.db.__enter__()

        def __exit__(self, *exc):
            return self.db.__exit__(*exc)

        def executemany(self, sql, rows):
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(article_cache, "_connect", lambda path: FullDisk(connect(path)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = analyse(folder)
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1
    assert result.words == first.words


def _write_entries(path: str, writer: int, count: int) -> None:
    article_cache.cache_file = lambda: __import__("pathlib").Path(path)
    for i in range(count):
        cache = article_cache.open_cache()
        cache.put(f"shared-{i}".encode(), article_cache.Entry(article_cache.pack((writer, i))))
        cache.put(f"own-{writer}-{i}".encode(), article_cache.Entry(article_cache.pack(i)))
        cache.close()


def test_two_writers_at_once_leave_every_entry_whole(tmp_path):
    path = tmp_path / "shared.sqlite"
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_entries, args=(str(path), w, 60)) for w in (1, 2)]
    for p in writers:
        p.start()
    for p in writers:
        p.join(120)
    assert [p.exitcode for p in writers] == [0, 0]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT key, value FROM entries").fetchall()
    assert len(rows) == 60 + 2 * 60
    for key, value in rows:
        stored = article_cache.unpack(value)
        if key.startswith(b"shared-"):
            assert stored[0] in (1, 2) and stored[1] == int(key.split(b"-")[1])


def test_two_builds_at_once_agree(folder):
    # Two processes analyse the same folder at the same moment, both missing and both writing.
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        results = pool.map(_words_of, [str(folder)] * 2)
    assert results[0] == results[1] == _words_of(str(folder))
    assert analyse(folder).cached == 2


def _words_of(folder: str) -> list:
    return [(w.lemma, w.pos, w.count, w.examples) for w in build.analyse_paths(
        [folder], workers=1).words]


def test_the_least_recently_used_entries_go_first(tmp_path, monkeypatch):
    monkeypatch.setattr(article_cache, "cache_file", lambda: tmp_path / "c.sqlite")
    cache = article_cache.open_cache()
    for i in range(10):
        cache.put(str(i).encode(), article_cache.Entry(b"x" * 1000))
        cache.flush()
    cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:  # stored an hour ago, in that order
        db.execute("UPDATE entries SET used = used - 3600")
    cache = article_cache.open_cache()
    assert cache.get(b"0") is not None  # used now: the newest
    cache.close()
    monkeypatch.setenv(article_cache.LIMIT_VARIABLE, "0.005")  # 5,000 bytes
    article_cache.open_cache().close()  # only reading: nothing grew, nothing to evict
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 10
    cache = article_cache.open_cache()  # a write: the limit applies
    cache.put(b"new", article_cache.Entry(b"y" * 100))
    cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        kept = {k for (k,) in db.execute("SELECT key FROM entries")}
    assert b"0" in kept and b"new" in kept and b"1" not in kept and len(kept) <= 5


def test_an_older_caches_index_is_replaced_by_the_covering_one(tmp_path, monkeypatch):
    # The size check reads (used, size, key) from an index, not the rows' overflow pages.
    monkeypatch.setattr(article_cache, "cache_file", lambda: tmp_path / "c.sqlite")
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        db.executescript(article_cache._SCHEMA.replace(
            "entries_by_use_and_size ON entries (used, size, key)", "entries_by_use ON entries "
            "(used)"))
    article_cache.open_cache().close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        indexes = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='index'")
                   if not n.startswith("sqlite_")}
        plan = db.execute("EXPLAIN QUERY PLAN SELECT SUM(size) FROM entries").fetchall()
    assert indexes == {"entries_by_use_and_size"}
    assert "COVERING INDEX entries_by_use_and_size" in str(plan)


def test_words_json_is_the_same_with_and_without_the_cache(folder, capsys):
    runs = []
    for options in ([], [], ["--no-cache"]):  # a cold cache, a warm one, none
        assert main(["words", str(folder), "--json", "--max-zipf", "8", *options]) == 0
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1] == runs[2]
    assert json.loads(runs[0])


def test_cache_info_and_clear(folder, capsys):
    analyse(folder)
    assert main(["cache", "info"]) == 0
    assert "2 articles" in capsys.readouterr().out
    assert main(["cache", "clear"]) == 0
    assert "deleted 2" in capsys.readouterr().out
    assert analyse(folder).cached == 0


def test_reading_depends_on_a_file_only_through_its_name_and_bytes(folder, tmp_path):
    # The cache keys an article file by its name and bytes, not its folder.
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_bytes((folder / "a.txt").read_bytes())
    here, there = read_article(folder / "a.txt"), read_article(other / "a.txt")
    assert here.path != there.path
    assert (here.title, here.text, here.label) == (there.title, there.text, there.label)


def english_folder(tmp_path):
    """A folder with one English article: reading it warns that it is not German."""
    english = tmp_path / "en"
    english.mkdir()
    (english / "news.txt").write_text(
        "The president met the chancellor on Monday to talk about trade, the war and the "
        "weather, and both said that the meeting had been a good one for their countries.",
        encoding="utf-8")
    return english


def test_a_warning_from_reading_is_shown_again_on_a_hit(tmp_path):
    english = english_folder(tmp_path)
    for _ in range(2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            build.analyse_paths([english], workers=1)
        messages = [str(w.message) for w in caught if "German" in str(w.message)]
        assert len(messages) == 1 and str(english / "news.txt") in messages[0]


def test_merging_keeps_the_first_examples_and_is_associative():
    from learner.vocabulary import Example, Word

    def word(article: str, n: int) -> Word:
        examples = tuple(Example(f"Satz {article}{i}.", ((0, 4),), article) for i in range(n))
        return Word("Satz", "NOUN", n, ("Satz",), examples, (article,))

    parts = [[word(a, 15)] for a in "abc"]
    (merged,) = build.merge_words(parts)
    assert merged.count == 45 and merged.articles == ("a", "b", "c")
    assert len(merged.examples) == build.EXAMPLES_KEPT
    assert merged.examples[-1].sentence == "Satz b4."
    left = build.merge_words([build.merge_words(parts[:2]), parts[2]])
    right = build.merge_words([parts[0], build.merge_words(parts[1:])])
    assert left == right == [merged]


def test_merged_examples_share_one_object_per_sentence_and_words_and_keep_their_values():
    # Each article's analysis is decoded into objects of its own; what the merge keeps of
    # them stands for equal values with one object, so a copied or quoted sentence, its
    # highlights and its candidates' pairs are held once, and the words are the same as
    # without that.
    import marshal

    def analysis(article: str, lemma: str) -> tuple:
        sentence = "Die Kommission prüfte den Antrag gründlich."
        words = (("Kommission", "NOUN"), ("prüfen", "VERB"), ("Antrag", "NOUN"))
        example = (sentence, ((4, 14),), article, words, None)
        record = (lemma, "NOUN", 1, (lemma,), (example,) * 25, (article,), None, 0, 0, 0)
        # marshal's round trip, as the parent decodes a worker's analysis: new objects.
        return marshal.loads(marshal.dumps(((record,), 0, ())))

    merged = build.MergedWords()
    for article in ("a", "b", "c"):
        merged.add_analysis(analysis(article, "Kommission"))
    merged.add_analysis(analysis("d", "Antrag"))
    kommission, antrag = merged.words()
    examples = kommission.examples + antrag.examples
    assert len(kommission.examples) == build.EXAMPLES_KEPT
    assert len({id(e.sentence) for e in examples}) == 1
    assert len({id(e.words) for e in examples}) == 1
    assert len({id(e.highlights) for e in examples}) == 1
    assert all(e.highlights == ((4, 14),) for e in examples)
    assert antrag.examples[0].words[2] is kommission.examples[0].words[2]
    assert [e.article for e in examples] == ["a"] * 20 + ["d"] * 20
    assert examples[0].words == (("Kommission", "NOUN"), ("prüfen", "VERB"), ("Antrag", "NOUN"))
    # The first record does not hold the examples past those kept.
    assert all(m.first[WORD_FIELDS["examples"]] == () for m in merged._words.values())


def test_an_unchanged_rebuild_leaves_the_deck_as_it_is(folder, tmp_path):
    output = tmp_path / "deck.apkg"
    first, _ = build.build_deck([folder], output, max_zipf=8)
    written = output.stat().st_ino
    again, _ = build.build_deck([folder], output, max_zipf=8)
    assert again == first and output.stat().st_ino == written


def test_a_changed_input_or_an_edited_deck_is_built_again(folder, tmp_path):
    output = tmp_path / "deck.apkg"
    build.build_deck([folder], output, max_zipf=8)
    written = output.stat().st_ino
    # Other card kinds: another deck.
    fewer, _ = build.build_deck([folder], output, max_zipf=8, card_kinds=["recognition"])
    assert output.stat().st_ino != written
    # The deck file changed since it was written: written again.
    output.write_bytes(output.read_bytes() + b"edited")
    again, _ = build.build_deck([folder], output, max_zipf=8, card_kinds=["recognition"])
    assert not output.read_bytes().endswith(b"edited") and again == fewer
    # A new article: new words.
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    written = output.stat().st_ino
    grown, _ = build.build_deck([folder], output, max_zipf=8, card_kinds=["recognition"])
    assert output.stat().st_ino != written and grown.notes > fewer.notes
    # --no-cache always writes.
    written = output.stat().st_ino
    build.build_deck([folder], output, max_zipf=8, card_kinds=["recognition"], use_cache=False)
    assert output.stat().st_ino != written


# --- inputs of other formats (learner.readers) ----------------------------------------------

@pytest.fixture
def shelf(tmp_path):
    """A folder with a book (EPUB, several chapters), subtitles (one article per sentence),
    an e-reader's look-ups and a news article: every kind of file the readers give."""
    from tests.reader_samples import SRT, epub_file, kindle_db, subtitle_file

    corpus = tmp_path / "shelf"
    corpus.mkdir()
    epub_file(corpus / "buch.epub")
    subtitle_file(corpus / "film.srt", SRT)
    kindle_db(corpus / "vocab.db")
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def test_a_file_of_several_articles_is_one_entry_and_every_article_comes_back(shelf, capsys):
    first = analyse(shelf)
    assert first.articles > 4 and first.cached == 0  # chapters, cues and look-ups each count
    again = analyse(shelf)
    assert (again.articles, again.cached) == (first.articles, first.articles)
    assert again.words == first.words
    # The look-ups' articles keep what selecting their words needs: label and look-ups.
    assert [(a.label, a.looked_up) for a in again.sources] == \
        [(a.label, a.looked_up) for a in first.sources]
    assert any(a.looked_up for a in again.sources)
    assert main(["cache", "info"]) == 0
    assert f"{len(list(shelf.iterdir()))} articles" in capsys.readouterr().out  # one a file


def test_words_of_every_format_are_the_same_with_and_without_the_cache(shelf, tmp_path,
                                                                        capsys):
    # i+1 reads each example's sentence words and the learner's unknown words: cached words
    # must carry Example.words so the order and Example.unknown come out the same.
    known = tmp_path / "known.txt"
    known.write_text("Einmischung\nHafen\n", encoding="utf-8")
    runs = []
    for options in ([], [], ["--no-cache"]):
        assert main(["words", str(shelf), "--json", "--max-zipf", "5", "--order", "i+1",
                     "--known", str(known), *options]) == 0
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1] == runs[2]
    assert json.loads(runs[0])
    found = [build.find_words([shelf], max_zipf=5, order="i+1", known_words=[known],
                              use_cache=use) for use in (True, False)]
    assert found[0] == found[1]
    assert any(e.words for w in found[0] for e in w.examples)
    assert all(e.unknown is not None for w in found[0] for e in w.examples)


def test_a_web_address_bypasses_the_cache(monkeypatch):
    from learner.articles import Article
    from learner.readers import web

    fetched = []

    def read(url: str) -> list[Article]:
        fetched.append(url)
        return [Article(url, "Die Fähre", "Die alte Fähre wird ausgemustert und verkauft.")]

    monkeypatch.setattr(web, "read", read)
    for _ in range(2):
        corpus = build.analyse_paths(["https://example.org/faehre"], workers=1)
        assert (corpus.articles, corpus.cached) == (1, 0)
    assert len(fetched) == 2
    assert article_cache.cache_info().entries == 0


def test_the_shipped_models_and_lexicons_are_in_the_key():
    # The name recognizer's model and the noun lexicon are data files of the package: a new
    # model or lexicon must make every entry a miss, as a changed rule does.
    root = article_cache.PACKAGE_ROOT
    data = {root / "models" / "ner_de" / "meta.json", root / "lexicon" / "data" / "nouns.tsv.gz"}
    assert all(p.is_file() for p in data)
    hashed = {p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert data <= hashed


# --- the build's other memos: dictionary entries, unchanged inputs, background tagging -------

def counted_lookups(monkeypatch) -> list[tuple[str, str]]:
    from learner.dictionary import Dictionary

    asked: list[tuple[str, str]] = []
    lookup = Dictionary.lookup

    def counting(self, lemma: str, pos: str):
        asked.append((lemma, pos))
        return lookup(self, lemma, pos)

    monkeypatch.setattr(Dictionary, "lookup", counting)
    return asked


def test_dictionary_entries_are_remembered_and_the_same_as_looked_up(folder, ding, monkeypatch):
    words = build.find_words([folder], max_zipf=8)
    looked_up = build.look_up(words, ding)
    asked = counted_lookups(monkeypatch)
    assert build.look_up_remembered(words, ding) == looked_up  # a miss: every word asked
    assert len(asked) == len(words)
    asked.clear()
    assert build.look_up_remembered(words, ding) == looked_up  # a hit: none asked
    assert asked == []
    # A new word is the only one asked.
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    more = build.find_words([folder], max_zipf=8)
    expected = build.look_up(more, ding)
    asked.clear()
    assert build.look_up_remembered(more, ding) == expected
    assert 0 < len(asked) < len(more)


def test_remembered_entries_go_with_a_new_version_or_dictionary(folder, ding, monkeypatch):
    words = build.find_words([folder], max_zipf=8)
    build.look_up_remembered(words, ding)
    asked = counted_lookups(monkeypatch)
    monkeypatch.setattr(learner, "__version__", learner.__version__ + ".post1")
    article_cache.analysis_key.cache_clear()
    build.look_up_remembered(words, ding)
    assert len(asked) == len(words)
    asked.clear()
    # The dictionary's index rebuilt (another time): its entries may differ.
    stat = ding.index.stat()
    os.utime(ding.index, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    build.look_up_remembered(words, ding)
    assert len(asked) == len(words)


def test_a_damaged_entries_memo_is_looked_up_again_with_one_warning(folder, ding,
                                                                     article_cache_file):
    words = build.find_words([folder], max_zipf=8)
    expected = build.look_up_remembered(words, ding)
    with sqlite3.connect(article_cache_file) as db:
        db.execute("UPDATE entries SET value = substr(value, 1, 20) WHERE warnings = 'memo\t'")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert build.look_up_remembered(words, ding) == expected
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1


def deck_notes(path) -> list[tuple]:
    """The notes of an .apkg as Anki stores them (guid, fields, tags, card count), without the
    times and ids a build stamps them with."""
    import tempfile
    import zipfile

    with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as work:
        db = sqlite3.connect(package.extract("collection.anki2", work))
        try:
            return db.execute(
                "SELECT n.guid, n.flds, n.tags, n.sfld, n.csum, count(c.id), min(c.due) "
                "FROM notes n JOIN cards c ON c.nid = n.id GROUP BY n.id ORDER BY n.guid"
            ).fetchall()
        finally:
            db.close()


def test_a_deck_from_remembered_entries_is_the_deck_without_the_cache(folder, ding, tmp_path):
    options = {"max_zipf": 8, "dictionary": ding}
    build.build_deck([folder], tmp_path / "cold.apkg", **options)
    build.build_deck([folder], tmp_path / "warm.apkg", **options)  # entries from the memo
    build.build_deck([folder], tmp_path / "none.apkg", use_cache=False, **options)
    cold, warm, none = (deck_notes(tmp_path / f"{n}.apkg") for n in ("cold", "warm", "none"))
    assert cold == warm == none and len(cold) > 5
    assert any("Einmischung" in n[1] and "interference" in n[1] for n in cold)


def test_unchanged_inputs_leave_the_deck_without_analysing(folder, tmp_path, monkeypatch):
    output = tmp_path / "deck.apkg"
    first, _ = build.build_deck([folder], output, max_zipf=8, words_needed=False)
    written = output.stat().st_ino
    analysed = []
    real = build.analyse_paths
    monkeypatch.setattr(build.words, "analyse_paths",
                        lambda *a, **k: analysed.append(1) or real(*a, **k))
    again, words = build.build_deck([folder], output, max_zipf=8, words_needed=False)
    assert (again, words, analysed) == (first, [], [])
    assert output.stat().st_ino == written
    # A caller that needs the words gets them, and the deck is still left as it is.
    again, words = build.build_deck([folder], output, max_zipf=8)
    assert again == first and words and analysed == [1]
    assert output.stat().st_ino == written


def test_a_changed_option_file_or_deck_is_no_unchanged_input(folder, tmp_path):
    output = tmp_path / "deck.apkg"

    def rebuilt(**options) -> bool:
        written = output.stat().st_ino
        build.build_deck([folder], output, words_needed=False, **options)
        return output.stat().st_ino != written

    build.build_deck([folder], output, max_zipf=8, words_needed=False)
    assert not rebuilt(max_zipf=8)
    assert rebuilt(max_zipf=4)
    assert rebuilt(max_zipf=4, card_kinds=["recognition"])
    assert rebuilt(max_zipf=4, card_kinds=["recognition"], order="article")
    assert not rebuilt(max_zipf=4, card_kinds=["recognition"], order="article")
    output.write_bytes(output.read_bytes() + b"edited")
    assert rebuilt(max_zipf=4, card_kinds=["recognition"], order="article")
    (folder / "b.txt").write_text(TEXTS["b.txt"] + " Die Seilbahn fährt wieder.", encoding="utf-8")
    assert rebuilt(max_zipf=4, card_kinds=["recognition"], order="article")
    assert rebuilt(max_zipf=4, card_kinds=["recognition"], order="article", use_cache=False)


def test_a_reading_warning_is_shown_when_unchanged_inputs_leave_the_deck(tmp_path):
    english = english_folder(tmp_path)
    for _ in range(3):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            build.build_deck([english], tmp_path / "d.apkg", words_needed=False)
        messages = [str(w.message) for w in caught if "German" in str(w.message)]
        assert len(messages) == 1 and str(english / "news.txt") in messages[0]


def test_new_articles_beside_cached_ones_are_tagged_in_the_background(folder, monkeypatch):
    analyse(folder)
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    started = []
    real = build.workers._in_background
    monkeypatch.setattr(build.workers, "_in_background",
                        lambda *a: started.append(len(a[0])) or real(*a))
    corpus = build.analyse_paths([folder], workers=2)
    assert started == [1] and corpus.cached == 2
    assert corpus.words == analyse(folder, use_cache=False).words


def test_the_callers_other_work_is_done_while_the_background_tagger_works(folder, monkeypatch):
    # A rebuild reads its memos (deck_memos.ReadAhead) while the new article is tagged: called
    # once the cached analyses are merged, before the new one is awaited; not when nothing
    # is tagged in the background.
    analyse(folder)
    events: list[str] = []
    monkeypatch.setattr(build.workers, "available_cores", lambda: 2)
    build.analyse_paths([folder], workers=2, while_tagging=lambda: events.append("meanwhile"))
    assert events == []  # nothing new
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    real = build.workers._background_results
    monkeypatch.setattr(build.workers, "_background_results", lambda *a: (
        events.append("awaited") or (yield from real(*a))))
    grown = build.analyse_paths([folder], workers=2,
                                while_tagging=lambda: events.append("meanwhile"))
    assert events == ["meanwhile", "awaited"]
    assert grown.words == analyse(folder, use_cache=False).words


def test_a_rebuild_after_a_new_article_has_the_notes_of_one_without_the_read_ahead(
        folder, tmp_path, monkeypatch):
    output, plain = tmp_path / "deck.apkg", tmp_path / "plain.apkg"
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    build.build_deck([folder], plain, max_zipf=8, audio_choice="none")
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    monkeypatch.setattr(build.workers, "available_cores", lambda: 2)
    called = []
    real = deck_memos.ReadAhead.__call__
    monkeypatch.setattr(deck_memos.ReadAhead, "__call__", lambda ahead: called.append(1) or real(
        ahead))
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    assert called == [1]
    monkeypatch.setattr(deck_memos.ReadAhead, "__call__", lambda ahead: None)  # read when wanted
    build.build_deck([folder], plain, max_zipf=8, audio_choice="none")
    assert deck_notes(output) == deck_notes(plain)


def counted(monkeypatch, module, name: str) -> list[str]:
    asked: list[str] = []
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda lemma, *a: asked.append(lemma) or real(lemma, *a))
    return asked


def test_pronunciations_are_remembered_and_go_with_a_new_version(folder, monkeypatch):
    from learner import audio, deck

    words = build.find_words([folder], max_zipf=8)
    nouns = [w for w in words if w.pos == "NOUN"]
    expected = ({w.lemma: deck.word_ipa(w.lemma) for w in words},
                {w.lemma: audio.spoken_compound(w.lemma) for w in nouns})
    ipa_asked = counted(monkeypatch, deck, "word_ipa")
    spoken_asked = counted(monkeypatch, audio, "spoken_compound")
    assert deck_memos.remembered_sounds(words, DEFAULT_MODEL, True) == expected  # a miss: all made
    # (spoken_compound asks again for a compound's parts)
    assert len(ipa_asked) == len(words) and {w.lemma for w in nouns} <= set(spoken_asked)
    assert nouns
    ipa_asked.clear()
    spoken_asked.clear()
    assert deck_memos.remembered_sounds(words, DEFAULT_MODEL, True) == expected  # a hit: none made
    assert ipa_asked == spoken_asked == []
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    more = build.find_words([folder], max_zipf=8)
    ipa, _ = deck_memos.remembered_sounds(more, DEFAULT_MODEL, True)
    assert 0 < len(ipa_asked) < len(more) and set(ipa) >= {w.lemma for w in more}
    ipa_asked.clear()
    monkeypatch.setattr(learner, "__version__", learner.__version__ + ".post1")
    article_cache.analysis_key.cache_clear()
    deck_memos.remembered_sounds(words, DEFAULT_MODEL, True)
    assert len(ipa_asked) == len(words)


def test_a_damaged_pronunciations_memo_is_made_again_with_one_warning(folder,
                                                                      article_cache_file):
    words = build.find_words([folder], max_zipf=8)
    expected = deck_memos.remembered_sounds(words, DEFAULT_MODEL, True)
    with sqlite3.connect(article_cache_file) as db:
        db.execute("UPDATE entries SET value = substr(value, 1, 20) WHERE warnings = 'memo\t'")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert deck_memos.remembered_sounds(words, DEFAULT_MODEL, True) == expected
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1


def test_a_deck_with_remembered_pronunciations_is_the_deck_without_the_cache(folder, tmp_path):
    from learner import audio

    if isinstance(audio.find_tools(), str):
        pytest.skip("espeak-ng or lameenc is not installed: the deck would have no audio")
    build.build_deck([folder], tmp_path / "cold.apkg", max_zipf=8)
    build.build_deck([folder], tmp_path / "warm.apkg", max_zipf=8)  # IPA, spoken from the memo
    build.build_deck([folder], tmp_path / "none.apkg", max_zipf=8, use_cache=False)
    cold, warm, none = (deck_notes(tmp_path / f"{n}.apkg") for n in ("cold", "warm", "none"))
    assert cold == warm == none and any("[sound:learner-" in n[1] for n in cold)


def test_a_cache_another_process_is_switching_to_wal_is_waited_for():
    # Two builds opening a new cache at once: SQLite answers the second switch to WAL
    # "database is locked" at once, without the busy timeout; the switch is tried again.
    class Racing:
        def __init__(self):
            self.tries = 0

        def execute(self, sql):
            self.tries += 1
            if self.tries < 3:
                raise sqlite3.OperationalError("database is locked")

    db = Racing()
    article_cache._set_wal(db)
    assert db.tries == 3

    class Broken:
        def execute(self, sql):
            raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError):
        article_cache._set_wal(Broken())


def test_an_entry_used_lately_is_not_marked_again(tmp_path, monkeypatch):
    # Marking rewrites the whole row (a recording, an analysis): within
    # USE_RESOLUTION_SECONDS of its last use an entry is left as it is.
    monkeypatch.setattr(article_cache, "cache_file", lambda: tmp_path / "c.sqlite")
    cache = article_cache.open_cache()
    for key in (b"old", b"new"):
        cache.put(key, article_cache.Entry(b"x" * 1000))
    cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        db.execute("UPDATE entries SET used = 1000 WHERE key = ?", (b"old",))
        before = dict(db.execute("SELECT key, used FROM entries"))
    cache = article_cache.open_cache()
    assert cache.get(b"old") is not None
    assert cache.get_many([b"new"]) == {b"new": b"x" * 1000}
    cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        after = dict(db.execute("SELECT key, used FROM entries"))
    assert after[b"new"] == before[b"new"]
    assert after[b"old"] > before[b"new"] - article_cache.USE_RESOLUTION_SECONDS


def test_a_rebuild_starts_from_the_stored_merge_of_the_files_it_shares(folder, monkeypatch):
    # Merging is associative: the stored merge of a.txt and b.txt, with c.txt merged on top,
    # is every analysis merged again. Stored once this many files were merged on top.
    monkeypatch.setattr(build.corpus, "_MERGE_AGAIN_AFTER", 2)
    started = []
    stored_merge = build.corpus._stored_merge
    monkeypatch.setattr(build.corpus, "_stored_merge",
                        lambda *a: started.append(stored_merge(*a)[1]) or stored_merge(*a))
    analyse(folder)  # both analysed, and their merge stored
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    grown = analyse(folder)
    assert started == [0, 2]
    without = analyse(folder, use_cache=False)
    assert grown.words == without.words and grown.running == without.running
    (folder / "a.txt").write_text(TEXTS["a.txt"] + " Der Gipfel endete.", encoding="utf-8")
    changed = analyse(folder)  # the first file changed: no stored merge starts the files
    assert started[-1] == 0 and changed.words == analyse(folder, use_cache=False).words


def test_a_damaged_stored_merge_is_merged_again_with_one_warning(folder, monkeypatch,
                                                                 article_cache_file):
    monkeypatch.setattr(build.corpus, "_MERGE_AGAIN_AFTER", 2)
    first = analyse(folder)
    with sqlite3.connect(article_cache_file) as db:
        db.execute("UPDATE entries SET value = X'00' WHERE warnings = 'memo\t'")
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        again = analyse(folder)
    assert len([w for w in record if issubclass(w.category, CacheWarning)]) == 1
    assert again.words == first.words and again.running == first.running


# --- what a rebuild takes from the last build: digests, entries in context, notes ----------

def test_a_words_digest_is_kept_until_an_article_adds_to_it_and_survives_the_store():
    first = build.MergedWords()
    words = (("Vorwurf", "NOUN", 1, ("Vorwurf",), (), ("a",), None, 0, 0, 0),
             ("Gipfel", "NOUN", 1, ("Gipfel",), (), ("a",), None, 0, 0, 0))
    first.add_analysis((words, 0, ()))
    digests = first.digests()
    again = build.MergedWords()
    again.restore(article_cache.unpack(article_cache.pack(first.state())))
    assert again.digests() == digests
    again.add_records([("Gipfel", "NOUN", 2, ("Gipfels",), (), ("b",), None, 0, 0, 0)])
    changed = again.digests()
    assert changed[("Vorwurf", "NOUN")] == digests[("Vorwurf", "NOUN")]
    assert changed[("Gipfel", "NOUN")] != digests[("Gipfel", "NOUN")]


def test_a_word_is_made_again_only_when_an_article_adds_to_it_or_its_zipf_is_found():
    # A rebuild makes the Words of the stored merge while the new article is tagged, and then
    # only those the article adds to.
    merged = build.MergedWords()
    merged.add_analysis(((("Vorwurf", "NOUN", 1, ("Vorwurf",), (), ("a",), 3.5, 0, 0, 0),
                          ("Gipfel", "NOUN", 1, ("Gipfel",), (), ("a",), 3.0, 0, 0, 0)), 0, ()))
    merged.add_zipf(lambda words: [3.5, 3.0])
    vorwurf, gipfel = merged.words()
    merged.add_records([("Gipfel", "NOUN", 2, ("Gipfels",), (), ("b",), None, 0, 0, 0),
                        ("Einmischung", "NOUN", 1, ("Einmischung",), (), ("b",), None, 0, 0, 0)])
    assert merged.words()[0] is vorwurf
    merged.add_zipf(lambda words: [3.1, 2.0])
    again = merged.words()
    assert again[0] is vorwurf and again[1] is not gipfel
    assert [(w.count, w.forms, w.zipf) for w in again[1:]] == [
        (3, ("Gipfel", "Gipfels"), 3.1), (1, ("Einmischung",), 2.0)]


def test_a_records_digest_does_not_depend_on_which_objects_hold_it():
    # marshal marks objects referred to more than once; the digest must not see it.
    sentence = "".join(["Der Gipfel ", "endete."])
    words = (("Gipfel", "NOUN"), ("enden", "VERB"))
    # One sentence and one tuple of words, shared by two examples (as the analysis shares them).
    shared = ("Gipfel", "NOUN", 2, ("Gipfel",), ((sentence, ((4, 10),), "a", words, None),
                                                (sentence, ((4, 10),), "b", words, None)),
              ("a", "b"), None, 0, 0, 0)
    alone = ("Gipfel", "NOUN", 2, ("Gipfel",),
             (("Der Gipfel endete.", ((4, 10),), "a", (("Gipfel", "NOUN"), ("enden", "VERB")),
               None),
              ("Der Gipfel " + "endete.", ((4, 10),), "b", (("Gipfel", "NOUN"),
                                                            ("enden", "VERB")), None)),
             ("a", "b"), None, 0, 0, 0)
    assert build.record_digest(shared) == build.record_digest(alone)


def test_entries_in_context_are_remembered_by_digest(folder, ding, monkeypatch):
    from learner import dictionary

    words, entries = glossed_words(folder, ding)
    asked: list[str] = []
    real = dictionary.Dictionary.in_context
    monkeypatch.setattr(dictionary.Dictionary, "in_context",
                        lambda self, entry, lemma, *a: asked.append(lemma)
                        or real(self, entry, lemma, *a))
    # A hit: no choice made again.
    assert glossed_words(folder, ding) == (words, entries) and asked == []
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    more, more_entries = glossed_words(folder, ding)
    # Only the words the new article adds to are looked up in context again.
    assert "Einmischung" in asked and "Vorwurf" not in asked and asked
    assert more_entries == build.look_up(more, ding)


def test_entries_looked_up_since_the_memo_was_written_are_stored_apart(folder, ding, monkeypatch):
    from learner import dictionary

    glossed_words(folder, ding)
    stored = build.glosses._entries_memo(ding, DEFAULT_MODEL, build.glosses._IN_CONTEXT_MEMO)
    assert stored.first and not stored.since
    written: list[bytes] = []
    real_put = article_cache.ArticleCache.put
    monkeypatch.setattr(article_cache.ArticleCache, "put",
                        lambda self, key, entry: written.append(key) or real_put(self, key, entry))
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    more, more_entries = glossed_words(folder, ding)
    # Only the small entry of the ones looked up since is written; the memo is both.
    assert stored.key not in written and build.glosses._since_key(stored.key) in written
    grown = build.glosses._entries_memo(ding, DEFAULT_MODEL, build.glosses._IN_CONTEXT_MEMO)
    assert grown.first == stored.first and grown.since
    asked: list[str] = []
    real = dictionary.Dictionary.in_context
    monkeypatch.setattr(dictionary.Dictionary, "in_context",
                        lambda self, entry, lemma, *a: asked.append(lemma)
                        or real(self, entry, lemma, *a))
    assert glossed_words(folder, ding) == (more, more_entries) and asked == []
    # Past the room for them, the memo is written whole again.
    monkeypatch.setattr(build.glosses, "_ENTRIES_MADE_SINCE", 0)
    (folder / "d.txt").write_text("Die Feuerpause hielt nicht lange.", encoding="utf-8")
    glossed_words(folder, ding)
    rewritten = build.glosses._entries_memo(ding, DEFAULT_MODEL, build.glosses._IN_CONTEXT_MEMO)
    assert not rewritten.since and set(grown.memo) <= set(rewritten.first)


def deck_rows(path) -> list[tuple]:
    """The notes of an .apkg in the order written (guid, fields, tags, card kinds, due)."""
    import tempfile
    import zipfile

    with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as work:
        db = sqlite3.connect(package.extract("collection.anki2", work))
        try:
            return db.execute(
                "SELECT n.guid, n.flds, n.tags, group_concat(c.ord), min(c.due) FROM notes n "
                "JOIN cards c ON c.nid = n.id GROUP BY n.id ORDER BY n.id").fetchall()
        finally:
            db.close()


@pytest.mark.parametrize("order", ["frequency", "i+1"])
def test_a_rebuild_takes_the_notes_nothing_changed_and_is_the_deck_without_the_cache(
        folder, ding, tmp_path, monkeypatch, order):
    from learner import deck

    options = {"max_zipf": 8, "dictionary": ding, "audio_choice": "none", "order": order}
    output = tmp_path / "deck.apkg"
    build.build_deck([folder], output, **options)
    made: list[str] = []
    real = deck.make_note
    monkeypatch.setattr(deck, "make_note", lambda word, *a: made.append(word.lemma)
                        or real(word, *a))
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    build.build_deck([folder], output, **options)
    # The notes of words the new article adds to, or whose sentences gained an unknown word,
    # are made again; the others are taken from the last build. (In i+1 order the new words
    # move the others, and with them what their sentences' words are on earlier cards.)
    assert "Einmischung" in made
    assert "Vorwurf" not in made or order == "i+1"
    build.build_deck([folder], tmp_path / "none.apkg", use_cache=False, **options)
    assert deck_rows(output) == deck_rows(tmp_path / "none.apkg")
    made.clear()
    build.build_deck([folder], tmp_path / "other.apkg", **options)  # another deck: its own
    assert made and deck_rows(tmp_path / "other.apkg") == deck_rows(output)


def test_remembered_notes_go_with_a_new_version_or_other_card_kinds(folder, tmp_path,
                                                                     monkeypatch):
    from learner import deck

    output = tmp_path / "deck.apkg"
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    made: list[str] = []
    real = deck.make_note
    monkeypatch.setattr(deck, "make_note", lambda word, *a: made.append(word.lemma)
                        or real(word, *a))
    build.build_deck([folder], output, max_zipf=8, audio_choice="none",
                     card_kinds=("recognition",))
    words = len(made)
    assert words > 5
    build.build_deck([folder], tmp_path / "none.apkg", max_zipf=8, audio_choice="none",
                     card_kinds=("recognition",), use_cache=False)
    assert deck_rows(output) == deck_rows(tmp_path / "none.apkg")
    made.clear()
    monkeypatch.setattr(learner, "__version__", learner.__version__ + ".post1")
    article_cache.analysis_key.cache_clear()
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    assert len(made) == words


def test_a_damaged_notes_memo_is_made_again_with_one_warning(folder, tmp_path,
                                                              article_cache_file):
    output = tmp_path / "deck.apkg"
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    expected = deck_rows(output)
    with sqlite3.connect(article_cache_file) as db:
        damaged = db.execute("UPDATE entries SET value = substr(value, 1, 20) WHERE key = ?",
                             (deck_memos._notes_key(output, DEFAULT_MODEL),)).rowcount
    assert damaged == 1
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1
    build.build_deck([folder], tmp_path / "none.apkg", max_zipf=8, audio_choice="none",
                     use_cache=False)
    assert deck_rows(output) == deck_rows(tmp_path / "none.apkg") != expected


def test_a_rebuild_with_a_few_new_files_starts_its_tagger_before_reading(folder, tmp_path,
                                                                         monkeypatch):
    output = tmp_path / "deck.apkg"
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    started: list[str] = []
    monkeypatch.setattr(build.decks, "start_tagging_early", started.append)
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    assert started == []  # nothing new
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    assert started == [DEFAULT_MODEL]


def test_a_worker_started_early_tags_the_new_article_or_is_ended(folder, monkeypatch):
    monkeypatch.setattr(build.workers, "available_cores", lambda: 2)
    analyse(folder)
    build.start_tagging_early(DEFAULT_MODEL)
    (pool,) = build.workers._early.values()
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    grown = build.analyse_paths([folder], workers=2)
    assert build.workers._early == {}  # taken by the analysis
    assert grown.words == analyse(folder, use_cache=False).words
    build.start_tagging_early(DEFAULT_MODEL)
    build.stop_tagging_early()
    assert build.workers._early == {}


def test_entries_in_context_go_with_another_dictionary(folder, ding, monkeypatch):
    from learner import dictionary

    glossed = build.Glossed(ding, DEFAULT_MODEL)
    words = build.find_words([folder], max_zipf=8, usable=glossed)
    glossed.save()
    asked: list[str] = []
    real = dictionary.Dictionary.in_context
    monkeypatch.setattr(dictionary.Dictionary, "in_context",
                        lambda self, entry, lemma, *a: asked.append(lemma)
                        or real(self, entry, lemma, *a))
    # The dictionary's index rebuilt (another time): its entries may differ.
    stat = ding.index.stat()
    os.utime(ding.index, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = build.Glossed(ding, DEFAULT_MODEL)
    assert build.find_words([folder], max_zipf=8, usable=again) == words
    assert len(asked) >= len(words)


def test_a_rebuild_stores_only_the_notes_made_since_until_they_are_many(folder, tmp_path,
                                                                         monkeypatch):
    output = tmp_path / "deck.apkg"
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    cache = article_cache.open_cache()
    try:
        first = cache.get(deck_memos._notes_key(output, DEFAULT_MODEL)).value
    finally:
        cache.close()
    (folder / NEW[0]).write_text(NEW[1], encoding="utf-8")
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    cache = article_cache.open_cache()
    try:
        assert cache.get(deck_memos._notes_key(output, DEFAULT_MODEL)).value == first
        since = article_cache.unpack(cache.get(
            deck_memos._notes_key(output, DEFAULT_MODEL, deck_memos._NOTES_SINCE_ENTRY)).value)
    finally:
        cache.close()
    assert any("Einmischung" in note[1][0] for note in since)
    # Past the limit, all the notes are stored together again.
    monkeypatch.setattr(build.deck_memos, "_NOTES_MADE_SINCE", 0)
    (folder / "d.txt").write_text("Die Feuerpause hielt nicht.", encoding="utf-8")
    build.build_deck([folder], output, max_zipf=8, audio_choice="none")
    cache = article_cache.open_cache()
    try:
        assert cache.get(deck_memos._notes_key(output, DEFAULT_MODEL)).value != first
        since = deck_memos._notes_key(output, DEFAULT_MODEL, deck_memos._NOTES_SINCE_ENTRY)
        assert article_cache.unpack(cache.get(since).value) == ()
    finally:
        cache.close()
    build.build_deck([folder], tmp_path / "none.apkg", max_zipf=8, audio_choice="none",
                     use_cache=False)
    assert deck_rows(output) == deck_rows(tmp_path / "none.apkg")


def test_cache_clear_deletes_the_indexes_earlier_installs_left_and_keeps_this_ones(
        tmp_path, monkeypatch, capsys):
    from learner import wordlists

    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(folder))
    current = wordlists.index_path("de")
    assert current is not None and current.parent == folder
    current.write_bytes(b"this install's copy")
    # The list spelt backwards (`wordlists._endings`), this install's too.
    endings = wordlists.endings_index_path("de")
    assert endings is not None and endings.parent == folder and endings != current
    endings.write_bytes(b"this install's endings")
    left = [folder / "ding-0123456789abcdef-v1.sqlite",  # an older INDEX_VERSION
            folder / "wordfreq-de-large1-2-small3-4.sqlite",  # a wordfreq installed before
            folder / "wiktionary-definitions-1-2.sqlite",
            folder / ".ding-0123456789abcdef-v1.sqlite.x1.tmp"]  # a killed run's, an hour old
    for path in left:
        path.write_bytes(b"x" * 1000)
    hour_ago = os.path.getmtime(left[-1]) - 2 * 3600
    os.utime(left[-1], (hour_ago, hour_ago))
    being_written = folder / ".wordfreq-en-1.sqlite.x2.tmp"  # a build writing it now
    not_ours = folder / "notes.txt"
    for path in (being_written, not_ours):
        path.write_text("keep")

    assert main(["cache", "info"]) == 0
    assert "4 indexes of earlier versions or installs" in capsys.readouterr().out
    assert main(["cache", "clear"]) == 0
    assert "deleted 4 indexes" in capsys.readouterr().out
    assert not any(path.exists() for path in left)
    assert current.read_bytes() == b"this install's copy"
    assert endings.read_bytes() == b"this install's endings"
    assert being_written.exists() and not_ours.exists()
    assert main(["cache", "info"]) == 0
    assert "indexes of earlier" not in capsys.readouterr().out


def test_a_build_keeps_what_it_made_only_when_asked(folder, tmp_path, monkeypatch):
    # `cli.entry` ends the process without freeing: what the build made is kept alive until
    # then, not freed as build_deck returns. Called as a function, nothing is kept.
    monkeypatch.setattr(build.kept, "_kept", None)
    build.build_deck([folder], tmp_path / "a.apkg", max_zipf=8, audio_choice="none")
    assert build.kept._kept is None
    build.keep_until_exit()
    summary, words = build.build_deck([folder], tmp_path / "b.apkg", max_zipf=8,
                                      audio_choice="none")
    (kept,) = build.kept._kept
    assert kept["words"] is words and kept["package"] is not None
    assert sum(len(d.notes) for d in kept["package"].decks) == summary.notes


def count_reads(monkeypatch) -> list:
    read = []
    original = build.corpus.read_bytes
    monkeypatch.setattr(build.corpus, "read_bytes",
                        lambda path: read.append(path.name) or original(path))
    return read


def test_a_file_whose_stat_is_as_when_hashed_is_not_read_again(folder, monkeypatch):
    # The files' times count as settled at once here (a build takes them 2 s after a write).
    monkeypatch.setattr(build.corpus, "_STAT_SETTLED_NS", -10**12)
    first = analyse(folder)
    read = count_reads(monkeypatch)
    again = analyse(folder)
    assert read == [] and again.cached == 2 and again.words == first.words


def test_a_file_rewritten_with_its_size_and_time_kept_is_read_again(folder, monkeypatch):
    # A write moves the change time, which no program can set back: the stat differs, and the
    # key is the new bytes' hash.
    monkeypatch.setattr(build.corpus, "_STAT_SETTLED_NS", -10**12)
    analyse(folder)
    path = folder / "b.txt"
    stat = path.stat()
    path.write_text(TEXTS["b.txt"].replace("morgen", "Morgen"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    read = count_reads(monkeypatch)
    changed = analyse(folder)
    assert read == ["b.txt"] and changed.cached == 1
    assert changed.words == analyse(folder, use_cache=False).words


def test_a_file_changed_lately_is_hashed_every_time(folder, monkeypatch):
    # Within the clock's tick of a write another write may keep every time: a file whose
    # times are that recent is never taken by its stat.
    monkeypatch.setattr(build.corpus, "_STAT_SETTLED_NS", 10**12)
    analyse(folder)
    read = count_reads(monkeypatch)
    analyse(folder)
    assert sorted(read) == ["a.txt", "b.txt"]


def test_a_sense_taken_from_the_articles_field_is_remembered_with_it(tmp_path, monkeypatch):
    from learner import dictionary
    from tests.test_dictionary import SPORT

    source = tmp_path / "sport-de-en"
    source.write_text(SPORT, encoding="utf-8")
    ding = dictionary.Dictionary.open(source)
    corpus = tmp_path / "match"
    corpus.mkdir()
    # A match report: Elfmeter, Abseits and Eckball name sport wherever they stand.
    (corpus / "a.txt").write_text(
        "Den Elfmeter schoss er an den Pfosten. Das Abseits hatte keiner gesehen. "
        "Nach dem Eckball stand es zwei zu eins.", encoding="utf-8")

    try:
        words, entries = glossed_words(corpus, ding)
        assert entries["Pfosten", "NOUN"].gloss.split("; ")[0] == "goalpost"
        asked: list[str] = []
        real = dictionary.Dictionary.in_field
        monkeypatch.setattr(dictionary.Dictionary, "in_field",
                            lambda self, entry, word, *a: asked.append(word.lemma)
                            or real(self, entry, word, *a))
        # The memo keeps it by the word's digest and its field: a rebuild asks nothing.
        assert glossed_words(corpus, ding) == (words, entries) and asked == []
        memo = build.glosses._entries_memo(ding, DEFAULT_MODEL, build.glosses._IN_CONTEXT_MEMO).memo
        assert any(key.endswith(b"sport") for key in memo)
    finally:
        ding.close()
