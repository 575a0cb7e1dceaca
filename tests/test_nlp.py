"""The NLP layer with a real trained spaCy German pipeline, as `--model` loads it.

No official pipeline (de_core_news_sm/md/lg) can be installed here: their wheels come from
outside PyPI. So the `trained_pipeline` fixture trains a tiny one with the same components
(tagger, morphologizer, trainable lemmatizer, dependency parser) on a dozen German sentences
annotated below the way spaCy's German models annotate: STTS tags, UPOS and morphology
(Gender on nouns), lemmas, and TIGER dependency labels, among them `svp` for a separated verb
particle. It overfits them, so on the same sentences it reproduces the annotations; the tests
then check that `learner words --model PATH` takes lemmas, names and separable verbs from that
pipeline and never from HanTa, the embedded default.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from spacy.training import Example
from spacy.util import fix_random_seed
from wordfreq import zipf_frequency

from learner import cli
from learner import nlp as learner_nlp
from learner.errors import ModelError

ROOT = Path(__file__).resolve().parent.parent

# One token a line: form, STTS tag, UPOS, lemma, head (1-based, 0 = root), TIGER dependency
# label, morphological features ("_" for none). Sentences are separated by a blank line.
# "fest" is a separated particle with UPOS ADV, as UD-converted treebanks have some of them
# (GSD: zurück, fest, zusammen); the others are ADP, as spaCy's German models tag PTKVZ.
TRAINING = """
Die ART DET der 2 nk Case=Nom|Definite=Def|Gender=Masc|Number=Plur|PronType=Art
Präsidenten NN NOUN Präsident 3 sb Case=Nom|Gender=Masc|Number=Plur
gingen VVFIN VERB gehen 0 ROOT Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
nach APPR ADP nach 3 mo _
zwei CARD NUM zwei 6 nk NumType=Card
Stunden NN NOUN Stunde 4 nk Case=Dat|Gender=Fem|Number=Plur
auseinander PTKVZ ADP auseinander 3 svp _
. $. PUNCT . 3 punct _

Sie PPER PRON sie 2 sb Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
ruft VVFIN VERB rufen 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
ihren PPOSAT DET ihr 4 nk Case=Acc|Gender=Masc|Number=Sing|Poss=Yes|PronType=Prs
Bruder NN NOUN Bruder 2 oa Case=Acc|Gender=Masc|Number=Sing
morgen ADV ADV morgen 2 mo _
an PTKVZ ADP an 2 svp _
. $. PUNCT . 2 punct _

Putin NE PROPN Putin 2 sb Case=Nom|Gender=Masc|Number=Sing
wies VVFIN VERB weisen 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
die ART DET der 4 nk Case=Acc|Definite=Def|Gender=Masc|Number=Plur|PronType=Art
Vorwürfe NN NOUN Vorwurf 2 oa Case=Acc|Gender=Masc|Number=Plur
zurück PTKVZ ADP zurück 2 svp _
. $. PUNCT . 2 punct _

Trump NE PROPN Trump 2 sb Case=Nom|Gender=Masc|Number=Sing
sprach VVFIN VERB sprechen 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in APPR ADP in 2 mo _
Hamburg NE PROPN Hamburg 3 nk Case=Dat|Gender=Neut|Number=Sing
über APPR ADP über 2 op _
Cyberattacken NN NOUN Cyberattacke 5 nk Case=Acc|Gender=Fem|Number=Plur
. $. PUNCT . 2 punct _

Nordkorea NE PROPN Nordkorea 2 sb Case=Nom|Gender=Neut|Number=Sing
testete VVFIN VERB testen 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
eine ART DET ein 4 nk Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
Interkontinentalrakete NN NOUN Interkontinentalrakete 2 oa Case=Acc|Gender=Fem|Number=Sing
. $. PUNCT . 2 punct _

Die ART DET der 2 nk Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art
Regierung NN NOUN Regierung 3 sb Case=Nom|Gender=Fem|Number=Sing
kritisierte VVFIN VERB kritisieren 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
die ART DET der 5 nk Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art
Einmischung NN NOUN Einmischung 3 oa Case=Acc|Gender=Fem|Number=Sing
. $. PUNCT . 3 punct _

