"""The README's and docs' relative links lead somewhere: the file exists and, where the link
names a section (`docs/speed.md#the-article-cache`), a heading of that file has that anchor.

GitHub makes a heading's anchor from its text as rendered: lower-cased, punctuation dropped
(letters of any script, digits, `-`, `_` and spaces stay), spaces turned into hyphens; a
repeated heading gets `-1`, `-2`, … in order. Markdown inside the heading counts by its text
only (`` `code` `` is "code", `[text](url)` is "text").
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# An inline link or image, `[text](target)`; the target has no spaces in these files.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading's Markdown text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links and images: their text
    text = re.sub(r"<[^>]+>", "", text)  # inline HTML tags
    text = text.replace("`", "").replace("*", "")
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)  # \w is Unicode: umlauts and ß stay
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """Every anchor GitHub gives the headings of a Markdown file (code blocks skipped)."""
    seen: dict[str, int] = {}
    found = set()
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            in_code = not in_code
            continue
        match = HEADING.match(line)
        if in_code or not match:
            continue
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def relative_links(path: Path) -> list[str]:
    """The links of a Markdown file that point inside the repository (code blocks skipped)."""
    links = []
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        for target in LINK.findall(line):
            if not re.match(r"[a-z]+:", target):  # http:, https:, mailto: are not ours
                links.append(target)
    return links


def test_slug_follows_github():
    assert slug("Audio and IPA") == "audio-and-ipa"
    assert slug("Plurals German hardly uses (plurals22)") == "plurals-german-hardly-uses-plurals22"
    assert slug("Rebuilds: the process's teardown, `wordfreq`'s import") == (
        "rebuilds-the-processs-teardown-wordfreqs-import"
    )
    assert slug("Größe – über Zeilen") == "größe--über-zeilen"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(document):
    broken = []
    for link in relative_links(document):
        target, _, anchor = link.partition("#")
        file = (document.parent / target).resolve() if target else document
        if not file.exists():
            broken.append(f"{link}: no file {target}")
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            broken.append(f"{link}: no heading with that anchor in {file.relative_to(ROOT)}")
    assert not broken, "\n".join(broken)
