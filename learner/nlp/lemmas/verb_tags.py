"""The passes over a Doc that correct the tags of verbs: a verb HanTa read as another word
(a noun, an adjective, a participle, a preposition), another word read as a verb, a
particle's verb, and a verb form's lemma in its clause. Each pass is a function
`retag_...(doc)`; the component calls them in its order.

Reads `lookups`, `verb_forms`, `participles`, `participle_phrases`, `noun_phrases` and
`clauses`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from learner.lexicon import nouns
from learner.nlp.lemmas.clauses import (
    clause_around,
    coordinated_clauses,
    governs_bare_infinitive,
    sentence_clauses,
)
from learner.nlp.lemmas.lookups import (
    INSEPARABLE_PREFIXES,
    attested_infinitive,
    infinitive_reading,
    lexicon_infinitive,
    listed_verb,
    participle_shaped,
    past_participle_shaped,
    weak_verb,
)
from learner.nlp.lemmas.noun_phrases import listed_as_noun
from learner.nlp.lemmas.participle_phrases import (
    AGENT_PHRASE_TAGS,
    DETERMINER_TAGS,
    participle_auxiliary,
)
from learner.nlp.lemmas.participles import ADJECTIVE_READING_MARGIN, quality_noun
from learner.nlp.lemmas.verb_forms import (
    finite_verb_read_as_participle,
    ge_verb_read_as_participle,
    infinitive_read_as_participle,
    particle_infinitive_read_as_zu,
    raised_vowel_verb,
    shared_strong_form_verb,
)
from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    COMPOUND_SCORE,
    GUESSED_SCORE,
    best_reading,
    is_guessed,
    known,
    lexicon_verb,
    shared_tagger,
    word_readings,
)
from learner.nlp.scan import tokens_with
from learner.nlp.sentences import sentence_bounds, sentence_initial, sentence_of
from learner.nlp.tags import FINITE_VERB_TAGS

# Finite auxiliaries that can be the verb part of a particle verb ("hat ... vor": vorhaben,
# "wird ... los": loswerden); STTS tags verb particles PTKVZ.
_FINITE_AUXILIARY_TAGS = frozenset({"VAFIN", "VAIMP"})


def retag_particle_auxiliaries(doc: Doc) -> None:
    """A finite haben or werden whose clause ends in a verb particle is a full verb: "hat
    ... vor" is vorhaben, "wird ... los" loswerden. HanTa tags the finite form auxiliary
    (VAFIN), so the particle would be joined to nothing; tagged VVFIN it is joined as any
    separable verb's. Only where particle + infinitive is a verb German writes as one word
    (wordfreq knows it, HanTa's lexicon reads it as a full verb), and never with sein or a
    predicative adjective, which the 1996 reform writes apart ("zurück sein", "bekannt
    werden")."""
    for token in tokens_with(doc, "TAG", _FINITE_AUXILIARY_TAGS):
        if token.tag_ not in _FINITE_AUXILIARY_TAGS or token.lemma_ == "sein":
            continue
        particle = None
        for later in doc[token.i + 1 : sentence_bounds(token)[1]]:
            if later.text == "," or later.tag_ in FINITE_VERB_TAGS:
                break  # the particle closes the verb's own clause, before any other
            if later.tag_ == "PTKVZ":
                particle = later
        if particle is None or best_reading(particle.text.lower()) == "ADJ(D)":
            continue
        joined = particle.text.lower() + token.lemma_.lower()
        if known(joined) and lexicon_verb(joined) == joined:
            token.tag_ = "VVFIN" if token.tag_ == "VAFIN" else "VVIMP"
            token.pos_ = "VERB"


def relemmatize_raised_vowel_verbs(doc: Doc) -> None:
    """A present-tense form of a strong e-verb read as a rarer i-verb's (`raised_vowel_verb`)
    takes the e-verb's lemma ("Die Ärztin misst den Blutdruck": messen)."""
    for token in tokens_with(doc, "TAG", ("VVFIN", "VVPP")):
        if token.tag_ == "VVFIN":
            verb = raised_vowel_verb(token.text.lower(), token.lemma_)
            if verb:
                token.lemma_ = verb
        if token.tag_ in ("VVFIN", "VVPP") and token.text.isalpha():
            verb = shared_strong_form_verb(token.text.lower(), token.lemma_)
            if verb:
                token.lemma_ = verb


# Words that open a subordinate clause, which ends with its own finite verb.
_SUBORDINATOR_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAT", "PWAV"})


def retag_predicative_participles(doc: Doc) -> None:
    """A past participle after a reflexive full verb is that verb's predicative complement,
    an adjective (STTS ADJD): "zeigte sich entsetzt", "fühlt sich diskriminiert", "sieht sich
    gezwungen", "..., weil er sich benachteiligt fühlt". The pronoun is the full verb's (sich
    zeigen, sich fühlen); a participle takes one of its own only through an auxiliary ("hatte
    sich geziert"). As an adjective it is then the verb's card where it means only the verb
    (`participle_verb`: diskriminieren) and an adjective card where the lexicons show one of
    its own (entsetzt, befreundet)."""
    for token in tokens_with(doc, "TAG", ("VVPP", "VVFIN")):
        # A participle in -t has the letters of the third person ("entsetzt"), which HanTa
        # may tag finite; a clause has one finite verb, so after another it is the participle.
        if (token.tag_ not in ("VVPP", "VVFIN") or not token.is_alpha
                or not token.text.islower()
                or token.tag_ == "VVFIN" and not token.text.endswith("t")):
            continue
        sent = sentence_of(token)
        pronoun = None
        for before in reversed(doc[sent.start : token.i]):
            if before.is_punct or before.tag_ in ("KON", *_SUBORDINATOR_TAGS):
                break
            if before.tag_ == "PRF" and pronoun is None:
                pronoun = before
            elif before.tag_ in FINITE_VERB_TAGS:
                # A main clause's finite verb stands second, before the pronoun.
                if pronoun is not None and before.tag_ == "VVFIN":
                    token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text
                break
        else:
            continue
        after = token.i + 1
        if (token.tag_ == "VVPP" and pronoun is not None and after < sent.end
                and doc[after].tag_ == "VVFIN"):
            # A subordinate clause puts its finite verb last.
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text


def retag_stative_participles(doc: Doc) -> None:
    """A past participle right before a form of sein, or the only verb form of its sentence
    (`_only_verb`: "Karten: ausverkauft"), is a state, an adjective (STTS ADJD),
    where the lexicons show an adjective of its own: a noun in -heit made of it
    (`quality_noun`: "weit abgeschlagen gewesen", Abgeschlagenheit) or HanTa's adjective
    reading nearly as good as its participle ("mit ihr befreundet ist"). Not other
    participles: sein also makes the perfect of verbs of motion and change ("ist
    verschwunden", "ist gescheitert"), which Wiktionary may define as adjectives too."""
    for token in tokens_with(doc, "TAG", ("VVPP",), 0, -1):
        if token.tag_ != "VVPP" or not token.is_alpha or not token.text.islower():
            continue  # the next word is read only for a participle's
        after = doc[token.i + 1]
        if (after.lemma_ != "sein" or not after.tag_.startswith("VA")) and not _only_verb(token):
            continue
        word = token.text
        readings = word_readings(word)
        if not readings or readings[0][1] < GUESSED_SCORE:
            continue  # HanTa's guesses for a word its lexicon lacks are no evidence
        best = readings[0][1]
        if known(quality_noun(word)) or any(
                tag == "ADJ(D)" and score > best - ADJECTIVE_READING_MARGIN
                for tag, score in readings):
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", word


def _only_verb(token: Token) -> bool:
    """Whether a participle is the only verb form of its sentence ("53.000 Zuschauer
    (ausverkauft)", "Tickets: ausverkauft"): with no auxiliary anywhere it makes no perfect or
    passive, and is the predicate of a sentence that leaves out its copula, a state as after
    sein."""
    return not any(t.tag_.startswith(("VV", "VA", "VM")) for t in sentence_of(token)
                   if t.i != token.i)


# Words that can be a subordinate clause's subject: nouns, names, pronouns; a relative pronoun
# is its clause's subject or object itself.
_CLAUSE_SUBJECT_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS", "PRELS"})


def retag_clause_final_verbs(doc: Doc) -> None:
    """The last word of a subordinate clause with no finite verb is that verb, where HanTa
    read it as an adjective: "..., der den Ball vertändelte," (vertändeln), "..., dass Google
    den Prozessor mit 2 GHz taktet" (takten). German ends a subordinate clause with its finite
    verb, and an attributive adjective (ADJA) never ends a clause: its noun follows it. A
    weak verb's past tense in -te/-ten and its third person in -t/-et have the letters of an
    adjective or participle. Only in a clause that has a subject besides its conjunction (a
    noun, a pronoun or the relative pronoun): "wenn nötig", "wie erwartet" have none, and
    are no clauses of their own. Likewise a word HanTa read as a participle that its lexicon
    also reads as finite ("..., was die Kosten anbelangt": anbelangen): an inseparable verb's
    third person has its participle's letters, and a participle alone makes no clause."""
    for token in tokens_with(doc, "TAG", ("ADJA", "ADJD", "VVPP"), 1):
        if (token.tag_ not in ("ADJA", "ADJD", "VVPP") or not token.is_alpha
                or not token.text.islower()):
            continue
        if token.tag_ == "VVPP" and not any(tag == "VV(FIN)" and score > GUESSED_SCORE
                                            for tag, score in word_readings(token.text)):
            continue
        sent = sentence_of(token)
        after = token.i + 1
        if after < sent.end and not doc[after].is_punct:
            continue
        clause = []
        for before in reversed(doc[sent.start : token.i]):
            if before.is_punct:
                break
            clause.append(before)
        if (not clause or clause[-1].tag_ not in _SUBORDINATOR_TAGS or clause[-1].tag_ == "KOUI"
                or any(t.tag_ in FINITE_VERB_TAGS for t in clause)
                or not any(t.tag_ in _CLAUSE_SUBJECT_TAGS for t in clause)):
            continue
        if token.tag_ == "VVPP":
            # HanTa's lemma for the participle is the verb's infinitive already.
            token.tag_ = "VVFIN"
            continue
        verb = _finite_verb_infinitive(token.text)
        if verb:
            token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb


def retag_stranded_prepositions(doc: Doc) -> None:
    """A preposition that ends a main clause, with no noun phrase after it, is the particle
    its finite verb left in the right bracket, where German writes the two as one verb:
    "Das Amt schlüsselt die Kosten nach Ländern auf (siehe Tabelle)" (aufschlüsseln), which
    HanTa read as a preposition because a noun phrase stood before it; likewise an adverb
    that HanTa's lexicon also knows as a particle ("hinken der Konkurrenz hinterher:",
    hinterherhinken). A preposition governs
    a noun phrase that follows it; a postposition ("der Reihe nach") makes no verb with the
    clause's verb that wordfreq knows. Only in a clause with one finite full verb and no
    particle yet, not a subordinate clause (whose verb keeps its particle attached)."""
    for token in tokens_with(doc, "TAG", ("APPR", "ADV"), 2):
        if token.tag_ not in ("APPR", "ADV") or not token.is_alpha or not token.text.islower():
            continue
        if token.tag_ == "ADV" and (doc[token.i - 1].tag_ == "ADV" or not any(
                tag == "PTKVZ" and score > GUESSED_SCORE
                for tag, score in word_readings(token.lower_))):
            # An adverb right before it makes the two one adverbial ("kommen immer wieder",
            # "schon wieder"), where the word is the adverb HanTa read.
            continue
        after = token.i + 1
        if after < sentence_bounds(token)[1] and not doc[after].is_punct:
            continue
        clause = clause_around(token)
        verbs = [t for t in clause if t.tag_ in ("VVFIN", "VVIMP") and t.i < token.i]
        if (len(verbs) != 1 or clause[0].tag_ in _SUBORDINATOR_TAGS
                or any(t.tag_ == "PTKVZ" or t.tag_ in FINITE_VERB_TAGS and t not in verbs
                       for t in clause)):
            continue
        verb = token.lower_ + verbs[0].lemma_
        if known(verb) and infinitive_reading(verb):
            token.tag_, token.pos_, token.lemma_ = "PTKVZ", "ADP", token.lower_


def _particle_verb(particle: Token, verb: Token) -> bool:
    """Whether German writes the particle and the verb's lemma as one verb: wordfreq knows
    it and HanTa reads it as an infinitive."""
    joined = particle.lower_ + verb.lemma_.lower()
    return bool(known(joined)) and infinitive_reading(joined)


def retag_participles_read_as_finite_verbs(doc: Doc) -> None:
    """A past participle spelt like a finite verb ("bezogen": they drew, and drawn) that HanTa
    tagged finite in a main clause which already has its finite verb is the participle: "Die
    Anleihe schüttet eine Zahlung in Höhe von 1,25 Prozent bezogen auf das Kapital aus". A
    main clause has one finite verb, and the particle that ends it ("aus") is that verb's:
    it makes a verb with the first finite verb German writes (ausschütten) and none with the
    second ("ausbeziehen"). Retagged VVPP, the second no longer ends the particle's search
    (`vocabulary.separated_particle`)."""
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            particle = clause[-1]
            finite = [t for t in clause if t.tag_ in FINITE_VERB_TAGS]
            if (particle.tag_ != "PTKVZ" or len(finite) < 2 or finite[0].tag_ != "VVFIN"
                    or clause[0].tag_ in _SUBORDINATOR_TAGS
                    or not _particle_verb(particle, finite[0])):
                continue
            for verb in finite[1:]:
                if (verb.tag_ == "VVFIN" and doc[verb.i - 1].tag_ != "KON"
                        and any(tag == "VV(PP)" for tag, _ in word_readings(verb.lower_))
                        and not _particle_verb(particle, verb)):
                    verb.tag_ = "VVPP"


def retag_predicative_infinitives(doc: Doc) -> None:
    """A word read as an infinitive in a clause whose only verb is a form of sein is a
    predicative adjective spelt like an infinitive: "Wie war die Landschaft beschaffen?"
    (beschaffen, constituted), "Sie ist ihm gewogen"... German sein takes no bare infinitive
    (only "zu" + infinitive, the gerundive: "ist schwer zu beschaffen"), so the reading is the
    adjective's, where HanTa's lexicon has one for the word."""
    for token in tokens_with(doc, "TAG", ("VVINF",)):
        if token.tag_ != "VVINF" or not token.is_alpha or not token.text.islower():
            continue
        if token.i and doc[token.i - 1].lower_ == "zu":
            continue
        clause = clause_around(token)
        verbs = [t for t in clause if t.tag_.startswith(("VV", "VA", "VM"))]
        if (not verbs or any(t.lemma_ != "sein" or not t.tag_.startswith("VA") for t in verbs)
                or not any(t.tag_ == "VAFIN" for t in verbs)):
            continue
        if any(tag == "ADJ(D)" for tag, score in word_readings(token.text)
               if score > GUESSED_SCORE):
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text


# Finite verbs that govern a bare infinitive at the end of their clause: the modals, and
# werden of the future and the conditional ("würde ... angeloben").
_INFINITIVE_GOVERNOR_TAGS = frozenset({"VMFIN", "VAFIN"})


def retag_governed_infinitives(doc: Doc) -> None:
    """The last word of a clause whose finite verb is a modal or werden and which has no other
    verb is the infinitive they govern, where HanTa read it as an adjective and its lexicon
    knows the word as an infinitive: "..., er würde keine Regierung angeloben," (angeloben,
    Austrian: to swear in). German puts the governed infinitive in the clause's right
    bracket, in a subordinate clause right before the finite verb ("..., die er angeloben
    wird,"); a predicative adjective after werden stands there too ("wird schwierig"), so
    the word must be spelt as an infinitive and wordfreq must know it. HanTa may also read
    the word as the participle of a verb German never writes ("anloben"), which
    `retag_unattested_participle` would make an adjective."""
    for token in tokens_with(doc, "TAG", ("ADJD", "VVPP"), 2):
        if not (token.tag_ == "ADJD" or token.tag_ == "VVPP" and not known(token.lemma_)):
            continue
        if (not token.is_alpha or not token.text.islower()
                or not token.text.endswith(("en", "eln", "ern")) or not known(token.text)):
            continue
        clause = clause_around(token)
        verbs = [t for t in clause if t.tag_.startswith(("VV", "VA", "VM"))]
        if len(verbs) != 1 or verbs[0].tag_ not in _INFINITIVE_GOVERNOR_TAGS or (
                verbs[0].tag_ == "VAFIN" and verbs[0].lemma_ != "werden"):
            continue
        # The right bracket ends the clause: the infinitive last, or, in a subordinate
        # clause, right before the finite verb that ends it ("die er angeloben wird").
        end = token.i + 1
        if end < sentence_bounds(token)[1] and end == verbs[0].i:
            end += 1
        if end < sentence_bounds(token)[1] and not doc[end].is_punct:
            continue
        if any(tag == "VV(INF)" and score > GUESSED_SCORE
               for tag, score in word_readings(token.text)):
            token.tag_, token.pos_, token.lemma_ = "VVINF", "VERB", token.text


def retag_particle_infinitives_read_as_zu(doc: Doc) -> None:
    """A verb whose particle ends in zu, read as a zu-infinitive of a verb German does not
    write, is the infinitive it is spelt as (`particle_infinitive_read_as_zu`): "Dann soll
    noch ein Bonus dazukommen" (dazukommen, not "dakommen")."""
    for token in tokens_with(doc, "TAG", ("VVIZU",)):
        if token.tag_ == "VVIZU" and token.is_alpha:
            verb = particle_infinitive_read_as_zu(token.text, token.lemma_.lower(),
                                                  governs_bare_infinitive(token))
            if verb:
                token.tag_, token.pos_, token.lemma_ = "VVINF", "VERB", verb


def retag_infinitives_read_as_participles(doc: Doc) -> None:
    """A particle verb on a verb in ge- read as another verb's participle is the infinitive it
    is spelt as (`infinitive_read_as_participle`): "Sie sollten ihm das zugestehen"
    (zugestehen, not zustehen)."""
    for token in tokens_with(doc, "TAG", ("VVPP",)):
        if token.tag_ != "VVPP" or not token.is_alpha or not token.text.islower():
            continue
        verb = (infinitive_read_as_participle(token.text, token.lemma_.lower())
                or ge_verb_read_as_participle(token.text, token.lemma_.lower()))
        if verb:
            token.tag_, token.pos_, token.lemma_ = "VVINF", "VERB", verb
        elif not any(t.tag_.startswith("VA") for t in clause_around(token)):
            verb = finite_verb_read_as_participle(token.text, token.lemma_.lower())
            if verb:
                token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb


def _lexicon_finite_verb(word: str) -> str:
    """The infinitive of a word the lexicons read as a finite verb form: HanTa's lexicon reads
    it alone first as a verb form other than a participle ("kursieren"), or it must guess the
    word and it is a weak verb's third person in -(e)t of an infinitive wordfreq knows, whose
    participle ge-...-(e)t it knows too ("werkt": werken, gewerkt; HanTa reads "werken" only
    as the noun Werken); ""."""
    readings = word_readings(word)
    if not readings:
        return ""
    tag, score = readings[0]
    if score > GUESSED_SCORE:
        if tag in ("VV(FIN)", "VV(INF)"):
            verb = shared_tagger().analyze(word, taglevel=1)[0].lower()
            return verb if lexicon_infinitive(verb) else ""
        return ""
    for ending in ("et", "t"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and known(stem + "en") and known(
                "ge" + word):
            return stem + "en"
    return ""


def retag_verbs_of_verbless_main_clauses(doc: Doc) -> None:
    """A main clause has a finite verb in second place; where the tagger found none, a word it
    read there as an adverb or a bare adjective is that verb when the lexicons read it as a
    verb form: "Immer wieder kursieren Gerüchte" (kursieren), "Im Keller werkt ein Ofen"
    (werken, which HanTa's lexicon lacks). Not a clause led by a conjunction or relative
    pronoun (`retag_clause_final_verbs`), nor a heading of two words; a participle ("Schwer
    verletzt wurde ...") is no finite verb, and verbless phrases have no verb reading."""
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            if (len(clause) < 3 or clause[0].tag_ in _SUBORDINATOR_TAGS
                    or any(t.tag_ in FINITE_VERB_TAGS for t in clause)):
                continue
            for token in clause[1:]:
                if (token.tag_ not in ("ADV", "ADJD") or not token.is_alpha
                        or not token.text.islower()):
                    continue
                verb = _lexicon_finite_verb(token.text) or _inverted_prefix_verb(token)
                if verb:
                    token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                    break


# The words of a phrase in first place before the finite verb ("In den Alpen ersehnt ...").
_FIRST_PLACE_TAGS = AGENT_PHRASE_TAGS | {"APPR", "APPRART"}
# The words that open the noun phrase of a subject standing after its finite verb ("Das
# verdutzt die Gäste", "Jetzt ersehnt er Ruhe").
_SUBJECT_OPENER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "NN", "NE", "PPER"})
# Interrogative pronouns, which fill the first place of a question ("Wen irritiert das?").
_INTERROGATIVE_TAGS = frozenset({"PWS", "PWAT", "PWAV"})


def _inverted_prefix_verb(token: Token) -> str:
    """The verb of a bare adjective that HanTa's lexicon holds only as one ("verdutzt",
    "ersehnt"), in second place of a clause with no finite verb, before a noun phrase: the
    finite verb, its subject after it ("Das verdutzt die Gäste"). The third person of a weak
    verb with an inseparable prefix is spelt as its participle, which takes no ge- (er|sehn|t:
    er ersehnt, hat ersehnt), and the lexicon may keep only the participle's adjective. A
    predicate adjective in a verbless clause is not followed by a noun phrase of its own.
    A verb in -ieren takes no ge- either (er irritiert, hat irritiert: "Wen irritiert das
    Lied?"), and a coordinating conjunction stands before the first place, outside the
    clause's places ("Denn wen irritiert ..."). Only where wordfreq knows the infinitive; ""."""
    word, doc = token.lower_, token.doc
    at = token.i
    if (token.tag_ != "ADJD" or at + 1 >= len(doc) or doc[at + 1].tag_ not in _SUBJECT_OPENER_TAGS
            or not word.endswith("t")):
        return ""
    if word.endswith("iert"):
        if word.startswith("ge") and not known(word[:-1] + "en"):
            return ""
    elif not word.startswith(INSEPARABLE_PREFIXES) or "ge" in word[2:-3]:
        return ""
    # The second place: one word or a phrase of a noun before it, after the clause's start.
    start = at - 1
    while (start > 0 and not doc[start].is_sent_start
           and doc[start - 1].tag_ in _FIRST_PLACE_TAGS | _INTERROGATIVE_TAGS):
        start -= 1
    if doc[start].tag_ in _INTERROGATIVE_TAGS | _FIRST_PLACE_TAGS and start > 0 and doc[
            start - 1].tag_ == "KON":
        start -= 1
    if start > 0 and not (doc[start].is_sent_start or doc[start - 1].is_punct):
        return ""
    verb = word[:-1] + "en"
    return verb if known(verb) and participle_shaped(word, verb) else ""


# Plural subject pronouns, whose verb's finite form is spelt as its infinitive ("wir gehen").
_PLURAL_SUBJECTS = frozenset({"wir", "sie"})


def retag_guessed_plural_verbs(doc: Doc) -> None:
    """A word HanTa's lexicon lacks, spelt like an infinitive (-en, -eln, -ern) right after a
    plural subject pronoun that opens a clause with no finite verb, is that verb's finite
    form, where HanTa guessed an adverb or adjective: "Wir schlussfolgern, dass ..." German
    puts the finite verb second in a main clause, right after the subject that opens it,
    and wordfreq must know the word."""
    for token in tokens_with(doc, "TAG", ("ADV", "ADJD"), 1):
        if (token.tag_ not in ("ADV", "ADJD") or not token.is_alpha
                or not token.text.islower() or not token.text.endswith(("en", "eln", "ern"))
                or not is_guessed(token.text) or not known(token.text)):
            continue
        subject, sent = doc[token.i - 1], sentence_of(token)
        if subject.tag_ != "PPER" or subject.lower_ not in _PLURAL_SUBJECTS:
            continue
        if subject.i > sent.start and not (doc[subject.i - 1].is_punct
                                           or doc[subject.i - 1].tag_ == "KON"):
            continue
        clause_end = next((t.i for t in doc[token.i + 1 : sent.end] if t.is_punct), sent.end)
        if any(t.tag_ in FINITE_VERB_TAGS for t in doc[subject.i : clause_end]):
            continue
        token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", token.text


def _finite_verb_infinitive(form: str) -> str:
    """The infinitive of a weak verb's finite form in -te(n) or -(e)t, where HanTa reads it
    as an infinitive, and wordfreq knows it or HanTa reads it so first; or where wordfreq
    knows the infinitive and the weak participle ge-...-(e)t, which only a verb has: HanTa's
    lexicon lacks some verbs of technology and loans ("takten", "posten"), which it reads
    as nouns; ""."""
    for ending in ("ten", "te", "et", "t"):
        if not form.endswith(ending) or len(form) - len(ending) < 3:
            continue
        stem = form[: -len(ending)]
        # A stem in -el or -er takes -n alone (vertändel-n, änder-n).
        for verb in (stem + "n",) if stem.endswith(("el", "er")) else (stem + "en", stem + "n"):
            if (verb.endswith(("en", "eln", "ern"))
                    and (attested_infinitive(verb) or best_reading(verb) == "VV(INF)"
                         or known(verb) and (known("ge" + stem + "t")
                                             or known("ge" + stem + "et")))):
                return verb
    return ""


# Tags of the words an attributive adjective may follow inside its noun phrase: determiners,
# prepositions, other attributive adjectives.
_ATTRIBUTE_OPENER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PWAT", "PRELAT", "APPR",
                                    "APPRART", "ADJA"})


