"""Step 3, split_atomic: turn one parsed sentence into atomic clauses.

A sentence that states several things becomes several clauses:
- coordinated predicates ("X is A and has B", "X denied it, but Y said ...") split at `conj`,
  a predicate without its own subject borrows the first one's;
- a cue verb ("said", "reported") is not itself a claim: its content clause is, with the cue as frame;
- relative clauses with a relative-pronoun subject ("Berg, who ran the bank ...") and
  checkable appositions on a subject ("Ruiz, the country's longest-serving mayor, ...") become claims
  about the name they describe.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribute import (
    CLAIM_NOUNS,
    CONTENTLESS_CUES,
    CUE_ROLES,
    according_frame,
    according_to,
    contents_of,
    frame_for_cue,
    is_cue,
    subject_of,
    trailing_according_frame,
)
from .resolve import entity_of
from .types import Clause, Frame, Sentence

PREDICATE_POS = frozenset({"VERB", "AUX"})

# Relative pronouns that make a relative clause a statement about its antecedent.
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})

# Sentence adverbs that only link to the previous sentence; dropped from the start of a claim.
DISCOURSE_OPENERS = frozenset(
    "however furthermore moreover meanwhile also additionally still yet instead indeed separately "
    "nevertheless nonetheless but and so then now".split()
)

# Punctuation that only separates; never worth keeping at the edges of a claim ("%" and "$" are kept).
EDGE_PUNCT = frozenset(",;:.!?…—–-()[]“”\"'‘’«»")

# "..., calling the decision flawed": a participle that says what the speaker said, with the past
# form used when it becomes a claim of its own.
PARTICIPLE_CUES = {
    "call": "called",
    "describe": "described",
    "say": "said",
    "add": "added",
    "argue": "argued",
    "claim": "claimed",
    "insist": "insisted",
    "warn": "warned",
    "deny": "denied",
    "accuse": "accused",
    "dismiss": "dismissed",
    "label": "labelled",
    "brand": "branded",
    "reject": "rejected",
}

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

# Words opening a clause that states a second fact next to the main one (not a condition or a
# cause, which only hold together with it: "if", "because", "unless" stay in their clause).
SIDE_BY_SIDE = frozenset({"when", "while", "whereas", "although", "though"})

# Nouns for bodies that speak of themselves as "it" ("the club said it had ...").
BODY_NOUNS = frozenset(
    "company firm club union council ministry department government agency committee commission court "
    "police party group bank board team association federation organisation organization office "
    "university hospital school charity network carmaker airline regulator watchdog".split()
)

# Determiners that pick out which ones a restrictive relative clause means ("every asset that ...").
SELECTING_DETERMINERS = frozenset("the every each any all no those these some anyone everyone".split())

# Finite verb tags: a verb with one of these has its own tense and can stand as a statement.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

# Dependents that do not make a coordinated verb a statement of its own (measure phrases, commas).
BARE_CONJ_DEPS = frozenset({"npadvmod", "punct", "cc"})

# Subject pronouns too vague to stand alone as the subject of a reported clause ("said it was true").
VAGUE_SUBJECTS = frozenset({"it", "this", "that", "these", "those"})


def _subtree(token: Token, skip: set[int]) -> list[Token]:
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _says_something(conj: Token) -> bool:
    """A coordinated verb with an argument of its own. "nuts and seeds a day" misread as a verb
    "seeds" has none (only a measure phrase), so it is no second statement."""
    return any(c.dep_ not in BARE_CONJ_DEPS for c in conj.children) or conj.tag_ == "VBD"


def _has_subject(token: Token) -> bool:
    return subject_of(token) is not None


def _is_named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}


def _linked_by(clause: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in words and c.i < clause.i for c in clause.children)


def _belongs_to_speaker(reported: Token, conj: Token) -> bool:
    """A past speech verb coordinated with a passive perfect ("had not been inspected and blamed"):
    it cannot share the auxiliaries, so it is the speaker's own act, not part of what they said."""
    return (
        conj.tag_ == "VBD"
        and conj.lemma_.lower() in CUE_ROLES
        and not _has_subject(conj)
        and reported.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in reported.children)
    )


def _speaks_as_body(source: Token | None) -> bool:
    """A source that would call itself "it": an organisation's name or noun, not a person."""
    if source is None or source.pos_ == "PRON":
        return False
    if source.ent_type_ == "PERSON":
        return False
    return source.ent_type_ in {"ORG", "GPE", "NORP"} or source.lemma_.lower() in BODY_NOUNS


def _participles(pred: Token) -> list[Token]:
    """ "..., calling the decision flawed": participle cues hanging off a clause."""
    return [
        c
        for c in pred.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in PARTICIPLE_CUES
    ]


