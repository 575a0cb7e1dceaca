"""A progress bar for long builds, drawn on stderr with rich, and only where someone watches.

`learner.build` reports progress through a plain callback, `on_article(done, total)`; this
module turns it into a bar with counts, elapsed time and an ETA.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

# One or two articles are tagged in a second or two: a bar would only flicker.
MIN_ARTICLES = 4


@contextmanager
def article_progress(
    stream: TextIO | None = None, min_articles: int = MIN_ARTICLES
) -> Iterator[Callable[[int, int], None] | None]:
    """A callback that draws the bar, or None when `stream` (stderr) is not a terminal.

    Output redirected to a file or a pipe, as in scripts and CI, stays free of control codes.
    """
    stream = sys.stderr if stream is None else stream
    if not stream.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar: Progress | None = None
    task = None

    def on_article(done: int, total: int) -> None:
        nonlocal bar, task
        if total < min_articles:
            return
        if bar is None:
            bar = Progress(
                TextColumn("tagging articles"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("elapsed"),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=Console(file=stream),
            )
            bar.start()
            task = bar.add_task("articles", total=total)
        bar.update(task, completed=done)

    try:
        yield on_article
    finally:
        if bar is not None:
            bar.stop()
