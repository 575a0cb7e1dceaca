"""How many of wordfreq's most common German word forms a learner of each CEFR level knows.

`learner.frequency.LEVEL_RANKS` hard-codes this script's output. A level's vocabulary size is
counted in lemmas (see LEVEL_LEMMAS in learner/frequency.py for the sources), but wordfreq
ranks written forms ("war", "ist", "sind" are three forms of one lemma "sein"). So the forms
are lemmatized with HanTa, the tagger learner's default pipeline uses, and the rank reported
for a level is the number of top forms needed to cover that many distinct lemmas. Forms
without a letter (digits, symbols) and forms HanTa takes for names (NE) take a rank but add no
lemma: a learner's vocabulary size does not count them.

Run:  python bench/level_ranks.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from HanTa import HanoverTagger  # noqa: E402
from wordfreq import top_n_list, zipf_frequency  # noqa: E402

from learner.frequency import LEVEL_LEMMAS  # noqa: E402

SEARCH_FORMS = 60_000


def main() -> None:
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    targets = sorted(LEVEL_LEMMAS.items(), key=lambda item: item[1])
    lemmas: set[str] = set()
    found: dict[str, int] = {}
    for rank, form in enumerate(top_n_list("de", SEARCH_FORMS), start=1):
        if any(c.isalpha() for c in form):
            lemma, tag = tagger.analyze(form)
            if tag != "NE":
                lemmas.add(lemma.lower())
        while targets and len(lemmas) >= targets[0][1]:
            level, size = targets.pop(0)
            found[level] = rank
            print(f"{level}: {size:5d} lemmas = top {rank:6d} forms "
                  f"(Zipf of the next form {zipf_frequency(top_n_list('de', rank + 1)[-1], 'de')})")
        if not targets:
            break
    print("LEVEL_RANKS =", found)


if __name__ == "__main__":
    main()
