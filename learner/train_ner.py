"""Train the German name recognizer that ships inside learner (`learner/models/ner_de`).

    python -m learner.train_ner ../shared/ner [--epochs N | --minutes N] [--size fast]
                                [--output learner/models/ner_de]

With no options it reproduces the shipped model: the `fast` network, eight epochs, the epoch
best on the dev split kept.

The data (see that folder's README.md) is GermEval 2014 (dev and test splits: Wikipedia and
online news, CC BY 4.0) and, with `--europeana`, the Europeana Newspapers NER files (historic
newspapers, OCR text, CC0). Tokens follow the corpora's own tokenization, so each sentence
becomes a spaCy Doc built from its words, not from spaCy's tokenizer.

A fixed tenth of GermEval's sentences, chosen by a hash of their words, is never trained on:
the scores written into the model's `meta.json` come from it. A further twentieth picks the
best checkpoint. UD German-GSD, on which `learner.evaluate` measures PROPN recall, is not
used here at all.

Only one thread: the model is small, and numpy's BLAS would otherwise take every core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import compounding, minibatch  # noqa: E402

DEFAULT_OUTPUT = Path(__file__).parent / "models" / "ner_de"
LABELS = ("PER", "LOC", "ORG", "OTH")

# The network: spaCy's CNN ("efficiency") tok2vec, owned by the `ner` component itself so the
# component can run inside another pipeline. German capitalizes every noun, so the word's
# shape says less than in English; the suffix (-ski, -ow, -burg, -er) and prefix carry more.
CONFIG = """
[nlp]
lang = "de"
pipeline = ["ner"]

[components]

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = {rows}
include_static_vectors = false