def retag_capitalized_verbs(doc: Doc) -> None:
    """A word tagged verb but written with a capital inside a sentence is a noun: German
    writes verbs lower-case, nominalized ones ("das Feilen") and nouns that look like verb
    forms ("im Zuge einer Nacheile") with a capital."""
    for token in tokens_with(doc, "POS", ("VERB",)):
        if (token.pos_ != "VERB" or not token.text[:1].isupper() or not token.is_alpha
                or sentence_initial(token) or not doc[token.i - 1].is_alpha):
            continue
        readings = word_readings(token.text.lower())
        if ((token.tag_ != "VVIMP" or doc[token.i - 1].tag_ == "KON") and readings
                and readings[0][0].startswith("VV")
                and readings[0][1] > COMPOUND_SCORE
                and not nouns.lemmas_of(token.text)):
            # A plain verb form of the lexicon ("Stimmte" for "Stimme"): a typo or a
            # nominalized infinitive, and no noun of its own. Not an imperative, which opens
            # its clause: after a word, "Setz" and "Google" are names ("hebelt Setz ... aus").
            # A verb form that a noun lexicon lists as a form of a noun is that noun: "reiche
            # Beigaben" (die Beigabe, plural) is no past tense of beigeben.
            continue
        if token.tag_ == "VVIMP" and doc[token.i - 1].tag_ not in _ATTRIBUTE_OPENER_TAGS:
            # An "imperative" with no determiner or preposition before it, which a common noun
            # would take ("einen Tick", "auf Begehr"), is a name: "hebelt Setz ... aus",
            # "Emmanuel Rahm", "Rock n Roll".
            token.pos_, token.tag_ = "PROPN", "NE"
        else:
            token.pos_, token.tag_ = "NOUN", "NN"
        token.lemma_ = token.text


