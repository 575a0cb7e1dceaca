"""Plot: the stats as a PNG, for choosing a threshold by looking.

Two panels share the threshold axis: above, the coverage a learner has who knows every word
more common than the threshold; below, how many cards the deck at that threshold holds. The
suggested threshold and the user's own are marked on both. matplotlib is imported on first
use only (it takes a second to load), with the Agg backend, which needs no display.
"""

from __future__ import annotations

import math
from pathlib import Path

from learner.errors import OutputError, UsageError
from learner.stats import TextStats

# The threshold range drawn: below 1.5 lie only misspellings and hapaxes, above 6.5 only the
# few dozen function words every learner knows.
X_RANGE = (1.5, 6.5)
# The coverage reading research asks for: 95% adequate, 98% comfortable
# (Laufer & Ravenhorst-Kalovski 2010; Hu & Nation 2000).
READING_BAND = (0.95, 0.98)
WIDTH_IN, HEIGHT_IN, DPI = 8.0, 6.4, 100

_COVERAGE = "#1f6feb"
_CARDS = "#9a6700"
_SUGGESTED = "#1a7f37"
_CHOSEN = "#cf222e"


# What the plot may be saved as: matplotlib picks the format by the suffix, and refuses others
# with a ValueError only once the whole text has been tagged.
PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def check_plot_path(path: str | Path) -> Path:
    """`path` if a plot can be saved under that name; UsageError otherwise, said before any
    article is read."""
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(f"--plot {path}: give a file name ending in "
                         f"{', '.join(PLOT_SUFFIXES)}")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name ending in .png")
    return path


def write_plot(stats: TextStats, path: str | Path) -> Path:
    """Draw the coverage and card curves into a PNG at `path`."""
    try:
        import matplotlib
    except ImportError:
        raise OutputError("--plot needs matplotlib (pip install matplotlib)") from None

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    path = check_plot_path(path)
    points = [p for p in stats.curve if X_RANGE[0] <= p.max_zipf <= X_RANGE[1]]
    xs = [p.max_zipf for p in points]
    coverage = [100 * p.coverage for p in points]
    cards = [p.cards for p in points]

    fig, (top, bottom) = plt.subplots(
        2, 1, sharex=True, figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI,
        gridspec_kw={"height_ratios": [3, 2], "hspace": 0.08},
    )
    what = (f"{stats.articles:,} article{'s' * (stats.articles != 1)}, "
            f"{stats.running_words:,} running words")
    fig.suptitle(f"How rare must a word be to become a card?  ({what})", fontsize=12,
                 x=0.07, ha="left", y=0.975)

    # Coverage, with the range reading research asks for shaded.
    top.axhspan(100 * READING_BAND[0], 100 * READING_BAND[1], color="#2da44e", alpha=0.10,
                lw=0)
    top.text(X_RANGE[1] - 0.05, 100 * READING_BAND[1] + 0.3,
             "95–98%: enough to read with ease (reading research)",
             color="#1a7f37", fontsize=8.5, va="bottom", ha="right")
    top.step(xs, coverage, where="post", color=_COVERAGE, lw=2)
    # Below 60% a text is out of reach anyway; the room goes to the 90-100% that matters.
    top.set_ylim(max(0, min(60, 100 * stats.target - 10, 10 * math.ceil(max(coverage) / 10) - 20)),
                 100.5)
    top.set_ylabel("text understood (%)\nif you know every word above", color=_COVERAGE)
    top.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}%"))
    top.grid(alpha=0.3)

    # Cards in the deck at each threshold.
    bottom.step(xs, cards, where="post", color=_CARDS, lw=2)
    bottom.fill_between(xs, cards, step="post", color=_CARDS, alpha=0.12, lw=0)
    bottom.set_ylabel("cards in the deck\n(words at or below)", color=_CARDS)
    bottom.set_ylim(0, max(cards[-1], 1) * 1.15)
    bottom.yaxis.set_major_locator(MaxNLocator(5, integer=True))
    bottom.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    bottom.grid(alpha=0.3)
    bottom.set_xlim(*X_RANGE)
    bottom.set_xlabel("threshold: --max-zipf   (Zipf 3 = once per million words, "
                      "4 = ten times, 5 = a hundred times)")

    # Example words, one per band, along the bottom of the card panel.
    for band in stats.bands:
        if not band.examples or math.isinf(band.high) or band.high <= X_RANGE[0]:
            continue
        centre = (max(band.low, X_RANGE[0]) + band.high) / 2
        bottom.text(centre, bottom.get_ylim()[1] * 0.97, "\n".join(_short(band.examples)),
                    ha="center", va="top", fontsize=7.5, color="#57606a", style="italic")

    # Labels go right of their line, except the lower of two thresholds, whose labels go left
    # (when there is room before the axis) so the two never overlap.
    sel = stats.selection
    marks = []
    if stats.suggested is not None:
        s = stats.suggested
        marks.append((s.max_zipf, s.cards, s.coverage, _SUGGESTED,
                      f"suggested for {100 * stats.target:g}%: {_zipf(s.max_zipf)}"))
    if stats.suggested is None or abs(sel.max_zipf - stats.suggested.max_zipf) > 1e-9:
        marks.append((sel.max_zipf, sel.cards, sel.coverage, _CHOSEN,
                      f"your threshold: {_zipf(sel.max_zipf)}"))
    marks.sort()
    for i, (x, n, cov, colour, label) in enumerate(marks):
        right = i == len(marks) - 1 or x - X_RANGE[0] < 1.4
        side = {"xytext": (7 if right else -7, 0), "ha": "left" if right else "right",
                "bbox": {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85}}
        for ax in (top, bottom):
            ax.axvline(x, color=colour, lw=1.2, ls="--")
        top.plot([x], [100 * cov], "o", color=colour)
        top.annotate(f"{label}\n{100 * cov:.1f}% understood", (x, 100 * cov),
                     textcoords="offset points", color=colour, fontsize=9, va="top",
                     fontweight="bold", **side)
        bottom.plot([x], [n], "o", color=colour)
        bottom.annotate(f"{n:,} cards", (x, n), textcoords="offset points", color=colour,
                        fontsize=9, va="bottom", fontweight="bold", **side)

    fig.subplots_adjust(left=0.13, right=0.97, top=0.92, bottom=0.09)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=DPI)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the plot ({exc.strerror or exc})") from None
    finally:
        plt.close(fig)
    return path


def _zipf(zipf: float) -> str:
    return f"{zipf:.1f}" if round(zipf, 1) == zipf else f"{zipf:.2f}"


def _short(words: tuple[str, ...], fit: int = 12, count: int = 2) -> list[str]:
    """Up to `count` example words that fit a band's width: short ones first, else clipped."""
    short = [w for w in words if len(w) <= fit][:count]
    return short or [words[0][: fit - 1] + "…"]
