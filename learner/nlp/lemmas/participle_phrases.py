"""Participles in their sentence: whether a participle used as adjective is its verb's there
(`verbal_past_participle`: an auxiliary, an agent, a complement of the verb;
`verbal_present_participle`: an adverb of manner, a bare object; `gerundive_verb`), and the
perfect's auxiliary of a clause (`participle_auxiliary`).

Reads `lookups` and `participles`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from learner.lexicon import definitions
from learner.nlp.lemmas.lookups import attested_infinitive
from learner.nlp.lemmas.participles import (
    BARE_ADJECTIVE_MARGIN,
    OWN_ADJECTIVE_MARGIN,
    degree_forms,
    past_participle_infinitive,
    present_participle_shaped,
)
from learner.nlp.lexicon import known
from learner.nlp.sentences import sentence_bounds, sentence_of

# Lemmas of the verbs that make a predicative adjective of a participle ("ist ermutigend",
# "wirkt bedrohlich"): with one in the clause, a participle after a noun may be predicative.
COPULAS = frozenset({"sein", "werden", "bleiben", "wirken", "scheinen", "finden"})


# Auxiliaries whose participle makes a verb form: haben the perfect ("hatten ... vorhergesagt"),
# werden the passive ("bloßgestellt ... wurde"). Not sein, whose participle is as often a
# state, an adjective ("ist verheiratet").
_PARTICIPLE_AUXILIARIES = frozenset({"haben", "werden"})


def _coordinated_participles(token: Token, step: int) -> Token | None:
    """The first token past the participles coordinated with this one ("bloßgestellt,
    vorgeführt und verspottet"), going left (step -1) or right (+1) in its sentence."""
    sent, doc = sentence_of(token), token.doc

    def participle(at: int) -> bool:
        return sent.start <= at < sent.end and doc[at].tag_ in ("VVPP", "ADJD")

    at = token.i + step
    while sent.start <= at < sent.end:
        t = doc[at]
        if not ((t.text == "," or t.tag_ == "KON") and participle(at + step)):
            # A participle right next to it, with no comma or conjunction, is no partner but
            # the verb it modifies ("überhöht dargestellt").
            return t
        at += 2 * step
    return None


def participle_auxiliary(token: Token,
                         auxiliaries: frozenset[str] = _PARTICIPLE_AUXILIARIES) -> str:
    """The auxiliary (haben or werden, or those given) whose participle this word is in its
    clause, or "".

    German puts the participle in the clause's right bracket: before the finite auxiliary at
    a subordinate clause's end ("..., der öffentlich bloßgestellt wurde"), or at the end of a
    main clause whose finite auxiliary stands second ("Sie hatten ein Wachstum vorhergesagt").
    Participles coordinated with it share its auxiliary, also where each has its own
    objects ("hätten auf Abwarten gesetzt und sich verkalkuliert": the main clause's first
    participle ends its own conjunct, right before "und")."""
    after = _coordinated_participles(token, 1)
    if after is not None and after.tag_.startswith("VA"):
        return after.lemma_ if after.lemma_ in auxiliaries else ""
    if after is not None and not (after.is_punct or after.tag_ == "KON"):
        return ""  # not at the clause's end: no right bracket
    before = _coordinated_participles(token, -1)
    doc = token.doc
    while before is not None and before.text != "," and before.i > sentence_bounds(token)[0]:
        if (before.tag_ == "VVPP" and before.i < token.i
                and doc[before.i + 1].tag_ == "KON" and doc[before.i + 1].lower_ == "und"):
            # A participle closing the conjunct before "und": the auxiliary is both's.
            before = doc[before.i - 1]
            continue
        if before.tag_.startswith(("VV", "VA", "VM")):
            return (before.lemma_ if before.tag_ == "VAFIN"
                    and before.lemma_ in auxiliaries else "")
        before = doc[before.i - 1]
    return ""


def verbal_past_participle(token: Token) -> str:
    """The verb of a past participle the tagger read as an adjective where the sentence makes it
    a verb form: the participle of a perfect with haben ("Die Institute hatten ein Wachstum
    vorhergesagt": vorhersagen) or of a passive with werden ("..., der öffentlich bloßgestellt
    wurde": bloßstellen), or an attributive one with a passive's agent ("der von ihm
    gesteuerte Traktor": steuern; `has_agent`). A perfect is a verb form whatever the word is
    besides; in a passive an adjective with degrees may be a predicate ("wurde bekannter"),
    and stays. An attributive participle with a prepositional phrase of its own or after an
    adverbial of manner ("die entsprechend modifizierten Busse"), and a stative passive with
    its verb's complement ("..., der mit 10.000 Euro dotiert ist"), are the verb's unless the
    lexicons show an adjective of its own (`_verb_with_complement`)."""
    if not token.text.islower():
        return ""
    if token.tag_ == "ADJA":
        if has_agent(token):
            auxiliary = "werden"  # an attributive participle with an agent is a passive's
        elif has_prepositional_complement(token) or _after_adverbial(token):
            return _verb_with_complement(token.lemma_.lower())
        else:
            return ""
    elif token.tag_ == "ADJD":
        auxiliary = participle_auxiliary(token)
        if (not auxiliary and participle_auxiliary(token, _STATIVE_AUXILIARIES)
                and has_prepositional_complement(token, adverbs=True)):
            # The stative passive with its verb's complement: "der Preis, der mit rund
            # 10.000 Euro dotiert ist", as the attributive "der mit 10.000 Euro dotierte".
            return _verb_with_complement(token.lemma_.lower())
    else:
        return ""
    if not auxiliary:
        return ""
    word = token.lemma_.lower()
    if auxiliary == "werden" and any(known(form) for form in degree_forms(word)):
        return ""
    return past_participle_infinitive(word, verb_form=True)


# Tags of the words of a noun phrase before an attributive participle: "von [der neuen
# Regierung] beschlossene", "von [ihm] gesteuerten".
AGENT_PHRASE_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS", "ART", "ADJA", "PPOSAT",
                               "PIAT", "PDAT", "CARD"})