Der ART DET der 2 nk Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art
Waffenstillstand NN NOUN Waffenstillstand 3 sb Case=Nom|Gender=Masc|Number=Sing
hält VVFIN VERB halten 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
seit APPR ADP seit 3 mo _
einer ART DET ein 6 nk Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
Woche NN NOUN Woche 4 nk Case=Dat|Gender=Fem|Number=Sing
. $. PUNCT . 3 punct _

Die ART DET der 2 nk Case=Nom|Definite=Def|Gender=Masc|Number=Plur|PronType=Art
Staatenlenker NN NOUN Staatenlenker 3 sb Case=Nom|Gender=Masc|Number=Plur
trafen VVFIN VERB treffen 0 ROOT Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
sich PRF PRON sich 3 oa Case=Acc|Number=Plur|Person=3|PronType=Prs|Reflex=Yes
in APPR ADP in 3 mo _
einem ART DET ein 7 nk Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
Hotel NN NOUN Hotel 5 nk Case=Dat|Gender=Neut|Number=Sing
. $. PUNCT . 3 punct _

Die ART DET der 2 nk Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art
Polizei NN NOUN Polizei 3 sb Case=Nom|Gender=Fem|Number=Sing
nahm VVFIN VERB nehmen 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
den ART DET der 5 nk Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art
Mann NN NOUN Mann 3 oa Case=Acc|Gender=Masc|Number=Sing
fest PTKVZ ADV fest 3 svp _
. $. PUNCT . 3 punct _

Die ART DET der 2 nk Case=Nom|Definite=Def|Gender=Masc|Number=Plur|PronType=Art
Gäste NN NOUN Gast 3 sb Case=Nom|Gender=Masc|Number=Plur
gingen VVFIN VERB gehen 0 ROOT Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
am APPRART ADP an 3 mo Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art
Abend NN NOUN Abend 4 nk Case=Dat|Gender=Masc|Number=Sing
auseinander PTKVZ ADP auseinander 3 svp _
. $. PUNCT . 3 punct _

Merkel NE PROPN Merkel 2 sb Case=Nom|Gender=Fem|Number=Sing
lobte VVFIN VERB loben 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
die ART DET der 4 nk Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art
Rahmenvereinbarung NN NOUN Rahmenvereinbarung 2 oa Case=Acc|Gender=Fem|Number=Sing
. $. PUNCT . 2 punct _

Der ART DET der 2 nk Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art
Minister NN NOUN Minister 3 sb Case=Nom|Gender=Masc|Number=Sing
weist VVFIN VERB weisen 0 ROOT Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
die ART DET der 5 nk Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art
Kritik NN NOUN Kritik 3 oa Case=Acc|Gender=Fem|Number=Sing
zurück PTKVZ ADP zurück 3 svp _
. $. PUNCT . 3 punct _
"""

# The article the tests run: the training sentences, several to a paragraph so the parser
# also has to find the sentence boundaries.
ARTICLE = """\
Die Präsidenten gingen nach zwei Stunden auseinander. Sie ruft ihren Bruder morgen an.

Putin wies die Vorwürfe zurück. Trump sprach in Hamburg über Cyberattacken. Nordkorea \
testete eine Interkontinentalrakete.

Die Regierung kritisierte die Einmischung. Der Waffenstillstand hält seit einer Woche.

Die Staatenlenker trafen sich in einem Hotel. Die Polizei nahm den Mann fest. Die Gäste \
gingen am Abend auseinander.