def _agentless_passive(cue: Token) -> bool:
    """ "He is charged with 14 counts of fraud": a passive accusation naming no accuser is the
    report stating where a case stands, not an attribution to some unnamed source."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children) and not any(
        c.dep_ == "agent" for c in cue.children
    )


def _consequences(pred: Token) -> list[Token]:
    """ "..., giving the company a value of $2bn": consequence participles after a comma."""
    return [
        c
        for c in pred.children
        if c.dep_ in {"advcl", "xcomp"}
        and c.tag_ == "VBG"
        and c.i > pred.i
        and c.lemma_.lower() in CONSEQUENCE_PARTICIPLES
        and not _has_subject(c)
        and c.doc[c.i - 1].text == ","
    ]


def _defines_a_set(relcl: Token) -> bool:
    """ "doses that expired before use": a relative clause on a bare plural says which ones are
    meant rather than stating something about someone, so it stays inside its clause."""
    noun = relcl.head
    return (
        noun.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod", "appos"} for c in noun.children)
        and not any(t.text == "," for t in noun.doc[noun.i + 1 : relcl.left_edge.i])
    )


def _restricts(relcl: Token) -> bool:
    """ "every asset that does not fit", "the people who pay the price", "those who eat nuts": a
    relative clause straight after a definite or quantified noun (or a pronoun), with no comma, says
    which ones are meant rather than adding a fact, so it stays in its clause. After an indefinite
    noun ("a plan that reflected Moscow's positions") or on a named person it tells something new."""
    noun = relcl.head
    if noun.dep_ == "appos" or noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    between = noun.doc[noun.i + 1 : relcl.left_edge.i]
    if any(t.text in {",", "(", "—", "–"} for t in between):
        return False
    if noun.lower_ in SELECTING_DETERMINERS or noun.pos_ == "PRON":
        return True  # "those who ...", "anyone who ..."
    return any(c.dep_ == "det" and c.lower_ in SELECTING_DETERMINERS for c in noun.children)


def _checkable(tokens: list[Token]) -> bool:
    """A description worth a claim of its own: a superlative, a number, a date or another name."""
    return any(
        t.tag_ in {"JJS", "RBS"} or t.like_num or t.ent_type_ in {"DATE", "ORG", "GPE", "PERSON", "MONEY"}
        for t in tokens
    )


def noun_phrase(token: Token) -> list[Token]:
    """The core noun phrase of `token` (no relative clauses, appositions, commas)."""
    if token.ent_type_ and token.ent_iob_ != "O":
        ent = entity_of(token)
        if ent is not None:
            return [t for t in ent if t.tag_ != "POS" and t.dep_ != "case"]
    skip = {
        c.i
        for c in token.children
        if c.dep_ in {"relcl", "appos", "punct", "acl", "conj", "cc", "prep", "advmod"}
    }
    toks = []
    for c in token.children:
        if c.i not in skip and c.i < token.i:
            toks += _subtree(c, set())
    return sorted(toks + [token], key=lambda t: t.i)


def antecedent(token: Token) -> list[Token]:
    """Who or what a description is about: the name behind an apposition when there is one."""
    described = not _is_named(token) or any(c.dep_ == "det" for c in token.children)  # "a Democrat"
    if described and token.dep_ == "appos" and _is_named(token.head):
        return antecedent(token.head)
    for c in token.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and token.pos_ != "PROPN":
            return noun_phrase(c)
    return noun_phrase(token)


def subject_phrase(subj: Token) -> list[Token]:
    """A subject as it can be borrowed by a later clause: without its relative clauses and appositions."""
    skip = {c.i for c in subj.children if c.dep_ in {"relcl", "appos", "acl"}}
    return trim(_close_gaps(_subtree(subj, skip)))


def trim(tokens: list[Token], *, content: bool = False) -> list[Token]:
    """Drop linking words and punctuation from the edges of a clause."""
    toks = list(tokens)
    while toks and (
        toks[0].text in EDGE_PUNCT
        or toks[0].is_space
        or toks[0].dep_ == "cc"
        or (toks[0].dep_ == "mark" and toks[0].lower_ == "that")
        or (
            toks[0].dep_ in {"mark", "advmod"}
            and toks[0].lower_ in SIDE_BY_SIDE
            and toks[0].head.dep_ in {"advcl", "relcl"}
        )
        or (toks[0].lower_ in DISCOURSE_OPENERS and toks[0].dep_ in {"advmod", "cc"})
        or (content and toks[0].lower_ == "that" and toks[0].tag_ in {"WDT", "IN"})
    ):
        toks.pop(0)
    while toks and (toks[-1].text in EDGE_PUNCT or toks[-1].is_space or toks[-1].dep_ in {"cc"}):
        toks.pop()
    return toks


def _raised_subject(cue: Token, content: Token) -> tuple[Token, ...]:
    """ "She denied [the cuts] were political": the parser sometimes makes the content's subject the
    cue's object; give it back to a subjectless content clause that follows it directly."""
    if _has_subject(content):
        return ()
    for c in cue.children:
        if c.dep_ == "dobj" and c.right_edge.i == content.left_edge.i - 1:
            return tuple(subject_phrase(c))
    return ()