def retag_clause_initial_finite_verbs(doc: Doc) -> None:
    """A sentence's first word that HanTa read as a noun, capitalized only as the first word,
    is the finite verb of a verb-first clause where its clause (up to the first punctuation
    mark) has no other finite verb and HanTa's lexicon reads the word, lower-case, as a
    finite verb among its readings, of an infinitive it reads as one: "Dominierten bei
    Braunschlag noch Dialekt und Lokalkolorit, so ist ..." (dominieren; a conditional or
    concessive clause puts its verb first). Every German clause has a finite verb; a noun
    there ("die Dominierten", the dominated) would leave it without one."""
    for sent in doc.sents:
        token = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if token is None or token.tag_ != "NN" or not token.is_alpha:
            continue
        if not any(tag == "VV(FIN)" and score > GUESSED_SCORE
                   for tag, score in word_readings(token.lower_)):
            continue
        clause = clause_around(token)
        if any(t.tag_ in FINITE_VERB_TAGS for t in clause):
            continue
        end = (clause[-1].i if clause else token.i) + 1
        if (end >= sent.end or doc[end].text != ","
                or not any(t.tag_ in FINITE_VERB_TAGS for t in doc[end:sent.end])):
            # A verb-first clause of condition or concession is followed by its main clause
            # ("..., so ist ..."); a headline without a verb ("Verletzte in Wien") is not.
            continue
        word = token.lower_
        # The infinitives a weak finite form in -te(n), -(e)t or -en may have; HanTa's
        # lexicon must read the candidate as one and wordfreq know it ("dominieren", not
        # "dominiern" from the stem's -er).
        verb = next((stem + suffix
                     for ending in ("ten", "te", "et", "t", "en")
                     if word.endswith(ending) and len(word) - len(ending) >= 3
                     for stem in (word[: -len(ending)],) for suffix in ("en", "n")
                     if lexicon_infinitive(stem + suffix)), "")
        if verb:
            token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb


