"""The subject of what someone believes or says read as the verb's object, its verb hung elsewhere.

"... as he revealed he believed patriotic voters in places like Hartlepool would vote for his party.":
the parser may make "voters" the object of "believed" and hang "would vote" on the sentence's first
verb with no subject, so that a claim would read "Farage spoke to stallholders and would vote for his
party". A clause with no subject of its own, opened by a modal or auxiliary, right after the object of
a verb of believing or saying, is that verb's content and the object its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object may be the subject of the clause they take.
BELIEVING = frozenset("believe think say expect fear hope claim know insist predict warn argue".split())


def subject_read_as_an_earlier_object(clause: Token) -> None:
    if clause.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return
    doc, first = clause.doc, clause.left_edge
    if first.i == 0 or first.dep_ not in {"aux", "auxpass"} or first.head != clause:
        return
    # the nearest object before it, with nothing between but phrases on the object or its verb
    obj = next((t for t in reversed(doc[clause.sent.start : first.i]) if t.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = obj.head
    phrases = [c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.i > obj.i]
    between = {t.i for p in phrases for t in p.subtree}
    if any(i not in between for i in range(obj.right_edge.i + 1, first.i)) or obj.i < verb.i:
        return
    if verb.lemma_.lower() not in BELIEVING or verb == clause.head:
        return
    if any(c.dep_ == "ccomp" for c in verb.children):
        return
    clause.head = verb
    obj.head, obj.dep_ = clause, "nsubj"


# Nouns one says as words ("said a prayer", "said goodbye"), never the subject of what was said.
WORDS_SAID = frozenset("word prayer goodbye thanks hello name nothing something anything everything".split())


def subject_read_as_the_object(verb: Token) -> None:
    """ "Rowley said the doubt about whether a wider group was involved led to the decision": the parser
    may make "the doubt" the verb's object and hang "led", with no subject, inside it; a finite verb
    with no subject of its own inside the object of a verb of saying or believing is that verb's
    content, and the object its subject."""
    if verb.lemma_.lower() not in BELIEVING or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in WORDS_SAID:
        return
    found = [
        t
        for t in obj.subtree
        if t.i > obj.i
        and t.tag_ in {"VBD", "VBZ", "VBP"}
        and t.dep_ in {"pcomp", "acl"}
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} or c.tag_ in {"WDT", "WP"} for c in t.children
        )
    ]
    if len(found) != 1:
        return
    found[0].head, found[0].dep_ = verb, "ccomp"
    obj.head, obj.dep_ = found[0], "nsubj"
