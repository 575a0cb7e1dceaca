"""Tag sets: HanTa's STTS tags, the Universal POS that `pos_` carries, and the classes of tags
the other components and stages look for."""

from __future__ import annotations

# STTS -> Universal POS, as UD German-GSD converts them. HanTa writes some STTS tags with their
# subtype in parentheses ("VV(FIN)", "ADJ(A)"); `stts_tag` folds those back first.
STTS_TO_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOUI": "SCONJ", "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ",
    "NN": "NOUN", "NE": "PROPN", "NNE": "PROPN",
    "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET",
    "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET",
    "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PROAV": "ADV", "PAV": "ADV",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART",
    "TRUNC": "X", "XY": "X",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}

# STTS tags of finite verbs: full, auxiliary and modal, indicative and imperative. A verb
# particle closes its own verb's clause, so a search for it stops at the next finite verb.
FINITE_VERB_TAGS = frozenset({"VVFIN", "VVIMP", "VAFIN", "VAIMP", "VMFIN"})

# HanTa's coarse tags that STTS spells differently.
_HANTA_TAGS = {"ADJ(A)": "ADJA", "ADJ(D)": "ADJD", "NNI": "NN", "NNA": "NN"}


# Day and month names. STTS tags them NN (der Montag, die Montage); UD German-GSD, whose UPOS
# `pos_` follows, tags them PROPN, as English capitalizes them. A closed class, so listed.
# With PROPN they never become cards: they are among the first words a learner knows, and
# the standard ones are frequent (Zipf 4.6 to 5.2), above the default threshold. The regional
# Sonnabend (3.58) and Feber (2.42) lose their cards (see docs/vocabulary.md).
CALENDAR_NAMES = frozenset({
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend",
    "Sonntag", "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli",
    "August", "September", "Oktober", "November", "Dezember",
})


def upos(stts: str, lemma: str) -> str:
    """The UD part of speech of a word with this STTS tag and lemma, as UD German-GSD has it."""
    if stts == "NN" and lemma in CALENDAR_NAMES:
        return "PROPN"
    return STTS_TO_UPOS.get(stts, "X")


def stts_tag(hanta_tag: str) -> str:
    """HanTa's tag ("VV(FIN)", "ADJ(A)") as the STTS tag it stands for ("VVFIN", "ADJA")."""
    tag = _HANTA_TAGS.get(hanta_tag, hanta_tag)
    return tag.replace("(", "").replace(")", "")