# The prepositions of a passive's agent.
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})


def has_agent(token: Token) -> bool:
    """Whether an attributive participle has its agent before it, as a passive has: "ein von
    ihm gesteuerter Traktor", "das von Comicmasken dargebotene Theater". German puts a
    participle's own objects and adverbials between the article and the participle; an agent
    with von or durch makes it a verb form, whatever the word also is as an adjective."""
    preposition = _preposition_before_noun_phrase(token)
    return preposition is not None and preposition.lower_ in _AGENT_PREPOSITIONS


def _preposition_before_noun_phrase(token: Token, adverbs: bool = False) -> Token | None:
    """The preposition of a noun phrase right before an attributive participle, within its
    sentence ("von [der neuen Regierung] beschlossene": von), or None. German ends a noun
    phrase with its noun, so the word before the participle must be a noun or pronoun; an
    article there is the participle's own ("unter Berücksichtigung des vorhergegangenen"), and
    an article or possessive begins the phrase, so the preposition comes right before it (not
    "unter anderem die Freilassung inhaftierter", two phrases)."""
    doc, sent = token.doc, sentence_of(token)
    at = _before_parenthesis(doc, token.i - 1, sent.start)
    if at < sent.start or doc[at].tag_ not in _NOUN_PHRASE_HEAD_TAGS:
        return None
    tags = AGENT_PHRASE_TAGS | _PHRASE_ADVERB_TAGS if adverbs else AGENT_PHRASE_TAGS
    while at >= sent.start and doc[at].tag_ in tags:
        at -= 1
        if doc[at + 1].tag_ in DETERMINER_TAGS:
            break
    return doc[at] if at >= sent.start else None


# The most words a parenthesis inside a noun phrase holds: a party, an age, an abbreviation
# ("Alois Stöger (SPÖ)", "Anna Berger (34)", "(ÖBB)").
_PARENTHESIS_WORDS = 3


def _before_parenthesis(doc: Doc, at: int, start: int) -> int:
    """The index of the word before a short parenthesis that ends at `at` ("von Minister
    Stöger (SPÖ) ersehnte": Stöger), or `at` itself where none ends there. A parenthesis
    after a name adds its party or age to the noun phrase, which ends with the name."""
    if at < start or doc[at].text != ")":
        return at
    for opening in range(at - 1, max(start, at - _PARENTHESIS_WORDS - 1) - 1, -1):
        if doc[opening].text == "(":
            return opening - 1
    return at


# Adverbs inside a noun phrase, before its number ("mit umgerechnet rund 10.000 Euro").
_PHRASE_ADVERB_TAGS = frozenset({"ADV", "ADJD"})
# The verb of the stative passive: a participle with it is a state of its verb's result.
_STATIVE_AUXILIARIES = frozenset({"sein"})
# The words that end a noun phrase: its noun, or a pronoun standing for one.
_NOUN_PHRASE_HEAD_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS"})
# The words that begin a noun phrase.
DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT"})


