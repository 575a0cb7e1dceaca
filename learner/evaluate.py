"""How well the NLP layer lemmatizes and tags German, measured on a gold CoNLL-U treebank.

    python -m learner.evaluate [--model NAME] [--conllu PATH] [--target 501-799]
                               [--without COMPONENT] [--errors N]

Runs `learner.nlp.load_pipeline(model)` two ways over every sentence of the treebank:

- gold tokens: a Doc built from the treebank's own words and sentence start, then the
  pipeline's components (all but sentence splitters) run on it. This measures tagging and
  lemmatizing alone.
- own tokens: the pipeline on the sentence text, as `learner` runs it on articles. Tokens are
  aligned to gold words by character offsets; a gold word our tokenizer does not reproduce
  exactly counts as wrong in every figure.

Figures, each for the target sentences (GSD dev s501-s799: newspaper text with hand-checked
lemmas; the earlier ones carry machine-made lemmas) and for all sentences:

- content-word lemma accuracy: gold UPOS NOUN, VERB, ADJ or ADV; `token.lemma_` equals the gold
  lemma exactly, case-sensitively. Case is part of the dictionary form in German ("Berliner",
  "CDU", "Prozess"): a card saying "berliner" or "Cdu" is wrong, so the comparison is too.
- separable verbs: GSD lemmatizes a verb that left its particle behind as the bare verb ("fand
  ... statt": finden) and gives the particle its own lemma, so the token-level figure counts the
  bare verb. Cards join the two ("stattfinden"): `learner.vocabulary.word_lemma` on the verb must
  give particle + gold lemma for every gold `compound:prt` particle whose head is a VERB.
- UPOS accuracy over all words; PROPN precision and recall.
- speed: tokens per CPU second of the pipeline run (processing only, not reading the file;
  CPU time, not wall time, so that other work on a shared machine does not skew it).

Multi-word tokens ("zum" = zu + dem) are compared on their first word; the others in them count
as not reproduced with own tokens.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from learner import nlp as nlp_layer
from learner.errors import InputError, LearnerError
from learner.vocabulary import word_lemma

CONTENT_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
DEFAULT_CONLLU = Path(__file__).resolve().parent.parent.parent / "shared/ud/de_gsd-ud-dev.conllu"
# GSD dev sentences s501-s799 are newspaper text whose lemmas were checked by hand.
DEFAULT_TARGET = (501, 799)
_SPLITTERS = frozenset({"sentencizer", "senter"})


@dataclass(frozen=True)
class GoldWord:
    """One syntactic word of the treebank, with its character span in the sentence text."""

    form: str
    lemma: str
    upos: str
    xpos: str
    head: int  # index into the sentence's words, -1 for the root
    deprel: str
    start: int
    end: int
    first_of_span: bool  # False for the 2nd.. word of a multi-word token


@dataclass(frozen=True)
class GoldSentence:
    sent_id: str
    number: int  # the running number in "dev-s501", 0 when there is none
    text: str
    words: tuple[GoldWord, ...]


def read_conllu(path: str | Path) -> list[GoldSentence]:
    """The sentences of a CoNLL-U file, with each word's span in `# text`."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    sentences = []
    for block in raw.strip().split("\n\n"):
        if block.strip():
            sentences.append(_sentence(block, len(sentences) + 1))
    return sentences


def _sentence(block: str, position: int) -> GoldSentence:
    sent_id, text = str(position), None
    rows: list[list[str]] = []
    for line in block.splitlines():
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
    text = text if text is not None else " ".join(
        r[1] for r in rows if "." not in r[0] and not _inside(r[0], rows))
    words: list[GoldWord] = []
    multi: tuple[int, int, int, int] | None = None  # first, last, start, end of a "zum"
    pos = 0
    for row in rows:
        ident = row[0]
        if "." in ident:  # empty nodes carry no surface
            continue
        if "-" in ident:
            first, last = (int(x) for x in ident.split("-"))
            start = _find(text, row[1], pos, sent_id)
            pos = start + len(row[1])
            multi = (first, last, start, pos)
            continue
        number = int(ident)
        if multi is not None and multi[0] <= number <= multi[1]:
            start, end, first_of_span = multi[2], multi[3], number == multi[0]
        else:
            start = _find(text, row[1], pos, sent_id)
            end = pos = start + len(row[1])
            first_of_span = True
        words.append(GoldWord(form=row[1], lemma=row[2], upos=row[3], xpos=row[4],
                              head=int(row[6]) - 1, deprel=row[7], start=start, end=end,
                              first_of_span=first_of_span))
    digits = "".join(c for c in sent_id.rsplit("s", 1)[-1] if c.isdigit())
    return GoldSentence(sent_id=sent_id, number=int(digits) if digits else 0, text=text,
                        words=tuple(words))


