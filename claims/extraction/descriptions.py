"""Split, continued: relative clauses and appositions about someone become claims of their own
("Berg, who ran the bank, ...", "Ruiz, the former chief executive, ..."), and a speech verb in a
relative clause attributes its content to the noun described ("the spokesman, who said ...")."""

from __future__ import annotations

from spacy.tokens import Token

from .carve import agentless_passive, raised_subject
from .cues import (
    CUE_ROLES,
    RELATIVE_TAGS,
    attributes_without_a_clause,
    contents_of,
    frame_for_cue,
    is_cue,
    subject_of,
)
from .hidden_cues import said_of_antecedent
from .persons import PERSON_NOUNS
from .phrases import (
    antecedent,
    checkable,
    close_gaps,
    descriptions,
    noun_phrase,
    quantified_relative,
    relative_subject,
    subject_phrase,
    subtree,
    trim,
)
from .segment import doc_text, in_quotes
from .types import Clause, Frame, Sentence


def described_by(relcl: Token) -> Token:
    """The noun a relative clause describes. "which" never stands for a person, so when the parser
    hangs a which-clause on a person at the end of a phrase describing a thing ("a bail set by
    the judge, which they say was too low"), the clause is about that thing."""
    noun = relcl.head
    which = any(
        t.lower_ == "which" and t.tag_ in RELATIVE_TAGS for t in relcl.doc[relcl.left_edge.i : relcl.i]
    )
    while which and _a_person(noun) and noun.dep_ == "pobj" and noun.head.dep_ in {"agent", "prep"}:
        verb = noun.head.head
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            noun = verb.head  # "a bail set by the judge, which"
        elif verb.pos_ in {"NOUN", "PROPN"}:
            noun = verb  # "the ruling of the judge, which"
        else:
            break
    if which and noun.dep_ == "npadvmod" and noun.ent_type_ in {"DATE", "TIME"} and relcl.lemma_ != "be":
        # "announced new sanctions Thursday, which will be aimed at ...": the day is when, not what
        noun = next((c for c in noun.head.children if c.dep_ == "dobj"), noun)
    return noun


def _quoted_apart(relcl: Token) -> bool:
    """'“...,” reports Sgt James Hale, “which is usually expected ...”': a clause opening inside
    quotation marks, hung on a person outside them, goes on with the quotation, not with the speaker."""
    text, first = doc_text(relcl.doc), relcl.left_edge  # (the clause opens inside: "“which is ...")
    inside = in_quotes(text, first.idx, first.idx + len(first)) and in_quotes(text, relcl.idx, relcl.idx + 1)
    outside = not in_quotes(text, relcl.head.idx, relcl.head.idx + len(relcl.head))
    return inside and outside and _a_person(relcl.head)


def _plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)


def _a_person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS or noun.pos_ == "PRON"


