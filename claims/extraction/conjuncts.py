"""A clause the parser hung on the main verb that goes on with what a speech participle says: "The
government has dismissed reports of shootings by police saying the country is safe and there are no
insecurities"; "Presidents spoke out for the reserve, noting it would have saved $96bn, and would have
provided higher prices" (the second "would have" is the reserve's, not the presidents')."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CUE_ROLES

# Auxiliaries that mark a clause as a conjecture or a forecast ("would have", "could").
MODALS = frozenset("would could might may will should".split())
# Subjects of the participle's words that no doer of the main verb could be ("noting it would ...").
THINGS = frozenset({"it", "this", "that"})


def conjunct_after_a_participles_content(conj: Token) -> None:
    """A clause joined by "and" or "but" right after what a speech participle says (a comma between
    at most) goes on with what is said when it has a subject of its own, or none and the same modal
    as the participle's words, which the main verb lacks."""
    verb = conj.head
    if any(c.dep_ == "ccomp" for c in verb.children):
        return  # ("said A and B": the parser's reading stands)
    own = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children)
    cc = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
    if cc is None or cc.lower_ not in {"and", "but"} or cc.head != verb:
        return
    before = cc.i - 1 - (conj.doc[cc.i - 1].text == "," and cc.i > 1)
    said = [
        c
        for p in verb.subtree
        if p.tag_ == "VBG" and p.lemma_.lower() in CUE_ROLES and verb.i < p.i < cc.i
        for c in p.children
        if c.dep_ == "ccomp" and c.right_edge.i in {before, cc.i - 1}
    ]
    # (not "held rates, saying inflation would fall, and would review ...": the bank reviews)
    thing = said and any(c.dep_ == "nsubj" and c.lower_ in THINGS for c in said[0].children)
    same = thing and _modals(conj) and _modals(conj) == _modals(said[0]) - _modals(verb)
    if said and not own and not same:
        return
    if said:
        conj.head = cc.head = said[0]


def _modals(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS}


def arguing_read_as_a_subject(clause: Token) -> bool:
    """ "spoke out against the proposal, arguing a grain reserve is not the way": the parser may make
    "arguing a grain reserve" the subject of "is"; the participle's object is the subject of what it
    says, and the participle hangs on the verb before the comma."""
    verb, doc = clause.head, clause.doc
    if clause.dep_ != "csubj" or clause.tag_ != "VBG" or clause.lemma_.lower() not in CUE_ROLES:
        return False
    if clause.i == 0 or doc[clause.i - 1].text != "," or verb.head == verb or verb.head.i > clause.i:
        return False
    said = [c for c in clause.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1]
    if not said or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    main = verb.head
    said[0].head, said[0].dep_ = verb, "nsubj"
    verb.head, verb.dep_ = clause, "ccomp"
    clause.head, clause.dep_ = main, "advcl"
    return True