def _close_gaps(tokens: list[Token]) -> list[Token]:
    """Drop commas left on either side of a carved-out clause ("Ruiz, [...], has resigned")."""
    kept = {t.i for t in tokens}
    out = []
    for t in tokens:
        if t.is_punct and t.text in {",", ";", "—", "–"} and (t.i - 1 not in kept or t.i + 1 not in kept):
            continue
        out.append(t)
    return out


class _Splitter:
    def __init__(self, sentence: Sentence):
        self.sentence = sentence
        self.clauses: list[Clause] = []
        self.described: set[int] = set()

    # -- which children are carved out of a clause -------------------------------------------------

    def _split_predicates(self, pred: Token) -> list[Token]:
        """Predicates under `pred` that state something separately."""
        out = []
        for c in pred.children:
            if c.dep_ == "conj" and c.pos_ in PREDICATE_POS and _says_something(c):
                out.append(c)
            # "used $640,000 to buy a home and lost $900,000": a finite verb cannot share "to", so a
            # past-tense conjunct the parser hung on the infinitive is the main verb's second act
            elif c.dep_ == "xcomp" and c.tag_ == "VB" and pred.tag_ in FINITE_TAGS:
                out += [
                    g
                    for g in c.children
                    if g.dep_ == "conj" and g.tag_ in FINITE_TAGS and g.tag_ == pred.tag_
                ]
            # "A launches X, B is critical to Y": a clause before the main verb, parsed as its ccomp
            elif c.dep_ == "ccomp" and c.i < pred.i and not is_cue(pred) and _has_subject(c):
                out.append(c)
            # "sold for £1.2m, when a valuation put it at £3.9m": a second fact told alongside
            elif c.dep_ in {"advcl", "relcl"} and _has_subject(c) and _linked_by(c, SIDE_BY_SIDE):
                out.append(c)
        return out

    def _descriptions(self, tokens: list[Token]) -> tuple[list[Token], list[Token]]:
        """Relative clauses and appositions inside `tokens` to carve out: (relcls, appositions)."""
        relcls, apps = [], []
        for t in tokens:
            if (
                t.dep_ == "relcl"
                and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATIVE_SUBJECTS and c.i < t.i
                    for c in t.children
                )
                and not _defines_a_set(t)
                and not _restricts(t)
            ):
                relcls.append(t)
            if t.dep_ == "appos" and t.pos_ in {"NOUN", "PROPN"} and not _is_named(t) and _is_named(t.head):
                if t.head.dep_ in {"nsubj", "nsubjpass"}:
                    apps.append(t)
            elif (
                t.dep_ == "appos"
                and t.head.dep_ in {"nsubj", "nsubjpass"}
                and _is_named(t.head)
                and t.pos_ == "PROPN"
                and any(c.dep_ == "det" for c in t.children)
            ):
                # "Berg, the chancellor of X": parsed with PROPN head but a determiner gives it away
                apps.append(t)
        return relcls, apps

    def _emit(self, clause: Clause):
        if clause.tokens:
            self.clauses.append(clause)

    # -- the walk ----------------------------------------------------------------------------------

    def visit(self, pred: Token, *, frame: Frame | None, borrowed: tuple, via: str, nested: bool):
        parts = self._split_predicates(pred)
        subj = subject_of(pred)
        own_subject = tuple(subject_phrase(subj)) if subj is not None else ()
        skip = {p.i for p in parts}

        if not nested and is_cue(pred):
            cue_frame = frame_for_cue(pred)
            contents = contents_of(pred)
            if contents:
                for c in contents:
                    head_subj = subject_of(c)
                    vague = head_subj is not None and head_subj.lower_ in VAGUE_SUBJECTS
                    if vague and head_subj.lower_ == "it" and _speaks_as_body(cue_frame.source):
                        vague = False  # "the FA confirmed it had received a complaint": "it" is the FA
                    if vague and len(list(c.subtree)) <= 5:
                        # "Berg said it was true": the content alone says nothing, keep the frame
                        self._clause(pred, skip, frame=cue_frame, borrowed=borrowed, via="cue")
                    else:
                        self.visit(
                            c, frame=cue_frame, borrowed=_raised_subject(pred, c), via="content", nested=True
                        )
                # descriptions of the source ("said Berg, who was ...") are the report's own voice
                self._carve_descriptions(pred, skip | {c.i for c in contents}, frame=None)
                # "Vantrix said it would appeal, calling the decision flawed"
                self._participle_clauses(pred, _participles(pred), frame=cue_frame, borrowed=borrowed)
            elif pred.lemma_.lower() in CONTENTLESS_CUES and not _agentless_passive(pred):
                self._clause(pred, skip, frame=cue_frame, borrowed=borrowed, via="cue")
            else:
                self._clause(pred, skip, frame=frame, borrowed=borrowed, via=via)
        else:
            # "A were killed and B are missing, according to X": the parser hangs "according to" on
            # the last conjunct, but it covers the whole coordination
            shared = next((f for f in map(according_frame, [pred, *parts]) if f is not None), None)
            own_frame = according_frame(pred) or shared or frame
            if own_frame is None and via == "main":
                own_frame = trailing_according_frame(pred)
            self._clause(pred, skip, frame=own_frame, borrowed=borrowed, via=via, nested=nested)
            frame = shared or frame

        for p in parts:
            if via == "content" and frame is not None and _belongs_to_speaker(pred, p):
                # "said the dam had not been inspected and blamed the government": "blamed" is the
                # speaker's second act, hung by the parser on the reported clause
                self._speaker_act(p, frame)
                continue
            takes = () if _has_subject(p) else (own_subject or borrowed)
            if takes and not any(c.dep_ in {"aux", "auxpass"} for c in p.children):
                # "was approved by the board and signed off by auditors": the second verb needs "was"
                takes = takes + tuple(
                    c for c in pred.children if c.dep_ in {"aux", "auxpass"} and c.i < pred.i
                )
            self.visit(p, frame=frame, borrowed=takes, via="conj", nested=nested)

    def _speaker_act(self, verb: Token, frame: Frame):
        who = tuple(subject_phrase(frame.source)) if frame.source is not None else ()
        role = CUE_ROLES.get(verb.lemma_.lower(), frame.role)
        act = Frame(source=frame.source, role=role, cue=verb.text, cue_index=verb.i)
        tokens = tuple(trim(_close_gaps(_subtree(verb, set()))))
        self._emit(Clause(self.sentence, verb, tokens, who, " ", act, "cue"))

    def _clause(self, pred, skip, *, frame, borrowed, via, nested=False):
        skip = set(skip)
        if frame is not None and frame.source is not None and frame.source.i != pred.i:
            # a misparsed source inside the content ("X knew ..., the director, Y, told Z")
            if frame.source in pred.subtree and via == "content":
                skip.add(frame.source.i)
        acc = according_to(pred)
        if acc:
            skip.add(acc[0].i)
        for c in pred.children:
            if c.dep_ in {"advcl", "prep"} and c.lemma_.lower() in {"cite", "quote"}:
                skip.add(c.i)
        participles = _participles(pred)
        consequences = _consequences(pred)
        skip |= {p.i for p in participles} | {p.i for p in consequences}
        # "Gary Price, 54, denies ...": an age in apposition is no part of the statement
        subj = subject_of(pred)
        if subj is not None:
            skip |= {c.i for c in subj.children if c.dep_ == "appos" and c.pos_ == "NUM"}
        # "sold in 2021, when a valuation put it at £3.9m": the when-clause may hang on any word
        side = [
            t
            for t in _subtree(pred, skip)
            if t.i != pred.i
            and t.dep_ in {"advcl", "relcl"}
            and _has_subject(t)
            and _linked_by(t, SIDE_BY_SIDE)
        ]
        skip |= {t.i for t in side}
        # "pleaded not guilty to charges that he stole $2m": the charges say he stole it
        alleged = [
            t
            for t in _subtree(pred, skip)
            if t.i != pred.i
            and t.dep_ == "acl"
            and t.head.lemma_.lower() in CLAIM_NOUNS
            and _has_subject(t)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        ]
        skip |= {t.i for t in alleged}
        tokens = _subtree(pred, skip)
        relcls, apps = self._descriptions(tokens)
        carve = {r.i for r in relcls} | {a.i for a in apps}
        tokens = _subtree(pred, skip | carve)
        tokens = _close_gaps(tokens)
        # commas and conjunctions left hanging before a carved-out conjunct
        tokens = trim(tokens, content=via == "content")
        if via == "content" and tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "nsubj":
            tokens = tokens[1:]
        self._emit(Clause(self.sentence, pred, tuple(tokens), tuple(borrowed), " ", frame, via))
        self._participle_clauses(pred, participles, frame=frame, borrowed=borrowed)
        self._consequence_clauses(pred, consequences, frame=frame, borrowed=borrowed, nested=nested)
        for t in side:
            self.visit(t, frame=frame, borrowed=(), via="conj", nested=nested)
        for t in alleged:
            noun = t.head
            claim = Frame(source=noun, role=CLAIM_NOUNS[noun.lemma_.lower()], cue=noun.text, cue_index=noun.i)
            self.visit(t, frame=claim, borrowed=(), via="content", nested=True)
        # who someone is ("Berg, who ran the bank", "Ruiz, the former chief executive") is
        # background the report gives in its own voice, even inside someone else's statement
        self._descriptions_to_clauses(relcls, apps, frame=None)

    def _participle_clauses(self, pred, participles, *, frame, borrowed):
        for p in participles:
            # the one doing the calling: the speaker of a reported clause, else the clause's subject
            who = frame.source if frame is not None and frame.source is not None else subject_of(pred)
            who_tokens = tuple(subject_phrase(who)) if who is not None else tuple(borrowed)
            rest = tuple(trim([t for t in _subtree(p, set()) if t.i != p.i]))
            link = f" {PARTICIPLE_CUES[p.lemma_.lower()]} "
            if frame is not None:
                role = CUE_ROLES.get(p.lemma_.lower(), "said")
                frame = Frame(source=frame.source, role=role, cue=p.text, cue_index=p.i)
            self._emit(Clause(self.sentence, p, rest, who_tokens, link, frame, "cue"))

    def _consequence_clauses(self, pred, consequences, *, frame, borrowed, nested):
        for p in consequences:
            said = [c for c in p.children if c.dep_ == "ccomp"]
            if not CONSEQUENCE_PARTICIPLES[p.lemma_.lower()]:
                # "meaning at least 28 MPs would need to rebel": the clause says it all
                for c in said:
                    self.visit(c, frame=frame, borrowed=(), via="conj", nested=True)
                continue
            subj = subject_of(pred)
            who = tuple(subject_phrase(subj)) if subj is not None else tuple(borrowed)
            rest = tuple(trim([t for t in _subtree(p, set()) if t.i != p.i]))
            link = f" {CONSEQUENCE_PARTICIPLES[p.lemma_.lower()]} "
            self._emit(Clause(self.sentence, p, rest, who, link, frame, "conj"))

    def _carve_descriptions(self, pred, skip, *, frame):
        tokens = _subtree(pred, skip)
        relcls, apps = self._descriptions(tokens)
        self._descriptions_to_clauses(relcls, apps, frame=frame)

    def _descriptions_to_clauses(self, relcls, apps, *, frame):
        merged_apps = set()
        relcls = [r for r in relcls if r.i not in self.described]
        apps = [a for a in apps if a.i not in self.described]
        self.described |= {r.i for r in relcls} | {a.i for a in apps}
        for r in relcls:
            about = antecedent(r.head)
            toks = [t for t in _subtree(r, set()) if not (t.dep_ in {"nsubj", "nsubjpass"} and t.head == r)]
            extra: list[Token] = []
            if r.lemma_ == "be":
                # "Berg, who is a fellow at X, the chancellor of Y": the later appositions belong here
                for a in apps:
                    if a.head == r.head and a.i > r.i:
                        extra += _subtree(a, set())
                        merged_apps.add(a.i)
            self._emit(
                Clause(
                    self.sentence,
                    r,
                    tuple(trim(toks)),
                    tuple(about),
                    " ",
                    frame,
                    "relcl",
                    tuple(trim(extra)),
                )
            )
        for a in apps:
            if a.i in merged_apps:
                continue
            toks = [t for t in _subtree(a, {c.i for c in a.children if c.dep_ == "relcl"})]
            if not _checkable(toks):
                continue
            self._emit(
                Clause(self.sentence, a, tuple(trim(toks)), tuple(antecedent(a)), " is ", frame, "appos")
            )


def split_atomic(sentence: Sentence, *, frame: Frame | None = None) -> tuple[Clause, ...]:
    """The atomic clauses of a sentence, in the order met. `frame` carries an open quotation's speaker."""
    splitter = _Splitter(sentence)
    splitter.visit(sentence.span.root, frame=frame, borrowed=(), via="main", nested=frame is not None)
    return tuple(sorted(splitter.clauses, key=lambda c: c.start))
