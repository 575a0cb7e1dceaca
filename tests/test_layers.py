"""The data flows one way: read -> nlp -> vocabulary -> frequency -> dictionary -> deck.

Each stage's modules may import the stages before them and the shared modules (errors, the
cache folder, facts of German morphology, the lexicon data), never a later stage: a stage that
reached forward would tie, say, the NLP layer to the dictionary a user may not have. The
modules that string the stages together (build, cli) or sit beside them (known, stats, plot,
evaluate, progress) may import anything.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "learner"

# Stage order: a module may import a stage of the same or a lower number. Audio comes after
# the deck: it speaks what the deck's notes hold.
STAGES = {"articles": 0, "readers": 0, "nlp": 1, "vocabulary": 2, "frequency": 3,
          "dictionary": 4, "deck": 5, "audio": 6}
# Shared helpers any stage may use; they import no stage (genanki_import: genanki for the deck
# and audio stages, imported without asyncio; memo: the bounded memos of word look-ups).
SHARED = frozenset({"errors", "cache", "memo", "morphology", "lexicon", "wordlists",
                    "genanki_import"})


def top_module(path: Path) -> str:
    """The name under `learner` a file belongs to: "nlp" for learner/nlp/names.py."""
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def learner_imports(path: Path) -> set[str]:
    """The names under `learner` that a file imports, at any depth of its code."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "learner":
                if len(parts) > 1:
                    found.add(parts[1])
                else:  # from learner import nlp, deck
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "learner" and len(parts) > 1:
                    found.add(parts[1])
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py")
                 if top_module(p) in STAGES or top_module(p) in SHARED)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_imports_a_later_one(path):
    own = top_module(path)
    for name in learner_imports(path) - {own, "__version__"}:
        if own in SHARED:
            assert name in SHARED, f"shared module {own} imports the stage {name}"
        else:
            assert name in SHARED or STAGES.get(name, 99) <= STAGES[own], (
                f"{path.relative_to(PACKAGE)} ({own}) imports {name}, a later stage or an "
                f"orchestrating module")


def test_the_check_sees_the_imports_it_forbids(tmp_path):
    # The check itself must be able to fail: a forward import in a stage is found.
    fake = tmp_path / "module.py"
    fake.write_text("from learner.dictionary import Entry\nfrom learner import deck, nlp\n"
                    "def f():\n    import learner.vocabulary\n", encoding="utf-8")
    assert learner_imports(fake) == {"dictionary", "deck", "nlp", "vocabulary"}


# What a stage after the NLP layer may take from it: the tag tables (constants) and the
# helpers that read a Doc's own attributes (a token's sentence bounds). A judgement about a
# token in its sentence is the NLP layer's, handed on as a Token attribute (`participle_of`,
# `infinitive_of`, `copula_phrase`, `institution_noun`); a fact about a word string alone
# (wordfreq's Zipf, a noun's genus) is in `learner.lexicon`, which both layers read.
NLP_READABLE = {
    "learner.nlp": {"FINITE_VERB_TAGS", "DEFAULT_MODEL", "stts_tag", "upos"},
    "learner.nlp.tags": None,  # any name: tag tables and their mappings
    "learner.nlp.sentences": {"sentence_bounds", "sentence_of"},
}
LATER_STAGES = sorted(p for p in PACKAGE.rglob("*.py")
                      if STAGES.get(top_module(p), 0) > STAGES["nlp"])


