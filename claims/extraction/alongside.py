"""Facts a sentence tells alongside its main one, which `split` makes claims of their own:

- an absolute "with" clause: "Flooding went on, with the death count climbing to 41" (the count
  climbed to 41);
- a "where" clause telling an event at a place: "reached the town of Bray, where a warehouse
  collapsed" (a warehouse collapsed);
- an "as" clause with its own subject: "Shares fell as the firm struggled to win contracts";
- a participle adding a second act of the subject: "will cut 40 jobs while raising the number of
  wardens to 120", "reported a loss of $2m, falling short of forecasts".

A participle has no tense of its own, so the claim is written with "is"/"was" before it, in the
tense of the main verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import attributes_without_a_clause, contents_of, is_cue, subject_of
from .phrases import has_subject, subject_phrase, subtree, trim
from .segment import doc_text, in_quotes
from .types import Clause, Frame, Sentence
from .voice import is_passive

# Links of a relative clause that tells an event at the place it describes.
PLACE_LINKS = frozenset({"where"})
# "as long as", "as soon as", "as far as", "as well as", "as much as": "as" there is no link to a
# second fact but part of a condition or a comparison.
AS_PHRASES = frozenset({"long", "soon", "far", "well", "much", "many", "such", "just", "so"})
# Tags of "what", "how", "which": a clause they open is no absolute one.
WH_TAGS = frozenset({"WP", "WRB", "WDT", "WP$"})
# Verb tags that say a clause happened in the past.
PAST_TAGS = frozenset({"VBD", "VBN"})
# Subjects that take a plural verb.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLURAL_PRONOUNS = frozenset({"they", "we", "you", "these", "those"})
# Dependents that make a participle say something (an object, a complement, a figure).
ARGUMENT_DEPS = frozenset({"dobj", "prep", "attr", "acomp", "xcomp", "ccomp", "npadvmod", "advmod", "prt"})


def absolute_clauses(pred: Token, skip: set[int]) -> list[Token]:
    """ "..., with the death count climbing to 41": a participle with a subject of its own under "with"
    (or one of speech on the noun of "with": "Prices rose, with analysts warning that ...")."""
    return [
        t
        for t in subtree(pred, skip)
        if t.dep_ == "acl"
        and t.head.dep_ == "pobj"
        and t.head.head.lower_ == "with"
        and t.head.head.head.i == pred.i
        and speaks_alongside(t)
    ] + [
        t
        for t in subtree(pred, skip)
        if t.i != pred.i
        and t.tag_ in {"VBG", "VBN"}
        and t.head.lower_ == "with"
        and t.head.dep_ == "prep"
        and t.dep_ in {"pcomp", "pobj", "advcl"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        # "compared with what analysts were expecting" is a finite clause, no absolute one
        and not any(c.dep_ in {"aux", "auxpass"} for c in t.children)
        and t.left_edge.tag_ not in WH_TAGS
        # "with real technology transfer attached" only describes; "with sales rising 8%" states
        and _does_something(t)
    ]


# Verbs and nouns of a result set against what was expected: "..., beating Wall Street forecasts".
MEASURED_AGAINST = frozenset("beat top miss exceed surpass trail outpace".split())
EXPECTATIONS = frozenset("expectation forecast estimate consensus projection prediction".split())


def against_expectations(verb: Token) -> bool:
    """ "Acme reported earnings of 62 cents, beating Wall Street expectations": a participle setting a
    figure against what was expected is the report's own comparison, not what the company reported."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in MEASURED_AGAINST:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in EXPECTATIONS for c in verb.children)


def after_the_aside(parts: list[Token], aside: Token, shared: Frame) -> tuple[list[Token], list[Token]]:
    """(the conjuncts the aside's words cover, the rest): "Not enough growth, Wall Street said, and the
    shares lost 2%": a conjunct with a subject of its own after a speech tag set off by commas is the
    report's again, not what the tag's speaker said."""
    if shared.cue_index != aside.i:
        return parts, []
    # (not "..., the bank said, and it will cut rates": the speaker speaking of itself goes on)
    late = [
        p for p in parts if p.left_edge.i > aside.i and (s := subject_of(p)) is not None and s.pos_ != "PRON"
    ]
    return [p for p in parts if p not in late], late


def with_words(clause: Token) -> list[Token]:
    """The "with" an absolute clause opens, and the noun it speaks of when it hangs on that noun."""
    if clause.dep_ == "acl":
        return [clause.head, clause.head.head]
    return [clause.head] if clause.head.lower_ == "with" else []