# Finite verbs that govern a bare infinitive: the modals (VMFIN) and werden of the future and
# the conditional (wird, würde); its past (wurde) makes the passive and the copula only.
_INFINITIVE_GOVERNORS = frozenset({"werden", "können", "müssen", "sollen", "wollen", "dürfen",
                                   "mögen"})
# Tags of the verb forms a modal or werden could govern instead: infinitives, and the
# participle of werden's passive.
_GOVERNED_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU", "VVPP", "VAPP", "VMPP"})


def retag_topicalized_infinitives(doc: Doc) -> None:
    """An infinitive put first for emphasis is a verb, though German capitalizes it there and
    the tagger reads it as a noun: "Durchbringen wird die Regierung das Gesetz", "Mitmischen
    wollen die Grünen". A modal or future werden right after it needs a bare infinitive, and
    where the clause has no other (nor werden's passive participle) and no predicative
    adjective (werden as copula: "Schwimmen wird beliebter"), the first word is that
    infinitive. The clause runs to the next punctuation mark ("Durchbringen wird er das
    Gesetz, weil ... stützen werden"). A nominalized infinitive that is the subject has its
    own: "Rauchen kann tödlich sein"."""
    for words in (clause for sent in doc.sents for clause in sentence_clauses(sent)):
        if len(words) < 3:
            continue
        first, finite = words[0], words[1]
        if not first.is_alpha or not first.text[:1].isupper():
            continue
        if first.tag_ == "NN" and finite.tag_ in ("VMFIN", "VAFIN"):
            if (finite.lemma_ not in _INFINITIVE_GOVERNORS or finite.lower_.startswith("wurd")
                    or any(t.tag_ == "ADJD" for t in words[2:])):
                continue
        elif not _lassen_infinitive(first, finite, words):
            continue
        if any(t.tag_ in _GOVERNED_TAGS for t in words[2:]):
            continue
        verb = first.text.lower()
        if verb.endswith(("en", "eln", "ern")) and attested_infinitive(verb):
            first.tag_, first.pos_, first.lemma_ = "VVINF", "VERB", verb


