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


# The lexicon checks' modules (learner/nlp/lemmas/), in their order: each imports only modules
# before it, as the package's docstring lists them: the lemma rules of single words before the
# passes that read a sentence, the component last.
LEMMAS = PACKAGE / "nlp" / "lemmas"
LEMMAS_ORDER = ["spelling", "lookups", "verb_forms", "participles", "participle_phrases",
                "noun_forms", "nominalized_infinitives", "adjective_forms", "noun_phrases",
                "clauses", "checks", "verb_tags", "noun_adjective_tags", "component"]


def lemmas_imports(path: Path) -> set[str]:
    """The modules of learner.nlp.lemmas that a file imports, at any depth of its code."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("learner.nlp.lemmas."):
                found.add(node.module.split(".")[3])
            elif node.module == "learner.nlp.lemmas":
                found.update(alias.name for alias in node.names if alias.name in LEMMAS_ORDER)
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[3] for alias in node.names
                         if alias.name.startswith("learner.nlp.lemmas."))
    return found


def test_the_lemmas_package_lists_its_modules_in_order():
    assert sorted(p.stem for p in LEMMAS.glob("*.py") if p.stem != "__init__") == sorted(
        LEMMAS_ORDER)
    docstring = ast.get_docstring(ast.parse((LEMMAS / "__init__.py").read_text("utf-8")))
    # The bullets' names, before each bullet's colon: "- `verb_tags`, `noun_adjective_tags`: ..."
    listed = [name for line in docstring.splitlines() if line.startswith("- `")
              for name in line.split(":")[0].split("`")[1::2]]
    assert [name for name in listed if name in LEMMAS_ORDER] == LEMMAS_ORDER


@pytest.mark.parametrize("module", LEMMAS_ORDER)
def test_lemmas_modules_import_only_the_ones_before_them(module):
    before = set(LEMMAS_ORDER[:LEMMAS_ORDER.index(module)])
    later = lemmas_imports(LEMMAS / f"{module}.py") - before
    assert not later, f"learner/nlp/lemmas/{module}.py imports {sorted(later)}, listed after it"


def test_the_lemmas_order_check_sees_what_it_forbids(tmp_path):
    fake = tmp_path / "module.py"
    fake.write_text("from learner.nlp.lemmas.checks import checked_lemma\n"
                    "from learner.nlp.lemmas import verb_tags\n"
                    "def f():\n    import learner.nlp.lemmas.component\n", encoding="utf-8")
    assert lemmas_imports(fake) == {"checks", "verb_tags", "component"}


# The dictionary package's own order (its __init__'s docstring says why): a module imports
# only those before it, so there is no cycle among them and each can be read knowing only
# the ones above it.
DICTIONARY_ORDER = ("entry", "parsing", "english", "ranking", "compound_senses", "contexts",
                    "index_rows", "index", "compound_hints", "reflexive", "fields",
                    "compound_glosses", "adjective_hints", "derived_nouns", "form_entries",
                    "noun_forms", "context_senses", "word_entry", "lookup")


def dictionary_imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of each name a file imports from the dictionary package's modules,
    outside `if TYPE_CHECKING:` blocks (a module may name `Dictionary` in its hints)."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "learner.dictionary."):
            found += [(node.module.split(".")[2], alias.name) for alias in node.names]
    return found


def test_the_dictionary_modules_import_only_those_before_them():
    folder = PACKAGE / "dictionary"
    assert {p.stem for p in folder.glob("*.py")} - {"__init__"} == set(DICTIONARY_ORDER)
    for position, module in enumerate(DICTIONARY_ORDER):
        for imported, name in dictionary_imports(folder / f"{module}.py"):
            assert imported in DICTIONARY_ORDER[:position], (
                f"dictionary.{module} imports dictionary.{imported}, which comes after it")
            # A name one module takes from another is that module's public API.
            assert not name.startswith("_"), f"dictionary.{module} imports {imported}.{name}"


# The build package's modules (learner/build/), in the order its __init__'s docstring lists
# them: the tagging and the analysis records before the workers that run them, the corpus
# through the article cache before the words found in it, the deck's names and memos before
# `build_deck`. Each imports only modules before it, and no private name of another.
BUILD = PACKAGE / "build"
BUILD_ORDER = ["kept", "tagging", "analysis", "workers", "corpus", "glosses", "words",
               "deck_names", "deck_memos", "deck_stamp", "decks"]


def build_imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of each import from the build package's modules in a file, at any depth
    of its code; name is "" for a module imported whole."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("learner.build."):
                found += [(node.module.split(".")[2], alias.name) for alias in node.names]
            elif node.module == "learner.build":
                found += [(alias.name, "") for alias in node.names
                          if alias.name in BUILD_ORDER]
        elif isinstance(node, ast.Import):
            found += [(alias.name.split(".")[2], "") for alias in node.names
                      if alias.name.startswith("learner.build.")]
    return found


def test_the_build_package_lists_its_modules_in_order():
    assert sorted(p.stem for p in BUILD.glob("*.py") if p.stem != "__init__") == sorted(
        BUILD_ORDER)
    docstring = ast.get_docstring(ast.parse((BUILD / "__init__.py").read_text("utf-8")))
    listed = [name for line in docstring.splitlines() if line.startswith("- `")
              for name in line.split(":")[0].split("`")[1::2]]
    assert [name for name in listed if name in BUILD_ORDER] == BUILD_ORDER


@pytest.mark.parametrize("module", BUILD_ORDER)
def test_build_modules_import_only_public_names_of_those_before_them(module):
    before = BUILD_ORDER[:BUILD_ORDER.index(module)]
    for imported, name in build_imports(BUILD / f"{module}.py"):
        assert imported in before, f"build.{module} imports build.{imported}, listed after it"
        assert not name.startswith("_"), f"build.{module} imports {imported}.{name}"


def test_the_build_order_check_sees_what_it_forbids(tmp_path):
    fake = tmp_path / "module.py"
    fake.write_text("from learner.build.corpus import _FileKeys\n"
                    "from learner.build import decks\n"
                    "def f():\n    import learner.build.workers\n", encoding="utf-8")
    assert build_imports(fake) == [("corpus", "_FileKeys"), ("decks", ""), ("workers", "")]
