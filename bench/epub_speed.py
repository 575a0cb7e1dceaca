"""How much slower a book is than the same text as articles: the EPUB reader's overhead.

    python bench/epub_speed.py                  # 300 pages, median of 3 runs each
    python bench/epub_speed.py --pages 50 --runs 1

Writes the first news articles of ../shared/bench/gnad (or --corpus) into a temporary folder
twice: as .txt files, and as one EPUB 3 book with one chapter (XHTML, one <p> per paragraph)
per article, until the text fills --pages pages of 1,800 characters (a printed page). Then
times `python -m learner build` on each as a fresh process, alternately, and prints the
medians and the EPUB's time as a share of the text's. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import html
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "gnad"
# A printed book page holds about 1,800 characters (30 lines of 60).
PAGE_CHARS = 1800


def write_inputs(corpus: Path, pages: int, folder: Path) -> tuple[Path, Path, int]:
    """The articles as .txt files and as one EPUB; returns both and the characters used."""
    from tests.reader_samples import epub_file

    texts, chars = [], 0
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        texts.append(text)
        chars += len(text)
        if chars >= pages * PAGE_CHARS:
            break
    txt = folder / "txt"
    txt.mkdir()
    chapters = {}
    for i, text in enumerate(texts):
        (txt / f"{i:04d}.txt").write_text(text, encoding="utf-8")
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
        chapters[f"c{i:04d}.xhtml"] = (f"Kapitel {i + 1}", f"<h1>Kapitel {i + 1}</h1>{body}")
    book = epub_file(folder / "buch.epub", chapters, title="Nachrichten")
    return txt, book, chars


def timed_build(source: Path, output: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "learner", "build", str(source), "-o", str(output)],
                   cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    with tempfile.TemporaryDirectory(prefix="epub-speed-") as tmp:
        folder = Path(tmp)
        txt, book, chars = write_inputs(args.corpus, args.pages, folder)
        times: dict[str, list[float]] = {"txt": [], "epub": []}
        for _ in range(args.runs):
            times["txt"].append(timed_build(txt, folder / "txt.apkg"))
            times["epub"].append(timed_build(book, folder / "epub.apkg"))
    t, e = statistics.median(times["txt"]), statistics.median(times["epub"])
    print(f"{chars:,} characters ({chars / PAGE_CHARS:.0f} pages), median of {args.runs}: "
          f".txt files {t:.1f} s, EPUB {e:.1f} s = {e / t:.0%} of the text's time")


if __name__ == "__main__":
    main()
