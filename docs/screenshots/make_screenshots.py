"""Screenshots of learner's three card kinds as the real Anki desktop shows them.

    python docs/screenshots/make_screenshots.py [--anki-python PATH] [--tool PATH]

Builds one small deck per card kind from the demo article (the word Einmischung), then runs
../shared/tools/anki_screenshot.py, which opens Anki offscreen, imports the deck and saves the
reviewer's question and answer. The Anki desktop needs its own venv:
`python -m venv /tmp/aqtvenv && /tmp/aqtvenv/bin/pip install "aqt[qt]"`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from learner import audio, build, deck  # noqa: E402
from learner.dictionary import Entry  # noqa: E402

WORD = ("Einmischung", "NOUN")
# Used only when no dictionary is installed, so the screenshot shows a complete card.
FALLBACK = Entry(gloss="interference; meddling", gender="f", plural="Einmischungen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anki-python", default="/tmp/aqtvenv/bin/python")
    parser.add_argument("--tool", default=str(ROOT.parent / "shared/tools/anki_screenshot.py"))
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    args = parser.parse_args()
    words = [w for w in build.find_words([ROOT / "corpus"]) if w.key == WORD]
    entry = build.look_up(words, build.open_dictionary()).get(WORD) or FALLBACK
    if not entry.gloss:
        entry = FALLBACK
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        for kind in deck.DEFAULT_CARD_KINDS:
            path = Path(folder) / f"{kind}.apkg"
            deck_name = f"German::{kind}"
            package = deck.build_package(words, {WORD: entry}, deck_name, [kind])
            # The word's recording, as `learner build` adds it by default: the play button.
            media = audio.add_audio(package, words, {WORD: entry}, audio.DEFAULT_AUDIO)
            deck.write_package(package, path, media=media)
            subprocess.run([args.anki_python, args.tool, str(path),
                            str(Path(args.out) / kind), deck_name], env=env, check=True,
                           timeout=180)


if __name__ == "__main__":
    main()
