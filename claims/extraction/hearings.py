"""Evidence heard: "The court heard that ...", "the inquest was told ...". A hearing body hearing a
that-clause reports what was said in evidence (the clause is the evidence's, not the court's
finding); what a jury or a court finds someone is a verdict, an event the report states."""

from __future__ import annotations

from spacy.tokens import Token

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
