"""Participles by which a clause's subject says something: "..., calling the decision flawed",
"responded by saying that ...", "issued a statement saying that ..."."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue, is_negated
from .hidden_cues import citing_aside
from .persons import PERSON_NOUNS
from .segment import doc_text, in_quotes
from .told import CITING_VERBS, STATEMENT_NOUNS, subject_of
from .types import Frame
from .views import can_speak

# "..., calling the decision flawed": a participle that says what the speaker said, with the past
# form used when it becomes a claim of its own.
PARTICIPLE_CUES = {
    "call": "called",
    "describe": "described",
    "say": "said",
    "state": "stated",
    "add": "added",
    "argue": "argued",
    "claim": "claimed",
    "insist": "insisted",
    "warn": "warned",
    "deny": "denied",
    "accuse": "accused",
    "dismiss": "dismissed",
    "label": "labelled",
    "brand": "branded",
    "reject": "rejected",
    "tell": "told",
    "note": "noted",
    "write": "wrote",  # "posted on Facebook, writing that the claims were false"
    "explain": "explained",
    "stress": "stressed",
    "emphasize": "emphasized",  # "..., emphasizing their speed": what the speaker made much of
    "emphasise": "emphasised",
    "highlight": "highlighted",
    "reiterate": "reiterated",
    "suggest": "suggested",
    "acknowledge": "acknowledged",
    "concede": "conceded",
    "admit": "admitted",
    "caution": "cautioned",
    "complain": "complained",
    "announce": "announced",
    "confirm": "confirmed",
    "predict": "predicted",
    "promise": "promised",
    "vow": "vowed",
    "allege": "alleged",
    "suspect": "suspected",  # "demanded the documents, suspecting the deal stemmed from ..."
    "assert": "asserted",  # "sent a report to the regulator, asserting that the fault lay in ..."
    "cite": "cited",  # "cancelled the order, citing repeated delays": the reason is theirs
    "blame": "blamed",  # "must find £14m of savings, blaming rising demand"
    # "..., asking anyone with recordings to come forward": an appeal made in words
    "ask": "asked",
    "urge": "urged",
    "assure": "assured",  # "teased her fans, assuring them that new material was in the works"
    "pledge": "pledged",
}


# "Speaking in Geneva, the minister said ...", "Addressing reporters, ...": a participle before the
# subject that only sets the scene of a statement; no part of what was said.
SPEECH_SETTINGS = frozenset(
    "speak talk address write testify appear answer respond reply brief comment react".split()
)


# Verbs that only say when something went on ("kept insisting", "began saying").
ASPECTUAL = frozenset("keep start begin continue stop go quit finish resume".split())


# Verbs of going on doing something: negated ("cannot go on telling", "won't keep saying") the
# saying is what nobody is doing.
GOING_ON = frozenset({"go", "keep", "continue", "carry"})


def participles(pred: Token) -> list[Token]:
    """ "..., calling the decision flawed": participle cues hanging off a clause. ("X, citing
    officials, reported" names a second source of the report, not a reason: see `cited`.)"""
    # "responded by saying that ...": the saying is the response
    # ("continues to address the claims by stating, “...”": or on the verb it goes on to)
    # (only a going-on verb's, and with words said: not "hopes to reassure them by stating fees clearly")
    chain = [x for x in pred.children if x.dep_ == "xcomp" and pred.lemma_ in ASPECTUAL]
    by_saying = [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    by_saying += [
        g
        for p in chain
        for c in p.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for g in c.children
        if any(x.dep_ == "ccomp" for x in g.children)
    ]
    # "issued a statement saying that ...": the statement's saying is its issuer's
    # ("repeated this concern saying, '...'": whatever the object, a "saying" with words of its own)
    stating = [
        g
        for c in pred.children
        if c.dep_ == "dobj"
        for g in c.children
        if g.dep_ == "acl" and (c.lemma_.lower() in STATEMENT_NOUNS or _says_something(g))
    ]
    return [
        c
        for c in [*pred.children, *by_saying, *stating]
        # ("has hit back claiming that ...": a complement, unless an object may be who speaks, the
        # verb is passive, or it only says when the speaking went on: "kept insisting that ...")
        if (
            c.dep_ in {"advcl", "pcomp", "acl"}
            or (
                c.dep_ == "xcomp"
                and not any(
                    g.dep_ == "nsubjpass" or (g.dep_ == "dobj" and can_speak(g, pred)) for g in pred.children
                )  # ("admitted speeding saying that ...": a thing admitted is no one who speaks)
                and pred.lemma_ not in ASPECTUAL
            )
        )
        and c.tag_ == "VBG"
        and c.lemma_.lower() in PARTICIPLE_CUES
        and not (is_negated(pred) and pred.lemma_ in GOING_ON)  # ("cannot go on telling passengers that")
        and not (c.lemma_.lower() in CITING_VERBS and is_cue(pred))
        and not citing_aside(c)
        and not _adding_to_a_thing(c)
        and not (c.lemma_.lower() in MAKING_MUCH and not can_speak(subject_of(pred), pred))
        # "..., although federal authorities are describing it as ...": a subject of its own speaks
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        and not _an_act_while(c)
        # ("..., writing songs for others": writing is speech only with what it says after it)
        and not (c.lemma_.lower() == "write" and not any(g.dep_ == "ccomp" for g in c.children))
        # ("..., writing off $300m", "calling off the strike": a phrasal verb, no speech)
        and not any(g.dep_ == "prt" and g.lower_ in {"off", "down", "up", "in", "away"} for g in c.children)
    ]


# What a court, a council or a board disposes of: dismissing or rejecting one is an act, not words.
FORMAL_OBJECTS = frozenset(
    "petition appeal case application bid motion lawsuit suit request proposal bill amendment objection "
    "complaint charge".split()
)


def _an_act_while(participle: Token) -> bool:
    """ "ruled the judge while dismissing the petition", "..., rejecting the council's bid": a
    participle whose object is a petition, an appeal or a bid tells of an act, not of words."""
    return any(g.dep_ == "dobj" and g.lemma_.lower() in FORMAL_OBJECTS for g in participle.children)


def _adding_to_a_thing(participle: Token) -> bool:
    """ "Prices hit a record, adding to affordability concerns": "adding to" a thing, with no clause or
    quotation of its own, is what the fact does, not words anyone added."""
    if participle.lemma_.lower() != "add" or any(
        c.dep_ in {"ccomp", "parataxis"} for c in participle.children
    ):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in participle.children)


def _says_something(participle: Token) -> bool:
    words = any(c.dep_ == "ccomp" for c in participle.children)
    if participle.lemma_.lower() == "say" or not words:
        return words
    # "demanded the files, suspecting the sale stemmed from ...": a speech participle set off by a
    # comma from an object that names no one is the subject's
    thing = participle.head
    someone = thing.pos_ in {"PRON", "PROPN"} or thing.ent_type_ or thing.lemma_.lower() in PERSON_NOUNS
    apart = participle.doc[participle.i - 1].text == ","
    return apart and participle.lemma_.lower() in PARTICIPLE_CUES and not someone


def past_of(lemma: str) -> str:
    """The past form written for a speech participle ("calling" -> "called"); any verb of saying
    the list does not hold gets the regular ending ("expecting" -> "expected")."""
    if lemma in PARTICIPLE_CUES:
        return PARTICIPLE_CUES[lemma]
    return lemma + ("d" if lemma.endswith("e") else "ed")


def inside_what_was_said(pred: Token, participle: Token, frame: Frame | None) -> bool:
    """A participle on a reported clause with no speech verb between them is part of what was said
    ('said "an article ran in the magazine accusing our client"': the article accuses)."""
    cue = frame.cue_index if frame is not None else None
    if cue is None or cue == pred.i or participle.doc[participle.left_edge.i - 1].text == ",":
        return False  # ("said that it would appeal, calling the decision flawed": set off, the speaker's)
    if _quoted_but_not_the_participle(pred, participle):
        return False  # ('He said, "The proposal still stands," adding, "..."': the one quoted adds)
    return not min(pred.i, participle.i) < cue < max(pred.i, participle.i)


# Participles by which a fact points to another: who infers is the report, unless a body or a
# document is the subject ("the figures, suggesting ...", "the bank said ..., signalling ...").
INFERRING = frozenset({"suggest", "indicate", "signal", "imply", "show"})

# Participles of making much of something: a person's or a body's words ("Obi unveiled the laptops,
# emphasising their speed"); a fact's ("Sales fell 4%, highlighting the pressure on budgets") are
# part of the report's own clause.
MAKING_MUCH = frozenset({"highlight", "emphasise", "emphasize", "underline", "reiterate"})


def speaking_subject(pred: Token, participle: Token | None = None) -> Token | None:
    """The subject who may be doing the saying a participle tells of; a clause standing as the
    subject ("What's more, ... adding that ...") is no one. A thing inside what someone says is not
    the one saying: "Walters does not believe the cuts will stand up, describing them as unkind" is
    Walters describing. A thing that "suggests" or "indicates" is the report inferring ("Inflation
    fell ..., suggesting the rate hikes were working"), unless it is a document or data."""
    subject = (participle is not None and _gerunds_subject(participle)) or subject_of(pred)
    if subject is None or subject.dep_ in {"csubj", "csubjpass"}:
        return None
    inferred = participle is not None and participle.lemma_.lower() in INFERRING
    if inferred and not can_speak(subject, participle):
        return None
    head = pred
    while head.dep_ in {"ccomp", "xcomp"} and not can_speak(subject, pred) and subject.lower_ != "it":
        head = head.head
        if (above := subject_of(head)) is not None and can_speak(above, head):
            return above
    return subject


def _quoted_but_not_the_participle(pred: Token, participle: Token) -> bool:
    text = doc_text(pred.doc)
    return in_quotes(text, pred.idx, pred.idx + 1) and not in_quotes(text, participle.idx, participle.idx + 1)


# Prepositions whose object may be the subject of a participle after it: "despite the minister saying".
GERUND_PREPOSITIONS = frozenset("despite with after following amid without notwithstanding".split())


def _gerunds_subject(participle: Token) -> Token | None:
    """ "..., despite the Health Minister, Deputy Ana Ruiz, saying it was wrong": the parser hangs the
    participle on the main verb; the phrase right before it, the object of "despite", says it."""
    k = participle.i - 1
    while k > 0 and participle.doc[k].text == ",":
        k -= 1
    head = participle.doc[k]
    while head.dep_ in {"appos", "compound", "flat"} and head.head.i < head.i:
        head = head.head
    someone = head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG"}
    someone = someone or head.lemma_.lower() in PERSON_NOUNS
    if head.dep_ == "pobj" and head.head.lower_ in GERUND_PREPOSITIONS and someone:
        return head  # (not "after a long debate, saying ...": the debate says nothing)
    return None
