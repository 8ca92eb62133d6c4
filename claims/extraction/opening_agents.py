"""A subject read as the apposition of the agent of an opening clause: "When contacted by Amnesty
International, the Turkish Directorate General of Migration Management acknowledged ...". The parser
may hang the body after the comma on "Amnesty International" as its apposition, leaving the main
verb with no subject, so that nobody acknowledged anything; the phrase after the comma, right before
the verb, is its subject."""

from __future__ import annotations

from spacy.tokens import Token


def subject_read_as_the_agents_apposition(appos: Token) -> None:
    doc = appos.doc
    agent = appos.head.head
    if appos.dep_ not in {"appos", "conj"} or appos.head.dep_ != "pobj" or agent.dep_ != "agent":
        return
    clause = agent.head
    if clause.dep_ != "advcl" or clause.left_edge.i != appos.sent.start:
        return  # (the clause opens the sentence: "When contacted by X, ...", "Asked by X, ...")
    verb = clause.head
    after = appos.right_edge.i + 1
    if after != verb.i or doc[appos.left_edge.i - 1].text != "," or verb.pos_ not in {"VERB", "AUX"}:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return
    appos.head, appos.dep_ = verb, "nsubj"
