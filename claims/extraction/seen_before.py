"""Seen before: whether two claim texts state the same proposition.

A match means the same people and bodies in the same roles, the same numbers and dates, the same
polarity and the same modality, and the same event, not just similar words: "Halden Motors will cut
1,200 jobs by the end of 2025" matches "By the end of 2025, Halden Motors will eliminate 1,200
positions", but not "... 1,300 jobs", "Pell Freight agreed to buy Corvane" against the other way
round, "denied" against "admitted", or "proposed raising" against "raised".

Meant for matching a new report's claims against claims already checked: `keys()` reads names and
numbers from a text with plain string work, to narrow the candidates through an index; then
`same_proposition()` parses the few candidates (spaCy, loaded once) and compares them. The word
lists below are general newsroom vocabulary, never any report's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .dedupe import stem
from .entities import TITLES
from .quantities import MONTHS, WEEKDAYS, read_numbers
from .segment import doc_text

# Words of one meaning in news copy, by the form they are compared in.
SYNONYMS = {
    **dict.fromkeys("sack fire oust dismiss".split(), "dismiss"),
    **dict.fromkeys("quit resign".split(), "resign"),
    **dict.fromkeys("eliminate slash reduce lower cut axe".split(), "cut"),
    **dict.fromkeys("increase raise climb grow jump rise".split(), "rise"),
    **dict.fromkeys("drop decline ease slow shrink narrow dip fall".split(), "fall"),
    **dict.fromkeys("pass back endorse approve".split(), "approve"),
    **dict.fromkeys("block veto reject".split(), "reject"),
    **dict.fromkeys("defeat beat".split(), "beat"),
    **dict.fromkeys("acquire purchase buy".split(), "buy"),
    **dict.fromkeys("name appoint".split(), "appoint"),
    **dict.fromkeys("keep hold".split(), "hold"),
    **dict.fromkeys("scrap cancel".split(), "cancel"),
    **dict.fromkeys("job position post role".split(), "job"),
    **dict.fromkeys("firm company business".split(), "company"),
    **dict.fromkeys("shortfall deficit".split(), "deficit"),
    **dict.fromkeys("jobless unemployment".split(), "unemployment"),
    **dict.fromkeys("ceo executive".split(), "executive"),
    **dict.fromkeys("ministry department".split(), "ministry"),
    **dict.fromkeys("household home house".split(), "home"),
    **dict.fromkeys("plane jet aircraft".split(), "aircraft"),
    **dict.fromkeys("problem fault".split(), "fault"),
    **dict.fromkeys("staff employee worker".split(), "worker"),
}
# Phrasal verbs that are one verb: "stepped down", "put up (prices)", "went up", "turned down".
PHRASAL = {
    ("step", "down"): "resign",
    ("put", "up"): "rise",
    ("go", "up"): "rise",
    ("turn", "down"): "reject",
}

# Verbs that say the opposite of another: the same event with the polarity flipped.
OPPOSITES = {"fall": "rise", "cut": "rise", "deny": "admit", "acquit": "convict", "overturn": "uphold"}
OPPOSITES.update({"reject": "approve", "refuse": "agree", "close": "open"})
# Verbs telling the same result from the other side, "to" naming the other: "Ashby lost 2-1 to
# Riverside" is "Riverside beat Ashby 2-1" (without "to", losing is the opposite of winning).
CONVERSES = {"lose": "beat"}
UNSIDED = {"lose": "win"}
# Verbs of two sides acting together, where the order of the names says nothing.
MUTUAL = frozenset({"meet", "talk", "merge", "draw", "tie", "negotiate", "sign"})

# Words that make a statement about what may happen rather than what did: a proposal, a review,
# a consultation, a threat, a maximum.
MODALITY = frozenset(
    "propose plan consider review consult seek aim intend threaten face could may might "
    "negotiate explore weigh".split()
)
NEGATIONS = frozenset({"not", "no", "never", "neither", "none", "nobody", "nothing", "without", "n't"})

# Words of units and of dates, counted with their numbers and dates, not as content.
UNIT_WORDS = frozenset("% percent cent per point points basis quarter m bn k million billion".split())

# Verbs that carry little of a statement's meaning: "saw a turnout of", "stands at", "took".
LIGHT_VERBS = frozenset("be have see take make give get put stand become go lead say do hold".split())
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW"})
NAME_STOP = frozenset({"the", "of", "a", "an", "and"})


@dataclass(frozen=True)
class Proposition:
    """What a claim text says, in comparable parts."""

    names: tuple[tuple[str, ...], ...]  # each name as its words, titles left out
    text_words: frozenset[str]  # every word, lower-cased, for names the other text writes in lower case
    numbers: frozenset[str]
    dates: frozenset[str]
    negative: bool
    modality: frozenset[str]
    agent: str  # last word of the name doing the act ("" when it is not a name)
    root: str  # the main verb (of what is said, under a verb of saying), as compared
    roles: tuple[str, str]  # the head nouns of its subject and object when they are common nouns
    mutual: bool  # the act is one two sides do together
    events: frozenset[str]  # the verbs, in the form they are compared in
    words: frozenset[str]  # the other content words


# ---- cheap keys, no parse ---------------------------------------------------------------------------

NAME = re.compile(r"\b[A-Z][\w’'&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'&-]*)*")


def _name_words(name: str) -> tuple[str, ...]:
    words = [re.sub(r"['’]s?$", "", w).lower() for w in name.split()]
    words = [w for w in words if w not in NAME_STOP and w not in TITLES]
    return tuple(w for w in words if w not in MONTHS and w not in WEEKDAYS)


def name_keys(text: str) -> frozenset[str]:
    """The last word of each capitalised name in a text ("musk" for "Elon Musk"), no parse. A
    capital opening the text counts too: a key may over-match, never miss."""
    return frozenset(words[-1] for m in NAME.finditer(text) if (words := _name_words(m.group(0))))


@lru_cache(maxsize=8192)
def keys(text: str) -> frozenset[str]:
    """Name and number keys of a text, to find candidates through an index: a claim that states
    the same proposition shares at least one (names by their first six letters, so "Vestria" and
    "Vestrian" meet). Plain string work."""
    numbers, _ = read_numbers(text)
    return frozenset({f"name:{n[:6]}" for n in name_keys(text)} | {f"number:{n}" for n in numbers})


# ---- the parse ------------------------------------------------------------------------------------------


def _canon(token: Token) -> str:
    lemma = token.lemma_.lower()
    for c in token.children:
        if c.dep_ in {"prt", "advmod"} and (lemma, c.lower_) in PHRASAL:
            return PHRASAL[(lemma, c.lower_)]
    if lemma in CONVERSES and not _to_whom(token):
        return UNSIDED[lemma]
    return SYNONYMS.get(lemma, lemma)


def _to_whom(verb: Token) -> Token | None:
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children), None)


def _in_a_title(t: Token) -> bool:
    """ "Finance Minister Tomas Reiter": the words before a person's name are their title."""
    return t.dep_ == "compound" and t.head.ent_type_ == "PERSON" and not t.ent_type_


