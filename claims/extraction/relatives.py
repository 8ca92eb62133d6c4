"""Whose a coordinated verb is when the parse hangs it on the main verb: after a relative clause, or
after a noun it joined to the first verb's object."""

from __future__ import annotations

from spacy.tokens import Token


def after_whose_clause(pred: Token, conj: Token) -> bool:
    """ "denied the order over the protests of residents who live on the road and said it had become
    too dangerous": a subjectless verb right after a "who" clause, past the main verb, may be the
    residents' as well as the board's; neither is filled in."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
        return False
    for rel in (t for t in pred.subtree if t.dep_ == "relcl" and t.head.i > pred.i and t.i < conj.i):
        between = conj.doc[rel.right_edge.i + 1 : conj.i]
        who = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in rel.children)
        if who and between and all(t.is_punct or t.dep_ in {"cc", "advmod"} for t in between):
            return True
    return False


def _nominal(t: Token) -> bool:
    return t.pos_ in {"NOUN", "PROPN"} or (t.pos_ == "ADJ" and any(d.dep_ == "det" for d in t.children))


def object_conjunct_before(verb: Token, cue: Token) -> Token | None:
    """ "Hollis reported a 2% drop, and data from the council showed ...": a noun the parser
    coordinated with the first verb's object (or its preposition's: "is on life-support and government
    has openly expressed"), standing right before the second verb (and its auxiliaries) after "and"."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]  # "... is a teacher and the oldest is"
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for noun in (c for obj in objects for c in obj.children if c.dep_ == "conj" and _nominal(c)):
        between = cue.doc[noun.right_edge.i + 1 : cue.i]
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else noun
        own = all(
            t.is_punct or (t.head == cue and t.dep_ in {"aux", "auxpass", "neg", "advmod"}) for t in between
        )
        if noun.i < cue.i and own and before.dep_ == "cc":
            return noun
    return None