def _inside(ident: str, rows: list[list[str]]) -> bool:
    """Whether a word belongs to a multi-word token (its surface is the token's)."""
    if "-" in ident:
        return False
    number = int(ident)
    for row in rows:
        if "-" in row[0]:
            first, last = (int(x) for x in row[0].split("-"))
            if first <= number <= last:
                return True
    return False


def _find(text: str, form: str, pos: int, sent_id: str) -> int:
    start = text.find(form, pos)
    if start < 0:
        raise InputError(f"sentence {sent_id}: {form!r} is not in its text")
    return start


@dataclass
class Tally:
    """Counts for one subset of sentences and one tokenization."""

    tokens: int = 0
    seconds: float = 0.0
    words: int = 0
    aligned: int = 0
    upos_ok: int = 0
    content: int = 0
    content_ok: int = 0
    propn_gold: int = 0
    propn_pred: int = 0
    propn_both: int = 0
    particles: int = 0
    particles_ok: int = 0
    lemma_errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for count in fields(self):  # every field adds up; the error list is concatenated
            setattr(self, count.name, getattr(self, count.name) + getattr(other, count.name))

    def figures(self) -> dict[str, float]:
        def pct(a: int, b: int) -> float:
            return round(100.0 * a / b, 2) if b else 0.0

        return {
            "lemma_content": pct(self.content_ok, self.content),
            "upos": pct(self.upos_ok, self.words),
            "propn_precision": pct(self.propn_both, self.propn_pred),
            "propn_recall": pct(self.propn_both, self.propn_gold),
            "separable": pct(self.particles_ok, self.particles),
            "aligned": pct(self.aligned, self.words),
            "tokens_per_s": round(self.tokens / self.seconds) if self.seconds else 0.0,
        }


def gold_doc(pipeline: Language, sentence: GoldSentence) -> Doc:
    """A Doc of the sentence's gold words (one sentence), not yet annotated."""
    words = [w.form for w in sentence.words]
    spaces = [i + 1 < len(words) and sentence.words[i + 1].start > w.end
              for i, w in enumerate(sentence.words)]
    return Doc(pipeline.vocab, words=words, spaces=spaces,
               sent_starts=[True] + [False] * (len(words) - 1))


def annotate_gold(pipeline: Language, docs: Iterable[Doc]) -> Iterator[Doc]:
    """Run every component except sentence splitters on ready-made Docs."""
    for doc in docs:
        for name, component in pipeline.pipeline:
            if name not in _SPLITTERS:
                doc = component(doc)
        yield doc


def score(sentence: GoldSentence, doc: Doc, gold_tokens: bool = False) -> Tally:
    """Compare one annotated Doc with the gold sentence: word by word when the Doc was built
    from the gold words, else aligned by character offsets into the sentence text."""
    tally = Tally(tokens=sum(not t.is_space for t in doc))
    if gold_tokens:
        predicted = list(doc)
    else:
        by_span = {(t.idx, t.idx + len(t.text)): t for t in doc}
        predicted = [by_span.get((w.start, w.end)) if w.first_of_span else None
                     for w in sentence.words]
    for word, token in zip(sentence.words, predicted, strict=True):
        tally.words += 1
        tally.aligned += token is not None
        pred_pos = token.pos_ if token is not None else ""
        tally.upos_ok += pred_pos == word.upos
        tally.propn_gold += word.upos == "PROPN"
        tally.propn_pred += pred_pos == "PROPN"
        tally.propn_both += word.upos == "PROPN" and pred_pos == "PROPN"
        if word.upos in CONTENT_UPOS:
            tally.content += 1
            lemma = token.lemma_ if token is not None else ""
            if lemma == word.lemma:
                tally.content_ok += 1
            else:
                tally.lemma_errors.append((word.form, word.upos, word.lemma, lemma))
        if word.deprel == "compound:prt" and word.head >= 0:
            head = sentence.words[word.head]
            verb = predicted[word.head]
            if head.upos == "VERB":
                tally.particles += 1
                expected = word.lemma.lower() + head.lemma
                if verb is not None and word_lemma(verb)[0] == expected:
                    tally.particles_ok += 1
    return tally


@dataclass(frozen=True)
class Report:
    model: str
    target: tuple[int, int]
    results: dict[tuple[str, str], Tally]  # (tokens, subset) -> tally


