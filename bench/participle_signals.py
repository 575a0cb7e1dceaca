"""Judged participle adjective cards and the lexicon signals that might tell them apart.

    python bench/participle_signals.py WORDS.json [--max-card-seed 92] [--max-removed-seed 27]

Issue 12: a participle is its verb's card unless it is an adjective of its own. This lists
every development verdict on a participle-shaped ADJ lemma (card seeds up to
--max-card-seed, `word` ok or wrong lemma; removed-card seeds up to --max-removed-seed, good
or wrong form; never the held-out seeds), whether WORDS.json (`learner words --json`) still
has it as an ADJ card, the step of `lemmas.participle_verb` that keeps it an adjective
(`un`, `degree`, `heit`, `no-verb`, `hanta-adj`, `hanta-no-participle`, `definition`,
`declined`, `bare`; `verb` where the word level makes it the verb), the margin of its
declined forms over the verb's infinitive (Zipf), whether Ding has an adjective line for it
whose English is not only the verb line's participle column ("ding-own"), and whether
German Wiktionary defines or compares it. Then the candidate rules, counted on the lemmas
still kept as ADJ cards (fixed: judged wrong only; broken: judged good only; a lemma judged
both ways counts apart). Reading Ding takes ~10 s.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from learner.dictionary import DEFAULT_SOURCE
from learner.lexicon import definitions
from learner.nlp import lexicon
from learner.nlp.lemmas import lookups, participles

ROOT = Path(__file__).resolve().parent


def verdicts(max_card: int, max_removed: int) -> dict[str, set[str]]:
    """Lemma → {"good", "wrong"} over the development verdicts on participle ADJ cards."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, limit, good, wrong in (("card_quality_judged.tsv", max_card, "ok", "wrong lemma"),
                                     ("removed_cards_judged.tsv", max_removed, "good",
                                      "wrong form")):
        for line in open(ROOT / name, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith(("#", "seed\t")) or f[2] != "ADJ" or int(f[0]) > limit:
                continue
            word = f[1].lower()
            if f[3] in (good, wrong) and (participles.present_participle_shaped(word)
                                          or lookups.past_participle_shaped(word)):
                out[f[1]].add("good" if f[3] == good else "wrong")
    return out


def ding_index() -> dict[str, list[tuple[int, str, list[str], list[str]]]]:
    """German word → (column, tag, German columns, English columns) for each Ding line."""
    index = defaultdict(list)
    for line in open(DEFAULT_SOURCE, encoding="utf-8"):
        if line.startswith("#") or "::" not in line:
            continue
        german, english = line.split("::", 1)
        columns, senses = german.split("|"), english.split("|")
        for i, part in enumerate(columns):
            for segment in part.split(";"):
                m = re.match(r"^(\S+)\s*(\{[^}]*\})?", segment.strip())
                if m:
                    index[m.group(1).lower()].append((i, m.group(2) or "", columns, senses))
    return index


def _words(text: str) -> set[str]:
    plain = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)", "", text)
    return {w.strip().lower() for w in re.split(r"[;,]", plain) if w.strip()}


def ding_own(index, word: str, verb: str) -> bool:
    """Ding has an adjective line for the word with English beyond the verb's participle."""
    own, participle = set(), set()
    for i, tag, columns, senses in index.get(word, []):
        if i == 0 and ("adj" in tag or "adv" in tag):
            own |= _words(senses[0])
        elif i > 0 and verb and columns[0].strip().lower().startswith(verb) and i < len(senses):
            participle |= _words(senses[i])
    return bool(own - participle)


