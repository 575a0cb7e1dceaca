"""Every field is HTML-escaped: article text shows as text in Anki and runs nothing.

Anki shows fields as HTML and runs `<script>` and `onerror=` in them in the reviewer, so the
test imports a built deck into the real Anki (the `anki` package) and looks at what it stores
and renders.
"""

from __future__ import annotations

import html
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from learner import cli, deck
from learner.dictionary import Entry
from learner.vocabulary import Example, Word

NASTY = (
    "title <b>Fett</b> & <script>alert('titel')</script>\n\n"
    'Die Einmischung <script>alert("x")</script> wurde von Moskau zurückgewiesen & bestritten. '
    "Der Vorwurf <img src=x onerror=alert(1)> richtet sich gegen die Regierung. "
    "Die Präposition verlangt den <Dat.> und die Einmischung bleibt.\n"
)
# The markup the note type itself puts into fields: example lists, the highlighted word, the
# cloze blank. Anything else in a field came from article text and was not escaped.
OWN_TAGS = {"ul", "li", "b", "span"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def tags_in(markup: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser.tags


def assert_harmless(markup: str, allowed: set[str] = OWN_TAGS) -> None:
    for tag, attrs in tags_in(markup):
        assert tag in allowed, (tag, markup)
        for name, _ in attrs:
            assert not name.lower().startswith("on"), (name, markup)
    assert "<script" not in markup.lower()


def test_make_note_escapes_every_field():
    sentence = 'Er sagte <script>alert("x")</script> & <img src=x onerror=alert(1)> den <Dat.>'
    start = sentence.index("sagte")
    word = Word(lemma="<sagen>", pos="VERB", count=1, forms=("sagte", "<b>"),
                examples=(Example(sentence, ((start, start + 5),), "<i>A</i> & B"),),
                articles=("<i>A</i> & B",), zipf=3.0)
    entry = Entry(gloss="to say <script>", gender="", plural="<p>")
    note = deck.make_note(word, entry)
    fields = dict(zip(deck.FIELDS, note.fields, strict=True))
    for value in fields.values():
        assert_harmless(value)
    assert fields["Lemma"] == "&lt;sagen&gt;"
    assert fields["Examples"] == (
        "<ul><li>Er <b>sagte</b> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "&lt;img src=x onerror=alert(1)&gt; den &lt;Dat.&gt;</li></ul>")
    assert fields["Cloze"].startswith('Er <span class="blank">[…]</span> &lt;script&gt;')
    assert fields["Source"] == "&lt;i&gt;A&lt;/i&gt; &amp; B"
    assert fields["Gloss"] == "to say &lt;script&gt;"
    assert fields["Forms"] == "sagte, &lt;b&gt;"
    # Escaping is exact: unescaping gives back the article's text.
    assert html.unescape(fields["Source"]) == "<i>A</i> & B"
    assert all(" " not in tag for tag in note.tags)


def import_into_anki(apkg: Path, folder: Path) -> list[dict]:
    """Import a package into a fresh collection with the desktop's default options, and
    return each card as Anki stores and renders it."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    col = Collection(str(folder / "collection.anki2"))
    try:
        options = col._backend.get_import_anki_package_presets()
        col.import_anki_package(ImportAnkiPackageRequest(package_path=os.path.abspath(apkg),
                                                         options=options))
        cards = []
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            for card in note.cards():
                cards.append({"fields": dict(note.items()), "question": card.question(),
                              "answer": card.answer(), "deck": col.decks.name(card.did)})
        return cards
    finally:
        col.close()


@pytest.mark.slow
def test_real_anki_stores_escaped_text_and_renders_no_script(tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text(NASTY, encoding="utf-8")
    apkg = tmp_path / "evil.apkg"
    assert cli.main(["build", str(article), "-o", str(apkg), "--max-zipf", "8"]) == 0
    (tmp_path / "anki").mkdir()
    cards = import_into_anki(apkg, tmp_path / "anki")
    assert cards
    notes = {c["fields"]["Lemma"]: c["fields"] for c in cards}

    einmischung = notes["Einmischung"]["Examples"]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in einmischung
    assert "zurückgewiesen &amp; bestritten" in einmischung
    assert "<b>Einmischung</b>" in einmischung  # our own markup survives as markup
    vorwurf = notes["Vorwurf"]["Examples"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in vorwurf
    assert "&lt;Dat." in notes["Präposition"]["Examples"]
    source = notes["Einmischung"]["Source"]
    assert source == ("&lt;b&gt;Fett&lt;/b&gt; &amp; "
                      "&lt;script&gt;alert(&#x27;titel&#x27;)&lt;/script&gt;")

    for card in cards:
        for value in card["fields"].values():
            assert_harmless(value)
        # What the reviewer shows: the note type's own divs and the fields, nothing that runs.
        for side in (card["question"], card["answer"]):
            assert_harmless(side, OWN_TAGS | {"div", "hr", "style"})
