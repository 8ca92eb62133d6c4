"""That-clauses a speech verb introduces that the parser hung somewhere else: on the document it
was said in ("said in a statement that ..."), on the one told ("told reporters that ..."), or read
as the verb's object ("found that the council had broken planning law"). Each is still what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from .told import that_read_as_object

# Verbs of telling someone something: "told reporters that ...", "assured investors that ...".
TELLING_CUES = frozenset("tell assure warn remind inform advise notify".split())


def that_clause_on_a_document(cue: Token) -> list[Token]:
    """ "said in a statement that ...", "noted during opening comments that ...": the that-clause
    gets hung on the document noun (or the remarks)."""
    found = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "during", "at"}:
            continue
        # ("during opening comments": the remarks read as the object of a participle)
        remarks = [g for c in prep.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "dobj"]
        nouns = [*prep.children, *remarks]
        for doc_noun in nouns:
            # "in a statement posted to its website that ...": or on the participle describing it
            posted = [g for c in doc_noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children]
            found += [
                c
                for c in [*doc_noun.children, *posted]
                if c.dep_ in {"acl", "ccomp", "relcl"} and (opens_with_that(c) or that_read_as_object(c))
            ]
    return found


def that_clause_read_as_object(cue: Token) -> list[Token]:
    """ "found that the council had broken planning law": when the parser makes the clause's last noun
    the verb's object, the object's phrase opening with "that" is still the content."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is None or nxt.lower_ != "that" or nxt.dep_ != "mark":
        return _the_fact_that(cue)
    return [c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == nxt.i]


# Nouns that only wrap the clause after them: "acknowledged the fact that ...".
WRAPPING_NOUNS = frozenset({"fact", "reality", "truth"})


def _the_fact_that(cue: Token) -> list[Token]:
    """ "acknowledged the fact that his company did badly": what is acknowledged is the clause."""
    wrapped = [c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in WRAPPING_NOUNS]
    return [c for w in wrapped for c in w.children if c.dep_ in {"acl", "ccomp"} and opens_with_that(c)]


def that_clause_on_the_listener(cue: Token) -> list[Token]:
    """ "told reporters that the plant would close": when the parser hangs the that-clause on the
    one told, it is still what was told."""
    if cue.lemma_.lower() not in TELLING_CUES:
        return []
    listeners = [obj for obj in cue.children if obj.dep_ in {"dobj", "dative"}]
    return [
        c
        for obj in listeners
        for c in obj.children
        if c.dep_ in {"acl", "relcl", "ccomp"} and (opens_with_that(c) or _that_read_as_relative(c))
    ]


def _that_read_as_relative(clause: Token) -> bool:
    """ "told a debate that residents have had to wait": "that" read as the object of a relative
    clause that has a subject of its own; after the one told, it opens what was told."""
    first = clause.doc[clause.left_edge.i]
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return first.lower_ == "that" and first.dep_ == "dobj" and subject is not None and subject.i > first.i


def plain_that(clause: Token) -> bool:
    """A clause opened by "that" alone, not "so that", "now that", "given that"."""
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.nbor(-1).text == "," for m in clause.children)


def opens_with_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