def kept_by(word: str) -> tuple[str, str]:
    """The step of `participle_verb` that keeps the word an adjective, and the verb."""
    present = participles.present_participle_shaped(word)
    if word.startswith("un") and not word.startswith("unter"):
        return "un", ""
    if any(lexicon.known(f) for f in participles.degree_forms(word)):
        return "degree", ""
    if lexicon.known(participles.quality_noun(word)):
        return "heit", ""
    if present:
        verb = word[:-1]
        if not lexicon.known(verb):
            return "no-verb", ""
    else:
        readings = lexicon.word_readings(word)
        if not readings:
            return "no-verb", ""
        best = readings[0][1]
        if best < lexicon.GUESSED_SCORE:
            verb = lookups.weak_verb(word) or participles._guessed_strong_participle_verb(word)
        elif not any(tag == "VV(PP)" for tag, _ in readings):
            return "hanta-no-participle", ""
        elif any(tag == "ADJ(D)" and score > best - participles.ADJECTIVE_READING_MARGIN
                 for tag, score in readings):
            return "hanta-adj", ""
        else:
            verb = participles._verb_of_past_participle(word)
        if not verb:
            return "no-verb", ""
    if word != verb and participles._defined_adjective(word):
        return "definition", verb
    endings = lexicon.ADJECTIVE_ENDINGS if present or word.endswith("en") else ("er", "es", "em")
    declined = lookups.zipf_sum(word + e for e in endings)
    if declined >= lexicon.known(verb) - participles.OWN_ADJECTIVE_MARGIN:
        return "declined", verb
    if present and lexicon.known(word) >= declined - participles._PREDICATIVE_MARGIN:
        return "bare", verb
    return "verb", verb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("words", type=Path)
    parser.add_argument("--max-card-seed", type=int, default=92)
    parser.add_argument("--max-removed-seed", type=int, default=27)
    args = parser.parse_args()
    judged = verdicts(args.max_card_seed, args.max_removed_seed)
    cards = {c["lemma"] for c in json.loads(args.words.read_text()) if c["pos"] == "ADJ"}
    index = ding_index()
    rows = []
    for lemma in sorted(judged):
        word = lemma.lower()
        step, verb = kept_by(word)
        endings = (lexicon.ADJECTIVE_ENDINGS if participles.present_participle_shaped(word)
                   or word.endswith("en") else ("er", "es", "em"))
        margin = lookups.zipf_sum(word + e for e in endings) - lexicon.known(verb) if verb else 0.0
        verdict = "both" if len(judged[lemma]) == 2 else next(iter(judged[lemma]))
        row = dict(lemma=lemma, verdict=verdict, card=lemma in cards, step=step, verb=verb,
                   margin=margin, ding=ding_own(index, word, verb),
                   defined=bool(definitions.living_definition(word)),
                   compared=participles._compared_in_wiktionary(word))
        rows.append(row)
        print(f"{lemma}\t{verdict}\t{'ADJ' if row['card'] else '-'}\t{step}\t{verb}\t"
              f"{margin:+.2f}\t{'ding-own' if row['ding'] else '-'}\t"
              f"{'defined' if row['defined'] else '-'}\t{'compared' if row['compared'] else '-'}")
    kept = [r for r in rows if r["card"]]
    candidates = {
        "declined, no Ding adjective line of its own": lambda r: r["step"] == "declined"
        and not r["ding"],
        "declined, no Wiktionary definition": lambda r: r["step"] == "declined"
        and not r["defined"],
        "declined, neither": lambda r: r["step"] == "declined" and not r["ding"]
        and not r["defined"],
        "declined within -0.3..+0.7 of a known verb, neither": lambda r: r["step"] == "declined"
        and not r["ding"] and not r["defined"] and lexicon.known(r["verb"]) and r["margin"] <= 0.7,
        "Ding's adjective English only the verb's participle": lambda r: r["verb"]
        and not r["ding"] and any(i == 0 and "adj" in t
                                  for i, t, _, _ in index.get(r["lemma"].lower(), [])),
    }
    print()
    for name, test in candidates.items():
        hit = [r for r in kept if test(r)]
        by = {v: [r["lemma"] for r in hit if r["verdict"] == v] for v in ("wrong", "both", "good")}
        print(f"{name}: fixed {len(by['wrong'])} {by['wrong']}, both {len(by['both'])}, "
              f"broken {len(by['good'])} {by['good']}")


if __name__ == "__main__":
    main()
