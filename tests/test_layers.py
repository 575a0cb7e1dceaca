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
# and audio stages, imported without asyncio).
SHARED = frozenset({"errors", "cache", "morphology", "lexicon", "wordlists", "genanki_import"})


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