def _names(doc: Doc) -> tuple[tuple[str, ...], ...]:
    found = []
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            words = tuple(w for w in _name_words(ent.text) if not any(ch.isdigit() for ch in w))
            if words:
                found.append(words)
    for t in doc:
        if t.pos_ == "PROPN" and not t.ent_type_ and t.i > 0 and not _in_a_title(t):
            words = _name_words(t.text)
            if words:
                found.append(words)
    return tuple(sorted(set(found)))


def _agent(root: Token, converse: bool) -> str:
    """Who does the act: the subject, the passive's "by" agent, or for "lost to X", X."""
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    by = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    to = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children), None)
    doer = by if subject is not None and subject.dep_ == "nsubjpass" else subject
    if converse:
        doer = to
    if doer is None or not (doer.pos_ == "PROPN" or doer.ent_type_ in NAME_LABELS):
        return ""
    words = _name_words(doer.text) or (doer.lower_,)
    return words[-1]


# Verbs of saying: the statement is in the clause they introduce.
SAYING = frozenset("say report announce confirm state tell claim add".split())


def _main_verb(root: Token) -> Token:
    if root.lemma_.lower() in SAYING:
        return next((c for c in root.children if c.dep_ == "ccomp"), root)
    return root


def _roles(verb: Token) -> tuple[str, str]:
    """Head nouns of the subject and object, when common nouns ("nurses", "a 34-year-old man")."""

    def head(deps: set[str]) -> str:
        t = next((c for c in verb.children if c.dep_ in deps), None)
        if t is None or t.pos_ != "NOUN":
            return ""
        return SYNONYMS.get(t.lemma_.lower(), t.lemma_.lower())

    voice = "p" if any(c.dep_ == "nsubjpass" for c in verb.children) else "a"
    return f"{voice}:{head({'nsubj', 'nsubjpass'})}", head({"dobj"})


def _polarity(doc: Doc, events: list[str]) -> bool:
    negations = sum(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in doc)
    flips = sum(e in OPPOSITES for e in events)
    return (negations + flips) % 2 == 1


def _modal_words(doc: Doc) -> frozenset[str]:
    return frozenset(t.lower_ for t in doc if t.lower_ in MODALITY)


