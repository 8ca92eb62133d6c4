"""Verbs of saying and showing where nobody speaks.

"Police were called to a flat": a passive "call" with no one calling and nothing called a name is a
summons, not speech.

Things that "suggest" or "show" without anyone saying so: "a fundamental divide suggests the
protests are far from over", "the drop shows demand is weak". A verb of inference whose subject is
a state of affairs (a plain noun for no person, body, group or document) is the report drawing its
own conclusion from it, not an attribution; "the study suggests", "analysts' figures show", "the
ministry indicated" keep theirs. So does "which" standing for one: "record rates of self-reporting,
which shows they are spotting problems early" is the speaker's own inference, and ", which means
..." after a whole clause is too.
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import DOCUMENT_NOUNS, is_org_noun
from .persons import PEOPLE_NOUNS


def nobody_speaks(cue: Token) -> bool:
    summoned = cue.lemma_.lower() == "call" and _summoned(cue)
    return (
        summoned
        or inferred_from_a_state_of_affairs(cue)
        or _characterised_by_nobody(cue)
        or _with_expected(cue)
        or in_a_title(cue)
        or _a_visit(cue)
        or _a_blow(cue)
        or _a_count_before_a_noun(cue)
    )


def _a_visit(cue: Token) -> bool:
    """ "The minister called on the prime minister at 10 Downing Street": a visit, not a call to act
    (which says what to do: "called on the council to act")."""
    on = any(c.lower_ == "on" and c.dep_ in {"prep", "prt"} for c in cue.children)
    urged = any(c.dep_ in {"xcomp", "ccomp"} for t in [cue, *cue.children] for c in t.children)
    return cue.lemma_.lower() == "call" and on and not urged


def _a_blow(cue: Token) -> bool:
    """ "Hurricane Michael slammed into the Florida Panhandle": a blow struck into something, no one
    criticising anyone ("slammed the decision" is)."""
    into = any(c.dep_ == "prep" and c.lower_ in {"into", "against", "through"} for c in cue.children)
    return cue.lemma_.lower() == "slam" and into and not any(c.dep_ == "dobj" for c in cue.children)


def _a_count_before_a_noun(cue: Token) -> bool:
    """ "four reported burglaries forced him to ...": a participle between a number and its noun,
    which the parser took for a verb with the number as its subject."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    counted = subject is not None and subject.like_num and subject.i == cue.i - 1
    return counted and after is not None and after.pos_ == "NOUN" and after.dep_ in {"nsubj", "nsubjpass"}


def in_a_title(cue: Token) -> bool:
    """ "directs Sister Mary Explains It All For You": a capitalised verb among capitalised words, in a
    sentence otherwise written in lower case, is a word of a title, not anyone speaking."""
    doc, sent = cue.doc, cue.sent
    if not cue.is_title or cue.i == sent.start or cue.i + 1 >= sent.end:
        return False
    if not (doc[cue.i - 1].is_title and doc[cue.i + 1].is_title):
        return False
    words = [t for t in sent if t.is_alpha and t.i != sent.start]
    return sum(t.is_lower for t in words) >= len(words) / 3


def _with_expected(cue: Token) -> bool:
    """ "..., with rain also expected in the north": a participle after "with" is a passive the parser
    may read as active; its subject is what is expected, no one expecting it."""
    return cue.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "with" for c in cue.children)


# Verbs that characterise something "as" something.
CHARACTERISING = frozenset({"describe", "characterize", "characterise", "portray", "depict"})


def _characterised_by_nobody(cue: Token) -> bool:
    """ "...; described as unchanged from previous years": a bare participle with "as" and no object
    (no auxiliary) is a passive the parser read as active; its subject is what is described."""
    deps = {c.dep_ for c in cue.children}
    bare = cue.tag_ == "VBN" and not deps & {"aux", "auxpass", "dobj", "ccomp"}
    return cue.lemma_.lower() in CHARACTERISING and bare and any(c.lower_ == "as" for c in cue.children)


def _summoned(token: Token) -> bool:
    deps = {c.dep_ for c in token.children}
    passive = bool(deps & {"nsubjpass", "auxpass"})
    return passive and not deps & {"agent", "oprd", "attr", "ccomp", "xcomp"}


INFERRING = frozenset({"suggest", "show", "indicate", "signal", "mean", "imply", "reflect", "underline"})


def inferred_from_a_state_of_affairs(cue: Token) -> bool:
    if cue.lemma_.lower() not in INFERRING:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None and cue.dep_ == "acl" and cue.tag_ == "VBG":
        subject = cue.head  # "a good set of results, suggesting the company is ...": what suggests it
    if subject is not None and subject.tag_ == "WDT" and cue.dep_ == "relcl":
        subject = cue.head  # the noun "which" stands for
        if subject.pos_ in {"VERB", "AUX"}:
            return True  # ", which shows ..." after a whole clause
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    if lemma in DOCUMENT_NOUNS or lemma in PEOPLE_NOUNS or is_org_noun(subject):
        return False
    # "evidence from the trial", "a divide between the parties": only a bare state of affairs
    return not any(c.dep_ in {"poss", "compound"} and c.pos_ in {"PROPN", "PRON"} for c in subject.children)