def nlp_imports(path: Path) -> set[tuple[str, str]]:
    """(module, name) of each import from `learner.nlp` in a file, at any depth of its code;
    name "*" for a whole module imported."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "learner.nlp" or node.module.startswith("learner.nlp."):
                found.update((node.module, alias.name) for alias in node.names)
            elif node.module == "learner":
                found.update(("learner.nlp", "*") for alias in node.names
                             if alias.name == "nlp")
        elif isinstance(node, ast.Import):
            found.update((alias.name, "*") for alias in node.names
                         if alias.name.startswith("learner.nlp"))
    return found


@pytest.mark.parametrize("path", LATER_STAGES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_later_stages_take_only_tag_tables_and_doc_readers_from_the_nlp_layer(path):
    for module, name in nlp_imports(path):
        allowed = NLP_READABLE.get(module, set())
        assert allowed is None or name in allowed, (
            f"{path.relative_to(PACKAGE)} imports {name} from {module}: a judgement about a "
            f"token belongs in a Token attribute, a word-list fact in learner.lexicon")


def test_the_nlp_import_check_sees_what_it_forbids(tmp_path):
    fake = tmp_path / "module.py"
    fake.write_text("from learner.nlp import FINITE_VERB_TAGS\n"
                    "def f():\n    from learner.nlp.lemmas import adjective_and_copula\n"
                    "import learner.nlp.entities\n", encoding="utf-8")
    assert nlp_imports(fake) == {("learner.nlp", "FINITE_VERB_TAGS"),
                                 ("learner.nlp.lemmas", "adjective_and_copula"),
                                 ("learner.nlp.entities", "*")}


# The packages whose modules have an order of their own, as each package's docstring lists
# them: a module imports only modules listed before it, and no private name of another (a
# name one module takes from another is that module's public API), so there is no cycle and
# each module can be read knowing only the ones above it.
# - learner/nlp/lemmas/: the lemma rules of single words before the passes that read a
#   sentence, the component last;
# - learner/dictionary/: the index's building before the readings of a word Ding lacks, those
#   before the look-up that tries them in order, `Dictionary` last;
# - learner/build/: the tagging and the analysis records before the workers that run them, the
#   corpus through the article cache before the words found in it, the deck's names and memos
#   before `build_deck`.
PACKAGE_ORDERS = {
    "learner.nlp.lemmas": [
        "spelling", "lookups", "verb_forms", "participles", "participle_phrases", "noun_forms",
        "nominalized_infinitives", "adjective_forms", "noun_phrases", "clauses", "checks",
        "verb_tags", "noun_adjective_tags", "component"],
    "learner.dictionary": [
        "entry", "parsing", "english", "ranking", "compound_senses", "contexts", "index_rows",
        "index", "compound_hints", "reflexive", "fields", "abbreviations", "part_words",
        "compound_heads", "like_compounds", "attested_readings", "compound_glosses",
        "adjective_hints", "derived_nouns", "form_entries", "noun_suffixes", "adjectival_nouns",
        "noun_heads", "head_homographs", "seldom_plurals", "noun_forms", "frame_senses",
        "subject_senses", "field_senses", "idiom_senses", "object_senses", "governed_senses",
        "context_senses", "plural_senses", "discourse_senses", "adverb_senses", "word_entry",
        "lookup"],
    "learner.build": [
        "kept", "tagging", "analysis", "workers", "corpus", "glosses", "words", "deck_names",
        "deck_memos", "deck_stamp", "decks"],
}


def package_folder(package: str) -> Path:
    return PACKAGE.joinpath(*package.split(".")[1:])


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")


def package_imports(path: Path, package: str) -> list[tuple[str, str]]:
    """(module, name) of each import of `package`'s modules in a file, at any depth of its
    code but `if TYPE_CHECKING:` blocks (a module may name a later one's class in its
    hints); name is "" for a module imported whole."""
    found: list[tuple[str, str]] = []
    modules = set(PACKAGE_ORDERS[package])
    depth = package.count(".") + 1

    def visit(node: ast.AST) -> None:
        if _type_checking(node):
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith(package + "."):
                found.extend((node.module.split(".")[depth], alias.name) for alias in node.names)
            elif node.module == package:
                found.extend((alias.name, "") for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.Import):
            found.extend((alias.name.split(".")[depth], "") for alias in node.names
                         if alias.name.startswith(package + "."))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("package", sorted(PACKAGE_ORDERS))
def test_a_package_lists_its_modules_in_order(package):
    order = PACKAGE_ORDERS[package]
    folder = package_folder(package)
    assert sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__") == sorted(order)
    docstring = ast.get_docstring(ast.parse((folder / "__init__.py").read_text("utf-8")))
    # The modules in the order the docstring's list of them first names them: the bullets
    # from the first that opens with a module's name to the blank line after them.
    lines = docstring.splitlines()
    first = next(i for i, line in enumerate(lines)
                 if line.startswith("- `") and line.split("`")[1] in order)
    listing = " ".join(lines[first:lines.index("", first) if "" in lines[first:] else None])
    named = [name for name in listing.split("`")[1::2] if name in order]
    assert list(dict.fromkeys(named)) == order


@pytest.mark.parametrize(("package", "module"), [
    (package, module) for package, order in sorted(PACKAGE_ORDERS.items()) for module in order])
def test_a_module_imports_only_public_names_of_those_before_it(package, module):
    order = PACKAGE_ORDERS[package]
    before = order[:order.index(module)]
    for imported, name in package_imports(package_folder(package) / f"{module}.py", package):
        assert imported in before, f"{package}.{module} imports {imported}, listed after it"
        assert not name.startswith("_"), f"{package}.{module} imports {imported}.{name}"


def test_the_order_check_sees_what_it_forbids(tmp_path):
    fake = tmp_path / "module.py"
    fake.write_text("from learner.build.corpus import _FileKeys\n"
                    "from learner.build import decks\n"
                    "from typing import TYPE_CHECKING\n"
                    "if TYPE_CHECKING:\n    from learner.build.words import find_words\n"
                    "def f():\n    import learner.build.workers\n", encoding="utf-8")
    assert package_imports(fake, "learner.build") == [
        ("corpus", "_FileKeys"), ("decks", ""), ("workers", "")]
    fake.write_text("from learner.nlp.lemmas.checks import checked_lemma\n", encoding="utf-8")
    assert package_imports(fake, "learner.nlp.lemmas") == [("checks", "checked_lemma")]
