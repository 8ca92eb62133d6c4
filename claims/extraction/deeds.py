"""A list of deeds the parser read as words and their tag: "Pike posted a photo of them, Yoshida
called him a legend, and Reyes hailed his influence" makes the first clause what "called" says. A verb
that does a thing to an object of its own (an object and its complement, or an object that is not
the one told) tags no words; the clause before it is a deed of its own, coordinated with it."""

from __future__ import annotations

from spacy.tokens import Token

from .segment import doc_text, in_quotes

# Verbs whose object is the one told, which a tag after its words may have ('“...,” she told AFP').
TELLING = frozenset(
    "tell inform assure reassure warn remind advise brief ask notify promise urge caution".split()
)


def deed_before_a_tag(clause: Token) -> bool:
    verb, doc = clause.head, clause.doc
    if clause.dep_ != "ccomp" or verb.dep_ != "ROOT" or clause.i > verb.i:
        return False
    first = clause.left_edge
    if in_quotes(doc_text(doc), first.idx, first.idx + 1):
        return False
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in {"DATE", "TIME"}]
    done_to = any(c.dep_ == "oprd" for c in verb.children) or verb.lemma_.lower() not in TELLING
    if not (objects and done_to):
        return False
    clause.head, clause.dep_ = clause, "ROOT"
    verb.head, verb.dep_ = clause, "conj"
    return True