def evaluate(conllu: str | Path, model: str = nlp_layer.DEFAULT_MODEL,
             target: tuple[int, int] = DEFAULT_TARGET, limit: int | None = None,
             without: Sequence[str] = ()) -> Report:
    """Score the pipeline on the treebank with gold and with its own tokens.

    `without` names components to switch off for the run ("lexicon_check" measures HanTa
    alone).
    """
    sentences = read_conllu(conllu)[:limit]
    pipeline = nlp_layer.load_pipeline(model)
    unknown = [name for name in without if name not in pipeline.pipe_names]
    if unknown:
        raise InputError(f"no component {', '.join(unknown)} in pipeline {model!r} "
                         f"(it has {', '.join(pipeline.pipe_names)})")
    with pipeline.select_pipes(disable=list(without)):
        results = _run(pipeline, sentences, target)
    label = model + "".join(f" without {name}" for name in without)
    return Report(model=label, target=target, results=results)


def _run(pipeline: Language, sentences: list[GoldSentence],
         target: tuple[int, int]) -> dict[tuple[str, str], Tally]:
    results: dict[tuple[str, str], Tally] = {}
    for mode in ("gold", "own"):
        started = time.process_time()
        if mode == "gold":
            docs = list(annotate_gold(pipeline, (gold_doc(pipeline, s) for s in sentences)))
        else:
            docs = list(pipeline.pipe(s.text for s in sentences))
        elapsed = time.process_time() - started
        every, aimed = Tally(), Tally()
        for sentence, doc in zip(sentences, docs, strict=True):
            tally = score(sentence, doc, gold_tokens=mode == "gold")
            every.add(tally)
            if target[0] <= sentence.number <= target[1]:
                aimed.add(tally)
        # Speed is one figure for the whole run; each subset is charged its share of tokens.
        every.seconds = elapsed
        aimed.seconds = elapsed * aimed.tokens / every.tokens if every.tokens else 0.0
        results[(mode, "target")] = aimed
        results[(mode, "all")] = every
    return results


_LABELS = (
    ("lemma_content", "content-word lemma accuracy %"),
    ("separable", "separable verbs joined right %"),
    ("upos", "UPOS accuracy %"),
    ("propn_precision", "PROPN precision %"),
    ("propn_recall", "PROPN recall %"),
    ("aligned", "gold words tokenized alike %"),
    ("tokens_per_s", "speed, tokens per CPU second"),
)


def format_report(report: Report) -> str:
    lo, hi = report.target
    columns = [("gold", "target"), ("gold", "all"), ("own", "target"), ("own", "all")]
    heads = [f"{m} tok, {f's{lo}-s{hi}' if s == 'target' else 'all'}" for m, s in columns]
    lines = [f"model: {report.model}",
             f"{'':34}" + "".join(f"{h:>20}" for h in heads)]
    for key, label in _LABELS:
        values = [report.results[c].figures()[key] for c in columns]
        lines.append(f"{label:34}" + "".join(f"{v:>20g}" for v in values))
    counts = [report.results[c] for c in columns]
    lines.append(f"{'content words / PROPN / particles':34}"
                 + "".join(f"{f'{t.content}/{t.propn_gold}/{t.particles}':>20}" for t in counts))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m learner.evaluate",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=nlp_layer.DEFAULT_MODEL, metavar="NAME")
    parser.add_argument("--conllu", default=str(DEFAULT_CONLLU), metavar="PATH",
                        help="gold treebank (default ../shared/ud/de_gsd-ud-dev.conllu)")
    parser.add_argument("--target", default="{}-{}".format(*DEFAULT_TARGET), metavar="FIRST-LAST",
                        help="sentence numbers reported apart (default 501-799)")
    parser.add_argument("--without", action="append", default=[], metavar="COMPONENT",
                        help="switch a pipeline component off (e.g. lexicon_check: HanTa alone)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list N content-word lemma errors (gold tokens, target)")
    args = parser.parse_args(argv)
    try:
        lo, hi = (int(x) for x in args.target.split("-"))
        report = evaluate(args.conllu, args.model, (lo, hi), without=args.without)
    except ValueError:
        print(f"learner.evaluate: error: --target must be FIRST-LAST, got {args.target!r}",
              file=sys.stderr)
        return 2
    except LearnerError as exc:
        print(f"learner.evaluate: error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(format_report(report))
    if args.errors:
        print("\nlemma errors (form, gold UPOS, gold lemma, ours), gold tokens, target:")
        for form, upos, gold, ours in report.results[("gold", "target")].lemma_errors[
                : args.errors]:
            print(f"  {form:28} {upos:5} {gold:24} {ours}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