def _lassen_infinitive(first: Token, finite: Token, words) -> bool:
    """Whether a capitalized first word before a finite lassen may be the bare infinitive it
    governs ("Überreden ließ sich der Kandidat nicht", "Gelten ließ er es nicht"): the tagger
    read it as a noun, adverb or adjective, HanTa's lexicon reads it alone first as a verb
    ("Offen ließ er die Frage" is the adjective), and knows it as a noun only as a
    nominalized infinitive (no NN reading: "Spuren ließ er keine" are traces, an object).
    Not where a particle closes the clause: lassen then makes a particle verb whose object
    comes first ("Schulden ließ er zurück")."""
    return (finite.tag_ == "VVFIN" and finite.lemma_ == "lassen"
            and first.tag_ in ("NN", "ADV", "ADJD")
            and best_reading(first.lower_).startswith("VV")
            and not any(tag == "NN" for tag, _ in word_readings(first.text))
            and not any(t.tag_ == "PTKVZ" for t in words[2:]))


# Tags of the words that open a noun phrase a gerundive noun heads: articles, demonstrative,
# indefinite and possessive determiners, numbers ("die zu Pflegenden", "hundert zu Pflegende").
_GERUNDIVE_OPENERS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "CARD"})


def retag_gerundive_nouns(doc: Doc) -> None:
    """A gerundive used as a noun is its verb, as the gerundive before a noun is
    (`gerundive_verb`): "für hundert zu Pflegende" (people to be cared for), "die zu
    Registrierenden". The tagger reads zu there as the preposition and the participle as a
    noun; zu before a declined present participle (-ende, -enden, -ender) of an attested verb
    is the gerundive's where a determiner or number opens the noun phrase before it, so both
    are retagged as `gerundive_verb` expects them. The preposition zu opens a phrase of its
    own: "sprach zu Reisenden" (to travellers)."""
    for token in tokens_with(doc, "TAG", ("NN",), 2):
        if token.tag_ != "NN":
            continue  # the words before are read only for a noun's
        before = doc[token.i - 1]
        if (before.lower_ != "zu" or not token.is_alpha
                or doc[token.i - 2].tag_ not in _GERUNDIVE_OPENERS):
            continue
        word = token.lower_
        for ending in ("e", "en", "er"):
            participle = word[: -len(ending)]
            if (word.endswith(ending) and participle.endswith("end")
                    and attested_infinitive(participle[:-1])):
                before.tag_, before.pos_ = "PTKZU", "PART"
                token.tag_, token.pos_, token.lemma_ = "ADJA", "ADJ", participle
                break


