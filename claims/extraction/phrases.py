"""Phrases in the dependency parse, shared by the stages that carve and write out clauses.

Which tokens make up a subject, a noun phrase or the name behind a description; which relative
clauses and appositions describe someone (and so are claims of their own) rather than saying
which ones are meant.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue, subject_of
from .entities import entity_of
from .persons import PEOPLE_NOUNS
from .relatives import after_whose_clause

# Relative pronouns that make a relative clause a statement about its antecedent.
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})

# Sentence adverbs that only link to the previous sentence; dropped from the start of a claim.
DISCOURSE_OPENERS = frozenset(
    "however furthermore moreover meanwhile also additionally still yet instead indeed separately "
    "nevertheless nonetheless but and so then now".split()
)

# Punctuation that only separates; never worth keeping at the edges of a claim ("%" and "$" are kept).
EDGE_PUNCT = frozenset(",;:.!?…—–-()[]“”\"'‘’«»")

# Words opening a clause that states a second fact next to the main one (not a condition or a
# cause, which only hold together with it: "if", "because", "unless" stay in their clause).
SIDE_BY_SIDE = frozenset({"when", "while", "whereas", "although", "though"})
# Links dropped from the front of a clause told alongside another ("where a warehouse collapsed").
LEADING_LINKS = SIDE_BY_SIDE | {"as", "where"}

# Determiners that pick out which ones a restrictive relative clause means ("every asset that ...").
SELECTING_DETERMINERS = frozenset("the every each any all no those these some anyone everyone".split())


def subtree(token: Token, skip: set[int]) -> list[Token]:
    if not skip or token.left_edge.i > max(skip) or token.right_edge.i < min(skip):
        # (nothing to leave out: the parse's own walk, put in order, as a repaired head can leave a
        # word before its new sibling: "a non-performance" walked "non - a performance")
        return sorted(token.subtree, key=lambda t: t.i)
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def has_subject(token: Token) -> bool:
    return subject_of(token) is not None


def is_named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}


def linked_by(clause: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in words and c.i < clause.i for c in clause.children)


def defines_a_set(relcl: Token) -> bool:
    """ "doses that expired before use": a relative clause on a bare plural says which ones are
    meant rather than stating something about someone, so it stays inside its clause."""
    noun = relcl.head
    if noun.tag_ == "CD" and not any(t.text == "," for t in noun.doc[noun.i + 1 : relcl.left_edge.i]):
        return True  # "twelve of the 18 who answered": which ones are counted
    return (
        noun.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod", "appos"} for c in noun.children)
        and not any(t.text == "," for t in noun.doc[noun.i + 1 : relcl.left_edge.i])
    )


def restricts(relcl: Token) -> bool:
    """ "every asset that does not fit", "the people who pay the price", "those who eat nuts": a
    relative clause straight after a definite or quantified noun (or a pronoun), with no comma, says
    which ones are meant rather than adding a fact, so it stays in its clause. After an indefinite
    noun ("a plan that reflected Moscow's positions") or on a named person it tells something new."""
    noun = relcl.head
    between = noun.doc[noun.i + 1 : relcl.left_edge.i]
    if any(t.text in {",", "(", "—", "–"} for t in between):
        return False
    if noun.lower_ in SELECTING_DETERMINERS or noun.pos_ == "PRON":
        return True  # "those who ...", "anyone who ..." ("..., particularly those who ...")
    if noun.dep_ == "appos" or noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    verb = noun.head
    if noun.dep_ in {"dobj", "attr"} and any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return True  # "would not accept a deal that leaves farmers ...": which deal, not a fact about one
    return any(c.dep_ == "det" and c.lower_ in SELECTING_DETERMINERS for c in noun.children)


def checkable(tokens: list[Token]) -> bool:
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
    # "a series of new sanctions": a word for how many says what only with its "of"
    of = [
        c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and token.lemma_ in COUNTING_NOUNS
    ]
    toks = []
    for c in token.children:
        if c.i not in skip and c.i < token.i:
            toks += subtree(c, set())
    for c in of:
        toks += subtree(c, {t.i for t in c.subtree if t.dep_ in {"relcl", "acl", "appos", "punct"}})
    return sorted(toks + [token], key=lambda t: t.i)


# Nouns of how many or how much: "a series of sanctions", "a number of firms", "a package of measures".
COUNTING_NOUNS = frozenset("series number set package raft slew batch range host handful couple pair".split())


def antecedent(token: Token) -> list[Token]:
    """Who or what a description is about: the name behind an apposition when there is one."""
    described = not is_named(token) or any(c.dep_ == "det" for c in token.children)  # "a Democrat"
    if described and token.dep_ == "appos" and is_named(token.head):
        return antecedent(token.head)
    for c in token.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and token.pos_ != "PROPN":
            return noun_phrase(c)
    return noun_phrase(token)


def phrase_head(tokens: tuple[Token, ...] | list[Token]) -> Token | None:
    """The token of a phrase whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def subject_phrase(subj: Token) -> list[Token]:
    """A subject as it can be borrowed by a later clause: without its relative clauses and appositions."""
    skip = {c.i for c in subj.children if c.dep_ in {"relcl", "appos", "acl"}}
    return trim(close_gaps(subtree(subj, skip)))


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
            and toks[0].lower_ in LEADING_LINKS
            and toks[0].head.dep_ in {"advcl", "relcl", "conj"}
        )
        or (toks[0].lower_ in DISCOURSE_OPENERS and toks[0].dep_ in {"advmod", "cc"})
        or (content and toks[0].lower_ == "that" and toks[0].tag_ in {"WDT", "IN"})
    ):
        toks.pop(0)
    while toks and (toks[-1].text in EDGE_PUNCT or toks[-1].is_space or toks[-1].dep_ in {"cc"}):
        toks.pop()
    return toks