def speaker_says(relcl: Token, frame: Frame | None, via: str) -> bool:
    """A relative clause inside what someone says is theirs when it is in their quoted words, or
    when it tells of a thing they speak of ("moved losses into a subsidiary, which was not included
    in the figures") rather than glossing a person or saying what the subject is."""
    # "X is a system that is designed to ..., according to the board": the relative clause is part
    # of what the board says X is
    defines = frame is not None and frame.cue == "according to" and relcl.head.dep_ == "attr"
    if frame is None or frame.source is None or (via != "content" and not defines):
        return False
    doc = relcl.doc
    if in_quotes(doc_text(doc), relcl.idx, relcl.idx + len(relcl)):
        return True
    noun = relcl.head
    if restrictive(relcl):
        return True
    if _in_the_subject(noun):
        # "said the changes, which would let councils ..., were needed", "said talks in Vienna,
        # which included ..., had helped": the report glossing what the statement is about
        return False
    kinds = {"LAW", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART"}
    # ("Russia's border region, portions of which ...": a place named by its country)
    glossed = noun.ent_type_ in kinds or any(c.dep_ == "poss" and c.ent_type_ in kinds for c in noun.children)
    if glossed and relcl.left_edge.i > 0 and doc[relcl.left_edge.i - 1].text == ",":
        # "in violation of the Vienna Convention, which regulates ...": the report glossing a name
        return False
    if quantified_relative(relcl) is not None:
        return True  # "arrested 12 men, most of whom were released": a fact of them, not who they are
    return noun.ent_type_ not in {"PERSON", "NORP"} and noun.lemma_.lower() not in PERSON_NOUNS


def speech_in_relatives(tokens: list[Token]) -> list[Token]:
    """ "gave an interview in which he said the policy was dangerous": a speech verb in a relative
    clause opened by a preposition and "which", with its own speaker and what they said, is a
    statement of its own, not a description of the interview."""
    return [
        t
        for t in tokens
        if t.dep_ == "relcl"
        and is_cue(t)
        and contents_of(t)
        and (subj := subject_of(t)) is not None
        and subj.tag_ not in RELATIVE_TAGS
        and any(p.dep_ == "prep" and any(g.tag_ in RELATIVE_TAGS for g in p.children) for p in t.children)
    ]


def restrictive(relcl: Token) -> bool:
    """ "The bystander is a man who remains in hospital, police said", "a suspect who stabbed a
    bystander was carrying knives, police said": a clause with no comma before its "who" or "that",
    on a common noun, says which one is meant; it is part of what the speaker says, not a gloss."""
    noun, first = relcl.head, relcl.left_edge
    before = relcl.doc[first.i - 1]
    # ("a group of volunteers who cover ...": the clause hung on the noun the "of" phrase is on)
    of = before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.head == noun
    if first.tag_ not in RELATIVE_TAGS or not (first.i == noun.i + 1 or of):
        return False
    return noun.pos_ == "NOUN" and not noun.ent_type_


def _in_the_subject(noun: Token) -> bool:
    """The noun heads a clause's subject or sits in its prepositional phrases ("talks in Vienna")."""
    while noun.dep_ in {"pobj", "prep", "conj", "compound"} and noun.head != noun:
        noun = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"}


# Verbs by which someone takes a stance on a thing: "a figure the council disputed", "a charge the
# club admitted".
STANCES_ON_A_THING = frozenset("dispute deny reject contest admit acknowledge accept confirm".split())


def stances_on_what_precedes(tokens: list[Token]) -> list[Token]:
    """ "..., a figure the council disputed", "..., a charge the club admitted": a relative clause
    with no relative pronoun, whose subject takes a stance on the noun it follows."""
    return [
        t
        for t in tokens
        if t.dep_ == "relcl"
        and t.lemma_.lower() in STANCES_ON_A_THING
        and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in t.children)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} or c.tag_ in RELATIVE_TAGS for c in t.children)
    ]