def _shared_verb(verb: str) -> bool:
    """Whether a verb is mit- and a verb German Wiktionary defines (mitbeschließen,
    mitfinanzieren). German mit- makes a verb of nearly any verb, for doing it besides
    something else or with others, so the pair is a verb whether or not a corpus has seen its
    infinitive; its participle is mostly found in the passive ("soll mitbeschlossen
    werden"). The dictionary glosses such a verb by its parts (`shared_verb_entry`)."""
    rest = verb.removeprefix("mit")
    return rest != verb and len(rest) >= 4 and listed_verb(rest)


def retag_unattested_participle(token: Token) -> None:
    """A past participle whose verb German never writes is an adjective: HanTa joins an
    adverb to the verb ("hochverehrt": "hochverehren"), but the compound exists only as the
    participle. Where wordfreq knows the participle and not the infinitive, the participle is
    the word (tagged ADJD, as STTS tags a predicative adjective). Not in a perfect with haben
    or a passive with werden (`participle_auxiliary`) of a verb German Wiktionary defines
    (`listed_verb`): "hatte mehrere Fußgänger niedergestoßen" is niederstoßen's perfect,
    whatever wordfreq has seen; "kamen sichtlich abgekämpft an" stays abgekämpft. Nor of mit-
    and a verb Wiktionary defines (`_shared_verb`): "sollen mitbeschlossen werden" is
    mitbeschließen's passive."""
    if (token.tag_ == "VVPP" and token.is_alpha and not known(token.lemma_)
            and known(token.text) and token.text.islower()
            and not (participle_auxiliary(token) and (listed_verb(token.lemma_.lower())
                                                      or _shared_verb(token.lemma_.lower())))):
        token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text