def _does_something(verb: Token) -> bool:
    return any(a.dep_ in ARGUMENT_DEPS - {"advmod"} for a in verb.children)


def tells_event_at_place(clause: Token) -> bool:
    """ "the town of Bray, where a warehouse collapsed": a past event told of a place."""
    # the parser may hang "where" on a later conjunct ("where a warehouse collapsed and caught fire")
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBD"
        and has_subject(clause)
        and clause.left_edge.lower_ in PLACE_LINKS
        and _named_place(clause.head)
    )


def _named_place(noun: Token) -> bool:
    """ "Bray", "the town of Bray": a place with a name (an event "in the poorest areas, where
    admissions fell" is part of what is said of those areas)."""
    if noun.pos_ == "PROPN":
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )


def as_alongside(clause: Token) -> bool:
    """ "Shares fell as the firm struggled to win contracts": an "as" clause with a subject and a
    verb of its own states a second fact; "as he said" names a source, "as long as" sets a condition."""
    if clause.dep_ != "advcl" or clause.pos_ not in {"VERB", "AUX"} or not has_subject(clause):
        return False
    if not doc_text(clause.doc).rstrip(" ”\"'’").endswith((".", "!", "?")):
        return False  # a headline's "as" ties its two halves into one story
    # ("as a drought was declared": a thing declared is an event, not a source named)
    declared = is_passive(clause) and subject_of(clause) is not None and subject_of(clause).pos_ == "NOUN"
    if (is_cue(clause) and not declared) or clause.head.pos_ not in {"VERB", "AUX"}:
        return False
    # "The release came as negotiators met": the main clause says nothing without it; "as prices
    # quadrupled" says too little to stand alone
    if not _does_something(clause) or not any(
        c.dep_ in ARGUMENT_DEPS and c.i != clause.i for c in clause.head.children
    ):
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if len(marks) != 1 or marks[0].lower_ != "as":
        return False
    before = clause.doc[marks[0].i - 1] if marks[0].i > 0 else None
    return before is None or before.lower_ not in AS_PHRASES


def said_in_one_breath(pred: Token, conj: Token) -> bool:
    """ "“We started well and surprised them early on,” he said": inside a quotation, predicates
    sharing one subject are one statement in the speaker's words, as a reader would quote it;
    split in two, each half says less than the speaker did ("We started well"). A speech verb
    with something said ("... and told us that ...") still says a second thing."""
    if has_subject(conj) or (is_cue(conj) and contents_of(conj)):
        return False
    text = doc_text(pred.doc)
    return in_quotes(text, pred.idx, pred.idx) and in_quotes(text, conj.left_edge.idx, conj.left_edge.idx)


def second_acts(pred: Token, skip: set[int]) -> list[Token]:
    """ "will cut 40 jobs while raising the number of wardens to 120", "reported a loss, falling
    short of forecasts": a subjectless participle after the verb, opened by "while" or set off by a
    comma, that does something of its own."""
    found = []
    if pred.lemma_ == "be":
        return found  # "X was one of 29 firms that failed as prices rose, forcing ...": not X's act
    # "plans to spend $2m to expand the depot while doubling its staff": the "while" may hang lower
    for c in subtree(pred, skip):
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < pred.i or has_subject(c) or is_cue(c):
            continue
        marks = [m for m in c.children if m.dep_ == "mark"]
        opened = c.doc[c.left_edge.i - 1].text == "," if c.left_edge.i > 0 else False
        if not any(a.dep_ in ARGUMENT_DEPS for a in c.children):
            continue
        if [m.lower_ for m in marks] == ["while"]:
            found.append(c)
        # "..., flicking the ball with his heel" says how; "..., falling short of forecasts of $4m"
        # says what else happened, with a figure or a name to check
        elif opened and not marks and c.head.i == pred.i and _checkable(c):
            found.append(c)
    return found


def _checkable(verb: Token) -> bool:
    """A figure or a name in the participle's own words (not in a participle coordinated with it)."""
    own = subtree(verb, {c.i for c in verb.children if c.dep_ == "conj"})
    return any(t.like_num or t.pos_ == "PROPN" for t in own)


def progressive_link(pred: Token, subject: list[Token]) -> str:
    """ " was " or " were ", " is " or " are ": what turns a participle into a statement."""
    past = pred.tag_ in PAST_TAGS or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in pred.children)
    head = next((t for t in subject if t.dep_ in {"nsubj", "nsubjpass"}), subject[-1] if subject else None)
    plural = head is not None and (
        head.tag_ in PLURAL_TAGS
        or head.lower_ in PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in head.children)
        or any(c.dep_ == "nummod" and c.lower_ not in {"1", "one"} for c in head.children)
    )
    if past:
        return " were " if plural else " was "
    return " are " if plural else " is "