class DescriptionsMixin:
    """Mixed into the splitter, which provides `sentence`, `described`, `_emit` and `visit`."""

    sentence: Sentence
    described: set[int]

    def _stance_on_antecedent(self, relcl: Token) -> None:
        """ "a figure the council disputed": the council disputed the figure, and says so."""
        subject = next(c for c in relcl.children if c.dep_ == "nsubj")
        frame = Frame(
            source=subject,
            role=CUE_ROLES.get(relcl.lemma_.lower(), "said"),
            cue=relcl.text,
            cue_index=relcl.i,
        )
        tokens = (relcl, *[t for t in noun_phrase(relcl.head) if t.i < relcl.i])
        clause = Clause(
            sentence=self.sentence,
            head=relcl,
            tokens=tokens,
            borrowed_subject=tuple(subject_phrase(subject)),
            link=" ",
            frame=frame,
            via="cue",
        )
        self._emit(clause)

    def _carve_descriptions(self, pred, skip, *, frame):
        tokens = subtree(pred, skip)
        relcls, apps = descriptions(tokens)
        self._descriptions_to_clauses(relcls, apps, frame=frame)

    def _reported_in_relative(self, relcl: Token) -> bool:
        """ "the spokesman, who said the club would be expelled", "the ruling, which found that ...":
        a speech verb in a relative clause attributes its content to the noun described. Returns
        whether the clause was taken as an attribution."""
        cue_frame = frame_for_cue(relcl)
        contents = contents_of(relcl)
        for c in contents:
            relative = relative_subject(c)
            if relative is not None:
                # "services, which the council says carry fewer than 20 passengers": the services do
                tokens = tuple(trim(subtree(c, {relative.i})))
                about = tuple(antecedent(described_by(relcl)))
                self._emit(
                    Clause(
                        sentence=self.sentence,
                        head=c,
                        tokens=tokens,
                        borrowed_subject=about,
                        link=" ",
                        frame=cue_frame,
                        via="content",
                    )
                )
                continue
            self.visit(c, frame=cue_frame, borrowed=raised_subject(relcl, c), via="content", nested=True)
        said_of = said_of_antecedent(relcl)
        for c in said_of:
            # "a drought that its central bank says cut growth to 0.8%": the drought cut growth
            self.visit(
                c,
                frame=cue_frame,
                borrowed=tuple(antecedent(described_by(relcl))),
                via="content",
                nested=True,
            )
        contents = contents or said_of
        if contents or not attributes_without_a_clause(relcl) or agentless_passive(relcl):
            # ("the trial, which is expected to last three weeks": expected by nobody named)
            # "Berg, who denied the allegations", "the club, which reported a loss of £12m"
            return bool(contents)
        # "Berg, who denied the allegations, ...": the denial is theirs
        tokens = [
            t for t in subtree(relcl, set()) if not (t.dep_ in {"nsubj", "nsubjpass"} and t.head == relcl)
        ]
        self._emit(
            Clause(
                sentence=self.sentence,
                head=relcl,
                tokens=tuple(trim(tokens)),
                borrowed_subject=tuple(antecedent(described_by(relcl))),
                link=" ",
                frame=cue_frame,
                via="cue",
            )
        )
        return True

    def _descriptions_to_clauses(self, relcls, apps, *, frame):
        merged_apps = set()
        relcls = [r for r in relcls if r.i not in self.described]
        apps = [a for a in apps if a.i not in self.described]
        self.described |= {r.i for r in relcls} | {a.i for a in apps}
        for r in relcls:
            if r.dep_ == "relcl" and (_quoted_apart(r) or (is_cue(r) and self._reported_in_relative(r))):
                continue
            about = antecedent(described_by(r))
            toks = [t for t in subtree(r, set()) if not (t.dep_ in {"nsubj", "nsubjpass"} and t.head == r)]
            if (part := quantified_relative(r)) is not None:
                # "some of which will close": "some of" the parks
                about = [t for t in part.subtree if t.lower_ not in {"which", "whom"}] + list(about)
                toks = [t for t in toks if t.i not in {p.i for p in part.subtree}]
            extra: list[Token] = []
            if r.lemma_ == "be":
                # "Berg, who is a fellow at X, the chancellor of Y": the later appositions belong here
                for a in apps:
                    if a.head == r.head and a.i > r.i:
                        extra += subtree(a, set())
                        merged_apps.add(a.i)
            self._emit(
                Clause(
                    sentence=self.sentence,
                    head=r,
                    tokens=tuple(trim(toks)),
                    borrowed_subject=tuple(about),
                    link=" " if r.dep_ == "relcl" else (" were " if _plural(described_by(r)) else " was "),
                    frame=frame,
                    via="relcl",
                    extra=tuple(trim(extra)),
                )
            )
        for a in apps:
            if a.i in merged_apps:
                continue
            toks = [t for t in subtree(a, {c.i for c in a.children if c.dep_ == "relcl"})]
            if not checkable(toks):
                continue
            self._emit(
                Clause(
                    sentence=self.sentence,
                    head=a,
                    tokens=tuple(trim(toks)),
                    borrowed_subject=tuple(antecedent(a)),
                    link=" is ",
                    frame=frame,
                    via="appos",
                )
            )

    def _speaker_act(self, verb: Token, frame: Frame):
        who = tuple(subject_phrase(frame.source)) if frame.source is not None else ()
        role = CUE_ROLES.get(verb.lemma_.lower(), frame.role)
        act = Frame(source=frame.source, role=role, cue=verb.text, cue_index=verb.i)
        said = contents_of(verb)
        if said:
            # "said the study was careful but cautioned that towns may differ": what was cautioned
            for c in said:
                self._reported(verb, c, act, set(), ())
            return
        tokens = tuple(trim(close_gaps(subtree(verb, set()))))
        self._emit(
            Clause(
                sentence=self.sentence,
                head=verb,
                tokens=tokens,
                borrowed_subject=who,
                link=" ",
                frame=act,
                via="cue",
            )
        )
