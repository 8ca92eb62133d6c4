"""A subject read as the apposition (or a conjunct) of a noun inside an opening phrase: "When contacted by
Amnesty International, the Turkish Directorate General of Migration Management acknowledged ...", "As
alleged by EPA, River Products Company Inc. violated ...", "In an interview with China Media Group, Peter
Baur, an economics professor, highlighted that ...". The parser may hang the phrase after the comma on the
noun before it, leaving the main verb with no subject, so that nobody acknowledged anything; the phrase
after the comma, right before the verb, is its subject."""

from __future__ import annotations

from spacy.tokens import Token

# How far up from the noun the phrase opening the sentence may hang ("In an interview with X").
MAX_DEPTH = 5


def subject_read_as_the_agents_apposition(appos: Token) -> None:
    doc = appos.doc
    if appos.dep_ not in {"appos", "conj"} or appos.head.dep_ != "pobj":
        return
    after = appos.right_edge.i + 1
    if after >= len(doc) or doc[appos.left_edge.i - 1].text != ",":
        return
    verb = doc[after]
    if verb.pos_ not in {"VERB", "AUX"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children
    ):
        return
    top = appos.head
    for _ in range(MAX_DEPTH):
        if top.head == verb or top.head is top:
            break
        top = top.head
    # (the phrase opens the sentence and hangs on the verb: "When contacted by X,", "In an interview with X,")
    if top.head != verb or top.dep_ not in {"prep", "advcl"} or top.left_edge.i != appos.sent.start:
        return
    appos.head, appos.dep_ = verb, "nsubj"


def has_a_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