def told_with_clause(
    sentence: Sentence, pred: Token, verb: Token, *, frame: Frame | None, borrowed: tuple
) -> Clause:
    """ "..., with the death count climbing to 41": the count was climbing to 41; "... while raising
    the number of wardens": the subject is raising it. (No tokens: nothing to say.)"""
    subj = subject_of(verb)
    if subj is None:
        subj = subject_of(pred)
        who = subject_phrase(subj) if subj is not None else list(borrowed)
        rest = trim(subtree(verb, set()))
    else:
        who = subject_phrase(subj)
        rest = trim(subtree(verb, {subj.i}))
    return Clause(
        sentence=sentence,
        head=verb,
        tokens=tuple(rest) if who else (),
        borrowed_subject=tuple(who),
        link=progressive_link(pred, who),
        frame=frame,
        via="conj",
    )


# Links by which a second speaker is set against the first: "X said A, although Y said B".
CONTRASTING = frozenset({"although", "though", "while", "whereas"})


def speaks_in_contrast(pred: Token) -> bool:
    """ "The military said the fighting left 10 rebels dead, although the regional commander said
    troops recovered only eight bodies": a speech verb in a contrast clause, with a speaker of its
    own named in it, speaks for that speaker even inside the first speaker's words."""
    if pred.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONTRASTING for c in pred.children):
        return False
    subject = subject_of(pred)
    named = subject is not None and subject.pos_ in {"PROPN", "NOUN"}
    # ("..., although federal authorities are describing the plumes as dangerous": a characterising)
    return named and is_cue(pred) and (bool(contents_of(pred)) or attributes_without_a_clause(pred))


def speaks_alongside(verb: Token) -> bool:
    """ "..., with some regions saying they were caught off guard": an absolute clause whose verb is
    a speech verb with a subject (or the noun of "with" it describes) and something said ("..., with
    the company reporting 700 million users": a figure put on record) is that subject's statement."""
    speaker = has_subject(verb) or (
        verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with"
    )
    figure = verb.lemma_.lower() == "report" and attributes_without_a_clause(verb)
    return speaker and is_cue(verb) and (bool(contents_of(verb)) or figure)


def said_alongside(pred: Token, skip: set[int]) -> list[Token]:
    """The speech verbs of the absolute clauses on a verb ("with analysts warning that ...")."""
    described = [
        g
        for p in pred.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for n in p.children
        if n.dep_ == "pobj"
        for g in n.children
        if g.dep_ == "acl" and g.tag_ == "VBG"
    ]
    return [t for t in dict.fromkeys(absolute_clauses(pred, skip) + described) if speaks_alongside(t)]


def said_in_relative(r: Token) -> bool:
    """ "the agency, which said that 53 people were killed": a speech verb in a relative clause, with
    something said, on the one who speaks."""
    subject = subject_of(r) if r.dep_ == "relcl" else None
    return subject is not None and subject.tag_ in {"WDT", "WP"} and is_cue(r) and bool(contents_of(r))


def framed_before_the_quote(pred: Token, clause: Token) -> bool:
    """'While tariffs would have a small effect, “that’s not what you want,” Faucher said': a
    subordinate clause before the opening quotation mark is the report's own framing of the words
    quoted after it, not part of them."""
    if clause.dep_ != "advcl" or clause.i > pred.i:
        return False
    if pred.dep_ == "ccomp" and pred.head.i < clause.left_edge.i:
        return False  # ("Boyd insisted that while ..., “...”": the speaker's own framing, after the cue)
    text = doc_text(pred.doc)
    first, last = clause.left_edge, clause.right_edge
    outside = not in_quotes(text, first.idx, first.idx) and not in_quotes(text, last.idx, last.idx)
    return outside and in_quotes(text, pred.idx, pred.idx)


def named_as_another_says(clause: Token) -> bool:
    """ "he would not cut the tax, as Falcon has said he would do": inside what one person says, an
    "as" clause in which another, named, says something is that one's own statement."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    speaker = subject_of(clause)
    return (
        clause.dep_ == "advcl"
        and marks == ["as"]
        and is_cue(clause)
        and speaker is not None
        and speaker.pos_ == "PROPN"
        and bool(contents_of(clause))
    )