def close_gaps(tokens: list[Token]) -> list[Token]:
    """Drop commas left on either side of a carved-out clause ("Ruiz, [...], has resigned")."""
    kept = {t.i for t in tokens}
    out = []
    for t in tokens:
        if t.is_punct and t.text in {",", ";", "—", "–"} and (t.i - 1 not in kept or t.i + 1 not in kept):
            continue
        out.append(t)
    return out


def _set_off(appos: Token) -> bool:
    """An apposition set off by a comma or dash after its noun ("the minister, a close ally")."""
    doc = appos.doc
    before = doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    return before is not None and before.text in {",", "—", "–", "("} and appos.i > appos.head.i


def _next_to_its_noun(appos: Token) -> bool:
    """ "India, who ..., were skittled out for 202, a deficit of 301 runs": an apposition the parser
    hung on a noun far back glosses what it follows (the figure), not that noun."""
    own = {t.i for t in appos.head.subtree}
    between = appos.doc[min(appos.head.i, appos.left_edge.i) : appos.left_edge.i]
    return all(t.i in own or t.is_punct for t in between)


def relative_subject(clause: Token) -> Token | None:
    """The "who"/"which"/"that" a relative clause has for subject; none when the clause has a noun
    subject too ("disappointment that targets were missed": the content of a noun, not a gloss)."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i]
    if any(c.lower_ not in RELATIVE_SUBJECTS for c in subjects) and not is_cue(clause):
        return None  # ("a drought that its central bank says cut growth": the bank's words on it)
    return next((c for c in subjects if c.lower_ in RELATIVE_SUBJECTS), None)


def quantified_relative(clause: Token) -> Token | None:
    """ "40 parks, some of which will close": the subject ("some of which", "most of whom") of a
    relative clause set off by a comma that tells a fact of part of what it describes."""
    for s in clause.children:
        if s.dep_ not in {"nsubj", "nsubjpass"} or s.i > clause.i or s.left_edge.i == 0:
            continue
        of = [c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"]
        which = any(p.lower_ in {"which", "whom"} and p.dep_ == "pobj" for o in of for p in o.children)
        if which and s.doc[s.left_edge.i - 1].text == ",":
            return s
    return None


# Participles that do not tell a fact of their own: a name given ("a man named X"), a plan or an
# expectation ("set to", "due to"), a source quoted or cited ("officials quoted by X").
QUIET_PARTICIPLES = frozenset("name call set due schedule expect quote cite base compare see end".split())


# Participles of what the law does to a person ("a man convicted of ...", "a woman charged with ...").
JUDGED = frozenset("convict accuse charge sentence arrest jail imprison indict acquit suspect".split())


def reduced_relative(t: Token) -> bool:
    """ "The marches, organized by labor groups, brought ...": a past participle set off by commas
    to describe a noun says a fact of its own about it ("the marches were organized by labor
    groups"); without the commas ("figures seen by the Guardian") it only says which are meant."""
    if t.dep_ != "acl" or t.tag_ != "VBN" or t.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if t.lemma_.lower() in QUIET_PARTICIPLES or any(c.dep_ in {"xcomp", "ccomp"} for c in t.children):
        return False
    start = t.left_edge.i
    set_off = start > 0 and t.doc[start - 1].text == "," and t.right_edge.i + 1 < len(t.doc)
    set_off = set_off and t.doc[t.right_edge.i + 1].text in {",", "."}
    # "a life sentence for a man convicted of killing a teenager": what a court did to a person is a
    # fact about them, commas or not
    judged = t.lemma_.lower() in JUDGED and t.head.lemma_.lower() in PEOPLE_NOUNS
    return (set_off or judged) and len(list(t.subtree)) >= 3


def _in_subject(noun: Token) -> bool:
    """A subject, or one of a subject's coordinated names ("Neither X nor Y, the leader, had")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"}


def descriptions(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Relative clauses and appositions inside `tokens` to carve out: (relcls, appositions)."""
    relcls, apps = [], []
    for t in tokens:
        if (
            t.dep_ == "relcl"
            and (relative_subject(t) or any(c.dep_ == "ccomp" and relative_subject(c) for c in t.children))
            and not defines_a_set(t)
            and not restricts(t)
        ):
            # "services, which the council says carry fewer than 20 passengers": the pronoun may be
            # the subject of what the relative clause reports
            relcls.append(t)
        elif reduced_relative(t) or (t.dep_ == "relcl" and quantified_relative(t) is not None):
            relcls.append(t)
        described = t.dep_ == "appos" and t.pos_ in {"NOUN", "PROPN"} and not is_named(t)
        if described and (_set_off(t) or is_named(t.head)) and _next_to_its_noun(t):
            # "the minister, a close ally of the president, said": who the subject is, not what it did
            if _in_subject(t.head):
                apps.append(t)
        elif (
            t.dep_ == "appos"
            and _in_subject(t.head)
            and is_named(t.head)
            and t.pos_ == "PROPN"
            and any(c.dep_ == "det" for c in t.children)
        ):
            # "Berg, the chancellor of X": parsed with PROPN head but a determiner gives it away
            apps.append(t)
    return relcls, apps


# Punctuation that belongs inside a phrase ("US, European and Russian officials", "in-post").
INNER_PUNCT = frozenset({",", "-", "–", "/", "&"})


def _temporal(token: Token) -> bool:
    """ "on Tuesday", "last week": a time phrase, never part of who someone is."""
    return token.ent_type_ in {"DATE", "TIME"} or any(
        t.ent_type_ in {"DATE", "TIME"} for t in token.children if t.dep_ == "pobj"
    )


def phrase_text(tokens: list[Token]) -> str:
    """Tokens as the report wrote them, spaces kept between neighbours and put back over gaps."""
    return "".join(
        t.text + (t.whitespace_ if n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1 else " ")
        for n, t in enumerate(tokens)
    ).strip()


def noun_phrase_tokens(token: Token, *, last: int) -> list[Token]:
    """The tokens of a noun phrase up to index `last`, without relative clauses, appositions,
    participle phrases and time phrases; inner commas and hyphens kept, edge punctuation not."""
    dated = token.ent_type_ in {"DATE", "TIME"}
    # (the phrase ends where its own words do: "the mayor visited ..., the ... law" when the parser
    # hangs a far word on the noun)
    inside = {t.i for t in token.subtree}
    last = next((i - 1 for i in range(token.i + 1, last + 1) if i not in inside), last)
    # (nor in the middle of a name: "... from The New York Times", not "from The New")
    while last + 1 < len(token.doc) and token.doc[last + 1].ent_iob_ == "I" and last + 1 in inside:
        last += 1
    skip = {
        t.i
        for c in token.children
        if c.dep_ in {"relcl", "appos", "acl"}
        # (a time phrase, unless the phrase is one itself: "the 61-year-old" is an age)
        or (c.dep_ in {"prep", "npadvmod"} and _temporal(c) and not dated)
        # "prosecutors of photographing military sites": what they accuse, not who they are
        or (c.dep_ == "prep" and any(g.pos_ == "VERB" for g in c.children))
        # "identified by authorities as A and B": what they were identified as, hung on the agent
        or (c.dep_ == "prep" and c.lower_ == "as")
        # "A man police say is responsible": a noun with its own article is no modifier of this one
        or (c.dep_ == "compound" and c.pos_ == "NOUN" and any(g.dep_ == "det" for g in c.children))
        for t in c.subtree
    }
    # "the front of seven parties on Wednesday": a time phrase hung deeper in the phrase
    skip |= {
        t.i for d in token.subtree if d.dep_ == "prep" and d.i > token.i and _temporal(d) for t in d.subtree
    }
    # (and a relative clause on a noun deeper in: "the fire chief of Odisha, where the crash happened")
    skip |= {t.i for d in token.subtree if d.dep_ == "relcl" and d.head.i > token.i for t in d.subtree}
    toks = [
        t
        for t in token.doc[token.left_edge.i : last + 1]
        if t.i not in skip and (not t.is_punct or t.text in INNER_PUNCT)
    ]
    while toks and toks[0].is_punct:
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


# Objects a later "it" may stand for: direct ones and the first of two ("fined the bank £12m").
OBJECT_DEPS = frozenset({"dobj", "dative"})

# Pronouns by the number of the noun they may stand for.
SINGULAR_PRONOUNS = frozenset({"it", "this", "that"})
PLURAL_PRONOUNS = frozenset({"they", "these", "those"})


def _agrees(noun: Token, pronoun: Token) -> bool:
    if pronoun.lower_ in PLURAL_PRONOUNS:
        return noun.tag_ in {"NNS", "NNPS"}
    return pronoun.lower_ in SINGULAR_PRONOUNS and noun.tag_ in {"NN", "NNP"}


def object_antecedent(cue: Token, pronoun: Token) -> Token | None:
    """What a vague "it"/"they" in reported content stands for: the object of the verb the cue is
    coordinated with or hangs on, before it and of the same number ("denied Bremmer's claim, but
    Hill said it was true"; "dismissed the figures, saying they do not reflect reality")."""
    verb = cue
    if pronoun.lower_ not in {"it", "they"}:
        return None  # ("expressed gratitude for the visit, adding that this will ...": the visit, the events)
    while verb.dep_ in {"conj", "advcl"} and verb.head.i < verb.i:
        if after_whose_clause(verb.head, verb):  # whose the verb is, and so what "it" is, is unsure
            return None
        verb = verb.head
        for c in verb.children:
            if (
                c.dep_ in OBJECT_DEPS
                and c.pos_ in {"NOUN", "PROPN"}
                and c.i < pronoun.i
                and _agrees(c, pronoun)
            ):
                return c
    return None