# Tags of the words that can stand right before a finite verb in second place and end the
# first constituent: nouns, names and personal pronouns ("Zwei Lastwagen transportierten").
_SUBJECT_END_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS"})


def retag_past_tense_read_as_participles(doc: Doc) -> None:
    """A weak verb's past tense in -te/-ten has the letters of its participle declined
    ("transportierten": the transported ones), and HanTa may tag it an attributive adjective.
    In a sentence with no finite verb, right after a noun or pronoun, it is the finite verb
    ("Zwei Lastwagen transportierten Holz"): every German clause has one, and an attributive
    adjective follows an article or another adjective, not the end of a noun phrase. It becomes
    VVFIN with the verb's infinitive."""
    for sent in doc.sents:
        if any(t.tag_ in FINITE_VERB_TAGS for t in sent):
            continue
        for token in sent:
            if (token.tag_ != "ADJA" or not token.text.endswith(("te", "ten"))
                    or token.i == sent.start or doc[token.i - 1].tag_ not in _SUBJECT_END_TAGS):
                continue
            verb = weak_verb(token.text.lower().removesuffix("n").removesuffix("e"))
            if verb and lexicon_infinitive(verb):
                token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                break


def retag_finite_verbs_read_as_adjectives(doc: Doc) -> None:
    """A past tense in -te/-ten of a weak verb HanTa's lexicon lacks, which the guesser read as
    a declined adjective ("Beim 1:0 narrte er seinen Gegenspieler": "narrt"), is the finite
    verb of its clause where the clause has none and the "adjective" is shaped like no
    participle (no ge-, no inseparable prefix, no -iert: "genarrt" is narren's participle,
    "narrt" is its third person). A weak verb it is where wordfreq knows its infinitive and its
    participle ge-...-t (`_lexicon_finite_verb`). Not after a determiner, preposition or
    adjective, where an attributive adjective stands."""
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            if any(t.tag_ in FINITE_VERB_TAGS for t in clause):
                continue
            for token in clause:
                word = token.lower_
                if (token.tag_ != "ADJA" or not token.is_alpha or not token.text.islower()
                        or not word.endswith(("te", "ten"))
                        or token.i > 0 and doc[token.i - 1].tag_ in _ATTRIBUTE_OPENER_TAGS):
                    continue
                third = word.removesuffix("n").removesuffix("e")
                if past_participle_shaped(third) or not is_guessed(word):
                    continue
                verb = _lexicon_finite_verb(third)
                if verb:
                    token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                    break


# The endings of a declined adjective, longest first, so "-en" is not read as "-e".
_DECLENSION_ENDINGS = tuple(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True))


def _declension_ending(word: str) -> str:
    return next((e for e in _DECLENSION_ENDINGS if word.endswith(e)), "")


