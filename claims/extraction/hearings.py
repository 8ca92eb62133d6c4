"""Evidence heard: "The court heard that ...", "the inquest was told ...". A hearing body hearing a
that-clause reports what was said in evidence (the clause is the evidence's, not the court's
finding); what a jury or a court finds someone is a verdict, an event the report states."""

from __future__ import annotations

from spacy.tokens import Token

from .persons import PERSON_NOUNS
from .told import agent_of
from .voice import is_passive

# Bodies before which evidence is given.
HEARING_BODIES = frozenset("court jury tribunal inquest inquiry hearing trial committee panel".split())


def heard_in_evidence(token: Token) -> bool:
    """ "The court heard that ...", "the inquest was told ...": a hearing body hearing a that-clause."""
    if token.lemma_.lower() not in {"hear", "tell"}:
        return False
    body = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        body is not None
        and body.lemma_.lower() in HEARING_BODIES
        and (token.lemma_ != "tell" or is_passive(token))
    )


def giving_evidence(token: Token) -> Token | None:
    """ "The court was told by prosecutor Jane Miles that ...", "the inquest heard from the pathologist
    that ...": the one named giving the evidence speaks, not the body hearing it."""
    if not heard_in_evidence(token):
        return None
    named = agent_of(token) if token.lemma_.lower() == "tell" else None
    for c in token.children:
        if named is None and c.dep_ == "prep" and c.lower_ == "from":
            named = next((g for g in c.children if g.dep_ == "pobj"), None)
    if named is None or named.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "CARDINAL"}:
        return None  # ("heard from 2019 onwards ...")
    # a person, named or by what they do ("told by prosecutor Ana Diaz", "heard from the pathologist");
    # not "told by video link", "by Zoom", "by lunchtime", "heard from CCTV footage"
    full = [c for c in named.children if c.dep_ in {"compound", "flat"} and c.pos_ in {"PROPN", "NOUN"}]
    person = named.ent_type_ == "PERSON" and bool(full) or named.lemma_.lower() in PERSON_NOUNS
    return named if person else None
