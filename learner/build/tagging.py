"""An article's paragraphs, in pieces spaCy can take, and the NLP pipeline run over them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from learner.articles import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


# Called as on_article(done, total) while articles are tagged: (0, total) first, then as each
# article is finished. The CLI draws a progress bar with it.
ProgressCallback = Callable[[int, int], None]
# spaCy is given at most this many characters at a time. A real paragraph is under 3,000; a
# file without blank lines (or a scraped page on one line) would otherwise reach spaCy whole,
# which refuses more than 1,000,000 characters and whose parser needs about 1 GB per 100,000
# (spaCy's own E088 message). Longer paragraphs are cut at a line break, else at a sentence
# end, else at a space.
MAX_CHUNK_CHARS = 10_000
# Paragraphs spaCy is given at once (`Language.pipe`'s batch_size). The neural components
# (the embedded default's name recognizer, an official pipeline's tagger and parser) compute
# over a batch at once, and the recognizer's arrays for it are its largest allocation: ~160 MB
# at 64 gnad paragraphs, ~55 MB at 16 (tracemalloc's peak over 1,280 paragraphs), in each
# worker, at once. At 16 its CPU time over those paragraphs was the same as at 64 (3.9-4.2 s
# each, two runs). An analysis does not depend on the batch (see `analyse_articles`).
PIPE_BATCH = 16
_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”)]*\s")


def paragraphs(article: Article) -> list[str]:
    """The article's paragraphs. A sentence never spans a blank line, and spaCy is fed
    paragraph by paragraph so memory stays bounded by the longest paragraph."""
    return [c for p in _PARAGRAPH_BREAK.split(article.text) if p.strip()
            for c in bounded_chunks(p.strip(), MAX_CHUNK_CHARS)]


def bounded_chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[str]:
    """`text` in pieces of at most `limit` characters, cut where a sentence is least likely
    to be split."""
    while len(text) > limit:
        window = text[:limit]
        cut = window.rfind("\n")
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ")
        if cut <= 0:
            cut = limit
        piece, text = text[:cut].strip(), text[cut:].strip()
        if piece:
            yield piece
    if text:
        yield text


def tag_articles(articles: Iterable[Article], pipeline: Language) -> Iterator[tuple[Doc, str]]:
    """Run the NLP pipeline over every paragraph, paired with its article's label."""
    labelled = ((p, a.label) for a in articles for p in paragraphs(a))
    # The batch size lets the neural components run on many docs at once (`PIPE_BATCH`); no
    # other component computes in batches (tokenizing and splitting 100 gnad articles takes
    # 0.06 s at 1, 64 or 1000).
    yield from pipeline.pipe(labelled, as_tuples=True, batch_size=PIPE_BATCH)