def has_prepositional_complement(token: Token, adverbs: bool = False) -> bool:
    """Whether an attributive participle has a prepositional phrase of its own before it, the
    complement or adverbial a verb takes ("das mit zwei Millionen Euro dotierte Rennen", "die
    aus Holz geschnitzten Löffel"). German puts a participle's own phrases between the article
    and the participle; an adjective takes few of them. With `adverbs`, for a predicative
    participle, the phrase may hold adverbs before its number ("mit rund 10.000 Euro
    dotiert ist"), which no article closes off from the clause."""
    preposition = _preposition_before_noun_phrase(token, adverbs)
    return (preposition is not None and preposition.tag_ in ("APPR", "APPRART")
            and preposition.lower_ not in _AGENT_PREPOSITIONS)


def _after_adverbial(token: Token) -> bool:
    """Whether an attributive participle follows an adjective used as an adverb, its adverbial
    of manner ("die entsprechend modifizierten Busse", "die dicht besiedelte Ebene"): undeclined
    before a declined word, an adjective describes or grades that word, here its verb's
    action. Or a pronominal adverb, which stands for the verb's prepositional phrase ("das
    dafür vorgesehene Areal", as "das für Zelte vorgesehene Areal")."""
    return token.i > sentence_bounds(token)[0] and token.doc[token.i - 1].tag_ in (
        "ADJD", "PROAV", "PAV")


def _after_adverb(token: Token) -> bool:
    """Whether an attributive participle follows an adverb inside its noun phrase, an
    adverbial of time, frequency or stance ("die bisher regierende Partei", "die oft
    lähmende Debatte", "möglicherweise bevorstehende Verhandlungen"): German puts a
    participle's own adverbials between the article and the participle, as a clause puts
    them before its verb. For present participles only (`verbal_present_participle`), which
    name an action going on: a past participle names the state its verb leaves, and adverbs
    of time go with a state as with an adjective ("in bereits überlasteten Ländern",
    überlastet judged a good adjective card). A degree adverb ("sehr", "besonders") grades an
    adjective there too, but a participle it can grade has degree forms, which keep it an
    adjective of its own."""
    return (token.tag_ == "ADJA" and token.i > sentence_bounds(token)[0]
            and token.doc[token.i - 1].tag_ == "ADV")


def _verb_with_complement(word: str) -> str:
    """The verb of a past participle with a prepositional phrase of its own, unless the lexicons
    show an adjective of its own, which takes such phrases too ("mit ihm befreundete
    Nachbarn", "für Kinder geeignete Filme", "in Berlin geborene"): a degree form or a
    Wiktionary definition of its own. Not its frequencies: German declines participles with a
    complement as often as adjectives ("dotierte" is written more than "dotieren"), and the
    phrase, not the word, makes this one a verb form."""
    verb = past_participle_infinitive(word)
    if (not verb or any(known(form) for form in degree_forms(word))
            or definitions.living_definition(word)):
        return ""
    return verb


def _pronoun_object(word: Token) -> bool:
    """Whether an indefinite word right after an article is a pronoun of its own, the object of
    the participle that follows ("der alles überlappenden Frage", "die vieles verändernde
    Reform"): the article already determines the noun phrase, and a second determiner
    cannot follow it, whatever the tagger read ("alles" PIAT)."""
    doc = word.doc
    return (word.tag_ in ("PIS", "PIAT") and word.i > sentence_bounds(word)[0]
            and doc[word.i - 1].tag_ in DETERMINER_TAGS)


# Tags of the words a bare noun, the object of the participle after it, may follow: no
# determiner, adjective or preposition, which would make it a phrase of its own.
_BARE_NOUN_OPENER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PWAT", "PRELAT", "ADJA",
                                    "APPR", "APPRART", "CARD", "NN", "NE"})


def _bare_object(token: Token) -> bool:
    """Whether an attributive present participle follows a bare noun, its object ("kaum
    Aufmerksamkeit erregende Ankündigungen", "Steine werfende Jugendliche"): a noun with no
    determiner, adjective or preposition before it cannot close a phrase of its own before
    the participle's noun phrase ("den Kindern spannende Bücher" can), so it is inside that
    phrase, the participle's complement. The participle then is its verb's form, even where
    it is an adjective of its own besides (ein erregender Film: erregend has degree forms and
    a Wiktionary definition)."""
    doc, start = token.doc, sentence_bounds(token)[0]
    if token.tag_ != "ADJA" or token.i - 1 < start or doc[token.i - 1].tag_ != "NN":
        return False
    return token.i - 1 == start or doc[token.i - 2].tag_ not in _BARE_NOUN_OPENER_TAGS


