"""Bad input at the command line: one clear line, a non-zero exit code, no traceback, no deck."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from learner import cli
from tests.command_line import run_cli
from tests.samples import ENGLISH, GERMAN, PAGE, pdf_bytes, png_bytes

ROOT = Path(__file__).resolve().parent.parent


def run_process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "learner", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, **kwargs)


def assert_one_error_line(code: int, err: str, *fragments: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("learner: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text(GERMAN, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "data", "fragment"), [
    ("leer.txt", b"", "the file is empty"),
    # A PDF is read now; this one is a PDF writer's first bytes only.
    ("doc.pdf", pdf_bytes(), "not a readable PDF document (damaged or truncated"),
    ("bild.png", png_bytes(), "a PNG image, not text"),
])
@pytest.mark.parametrize("command", ["build", "words"])
def test_files_that_are_not_articles(tmp_path, capsys, name, data, fragment, command):
    path = tmp_path / name
    path.write_bytes(data)
    out_file = tmp_path / "deck.apkg"
    extra = ["-o", out_file] if command == "build" else []
    code, out, err = run_cli(capsys, command, path, *extra)
    assert_one_error_line(code, err, str(path), fragment)
    assert out == ""
    assert not out_file.exists()


def test_missing_path(tmp_path, capsys):
    out = tmp_path / "neu" / "d.apkg"
    code, _, err = run_cli(capsys, "build", tmp_path / "fehlt.txt", "-o", out)
    assert_one_error_line(code, err, "fehlt.txt: no such file or folder")
    assert list(tmp_path.iterdir()) == []  # not even the output's folder


def test_folder_without_articles(tmp_path, capsys):
    folder = tmp_path / "bilder"
    folder.mkdir()
    (folder / "a.png").write_bytes(png_bytes())
    code, _, err = run_cli(capsys, "build", folder, "-o", tmp_path / "d.apkg")
    assert_one_error_line(code, err, "bilder: folder holds no article files")
    assert not (tmp_path / "d.apkg").exists()


def test_empty_folder(tmp_path, capsys):
    code, _, err = run_cli(capsys, "words", tmp_path)
    assert_one_error_line(code, err, "folder holds no article files")


def test_directory_as_output(tmp_path, capsys, article):
    code, _, err = run_cli(capsys, "build", article, "-o", tmp_path)
    assert_one_error_line(code, err, "is a folder; give a file name ending in .apkg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artikel.txt"]


def test_output_under_a_regular_file(tmp_path, capsys, article):
    # Unwritable even for root: a regular file cannot hold a folder.
    code, _, err = run_cli(capsys, "build", article, "-o", article / "neu" / "deck.apkg")
    assert_one_error_line(code, err, "cannot write there", f"({article} is a file, not a folder)")
    assert article.read_text(encoding="utf-8") == GERMAN


@pytest.mark.parametrize("target", ["/proc/deck.apkg", "/proc/self/neu/deck.apkg",
                                    "/sys/deck.apkg"])
def test_output_where_even_root_cannot_write(capsys, article, target):
    code, _, err = run_cli(capsys, "build", article, "-o", target)
    assert_one_error_line(code, err, "cannot write there")
    assert not os.path.exists(target)


def test_output_is_checked_before_the_articles_are_read(tmp_path, capsys):
    # A missing article and a bad output: the output is reported, at once.
    code, _, err = run_cli(capsys, "build", tmp_path / "fehlt.txt", "-o", tmp_path)
    assert_one_error_line(code, err, "is a folder")


@pytest.mark.parametrize(("value", "fragment"), [
    ("nan", "must be a number"),
    ("NaN", "must be a number"),
    ("abc", "not a number: 'abc'"),
    ("-1", "between 0 and 8, got -1"),
    ("8.5", "between 0 and 8, got 8.5"),
    ("inf", "between 0 and 8, got inf"),
    ("", "not a number"),
])
def test_bad_thresholds(tmp_path, capsys, article, value, fragment):
    code, out, err = run_cli(capsys, "build", article, "-o", tmp_path / "d.apkg",
                             "--max-zipf", value)
    assert code == 2
    assert "Traceback" not in err
    # argparse's form: the usage, then one line naming the option and the problem.
    last = err.strip().splitlines()[-1]
    assert last.startswith("learner build: error: argument --max-zipf: ")
    assert fragment in last
    assert not (tmp_path / "d.apkg").exists()


@pytest.mark.parametrize("value", ["0", "8", "3.5"])
def test_thresholds_at_the_edges_are_accepted(capsys, article, value):
    code, _, err = run_cli(capsys, "words", article, "--max-zipf", value)
    assert code == 0, err


def test_english_article_warns_and_still_works(tmp_path, capsys):
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    code, _, err = run_cli(capsys, "build", path, "-o", tmp_path / "d.apkg")
    assert code == 0
    lines = err.strip().splitlines()
    # Its words are English quoted (titles.english_stretches), no German vocabulary: the
    # second line says the deck has no words.
    assert len(lines) == 2 and lines[1].startswith("learner: warning: no words")
    assert lines[0].startswith("learner: warning: ")
    assert "english.txt: only" in lines[0] and "% of its words look German" in lines[0]
    assert zipfile.is_zipfile(tmp_path / "d.apkg")


def test_folder_with_a_stray_pdf_builds_and_says_what_it_skipped(tmp_path, capsys, article):
    (article.parent / "scan.txt").write_bytes(pdf_bytes())
    code, out, err = run_cli(capsys, "build", article.parent, "-o", tmp_path / "d.apkg")
    assert code == 0, err
    assert err.strip().splitlines() == [
        f"learner: warning: skipped {article.parent / 'scan.txt'}: not a readable PDF "
        "document (damaged or truncated: startxref not found)"
    ]
    assert out.startswith("wrote ")


def test_real_process_prints_no_traceback(tmp_path):
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(pdf_bytes())
    result = run_process("build", pdf, "-o", tmp_path / "d.apkg")
    assert result.returncode == 2
    assert result.stderr == f"learner: error: {pdf}: not a readable PDF document (damaged " \
        "or truncated: startxref not found)\n"
    assert not (tmp_path / "d.apkg").exists()


def test_broken_pipe_is_not_a_traceback(tmp_path, monkeypatch, article):
    # `learner words ... | head -1`: the reader closes the pipe while learner still writes.
    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            return sink.fileno()

    with open(tmp_path / "sink", "w") as sink:
        monkeypatch.setattr(sys, "stdout", ClosedPipe())
        assert cli.main(["words", str(article), "--max-zipf", "8"]) == 0


def _memory_cap() -> None:
    # 1 GB of address space: the program itself maps about 260 MB.
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.slow
def test_a_50_mb_article_is_refused_within_a_memory_cap(tmp_path):
    big = tmp_path / "riesig.txt"
    paragraph = (GERMAN + "\n\n").encode("utf-8")
    with big.open("wb") as file:
        for _ in range(50 * 2**20 // len(paragraph) + 1):
            file.write(paragraph)
    assert big.stat().st_size >= 50 * 2**20
    result = run_process("build", big, "-o", tmp_path / "d.apkg", preexec_fn=_memory_cap)
    assert result.returncode == 2
    assert result.stderr == (f"learner: error: {big}: larger than 5 MB, the limit for one "
                             "article; split it into one file per article\n")
    assert not (tmp_path / "d.apkg").exists()


def test_bracketed_party_before_a_colon_does_not_crash(tmp_path):
    # Real news text ("... Hermann Schützenhöfer (ÖVP): Gut.") once made spaCy 3.8 segfault
    # when the vocabulary asked a token of the embedded pipeline's parse-less Doc for its
    # children. A crash of the interpreter is worse than a traceback: run it in a process.
    path = tmp_path / "partei.txt"
    path.write_text("Der Landeshauptmann sagte (ÖVP): Gut. Er ging danach auseinander.",
                    encoding="utf-8")
    result = run_process("words", path, "--max-zipf", "8")
    assert result.returncode == 0, result.stderr
    assert "Landeshauptmann" in result.stdout


def test_undecodable_file_name(tmp_path):
    # A file name in latin-1 on a UTF-8 system: Python hands the byte over as a lone
    # surrogate, which SQLite (and so Anki) cannot store.
    folder = os.fsencode(tmp_path)
    name = folder + b"/Gr\xf6\xdfe.txt"
    with open(name, "wb") as file:
        file.write(GERMAN.encode("utf-8"))
    out = tmp_path / "d.apkg"
    result = subprocess.run([sys.executable.encode(), b"-m", b"learner", b"build", name, b"-o",
                             os.fsencode(out)], cwd=ROOT, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    with zipfile.ZipFile(out) as apkg:
        assert "collection.anki2" in apkg.namelist()


def test_web_page_without_an_article_is_one_line(tmp_path, capsys):
    # trafilatura logs its parsing troubles; none of that reaches the user.
    page = tmp_path / "leer.html"
    page.write_text("<div><img src='a.png'></div>", encoding="utf-8")
    code, _, err = run_cli(capsys, "build", page, "-o", tmp_path / "d.apkg")
    assert_one_error_line(code, err, "leer.html: holds no article text")
    assert not (tmp_path / "d.apkg").exists()


def test_web_page_gives_the_articles_words(tmp_path, capsys):
    page = tmp_path / "seite.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run_cli(capsys, "words", page, "--max-zipf", "8")
    assert code == 0 and err == ""
    lemmas = {line.split()[-1] for line in out.splitlines()}
    assert {"Einmischung", "zurückweisen"} <= lemmas
    assert not lemmas & {"Startseite", "Impressum", "alert"}


def test_the_command_ends_with_mains_code_and_its_output_flushed(tmp_path, capsys):
    # `python -m learner` runs `cli.entry`, which ends the process without Python's teardown
    # (os._exit): what was printed must still arrive, and the exit code be main's.
    article = tmp_path / "news.txt"
    article.write_text("Der Vorwurf der Einmischung wurde zurückgewiesen. Die Präsidenten "
                       "trafen sich am Rande des Gipfels.", encoding="utf-8")
    done = run_process("words", article, "--keep-unglossed", "--no-cache")
    assert done.returncode == 0, done.stderr
    assert "Einmischung" in done.stdout
    missing = run_process("words", tmp_path / "missing.txt")
    code, _, err = run_cli(capsys, "words", tmp_path / "missing.txt")
    assert missing.returncode == code != 0
    assert missing.stderr == err
    assert_one_error_line(missing.returncode, missing.stderr, "missing.txt")


def test_listening_cards_alone_without_audio_is_one_line_before_any_work(tmp_path, capsys):
    # The article does not exist: the card kinds are reported first, as no deck could be
    # made of listening cards with nothing to play.
    out = tmp_path / "d.apkg"
    code, _, err = run_cli(capsys, "build", tmp_path / "fehlt.txt", "-o", out,
                           "--cards", "listening", "--audio", "none")
    assert_one_error_line(code, err, "--cards listening needs audio", "not none")
    assert code == 2 and not out.exists()
