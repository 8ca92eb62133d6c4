"""What a clause's parse holds besides its own statement, to be carved out as claims of their own:
coordinated predicates, a second fact told alongside ("..., when a valuation put it at £3.9m"),
consequences ("..., giving the firm a value of $2bn"), the content of charges ("charges that he
stole $2m") and participial speech ("..., calling the decision flawed").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .according import according_phrase, according_to
from .alongside import (
    absolute_clauses,
    as_alongside,
    said_in_one_breath,
    said_in_relative,
    second_acts,
    tells_event_at_place,
    with_words,
)
from .claim_nouns import given_in_words
from .cues import (
    CITING_VERBS,
    CLAIM_NOUNS,
    CUE_ROLES,
    REFUSING_VERBS,
    first_conjunct_read_as_content,
    is_cue,
    is_negated,
    is_passive,
    subject_of,
)
from .hidden_cues import citing_aside
from .judged_claims import TRUTH_WORDS
from .participles import SPEECH_SETTINGS, participles
from .phrases import SIDE_BY_SIDE, has_subject, linked_by, noun_phrase, subject_phrase, subtree
from .relatives import object_conjunct_before
from .sequels import FINITE_TAGS, charged_with, infinitive_listed, sequel_link, subject_in_doubt
from .types import Frame

PREDICATE_POS = frozenset({"VERB", "AUX"})

# "Shares rose 4%, giving the firm a value of $2bn", "has a majority of 54, meaning 28 MPs would
# need to rebel": a participle after a comma that states a consequence, which is a second fact.
# "meaning" introduces a clause of its own; the others are written in the past with the subject.
CONSEQUENCE_PARTICIPLES = {
    "mean": "",
    "give": "gave",
    "bring": "brought",
    "leave": "left",
    "make": "made",
    "take": "took",
    "push": "pushed",
    "send": "sent",
    "lift": "lifted",
    "raise": "raised",
    "wipe": "wiped",
    "cut": "cut",
}

# Of those, the ones that may only say when the main clause holds.
TIME_LINKS = frozenset({"when"})

# Nouns for bodies that speak of themselves as "it" ("the club said it had ...").
BODY_NOUNS = frozenset(
    "company firm club union council ministry department government agency committee commission court "
    "police party group bank board team association federation organisation organization office "
    "university hospital school charity network carmaker airline regulator watchdog".split()
)

# Finite verb tags: a verb with one of these has its own tense and can stand as a statement.

# Dependents that do not make a coordinated verb a statement of its own (measure phrases, commas).
BARE_CONJ_DEPS = frozenset({"npadvmod", "punct", "cc"})


def _says_something(conj: Token) -> bool:
    """A coordinated verb with an argument of its own. "nuts and seeds a day" misread as a verb
    "seeds" has none (only a measure phrase), so it is no second statement; nor is the other half
    of a contrast ("had been suspended, not withdrawn"), which only sharpens the first."""
    if any(c.dep_ == "neg" for c in conj.children) and all(c.dep_ in {"neg", "punct"} for c in conj.children):
        return False
    return any(c.dep_ not in BARE_CONJ_DEPS for c in conj.children) or conj.tag_ == "VBD"


def _joined(first: Token, conj: Token) -> bool:
    """A coordination has a link: "and", "or", "but" or a comma (or a dash, a semicolon) between
    the two. "expanded the number of places residents may have been exposed" read as "expanded
    ... and may have been exposed" has none: a misparse of a clause inside the first one."""
    between = conj.doc[first.i + 1 : conj.i]
    return any(t.dep_ in {"cc", "preconj"} or t.text in {",", ";", "—", "–", "-", ":"} for t in between)


def object_read_as_subject(verb: Token, conj: Token) -> Token | None:
    """ "The figures show only 84% of patients at the trust, which runs two hospitals, were seen":
    a subjectless verb with an auxiliary of its own, right after the first verb's object, is that
    object's predicate (the parser hung it on the first verb), never the first verb's subject's."""
    if subject_of(conj) is not None:
        return None
    if not any(c.dep_ in {"aux", "auxpass"} for c in conj.children):
        # "walked away as victim Russell Whiteman lay unconscious": a finite verb straight after a
        # name, with no "and" or comma between, is that name's
        before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
        named = before is not None and before.pos_ in {"PROPN", "NOUN"} and before.dep_ in {"pobj", "dobj"}
        return before if named and conj.tag_ in FINITE_TAGS and conj.left_edge.i == conj.i else None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < conj.i):
        between = conj.doc[obj.right_edge.i + 1 : conj.i]
        if all(t.is_punct or (t.head == conj and t.dep_ in {"aux", "auxpass", "neg"}) for t in between):
            return obj
    return None