def verbal_present_participle(token: Token) -> str:
    """The verb of a present participle that this sentence uses as a verb form, and "" otherwise:

    - one that follows a common noun, its object or complement ("Europafähnchen schwenkend",
      "den Film zitierend", "Steine werfende Jugendliche"), or a pronoun or pronominal adverb
      that is one ("darüber hinausgehende Leistungen", "die alles überlappende Frage");
    - one before its noun that follows an adjective used as an adverb, its adverbial of
      manner ("eine wild wuchernde Hecke", "schnell wachsende Städte"): an adjective in the
      positive, undeclined, grades or describes the word after it, here the verb's action
      (the degree adverbs "sehr", "höchst" are adverbs of their own; a participle they can
      grade has degree forms, the strongest evidence of an adjective);
    - one written bare (ADJD) as an adverbial of manner or an apposition, in a clause with no
      copula to make it predicative and not before the adjective or adverb it would grade
      ("sie ging weinend hinaus", "eine Kennung, lautend auf KG"; not "erschreckend hoch").

    Either way it is no adjective by the lexicons' strongest evidence (a degree form, a
    Wiktionary definition of its own). A bare participle with no noun before it must also be
    written alone less often than its verb's infinitive: German writes the adverbs it made of
    participles ("abwechselnd", "durchgehend") about as often as their verbs or more.

    `participle_verb` decides from the word alone, and its frequency margins keep adjectives
    German uses predicatively and as adverbs ("ansteckend", "spielend"); a participle with an
    object of its own, or used as an adverb of manner, is the verb whatever its frequencies
    say."""
    word = token.lemma_
    if not present_participle_shaped(word) or token.tag_ not in ("ADJA", "ADJD"):
        return ""
    doc = token.doc
    after_noun = token.i > sentence_bounds(token)[0] and (
        doc[token.i - 1].tag_ in _COMPLEMENT_END_TAGS or _pronoun_object(doc[token.i - 1])
        or token.tag_ == "ADJA" and doc[token.i - 1].tag_ == "ADJD" or _after_adverb(token))
    following = doc[token.i + 1] if token.i + 1 < sentence_bounds(token)[1] else None
    adverbial = token.tag_ == "ADJD" and not (
        following is not None and following.tag_ in _GRADED_TAGS)
    if not (after_noun or adverbial):
        return ""
    if token.tag_ == "ADJD" and any(t.lemma_ in COPULAS and t.pos_ in ("VERB", "AUX")
                                    for t in sentence_of(token)):
        # A verb, not the possessive "sein" ("auf seinen Namen").
        return ""
    verb = word[:-1]
    if not attested_infinitive(verb):
        return ""
    if not _bare_object(token) and (any(known(form) for form in degree_forms(word))
                                    or definitions.living_definition(word)):
        return ""
    if not after_noun and known(word) >= known(verb) - OWN_ADJECTIVE_MARGIN:
        return ""
    if _after_adverb(token) and known(word) >= known(verb) - BARE_ADJECTIVE_MARGIN:
        # After an adverb, as before a noun (`participle_verb`), a present participle German
        # writes bare about as often as its verb is an adjective of its own ("eine vorerst
        # irritierende Lebenswelt": irritierend 0.0 Zipf from irritieren, against "die
        # bisher regierende Partei" -2.8, "die oft lähmende Debatte" -0.7).
        return ""
    return verb


def gerundive_verb(token: Token) -> str:
    """The verb of a gerundive, zu before a declined present participle ("die zu wahrenden
    Rechte", "eine nicht zu unterschätzende Gefahr": rights to be kept, a danger not to be
    underestimated): German builds it of any transitive verb, as a passive of necessity, so
    it is a verb form whatever the participle is besides. Tagged as the infinitive's zu (PTKZU)
    or the degree particle (PTKA), not the preposition ("zu steigenden Preisen"); "" else."""
    word = token.lemma_
    if (token.tag_ != "ADJA" or not present_participle_shaped(word)
            or token.i == sentence_bounds(token)[0]):
        return ""
    before = token.doc[token.i - 1]
    if before.lower_ != "zu" or before.tag_ not in ("PTKZU", "PTKA"):
        return ""
    verb = word[:-1]
    return verb if attested_infinitive(verb) else ""


# Tags of the words that end a participle's own object or complement right before it: a
# noun ("Steine werfende"), a personal or reflexive pronoun ("knapp hinter ihm fahrende",
# "sich verändernde"), a pronominal adverb ("darüber hinausgehende Leistungen").
_COMPLEMENT_END_TAGS = frozenset({"NN", "PPER", "PRF", "PROAV", "PAV"})


# Tags of the words an adverb grades: adjectives and adverbs ("erschreckend hoch").
_GRADED_TAGS = frozenset({"ADJA", "ADJD", "ADV"})