Merkel lobte die Rahmenvereinbarung. Der Minister weist die Kritik zurück.
"""

NAMES = ("Putin", "Trump", "Hamburg", "Nordkorea", "Merkel")

# Small enough to train in a few seconds on two cores, large enough to learn 12 sentences.
_WIDTH = 64
_MAX_ITERATIONS = 300


def annotated_sentences() -> list[dict]:
    """TRAINING as the dicts `Example.from_dict` takes (heads as 0-based token indices)."""
    sentences = []
    for block in TRAINING.strip().split("\n\n"):
        rows = [line.split() for line in block.splitlines()]
        sentences.append({
            "words": [r[0] for r in rows],
            "tags": [r[1] for r in rows],
            "pos": [r[2] for r in rows],
            "lemmas": [r[3] for r in rows],
            "heads": [int(r[4]) - 1 if r[4] != "0" else i for i, r in enumerate(rows)],
            "deps": [r[5] for r in rows],
            "morphs": ["" if r[6] == "_" else r[6] for r in rows],
        })
    return sentences


def _paragraph(first: dict, second: dict) -> dict:
    """Two annotated sentences as one document, so the parser learns where sentences end."""
    joined = {key: first[key] + second[key] for key in first if key != "heads"}
    joined["heads"] = first["heads"] + [h + len(first["words"]) for h in second["heads"]]
    return joined


def _untrained_pipeline() -> spacy.Language:
    """The components of spaCy's German pipelines, sharing one small tok2vec."""
    nlp = spacy.blank("de")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.HashEmbedCNN.v2", "width": _WIDTH, "depth": 2,
        "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
        "subword_features": True, "pretrained_vectors": None,
    }})
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": _WIDTH,
                "upstream": "tok2vec"}
    tagger = {"@architectures": "spacy.Tagger.v2", "tok2vec": listener}
    nlp.add_pipe("tagger", config={"model": tagger})
    nlp.add_pipe("morphologizer", config={"model": tagger})
    # The edit-tree lemmatizer keeps only trees seen 3 times by default; here each is seen once
    # or twice (Vorwürfe -> Vorwurf).
    nlp.add_pipe("trainable_lemmatizer", name="lemmatizer",
                 config={"min_tree_freq": 1, "model": tagger})
    # Likewise a parser folds labels rarer than 30 into "dep"; `svp` must survive.
    nlp.add_pipe("parser", config={"min_action_freq": 1, "model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser",
        "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
        "use_upper": True, "tok2vec": listener,
    }})
    return nlp


def _reproduces(nlp: spacy.Language, examples: list[Example]) -> bool:
    scores = nlp.evaluate(examples)
    return all(scores[k] == 1.0 for k in
               ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_las", "sents_f"))


def train_pipeline(path: Path) -> tuple[int, float]:
    """Train the tiny pipeline until it reproduces its training annotations; save it at
    `path`. Returns the iterations and seconds it took."""
    fix_random_seed(0)
    nlp = _untrained_pipeline()
    sentences = annotated_sentences()
    documents = sentences + [_paragraph(a, b) for a, b in
                             zip(sentences, sentences[1:] + sentences[:1], strict=True)]
    examples = [Example.from_dict(nlp.make_doc(" ".join(d["words"])), d) for d in documents]
    start = time.perf_counter()
    optimizer = nlp.initialize(lambda: examples)
    for iteration in range(1, _MAX_ITERATIONS + 1):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.1)
        if iteration >= 40 and iteration % 10 == 0 and _reproduces(nlp, examples):
            break
    else:
        pytest.fail(f"the test pipeline did not learn its {len(sentences)} sentences "
                    f"in {_MAX_ITERATIONS} iterations")
    seconds = time.perf_counter() - start
    nlp.to_disk(path)
    return iteration, seconds


