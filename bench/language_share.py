"""How German the words of German and of English texts look, to place the cutoff of
learner.articles.GERMAN_SHARE_CUTOFF.

    python bench/language_share.py

German: the 600 news articles of ../shared/bench/gnad (skipped when absent). English: the
license and copyright texts every Debian system has (/usr/share/common-licenses,
/usr/share/doc/*/copyright), those with at least 50 words.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learner.articles import GERMAN_SHARE_CUTOFF, german_share  # noqa: E402


def shares(paths: list[Path]) -> list[tuple[float, Path]]:
    found = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        share, judged = german_share(text)
        if judged >= 50:
            found.append((share, path))
    return sorted(found)


def main() -> None:
    gnad = ROOT.parent / "shared" / "bench" / "gnad"
    german = shares(sorted(gnad.glob("*.txt"))) if gnad.is_dir() else []
    english = shares(sorted(Path("/usr/share/common-licenses").glob("*"))
                     + sorted(Path("/usr/share/doc").glob("*/copyright"))[:300])
    if german:
        print(f"German ({len(german)} GNAD articles): min {german[0][0]:.2f} "
              f"({german[0][1].name}), 1st percentile {german[len(german) // 100][0]:.2f}, "
              f"median {german[len(german) // 2][0]:.2f}")
    else:
        print("German: ../shared/bench/gnad is absent; skipped")
    if english:
        print(f"English ({len(english)} texts): max {english[-1][0]:.2f} "
              f"({english[-1][1]}), median {english[len(english) // 2][0]:.2f}")
    print(f"cutoff: {GERMAN_SHARE_CUTOFF:.2f}; German texts below it: "
          f"{sum(s < GERMAN_SHARE_CUTOFF for s, _ in german)}, English texts above it: "
          f"{sum(s >= GERMAN_SHARE_CUTOFF for s, _ in english)}")


if __name__ == "__main__":
    main()
