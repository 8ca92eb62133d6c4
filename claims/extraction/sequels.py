"""Events told next to the main one: "..., a week after one of its vehicles struck a cyclist",
"were stopped because officials said the port was full". The linked clause is a second fact (or a
speaker's statement) of its own."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import contents_of, is_cue
from .phrases import has_subject
from .relatives import after_whose_clause

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Links opening a past event told next to the main one ("..., a week after X struck Y").
SEQUEL_LINKS = frozenset({"after", "before", "because", "since", "until"})
# Links that open a statement of someone's as a second fact, with or without a comma ("comes as a
# leaked report showed that ...").
CAUSE_LINKS = SEQUEL_LINKS | {"as"}


def sequel_link(clause: Token) -> Token | None:
    """ "..., a week after one of its vehicles struck a cyclist": the "after"/"before" opening a
    past-tense clause set off by a comma, which tells an earlier or later event as a second fact.
    The parser often hangs the link on a measure phrase ("a week") and the clause's subject on the
    link, so it is looked for among the words before the verb."""
    if clause.dep_ != "advcl" or clause.tag_ not in FINITE_TAGS | {"VBN"}:
        return None
    start = clause.left_edge.i
    link = next(
        (t for t in clause.doc[start : clause.i] if t.lower_ in CAUSE_LINKS and t.dep_ in {"prep", "mark"}),
        None,
    )
    if link is None or start == 0:
        return None
    set_off = clause.doc[start - 1].text in {",", ";", "—", "–"}
    if set_off and clause.tag_ == "VBD" and link.lower_ in SEQUEL_LINKS:
        return link
    # "... remain in limbo after border inspectors said the port was full", "were stopped because
    # officials said it was at capacity": a statement told as the cause, comma or not, is its
    # speaker's claim (else "resigned after the council voted" says when, in one breath)
    speaks = is_cue(clause) and bool(contents_of(clause)) and has_subject(clause)
    return link if link.lower_ in CAUSE_LINKS and speaks else None


def _disagrees(pred: Token, conj: Token) -> bool:
    """ "The case involves companies that provide insurance, but object to ...": a plural or bare verb
    cannot share a singular verb's subject (nor the other way round); it is someone else's."""
    if any(c.dep_ in {"aux", "auxpass"} for c in conj.children):
        return False
    return (pred.tag_, conj.tag_) in {("VBZ", "VBP"), ("VBZ", "VB"), ("VBP", "VBZ")}


def subject_in_doubt(pred: Token, conj: Token) -> bool:
    """ "India looked strong before Wagner dismissed Kohli, then removed Khan": a verb coordinated
    right after a subordinate clause with a subject of its own may be that subject's act, whatever
    the parser hung it on; so no subject is filled in and the report's words stay. So is one after
    a tag set in with commas ("The fire is out, officials said, and asked residents to leave")."""
    if has_subject(conj) or after_whose_clause(pred, conj) or _disagrees(pred, conj):
        return not has_subject(conj)
    clauses = [
        c for c in pred.children if c.dep_ in {"advcl", "parataxis"} and c.i < conj.i and has_subject(c)
    ]
    if not clauses:
        return False
    last = max(clauses, key=lambda c: c.right_edge.i)
    between = conj.doc[last.right_edge.i + 1 : conj.i]
    # (after a tag, only a verb in the tag's tense, not the statement's: "Prices rose 4%, the
    # agency said, and fell 2% in May" are the prices')
    tense = last.dep_ != "parataxis" or conj.tag_ != pred.tag_
    return tense and last.tag_ == conj.tag_ and all(t.is_punct or t.dep_ in {"cc", "advmod"} for t in between)


def repeats_the_content_verb(cue: Token, conj: Token, contents: list[Token]) -> bool:
    """ "Staff felt the plan did not fit the policy, and did not fit in with its neighbours": a
    subjectless verb the parser coordinated with the speech verb, but which repeats the verb of
    what was said; it goes on with the content and shares its subject."""
    if not contents or conj.dep_ != "conj" or has_subject(conj) or is_cue(conj):
        return False
    return any(c.lemma_ == conj.lemma_ and c.i < conj.i for c in contents)


def infinitive_listed(pred: Token, conj: Token) -> bool:
    """A bare infinitive with no subject or auxiliary hung on a finite verb with a "to" infinitive
    under it before ("proposed an amendment to slash staffs, limit travel and ..."): an item of the
    infinitive's list, which the finite verb's subject does not do."""
    if conj.tag_ != "VB" or pred.tag_ not in FINITE_TAGS or pred.tag_ == "VB" or has_subject(conj):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in conj.children):
        return False
    return any(
        t.tag_ == "VB" and t.i < conj.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
        for t in pred.subtree
    )


def charged_with(verb: Token) -> bool:
    """ "said the man was detained at his home, and then charged with murder": a verb of accusing with
    no object and the "with" or "of" of its charge (or an agent) is a participle sharing the passive
    before it (the tagger may read it as a past tense); "and called for an inquiry" is an act."""
    deps = {c.dep_ if c.dep_ != "prep" else c.lower_ for c in verb.children}
    return not deps & {"dobj", "ccomp"} and bool(deps & {"with", "of", "agent"})