def retag_subjects_read_as_attributes(doc: Doc) -> None:
    """Two words tagged as declined adjectives opening a clause with no finite verb, whose
    endings disagree ("Aufständische verwendeten Gas"), are no attributes of one noun: the
    attributes before a noun share its case and so, with no determiner, one strong ending
    ("aufständische junge Soldaten"). The second is then the weak past tense of a verb wordfreq
    knows, in second place, and the first, written capitalized, its subject: an adjective used
    as a noun that German Wiktionary lists (der/die Aufständische), not the adjective."""
    for sent in doc.sents:
        for clause in coordinated_clauses(sent):
            if len(clause) < 3 or any(t.tag_ in FINITE_VERB_TAGS for t in clause):
                continue
            first, second = clause[0], clause[1]
            if (first.tag_ != "ADJA" or second.tag_ != "ADJA" or not first.text[:1].isupper()
                    or not second.text.islower() or not first.is_alpha
                    or _declension_ending(first.text) == _declension_ending(second.lower_)
                    or not listed_as_noun(first)):
                continue
            verb = _finite_verb_infinitive(second.lower_)
            if not verb or not second.lower_.endswith(("te", "ten")):
                continue
            # Listed with its -e, whatever its case ("der/die Aufständische").
            ending = _declension_ending(first.text)
            first.tag_, first.pos_ = "NN", "NOUN"
            first.lemma_ = first.text[: len(first.text) - len(ending)] + "e"
            second.tag_, second.pos_, second.lemma_ = "VVFIN", "VERB", verb


def retag_finite_verbs_read_as_adjectives_before_articles(doc: Doc) -> None:
    """A word tagged as a declined adjective right before an article, a possessive or a
    demonstrative is no attribute, as German puts an attributive adjective after its
    determiner ("die bleichen Riffe"), never before it (`DETERMINER_TAGS`, the words that
    begin a noun phrase); where its clause has no finite verb
    and HanTa's lexicon reads the word as a finite verb, it is that verb, in second place
    after a fronted clause or phrase ("…, bleichen die Riffe aus": ausbleichen, whose particle
    closes the clause)."""
    # The same walk as `retag_finite_verbs_read_as_adjectives` (clauses with no finite verb,
    # their words tagged ADJA), kept apart: this one reads each conjunct of a coordinated
    # clause, which has a finite verb of its own, and the word before a determiner; and the
    # component runs the two passes over the whole Doc one after the other, so each sees the
    # tags the one before it set.
    for sent in doc.sents:
        for clause in coordinated_clauses(sent):
            if any(t.tag_ in FINITE_VERB_TAGS for t in clause):
                continue
            for token in clause:
                if (token.tag_ != "ADJA" or not token.is_alpha or not token.text.islower()
                        or token.i + 1 >= len(doc)
                        or doc[token.i + 1].tag_ not in DETERMINER_TAGS
                        or token.i > 0 and doc[token.i - 1].tag_ in _ATTRIBUTE_OPENER_TAGS):
                    continue
                word = token.lower_
                last = clause[-1]
                if ("VV(FIN)" in (tag for tag, _ in word_readings(word))
                        and not is_guessed(word)):
                    verb = shared_tagger().analyze(word, pos="VV(FIN)", taglevel=1)[0].lower()
                elif (word.endswith("en") and last.tag_ == "PTKVZ"
                      and attested_infinitive(last.lower_ + word)):
                    # The plural of the present is written as the infinitive; the particle
                    # closing the clause makes a verb the lexicon knows with it (aus +
                    # bleichen), which HanTa's lexicon lacks without it.
                    verb = word
                else:
                    continue
                token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                break


# Tags of the words that coordinate a predicate with the one before "und": an adjective or
# participle before it makes the word after it one too ("müde und erschöpft").
_PREDICATE_TAGS = frozenset({"ADJD", "ADJA", "VVPP", "VVINF", "VAPP"})


def retag_finite_verbs_read_as_predicates_after_conjunctions(doc: Doc) -> None:
    """A word tagged as a predicative adjective right after "und" or "oder", opening a
    conjunct with no finite verb and followed (maybe after adverbs) by an article, is the
    conjunct's finite verb, whose subject is the first conjunct's ("Die Chefin ist unterwegs
    – und hinterfragt etwa die Verträge"): a weak verb with an inseparable prefix spells its
    third person like its participle (hinterfragt), and a participle after "und" with an
    object of its own needs an auxiliary the conjunct lacks. Only where the sentence before
    the conjunction has a finite verb, not after another predicate ("war müde und erschöpft
    die ganze Zeit"), and where HanTa's lexicon reads the word as a finite verb."""
    for sent in doc.sents:
        for clause in coordinated_clauses(sent):
            first = clause[0]
            if (first.tag_ != "ADJD" or not first.is_alpha or not first.text.islower()
                    or any(t.tag_ in FINITE_VERB_TAGS for t in clause)
                    or first.i - 1 <= sent.start or doc[first.i - 1].tag_ != "KON"
                    or doc[first.i - 2].tag_ in _PREDICATE_TAGS
                    or not any(t.tag_ in FINITE_VERB_TAGS
                               for t in doc[sent.start:first.i - 1])):
                continue
            after = first.i + 1
            while after < sent.end and doc[after].tag_ in ("ADV", "PTKNEG"):
                after += 1
            if after >= sent.end or doc[after].tag_ not in DETERMINER_TAGS:
                continue
            word = first.lower_
            if "VV(FIN)" not in (tag for tag, _ in word_readings(word)) or is_guessed(word):
                continue
            verb = shared_tagger().analyze(word, pos="VV(FIN)", taglevel=1)[0].lower()
            if verb.endswith("n"):
                first.tag_, first.pos_, first.lemma_ = "VVFIN", "VERB", verb