def belongs_to_speaker(reported: Token, conj: Token) -> bool:
    """A past speech verb coordinated with a passive perfect ("had not been inspected and blamed"):
    it cannot share the auxiliaries, so it is the speaker's own act, not part of what they said.
    So is one with a that-clause of its own ("said the study was careful but cautioned that ..."):
    the speaker says a second thing."""
    if conj.tag_ == "VBD" and not has_subject(conj) and conj.lemma_.lower() in REFUSING_VERBS:
        return True  # "said it was studying the ruling and declined to comment further"
    if conj.tag_ != "VBD" or conj.lemma_.lower() not in CUE_ROLES or has_subject(conj) or charged_with(conj):
        return False
    if any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in conj.children
    ):
        return True
    return reported.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in reported.children)


def continues_content(cue: Token, conj: Token, contents: list[Token]) -> bool:
    """ "the force said officers were called at 1.50pm and the man was pronounced dead": a clause
    with its own subject joined by a bare "and" straight after what the speaker said goes on with
    it, though the parser hangs it on the speech verb. After a comma (", and the shares fell 5%")
    it is the report's own."""
    if not contents or not has_subject(conj) or is_cue(conj) or conj.i < cue.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
        return True  # "said the coalition would survive, but that the relationship was damaged"
    end = max(c.right_edge.i for c in contents)
    doc = conj.doc
    between = [t.lower_ for t in doc[end + 1 : conj.left_edge.i]]
    if between == [",", "and"] and cue.tag_ == "VBD":
        # "said the claims were false, and this case would fail": a "would" after a past speech
        # verb is the speaker's tense, not the report's
        return any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in conj.children)
    return between == ["and"] and doc[end + 1].dep_ == "cc"


def speaks_as_body(source: Token | None) -> bool:
    """A source that would call itself "it": an organisation's name or noun, not a person."""
    if source is None or source.pos_ == "PRON":
        return False
    if source.ent_type_ == "PERSON":
        return False
    return source.ent_type_ in {"ORG", "GPE", "NORP"} or source.lemma_.lower() in BODY_NOUNS


def agentless_passive(cue: Token) -> bool:
    """ "He is charged with 14 counts of fraud": a passive accusation naming no accuser is the
    report stating where a case stands, not an attribution to some unnamed source."""
    # "was arrested on Monday and charged with fraud": a conjunct shares the first verb's passive
    return is_passive(cue) and not any(c.dep_ == "agent" for c in cue.children)


def consequences(pred: Token) -> list[Token]:
    """ "..., giving the company a value of $2bn": consequence participles after a comma."""
    return [
        c
        for c in pred.children
        if c.dep_ in {"advcl", "xcomp"}
        and c.tag_ == "VBG"
        and c.i > pred.i
        and c.lemma_.lower() in CONSEQUENCE_PARTICIPLES
        and not has_subject(c)
        and c.doc[c.i - 1].text == ","
    ]


def raised_subject(cue: Token, content: Token) -> tuple[Token, ...]:
    """ "She denied [the cuts] were political": the parser sometimes makes the content's subject the
    cue's object; give it back to a subjectless content clause that follows it directly."""
    if has_subject(content):
        return ()
    for c in cue.children:
        between = cue.doc[c.right_edge.i + 1 : content.left_edge.i]
        # "showed restaurant traffic nationwide fell 2%"
        if (
            c.dep_ == "dobj"
            and c.i < content.i
            and all(t.dep_ == "advmod" and t.head == cue for t in between)
        ):
            return tuple(subject_phrase(c))
    return ()


def split_predicates(pred: Token) -> list[Token]:
    """Predicates under `pred` that state something separately."""
    out = []
    for c in pred.children:
        # "neither admitted nor denied": one statement, never a denial
        nor = is_negated(c) and not any(g.dep_ == "neg" for g in c.children)
        said = c.dep_ == "conj" and c.pos_ in PREDICATE_POS and not nor and _says_something(c)
        if said and infinitive_listed(pred, c):
            continue  # "urged both nations to implement it, remove obstacles and ...": one more "to"
        if said and _joined(pred, c):
            out.extend([] if said_in_one_breath(pred, c) else [c])
        # "used $640,000 to buy a home and lost $900,000": a finite verb cannot share "to", so a
        # past-tense conjunct the parser hung on the infinitive is the main verb's second act
        elif c.dep_ == "xcomp" and c.tag_ == "VB" and pred.tag_ in FINITE_TAGS:
            out += [
                g for g in c.children if g.dep_ == "conj" and g.tag_ in FINITE_TAGS and g.tag_ == pred.tag_
            ]
        # "A launches X, B is critical to Y": a clause before the main verb, parsed as its ccomp
        elif c.dep_ == "ccomp" and c.i < pred.i and has_subject(c):
            if not is_cue(pred) or first_conjunct_read_as_content(pred, c):
                out.append(c)
        # "sold for £1.2m, when a valuation put it at £3.9m": a second fact told alongside
        elif _told_alongside(c):
            out.append(c)
    return out


