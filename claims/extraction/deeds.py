"""A list of deeds the parser read as words and their tag: "Pike posted a photo of them, Yoshida
called him a legend, and Reyes hailed his influence" makes the first clause what "called" says. A verb
that does a thing to an object of its own (an object and its complement, "called him a legend", or
a deed done in words, "hailed his influence") tags no words; the clause before it is a deed of its
own, coordinated with it."""

from __future__ import annotations

from spacy.tokens import Token

from .segment import doc_text, in_quotes

# Verbs of doing something to someone in words that tag no words when they have an object ("Tan hailed
# his influence"); not "quoted him as saying", "wrote the judge", "confirmed the reports", "told AFP".
DEEDS_IN_WORDS = frozenset(
    "praise hail thank congratulate blame criticise criticize slam welcome defend condemn mourn honour "
    "honor salute applaud commend laud remember".split()
)


# Pronouns of one speaking or spoken to.
SPEAKING = frozenset("i we you me us my our your".split())


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
    done_to = any(c.dep_ == "oprd" for c in verb.children) or verb.lemma_.lower() in DEEDS_IN_WORDS
    if not (objects and done_to) or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # ("police quoted him as saying", "described it as": the words before are theirs)
    # a list of deeds goes on after the verb (", and Reyes hailed ..."), and the first names none who
    # speak ("We did nothing wrong, the company defended itself" is words)
    listed = any(c.dep_ == "conj" and c.i > verb.i for c in verb.children)
    if not listed or any(t.lower_ in SPEAKING for t in clause.subtree):
        return False
    clause.head, clause.dep_ = clause, "ROOT"
    verb.head, verb.dep_ = clause, "conj"
    return True