def _parse(doc: Doc) -> Proposition:
    numbers, dates = read_numbers(doc_text(doc))
    names = _names(doc)
    name_words = {w for n in names for w in n}
    verbs = [t for t in doc if t.pos_ == "VERB"]
    events = [_canon(t) for t in verbs]
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    converse = any(_canon(t) in CONVERSES for t in verbs)
    words = {
        stem(SYNONYMS.get(t.lemma_.lower(), t.lemma_.lower()))
        for t in doc
        if t.pos_ in CONTENT_POS
        and t.pos_ != "VERB"
        and not t.is_stop
        and t.lower_ not in name_words
        and not t.like_num
        and t.lower_ not in MONTHS
    }
    return Proposition(
        names=names,
        text_words=frozenset(SYNONYMS.get(w, w) for w in re.findall(r"[a-z0-9&]+", doc_text(doc).lower())),
        numbers=numbers,
        dates=dates,
        negative=_polarity(doc, events),
        modality=frozenset(e for e in events if e in MODALITY)
        | {t.lower_ for t in doc if t.lower_ in MODALITY},
        agent=_agent(root, converse),
        root=_canon(_main_verb(root)),
        roles=_roles(_main_verb(root)),
        mutual=any(e in MUTUAL for e in events) or any(t.lemma_.lower() in MUTUAL for t in doc),
        events=frozenset(
            OPPOSITES.get(e, CONVERSES.get(e, e))
            for e in events
            if e not in LIGHT_VERBS and e not in MODALITY
        ),
        words=frozenset(w for w in words if w),
    )


@lru_cache(maxsize=1)
def _default_nlp() -> Language:
    # the pipeline module imports relate, which imports this one: load it on first use
    from .pipeline import load_nlp

    return load_nlp()


def proposition(text: str, nlp: Language | None = None) -> Proposition:
    return _parse((nlp or _default_nlp())(text))


# ---- the comparison -------------------------------------------------------------------------------------


def _fits(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """ "Elena Varga" and "Varga", "Ministry of Health" and "Health Ministry", "Vestria" and
    "Vestrian"; not "Joan Pryce" and "Alan Pryce"."""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if long_[-len(short) :] == short or set(short) <= set(long_):
        return True
    return len(short) == len(long_) == 1 and _demonym(short[0], long_[0])


def _written_in(name: tuple[str, ...], words: frozenset[str]) -> bool:
    """A name the other text writes in lower case ("the health ministry", "finance minister")."""
    return all(SYNONYMS.get(w, w) in words or any(_demonym(w, v) for v in words) for w in name)


def _same_names(a: Proposition, b: Proposition) -> bool:
    """Every name of each is a form of a name of the other, or written in it in lower case."""

    def covered(x: tuple[str, ...], other: Proposition) -> bool:
        return any(_fits(x, y) for y in other.names) or _written_in(x, other.text_words)

    return all(covered(x, b) for x in a.names) and all(covered(y, a) for y in b.names)


def _demonym(x: str, y: str) -> bool:
    """ "vestria" and "vestrian": a place and the word for its people."""
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 5 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 3


def _plain(numbers: frozenset[str]) -> set[str]:
    return {n for n in numbers if not n.startswith(("by ", "to "))}


def _same_numbers(a: Proposition, b: Proposition) -> bool:
    """The same values, and none changed "to" in one and "by" in the other."""
    if _plain(a.numbers) != _plain(b.numbers):
        return False
    linked_a = {n for n in a.numbers if n.startswith(("by ", "to "))}
    linked_b = {n for n in b.numbers if n.startswith(("by ", "to "))}
    flipped = {("to " + n[3:]) if n.startswith("by ") else ("by " + n[3:]) for n in linked_a}
    return not flipped & linked_b - linked_a


def _same_roles(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """With the same main verb in the same voice, the same subject and object nouns where both
    texts have one."""
    (subject_a, object_a), (subject_b, object_b) = a, b
    if subject_a[:2] != subject_b[:2]:
        return True  # active against passive: the roles are told the other way round
    for x, y in ((subject_a[2:], subject_b[2:]), (object_a, object_b)):
        if x and y and x != y:
            return False
    return True


# How much of the smaller statement's content the other must share, events and words together.
MIN_COVER = 0.5


def same_proposition(a: str | Proposition, b: str | Proposition, *, nlp: Language | None = None) -> bool:
    pa = a if isinstance(a, Proposition) else proposition(a, nlp)
    pb = b if isinstance(b, Proposition) else proposition(b, nlp)
    if pa.negative != pb.negative or pa.modality != pb.modality or not _same_numbers(pa, pb):
        return False
    if pa.dates != pb.dates or not _same_names(pa, pb):
        return False
    if pa.agent and pb.agent and pa.agent != pb.agent and not (pa.mutual or pb.mutual):
        return False
    if pa.events and pb.events and not pa.events & pb.events:
        return False
    if pa.root == pb.root and not _same_roles(pa.roles, pb.roles):
        return False  # "nurses voted to strike" is not "junior doctors voted to strike"
    content_a, content_b = pa.events | pa.words, pb.events | pb.words
    if not content_a or not content_b:
        return content_a == content_b
    return len(content_a & content_b) / min(len(content_a), len(content_b)) >= MIN_COVER