@dataclass(frozen=True)
class CarveOuts:
    """What `pred`'s clause leaves out (`skip`, token indices) and which of those are claims."""

    skip: frozenset[int]
    participles: tuple[Token, ...]  # "..., calling the decision flawed"
    consequences: tuple[Token, ...]  # "..., giving the firm a value of $2bn"
    side: tuple[Token, ...]  # "..., when a valuation put it at £3.9m"
    alleged: tuple[Token, ...]  # "charges that he stole $2m"
    told_with: tuple[Token, ...] = ()  # "..., with the toll rising to 41", "... while raising Y"


def _told_alongside(clause: Token) -> bool:
    """ "sales fell 8% while sales in China rose 15%": a contrast states a second fact; so does a
    "when" clause set off by a comma ("sold for £1.2m, when a valuation put it at £3.9m"). Without
    the comma ("was sound when engineers last visited") it only says when the first one holds."""
    if sequel_link(clause) is not None or tells_event_at_place(clause) or as_alongside(clause):
        return True
    if clause.dep_ not in {"advcl", "relcl"} or not has_subject(clause):
        return False
    # "It was no surprise when the coach confirmed the team would be unchanged" (not "..., which
    # suggests demand is cooling": the report inferring)
    if clause.dep_ == "advcl" and is_cue(clause) and subject_of(clause).tag_ in {"NN", "NNS", "NNP", "NNPS"}:
        return any(c.dep_ == "ccomp" for c in clause.children) or linked_by(clause, SIDE_BY_SIDE)
    if not linked_by(clause, SIDE_BY_SIDE):
        return False
    if not linked_by(clause, TIME_LINKS):
        return True  # "..., while sales in China rose 15%": a contrast is always a second fact
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text in {",", ";", "—", "–"}