@pytest.fixture(scope="session")
def trained_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A trained spaCy German pipeline on disk, as `nlp.to_disk` writes one."""
    path = tmp_path_factory.mktemp("pipeline") / "de_test_news"
    iterations, seconds = train_pipeline(path)
    print(f"\ntrained the test pipeline in {iterations} iterations, {seconds:.1f} s")
    return path


@pytest.fixture(scope="session")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "gipfel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def without_hanta(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment in which importing HanTa fails, so a run that succeeds in it took
    nothing from the embedded default."""
    stub = tmp_path_factory.mktemp("no_hanta")
    (stub / "HanTa").mkdir()
    (stub / "HanTa" / "__init__.py").write_text(
        'raise ImportError("HanTa must not run when --model names a spaCy pipeline")\n')
    path = os.pathsep.join(p for p in (str(stub), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path}


def learner(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "learner", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def words_with(model: Path, article: Path, env: dict[str, str]) -> dict[str, dict]:
    """`learner words --json` with the pipeline at `model`, by lemma. Max Zipf 8 keeps every
    word German knows, so only the pipeline's annotations decide what is left out."""
    run = learner("words", str(article), "--model", str(model), "--max-zipf", "8", "--json",
                  env=env)
    assert run.returncode == 0, run.stderr
    return {w["lemma"]: w for w in json.loads(run.stdout)}


@pytest.fixture(scope="session")
def words(trained_pipeline: Path, article: Path,
          without_hanta: dict[str, str]) -> dict[str, dict]:
    """The article's words as `learner words --model PATH` finds them, HanTa kept out."""
    return words_with(trained_pipeline, article, without_hanta)


def test_the_stub_keeps_hanta_out(article: Path, without_hanta: dict[str, str]) -> None:
    # Without --model the embedded default needs HanTa, so in this environment it fails:
    # the stub works, and the runs below that succeed in it never used HanTa.
    run = learner("words", str(article), env=without_hanta)
    assert run.returncode != 0
    assert "HanTa must not run" in run.stderr


def test_words_come_from_the_trained_pipeline(words: dict[str, dict]) -> None:
    # Nouns in the dictionary form its lemmatizer learned: an umlaut undone (Vorwürfe),
    # plural endings removed where HanTa's own model leaves "Cyberattack".
    for lemma in ("Vorwurf", "Cyberattacke", "Interkontinentalrakete", "Einmischung",
                  "Waffenstillstand", "Staatenlenker", "Rahmenvereinbarung", "Präsident",
                  "Stunde", "Gast"):
        assert words[lemma]["pos"] == "NOUN", lemma
    assert words["Vorwurf"]["forms"] == ["Vorwürfe"]
    assert "Cyberattack" not in words and "Cyberattacken" not in words
    for lemma in ("kritisieren", "testen", "loben", "treffen", "sprechen", "halten"):
        assert words[lemma]["pos"] == "VERB", lemma


def test_separated_verbs_join_along_the_svp_arc(words: dict[str, dict]) -> None:
    assert words["auseinandergehen"]["count"] == 2
    assert words["anrufen"]["pos"] == "VERB"
    assert words["zurückweisen"]["count"] == 2
    assert words["festnehmen"]["pos"] == "VERB"
    # The card shows the sentence as written, particle and all.
    assert ("Die Präsidenten gingen nach zwei Stunden auseinander."
            in words["auseinandergehen"]["examples"])
    assert "Sie ruft ihren Bruder morgen an." in words["anrufen"]["examples"]
    # Every occurrence of these verbs is separated, so the bare verb is no card ...
    for bare in ("gehen", "rufen", "weisen", "nehmen"):
        assert bare not in words, bare
    # ... and neither is the particle, not even "fest", which the pipeline calls ADV.
    for particle in ("auseinander", "an", "zurück", "fest"):
        assert particle not in words, particle


def test_names_tagged_by_the_pipeline_are_no_cards(words: dict[str, dict]) -> None:
    for name in NAMES:
        # wordfreq knows each name, so only the pipeline's NE/PROPN keeps it out.
        assert zipf_frequency(name, "de") > 0, name
        assert name not in words and name.lower() not in words, name


def test_pipeline_without_parser_gets_sentences_and_particles_from_tags(
        trained_pipeline: Path, article: Path, without_hanta: dict[str, str],
        tmp_path: Path) -> None:
    # A pipeline with a tagger but no parser: sentences come from the sentencizer that
    # load_pipeline adds, and a particle is found by its STTS tag PTKVZ.
    nlp = spacy.load(trained_pipeline)
    nlp.remove_pipe("parser")
    nlp.to_disk(tmp_path / "no_parser")
    words = words_with(tmp_path / "no_parser", article, without_hanta)
    assert {"auseinandergehen", "anrufen", "zurückweisen", "festnehmen"} <= set(words)
    assert "fest" not in words and "gehen" not in words
    assert "Sie ruft ihren Bruder morgen an." in words["anrufen"]["examples"]


def test_load_pipeline_takes_a_folder(trained_pipeline: Path) -> None:
    pipeline = learner_nlp.load_pipeline(str(trained_pipeline))
    assert pipeline.lang == "de"
    # The parser splits sentences; no sentencizer is added in front of it.
    assert "sentencizer" not in pipeline.pipe_names
    doc = pipeline("Merkel lobte die Rahmenvereinbarung. Der Minister weist die Kritik zurück.")
    assert [s.text for s in doc.sents] == ["Merkel lobte die Rahmenvereinbarung.",
                                           "Der Minister weist die Kritik zurück."]
    by_text = {t.text: t for t in doc}
    # Grammatical gender comes with the morphology, for the dictionary stage to use.
    assert by_text["Rahmenvereinbarung"].morph.get("Gender") == ["Fem"]
    assert by_text["Minister"].morph.get("Gender") == ["Masc"]
    assert by_text["zurück"].dep_ == "svp" and by_text["zurück"].head.text == "weist"


def test_a_pipeline_with_ner_keeps_it_and_gets_the_name_checks(tmp_path: Path) -> None:
    # Its own recognizer finds the names; learner.nlp.entities's checks then keep those the
    # tags and lexicons confirm, as after the embedded recognizer.
    nlp = spacy.blank("de")
    nlp.add_pipe("ner")
    nlp.initialize()
    nlp.to_disk(tmp_path / "with_ner")
    pipeline = learner_nlp.load_pipeline(str(tmp_path / "with_ner"))
    assert pipeline.pipe_names == ["year_periods", "sentencizer", "ner", "entity_check",
                                   "acronym_names", "title_names"]


@pytest.fixture(scope="session")
def english_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("english") / "en_pipeline"
    spacy.blank("en").to_disk(path)
    return path


@pytest.mark.parametrize(("model", "message"), [
    ("de_core_news_nonexistent", "'de_core_news_nonexistent' is not installed "
                                 "(try: python -m spacy download de_core_news_nonexistent"),
    ("no/such/folder", "no spaCy pipeline at 'no/such/folder'"),
    ("de_core_news_md-3.8.0-py3-none-any.whl", "is a package file: install it first"),
    ("ENGLISH", "is for 'en', not German"),
])
def test_a_wrong_model_is_one_line_and_exit_4(model: str, message: str, article: Path,
                                              english_pipeline: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    model = str(english_pipeline) if model == "ENGLISH" else model
    assert cli.main(["words", str(article), "--model", model]) == ModelError.exit_code == 4
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("learner: error: ")
    assert message in err
    assert len(err.strip().splitlines()) == 1, err


def test_a_wrong_model_name_from_the_shell(article: Path) -> None:
    run = learner("words", str(article), "--model", "de_core_news_nonexistent")
    assert run.returncode == 4
    assert run.stdout == ""
    assert run.stderr.strip().splitlines() == [
        "learner: error: spaCy pipeline 'de_core_news_nonexistent' is not installed (try: "
        "python -m spacy download de_core_news_nonexistent, or omit --model for the embedded "
        "default)"
    ]


def test_a_pipeline_this_spacy_cannot_build_is_a_model_error(trained_pipeline: Path,
                                                             tmp_path: Path) -> None:
    # de_dep_news_trf without spacy-transformers: its config names a factory nobody registered.
    broken = tmp_path / "transformer_pipeline"
    spacy.load(trained_pipeline).to_disk(broken)
    config = broken / "config.cfg"
    config.write_text(config.read_text().replace('factory = "tok2vec"',
                                                 'factory = "transformer"'))
    with pytest.raises(ModelError, match="pip install spacy-transformers"):
        learner_nlp.load_pipeline(str(broken))


def test_loading_a_pipeline_leaves_the_cycle_collector_paused(trained_pipeline: Path) -> None:
    # srsly's msgpack_loads, which reads the weights, switches the collector on; a build that
    # paused it (cache.gc_paused) must find it paused after loading.
    import gc

    from learner.cache import gc_paused
    from learner.nlp import pipeline

    with gc_paused():
        pipeline.load_pipeline.cache_clear()
        learner_nlp.load_pipeline(str(trained_pipeline))
        assert not gc.isenabled()
        pipeline.load_pipeline.cache_clear()
        learner_nlp.load_pipeline()  # the embedded default, with the recognizer's weights
        assert not gc.isenabled()
    assert gc.isenabled()
