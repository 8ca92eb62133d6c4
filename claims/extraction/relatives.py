"""Whose a coordinated verb is when the parse hangs it on the main verb: after a relative clause, or
after a noun it joined to the first verb's object; and clauses under a speech verb that are not what
was said (a clause of time, a question asked, a scene found)."""

from __future__ import annotations

from spacy.tokens import Token

from .persons import PERSON_NOUNS
from .segment import doc_text, in_quotes
from .told import SUBJECT_DEPS

# Words opening a clause of time or cause, which is not what anyone says.
TIME_MARKS = frozenset("after before when while because since until although though once whereas".split())


def after_whose_clause(pred: Token, conj: Token) -> bool:
    """ "denied the order over the protests of residents who live on the road and said it had become
    too dangerous": a subjectless verb right after a "who" clause, past the main verb, may be the
    residents' as well as the board's; neither is filled in."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
        return False
    # ("Lloyd did not have a number of the nurses who crossed ... but said ...": a "but" after a denied
    # first verb sets the two verbs of one subject against each other)
    if any(c.dep_ == "neg" for c in pred.children) and any(c.lower_ == "but" for c in pred.children):
        return False
    for rel in (t for t in pred.subtree if t.dep_ == "relcl" and t.head.i > pred.i and t.i < conj.i):
        between = conj.doc[rel.right_edge.i + 1 : conj.i]
        who = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in rel.children)
        if who and between and all(t.is_punct or t.dep_ in {"cc", "advmod"} for t in between):
            return True
    return False


def named_before_who(cue: Token) -> Token | None:
    """ "O’Neill who is stepping down and handing over to Sir Julius Chan said ...": a sentence opening
    with a name (or a noun for people) and "who", with no comma before the speech verb: the one the
    "who" clause is about speaks, whatever the parser made of the clause (not the name it ends on)."""
    if (antecedent := _the_ones_a_part_is_of(cue)) is not None:
        return antecedent
    sent = cue.sent
    # (not "The WHO said": the World Health Organization in capitals)
    if len(sent) < 3 or sent[1].text != "who" or not sent[0].is_title or cue.i <= sent[1].i:
        return None
    if any(t.text in {",", ";", ":", "“", "”", '"'} for t in cue.doc[sent.start : cue.i]):
        return None
    return sent[0]


def _the_ones_a_part_is_of(cue: Token) -> Token | None:
    """ "the institute and the census missions, both of which reported ...", "two universities,
    each of which said ...": those the relative clause is on speak (the first of them, the parser's
    head of the group), not the words "both of which"; "two of whom" are a part, named by no one."""
    if cue.dep_ != "relcl":
        return None
    for s in (c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i and c.lower_ in EVERY_ONE):
        of = [c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"]
        if any(p.lower_ in {"which", "whom"} and p.dep_ == "pobj" for o in of for p in o.children):
            antecedent = cue.head
            while antecedent.dep_ == "conj":
                antecedent = antecedent.head
            return antecedent
    return None


# Words for all of a group ("both of which said"); "two of whom said" is a part of it, no one named.
EVERY_ONE = frozenset({"both", "all", "each"})


def _nominal(t: Token) -> bool:
    return t.pos_ in {"NOUN", "PROPN"} or (t.pos_ == "ADJ" and any(d.dep_ == "det" for d in t.children))


def object_conjunct_before(verb: Token, cue: Token) -> Token | None:
    """ "Hollis reported a 2% drop, and data from the council showed ...": a noun the parser
    coordinated with an object of the first verb's words ("is on life-support and government has
    openly expressed"), standing right before the second verb (and its auxiliaries) after "and"."""
    # "... is a teacher and the oldest is"; "led officers to one of the suspects and police said"
    nouns = [
        t
        for t in verb.subtree
        if t.dep_ == "conj" and t.head.dep_ in {"dobj", "attr", "pobj"} and _nominal(t)
    ]
    for noun in nouns:
        between = cue.doc[noun.right_edge.i + 1 : cue.i]
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else noun
        own = all(
            t.is_punct or (t.head == cue and t.dep_ in {"aux", "auxpass", "neg", "advmod"}) for t in between
        )
        if noun.i < cue.i and own and before.dep_ == "cc":
            return noun
    return None


def a_clause_of_time(clause: Token) -> bool:
    """ "..., an official said, in a test days after the country tested ...": a clause of time the
    parser hung on a speech verb is not what was said."""
    marks = {m.lower_: m.i for m in clause.children if m.dep_ == "mark"}
    subject = next((c.i for c in clause.children if c.dep_ in SUBJECT_DEPS), clause.i)
    return "that" not in marks and any(w in TIME_MARKS and i < subject for w, i in marks.items())


def a_question(cue: Token, clause: Token) -> bool:
    """ "questioned why the defendant had set out on a fraud": what is asked is no statement; nor is
    what someone would or would not say "whether" was so ("neither would say whether ...")."""
    first = clause.left_edge
    asked = cue.lemma_.lower() in {"question", "ask", "wonder"}
    return first.lower_ == "whether" or (asked and (first.tag_ in {"WRB", "WP"} or first.lower_ == "if"))


# People who come upon a scene besides those named by a role ("officers", "detectives").
FINDERS = frozenset("police firefighter rescuer crew worker investigator deputy trooper resident".split())
# Verbs of coming upon someone or something in a state: "Officers found the boy hiding in a shed".
COMING_UPON = frozenset("find discover spot catch see leave".split())


def a_scene_found(cue: Token, clause: Token) -> bool:
    """ "Detectives found the equipment loaded on a trailer": a participle with no auxiliary under
    "find" tells the state something was found in, not what anyone said or concluded."""
    if cue.lemma_.lower() not in COMING_UPON or clause.tag_ not in {"VBG", "VBN"}:
        return False
    finder = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    # (people come upon a scene; "the study found rates rising" is a finding)
    people = finder is not None and (
        finder.lower_ in {"he", "she", "they", "we", "i"}
        or finder.ent_type_ == "PERSON"
        or finder.lemma_.lower() in PERSON_NOUNS | FINDERS
    )
    # ("they found that sleep mattered": a that-clause is what was found, whatever its tag)
    marked = any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)
    return people and not marked and clause.left_edge.lower_ != "that"


def not_what_was_said(cue: Token, clause: Token) -> bool:
    """A clause under a speech verb that is not its content: one of time, a question, a scene (but a
    quotation before its tag is the words, whatever it opens with: '“Because now families can fly
    here,” said the mayor')."""
    timed = a_clause_of_time(clause) and not _quoted_before(cue, clause)
    return timed or a_question(cue, clause) or a_scene_found(cue, clause)


def _quoted_before(cue: Token, clause: Token) -> bool:
    first = clause.left_edge
    return clause.i < cue.i and in_quotes(doc_text(cue.doc), first.idx, first.idx + 1)