def _scene_setting(pred: Token, subj: Token | None) -> list[Token]:
    """ "Speaking in Geneva, the minister ...": a leading participle naming the occasion of speech."""
    # "responded by saying that ...": the saying is the response
    by_saying = [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    return [
        c
        for c in [*pred.children, *by_saying]
        if c.dep_ in {"advcl", "pcomp"}
        and c.tag_ == "VBG"
        and c.lemma_.lower() in SPEECH_SETTINGS
        and (subj is None or c.i < subj.i)
        and not has_subject(c)
    ]


def _side_by_side(pred: Token, skip: set[int]) -> list[Token]:
    """ "sold in 2021, when a valuation put it at £3.9m": the when-clause may hang on any word."""
    return [t for t in subtree(pred, skip) if t.i != pred.i and _told_alongside(t)]


def _alleged(pred: Token, skip: set[int]) -> list[Token]:
    """ "pleaded not guilty to charges that he stole $2m", "records showing that she bought ...": theirs."""
    found = []
    for t in subtree(pred, skip):
        if (
            t.i == pred.i
            or t.dep_ not in {"acl", "relcl"}  # ("issued a warning that the river would flood": a relcl)
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        ):
            if t.i != pred.i and t.dep_ == "acl" and t.tag_ == "VBG" and _shows_or_alleges(t):
                found += [c for c in t.children if c.dep_ == "ccomp" and has_subject(c)]
            continue
        claimed = t.head.lemma_.lower() in CLAIM_NOUNS or given_in_words(t.head)
        if claimed and has_subject(t) and not is_cue(t):  # ("a suit that he said ...": his words)
            found.append(t)
    return found


# "records showing that ...", "figures suggesting that ...": what a document or data set shows;
# "a lawsuit claiming that ...": what a claim or a filing alleges.
SHOWING_VERBS = frozenset({"show", "suggest", "indicate", "reveal", "confirm"})
ALLEGING_VERBS = frozenset({"allege", "claim", "say", "accuse", "argue", "assert", "contend", "state"})


def _shows_or_alleges(participle: Token) -> bool:
    lemma, noun = participle.lemma_.lower(), participle.head
    return lemma in SHOWING_VERBS or (lemma in ALLEGING_VERBS and noun.lemma_.lower() in CLAIM_NOUNS)


def carve_outs(pred: Token, skip: set[int], *, frame: Frame | None, via: str) -> CarveOuts:
    skip = set(skip)
    if frame is not None and frame.source is not None and frame.source.i != pred.i:
        # a misparsed source inside the content ("X knew ..., the director, Y, told Z")
        if frame.source in pred.subtree and via == "content":
            skip.add(frame.source.i)
    cue = pred.doc[frame.cue_index] if frame is not None and frame.cue_index is not None else None
    if cue is not None and cue.i != pred.i and cue.pos_ in PREDICATE_POS:
        # "“..., and we will appeal,” the lawyer wrote": a cue hung inside the quoted words
        if any(t.i == cue.i for t in pred.subtree) and frame.source in pred.subtree:
            skip.add(cue.i)
    if acc := according_to(pred):
        skip.add(according_phrase(acc[0], pred).i)
    # "X, citing officials, reported": the citing phrase belongs to the attribution
    if is_cue(pred):
        skip |= {
            c.i for c in pred.children if c.dep_ in {"advcl", "prep"} and c.lemma_.lower() in CITING_VERBS
        }
    # "reported on Monday, citing officials, that ...": an aside hung on the content clause
    skip |= {c.i for c in pred.children if citing_aside(c)}
    # "reported a drop, and data from X showed ...": the second verb's subject, read as an object
    skip |= {n.i for p in pred.children if p.dep_ == "conj" and (n := object_conjunct_before(pred, p))}
    found_participles, found_consequences = participles(pred), consequences(pred)
    skip |= {p.head.i if p.dep_ == "pcomp" else p.i for p in found_participles} | {
        p.i for p in found_consequences
    }
    subj = subject_of(pred)
    skip |= {t.i for t in _scene_setting(pred, subj)}
    if subj is not None:  # "Gary Price, 54, denies ...": an age in apposition is no part of the statement
        skip |= {c.i for c in subj.children if c.dep_ == "appos" and c.pos_ == "NUM"}
    # "..., according to the agency, which said that 53 were killed": the agency's second statement
    side = _side_by_side(pred, skip) + ([r for r in acc[1].children if said_in_relative(r)] if acc else [])
    skip |= {t.i for t in side}
    told_with = absolute_clauses(pred, skip) + [t for t in second_acts(pred, skip) if t.i not in skip]
    skip |= {t.i for t in told_with} | {w.i for t in told_with for w in with_words(t)}  # (and its "with")
    alleged = _alleged(pred, skip)
    # "records showing that ...": the showing goes with what is shown
    skip |= {t.head.i if t.head.dep_ == "acl" else t.i for t in alleged}
    return CarveOuts(
        skip=frozenset(skip),
        participles=tuple(found_participles),
        consequences=tuple(found_consequences),
        side=tuple(side),
        alleged=tuple(alleged),
        told_with=tuple(told_with),
    )


# Verb forms that can share the first verb's auxiliary: a modal takes a bare verb ("would rise and
# fall"); "has"/"was" take a participle, which the tagger often marks as a past tense ("was approved
# and signed off"). A present-tense verb ("has worked there and manages 40 staff") shares none.
MODAL_SHARERS = frozenset({"VB"})
AUX_SHARERS = frozenset({"VBN", "VBD", "VBG"})


def shared_auxiliaries(pred: Token, conj: Token) -> tuple[Token, ...]:
    """The auxiliaries of `pred` a subjectless coordinated verb needs to stand as a statement. A
    passive's "was" never goes to a verb with an object ("was found in a bus lane and failed a
    test": he failed it)."""
    active = any(c.dep_ == "dobj" for c in conj.children)
    passive = conj.tag_ == "VBN" or any(c.dep_ == "agent" for c in conj.children)  # "signed off by X"
    return tuple(
        c
        for c in pred.children
        if c.dep_ in {"aux", "auxpass"}
        and c.i < pred.i
        and not (c.dep_ == "auxpass" and (active or not passive))  # "were bowled out but fought back"
        and conj.tag_ in (MODAL_SHARERS if c.tag_ == "MD" else AUX_SHARERS)
        and not (c.lemma_.lower() == "do" and conj.tag_ != "VB")  # "does not want ... and named a list"
    )


def judges_truth(content: Token) -> bool:
    return any(c.lower_ in TRUTH_WORDS for c in content.children if c.dep_ in {"acomp", "attr"})


def subject_for_conjunct(pred: Token, p: Token, shared: tuple) -> tuple:
    """The subject a coordinated verb borrows (with the first verb's auxiliaries), or none."""
    misread = object_conjunct_before(pred, p)  # "One is a teacher and the oldest is a builder"
    takes = tuple(noun_phrase(misread)) if misread is not None else shared
    # "a week after X struck"; "... before Wagner dismissed X, then removed Y": whose is unsure
    if has_subject(p) or sequel_link(p) is not None or subject_in_doubt(pred, p):
        return ()
    if takes and not any(c.dep_ in {"aux", "auxpass"} for c in p.children):
        takes = takes + shared_auxiliaries(pred, p)
    return takes