[components.ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[training]

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001
"""

# The sizes, measured on the held-out tenth (entity F) and as tokens per CPU second on news
# text, one thread, side by side (figures in the README's recognizer section):
# - `fast` is shipped: vectors of width 64, four CNN layers. F 0.591 at 2.1 times the speed of
#   `small`; a build of 600 articles spends about half as long in the recognizer.
# - `small`, spaCy's "efficiency" tok2vec (width 96), shipped before: F 0.597, 13,400 tokens/s.
# - `tiny`, width 64 and two layers: F 0.573 at 2.8 times `small`'s speed.
# - `large`, wider vectors and four times the rows, scored lower than `small` at the same
#   epoch (dev F 0.543 against 0.586 at epoch four, with dropout 0.2).
# With 6,100 training sentences the dev F stops rising after four to six epochs: the data, not
# the network or the training time, limits it.
SIZES = {
    "tiny": {"width": 64, "depth": 2, "hidden": 64, "rows": [2500, 500, 1250, 1250]},
    "fast": {"width": 64, "depth": 4, "hidden": 64, "rows": [5000, 1000, 2500, 2500]},
    "small": {"width": 96, "depth": 4, "hidden": 64, "rows": [5000, 1000, 2500, 2500]},
    "large": {"width": 128, "depth": 4, "hidden": 64, "rows": [20000, 2000, 5000, 1000]},
}
DEFAULT_SIZE = "fast"
DEFAULT_EPOCHS = 8


@dataclass(frozen=True)
class Sentence:
    """One sentence of gold data: its words and one BIO tag per word (PER/LOC/ORG/OTH)."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    corpus: str


def germeval_tag(outer: str, deriv: bool, part: bool) -> str:
    """GermEval's outer tag as a plain BIO tag.

    `deriv` marks words derived from a name ("russisch" from Russland, "Berliner"): adjectives
    a learner needs, so by default they are outside any name. `part` marks a name inside a
    longer word ("Putin-Besuch", "EU-weit"): the word itself is a common noun or adjective in
    UD German-GSD, so by default it is outside too. The flags keep them, for measuring.
    """
    if outer == "O":
        return "O"
    if outer.endswith("deriv") and not deriv:
        return "O"
    if outer.endswith("part") and not part:
        return "O"
    return outer.removesuffix("deriv").removesuffix("part")


def read_germeval(path: Path, deriv: bool = False, part: bool = False) -> list[Sentence]:
    """GermEval 2014's sentences: tab-separated index, word, outer tag, nested tag."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append(Sentence(tuple(words), _repair_bio(tags), "germeval"))
            words, tags = [], []
            continue
        fields = line.split("\t")
        words.append(fields[1])
        tags.append(germeval_tag(fields[2], deriv, part))
    return sentences


# Europeana has no sentence breaks; a full stop before a capitalized word ends a chunk, and a
# chunk ends after this many words anyway (the CNN sees only a few words either side).
EUROPEANA_CHUNK = 40


def read_europeana(path: Path) -> list[Sentence]:
    """Europeana Newspapers' tokens cut into sentence-like chunks (one word and tag a line)."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if len(fields) != 2:
            continue
        word, tag = fields
        # A few tags are typed by hand ("B_PER", "B-PEr", "B.LOC"): read the class case-blind,
        # and what is no class of ours (MISC, typos) as outside any name.
        prefix, label = tag[:1].upper(), tag[2:].upper()
        tag = f"{prefix}-{label}" if prefix in ("B", "I") and label in LABELS else "O"
        if words and (len(words) >= EUROPEANA_CHUNK or (words[-1] == "." and word[:1].isupper())):
            sentences.append(Sentence(tuple(words), _repair_bio(tags), "europeana"))
            words, tags = [], []
        words.append(word)
        tags.append(tag)
    if words:
        sentences.append(Sentence(tuple(words), _repair_bio(tags), "europeana"))
    return sentences


def _repair_bio(tags: list[str]) -> tuple[str, ...]:
    """An I- tag with no B- or I- of its class before it begins its own name."""
    repaired = []
    for tag in tags:
        previous = repaired[-1] if repaired else "O"
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
    return tuple(repaired)


def split_of(sentence: Sentence) -> str:
    """"held-out", "dev" or "train", fixed by a hash of the sentence's words."""
    digest = int(hashlib.sha1(" ".join(sentence.words).encode("utf-8")).hexdigest(), 16)
    if digest % 10 == 0:
        return "held-out"
    if digest % 20 == 1:
        return "dev"
    return "train"


def examples(nlp: spacy.Language, sentences: Iterable[Sentence]) -> list[Example]:
    """Gold examples whose predicted side is a bare Doc of the same words."""
    made = []
    for sentence in sentences:
        reference = Doc(nlp.vocab, words=list(sentence.words), ents=list(sentence.tags))
        made.append(Example(Doc(nlp.vocab, words=list(sentence.words)), reference))
    return made


def scores(nlp: spacy.Language, gold: list[Example]) -> dict[str, float]:
    """Entity precision, recall and F (exact span and label), and name-token recall and precision.

    The token scores ignore labels and boundaries: a word counts as found when any predicted
    name covers it, which is all the vocabulary stage asks of the recognizer.
    """
    predicted = [Example(nlp(Doc(nlp.vocab, words=[t.text for t in eg.reference])), eg.reference)
                 for eg in gold]
    result = nlp.get_pipe("ner").score(predicted)
    in_gold = in_predicted = both = 0
    for eg in predicted:
        gold_tokens = {t.i for ent in eg.reference.ents for t in ent}
        found_tokens = {t.i for ent in eg.predicted.ents for t in ent}
        in_gold += len(gold_tokens)
        in_predicted += len(found_tokens)
        both += len(gold_tokens & found_tokens)
    return {
        "ents_p": round(result["ents_p"], 4),
        "ents_r": round(result["ents_r"], 4),
        "ents_f": round(result["ents_f"], 4),
        "name_token_recall": round(both / max(in_gold, 1), 4),
        "name_token_precision": round(both / max(in_predicted, 1), 4),
        "per_type": {label: {k: round(v, 4) for k, v in values.items()}
                     for label, values in result["ents_per_type"].items()},
    }


def train(
    data: Path,
    output: Path,
    minutes: float | None = None,
    size: str = DEFAULT_SIZE,
    europeana: bool = False,
    deriv: bool = False,
    part: bool = False,
    dropout: float = 0.1,
    seed: int = 0,
    epochs: int | None = DEFAULT_EPOCHS,
) -> dict:
    """Train for `epochs`, or for `minutes` of CPU time when `epochs` is None; keep the
    checkpoint best on the dev split, write it to `output`; its meta."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    germeval = [s for name in ("NER-de-dev.tsv", "NER-de-test.tsv")
                for s in read_germeval(data / "germeval2014" / name, deriv, part)]
    train_sentences = [s for s in germeval if split_of(s) == "train"]
    dev_sentences = [s for s in germeval if split_of(s) == "dev"]
    held_out = [s for s in germeval if split_of(s) == "held-out"]
    if europeana:
        for path in sorted((data / "europeana").glob("*.bio")):
            train_sentences += read_europeana(path)

    config = spacy.util.load_config_from_str(CONFIG.format(**{
        key: json.dumps(value) for key, value in SIZES[size].items()}))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    train_examples = examples(nlp, train_sentences)
    dev_examples = examples(nlp, dev_sentences)
    optimizer = nlp.initialize(lambda: train_examples)
    ner = nlp.get_pipe("ner")
    print(f"train {len(train_examples)} sentences, dev {len(dev_examples)}, "
          f"held-out {len(held_out)}; labels {ner.labels}", file=sys.stderr)

    # A number of epochs makes a run reproducible (one thread, fixed seed); a budget in CPU time
    # trains as long on a busy machine as on an idle one.
    started = time.process_time()
    deadline = started + minutes * 60 if epochs is None and minutes else float("inf")
    best_f, best_bytes, best_epoch, epoch, words = -1.0, None, 0, 0, 0
    sizes = compounding(8.0, 64.0, 1.001)
    while (epoch < epochs) if epochs is not None else (time.process_time() < deadline):
        epoch += 1
        random.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=sizes):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            words += sum(len(eg.reference) for eg in batch)
            if time.process_time() >= deadline:
                break
        with nlp.use_params(optimizer.averages):
            dev = scores(nlp, dev_examples)
            if dev["ents_f"] > best_f:
                best_f, best_bytes, best_epoch = dev["ents_f"], nlp.to_bytes(), epoch
        elapsed = time.process_time() - started
        print(f"epoch {epoch} {elapsed / 60:.1f} min loss {losses.get('ner', 0):.0f} "
              f"dev P/R/F {dev['ents_p']:.3f}/{dev['ents_r']:.3f}/{dev['ents_f']:.3f} "
              f"tokens {dev['name_token_recall']:.3f} ({words / elapsed:.0f} words/s)",
              file=sys.stderr)
    trained_minutes = (time.process_time() - started) / 60
    nlp.from_bytes(best_bytes)

    held_out_scores = scores(nlp, examples(nlp, held_out))
    # Speed as learner runs it: Docs already tokenized, in batches, one thread.
    held_out_docs = [Doc(nlp.vocab, words=list(s.words)) for s in held_out]
    started = time.process_time()
    for _ in ner.pipe(held_out_docs, batch_size=256):
        pass
    speed = sum(len(doc) for doc in held_out_docs) / (time.process_time() - started)

    budget = ["--epochs", str(epochs)] if epochs is not None else ["--minutes", str(minutes)]
    command = ["python", "-m", "learner.train_ner", "<ner-data>", *budget, "--size", size] \
        + (["--europeana"] if europeana else []) \
        + (["--deriv"] if deriv else []) + (["--part"] if part else []) \
        + ["--dropout", str(dropout)]
    nlp.meta.update({
        "name": "ner_de",
        "version": "1.0.0",
        "description": "German name recognizer (PER, LOC, ORG, OTH) for learner's vocabulary "
                       "stage: spaCy ner with its own CNN tok2vec, one thread.",
        "license": "CC BY 4.0",
        "author": "learner",
        "sources": [
            {"name": "GermEval 2014 NER (NoSta-D), dev and test splits",
             "url": "https://sites.google.com/site/germeval2014ner/",
             "license": "CC BY 4.0",
             "author": "Darina Benikova, Chris Biemann, Marc Reznicek. NoSta-D Named Entity "
                       "Annotation for German: Guidelines and Dataset. LREC 2014."},
        ] + ([{"name": "Europeana Newspapers NER (German)",
               "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
               "license": "CC0 1.0",
               "author": "Europeana Newspapers project"}] if europeana else []),
        "training": {
            "command": " ".join(command),
            "minutes": minutes if epochs is None else None,
            "cpu_minutes": round(trained_minutes, 1),
            "size": size,
            "network": SIZES[size],
            "deriv_as_names": deriv,
            "part_as_names": part,
            "train_sentences": len(train_sentences),
            "held_out": "GermEval sentences whose words' SHA-1 is 0 mod 10, never trained on",
            "held_out_sentences": len(held_out),
            "epochs": epoch,
            "best_epoch": best_epoch,
            "dropout": dropout,
        },
        "performance": {"held_out": held_out_scores, "dev_ents_f": best_f,
                        "words_per_second_one_thread": round(speed)},
    })
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    keep_only_labels(output, ner.labels)
    return nlp.meta


def keep_only_labels(model: Path, labels: Iterable[str]) -> None:
    """Write the model's string table with its labels alone.

    spaCy saves every string the training Docs made: the corpus's whole word list. The
    network reads words as hashes of their features and never needs the strings back, so the
    shipped model carries neither that list (it is the corpora's, not ours) nor its 0.9 MB.
    """
    (model / "vocab" / "strings.json").write_text(json.dumps(sorted(labels)), encoding="utf-8")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m learner.train_ner", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="folder with germeval2014/ and europeana/")
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS,
                        help=f"passes over the training sentences (default {DEFAULT_EPOCHS})")
    parser.add_argument("--minutes", type=float,
                        help="train for this many CPU minutes instead of a number of epochs")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--size", choices=sorted(SIZES), default=DEFAULT_SIZE)
    parser.add_argument("--europeana", action="store_true", help="also train on Europeana")
    parser.add_argument("--deriv", action="store_true", help="train `deriv` words as names")
    parser.add_argument("--part", action="store_true", help="train `part` words as names")
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, train, and print the held-out scores."""
    args = _arguments(argv)
    epochs = None if args.minutes is not None else args.epochs
    meta = train(args.data, args.output, args.minutes, args.size, args.europeana, args.deriv,
                 args.part, args.dropout, args.seed, epochs)
    print(json.dumps(meta["performance"], indent=1))


if __name__ == "__main__":
    main()
