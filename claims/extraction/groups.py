"""Sources named by a common noun phrase: "a spokesperson for the ministry", "several in-post and
former US, European and Russian officials" (a coordination the parser splits)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from .cues import is_cue
from .entities import NAME_OPENERS, is_org_noun, kind_of_name, plural_head
from .persons import PEOPLE_NOUNS, PERSON_NOUNS
from .phrases import noun_phrase_tokens, phrase_text
from .segment import doc_text, in_quotes


class Named(NamedTuple):
    """What a source phrase names: the name, its kind and the other names it goes by."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


# "Not everyone welcomed it", "Nobody said so": an indefinite pronoun names no source.
NOBODY_IN_PARTICULAR = frozenset(
    "everyone everybody anyone anybody someone somebody no-one nobody none nothing something".split()
)


def _split_off_before(token: Token) -> list[Token]:
    """ "Several in-post and former US officials": the words the parser made a subject of their
    own, joined to this one by "and" right before it, are part of the same group."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    doc = token.doc
    for other in token.head.children:
        if other.dep_ == token.dep_ and other.i < token.i and other.right_edge.i + 1 == token.left_edge.i:
            if any(
                c.dep_ == "cc" and c.lower_ == "and" and c.i == other.right_edge.i for c in other.children
            ):
                return list(doc[other.left_edge.i : token.left_edge.i])
    return []


# What "teaches" without anyone saying it: "experience tells us", "history shows".
LESSONS = frozenset("experience history logic reason wisdom instinct intuition hindsight precedent".split())

# The report speaking of itself: "This paper had reported on Wednesday that ...".
SELF_REFERENCES = frozenset("paper newspaper website site publication newsroom".split())


def names_nobody(token: Token) -> bool:
    """ "Not everyone", "nobody", "no minister": nobody in particular, so no source; "this paper"
    is the report's own voice."""
    if token.lower_ in SELF_REFERENCES and any(
        c.dep_ == "det" and c.lower_ == "this" for c in token.children
    ):
        return True
    if token.ent_type_ in {"DATE", "TIME"} and token.pos_ == "NOUN":
        return True  # ("polls ... published in recent days show ...": a time names no one)
    if token.lower_ in LESSONS and not any(c.dep_ in {"det", "poss"} for c in token.children):
        return True  # ("experience tells us ...", "history shows ...": a lesson, no one who says it)
    bare = token.lower_ in {"some", "others", "many", "one"} and not list(token.children)
    if bare and group_quantified(token) is None:
        return True  # "Some fear it could hurt trade", "one could recall": no one the report names
    return token.lower_ in NOBODY_IN_PARTICULAR or any(
        c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in token.children
    )


# Words opening a description set off after a name: "..., the district collector of Raigad".
DETERMINERS = frozenset({"the", "a", "an"})


def common_noun_source(token: Token) -> Named | None:
    """A common noun phrase as a source: "several in-post and former US officials", "a
    spokesperson for the ministry"; without its relative clauses and appositions."""
    if names_nobody(token):
        return None
    # "the airline's estimate": the owner without its possessive ending
    toks = _split_off_before(token) + noun_phrase_tokens(token, last=min(token.right_edge.i, token.i + 8))
    commas = [t for t in toks if t.i > token.i and t.text == ","]
    aside = next((t.i for t in commas if t.nbor().lower_ in DETERMINERS), None)
    if token.right_edge.i > token.i + 8 and aside is not None:
        # ("a spokesperson of Yogesh Mhase, the district collector of ...": cut where the aside opens)
        toks = [t for t in toks if t.i < aside]
    while toks and toks[-1].tag_ == "POS":
        toks.pop()
    # the article goes from a group ("officials") but stays on a singular ("the union said")
    while toks and toks[0].lower_ in NAME_OPENERS and plural_head(token):
        toks.pop(0)
    name = phrase_text(toks)
    if not name:
        return None
    plural = plural_head(token)
    kind = kind_of_name(name, plural=plural)
    if kind == "other" and not plural and token.pos_ == "NOUN" and not is_org_noun(token):
        kind = "person"  # "a spokesperson for the ministry", "the journalist"
    return Named(name, kind)


def coordinated_group(token: Token) -> Named | None:
    """ "several in-post and former US, European and Russian officials": the parser may read the
    first coordinated modifier as a noun of its own; the group is the whole coordination."""
    plural = [c for c in token.conjuncts if c.tag_ == "NNS" and c.i > token.i]
    if plural_head(token) or not plural or token.pos_ == "PROPN" or token.ent_type_:
        return None
    toks = noun_phrase_tokens(token, last=plural[-1].i)
    while toks and toks[0].lower_ in NAME_OPENERS:
        toks.pop(0)
    return Named(phrase_text(toks), "group") if toks else None


def group_they_stand_for(token: Token) -> Token | None:
    """ "When researchers released the results, they said ...", "a bail requested by prosecutors,
    which they now say was too low": a "they" who speaks, outside quotation marks, is the nearest
    group of people named before it in the sentence as the doer of a verb (its subject, or its
    passive agent); a "they" with no such group stays unnamed."""
    if token.lower_ != "they" or token.dep_ != "nsubj" or not is_cue(token.head):
        return None
    doc = token.doc
    if in_quotes(doc_text(doc), token.idx, token.idx + len(token)):
        return None
    for t in reversed(doc[token.sent.start : token.i]):
        doer = t.dep_ == "nsubj" or (t.dep_ == "pobj" and t.head.dep_ == "agent")
        if doer and t.tag_ == "NNS" and t.lemma_.lower() in PERSON_NOUNS:
            return t
    # ("Three men were nabbed. Two accomplices fired on police, they added.": "added" goes on with
    # whoever spoke last, not with people the sentence before says something was done to)
    goes_on = token.head.lemma_.lower() == "add" or any(c.lower_ == "also" for c in token.head.children)
    topic = _topic_before(token)
    return None if goes_on and topic is not None and topic.dep_ == "nsubjpass" else topic


# How many sentences of the paragraph back a "they" who speaks may point to the group it stands for.
THEY_REACH = 2


def _topic_before(token: Token) -> Token | None:
    """ "Researchers at Leeds University studied 5,000 people. They found that ...": the subject of
    one of the paragraph's last sentences, a group of people or an organisation, that nothing else
    plural stands between."""
    sentences = [s for s in token.doc.sents if s.end <= token.sent.start][-THEY_REACH:]
    for sent in reversed(sentences):
        root = sent.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and root.tag_ == "NNS" and any(c.dep_ in {"relcl", "acl"} for c in root.children):
            subject = root  # ("Guggenheim analysts A and B also chimed in": the verb read as their clause)
        if subject is None:
            continue
        people = subject.tag_ == "NNS" and subject.lemma_.lower() in PEOPLE_NOUNS
        body = subject.pos_ == "PROPN" and subject.ent_type_ == "ORG"
        return subject if people or body else None
    return None


# Quantifiers that stand for part of a group named before: "most said", "several added".
QUANTIFIER_SPEAKERS = frozenset("most many some several few others half all both".split())


def group_quantified(token: Token) -> Token | None:
    """ "POLITICO surveyed a dozen Republican strategists ... but most said ...": the people a
    quantifier standing as a speaker counts, named earlier in its paragraph (the last plural
    noun for people before it); None when it names its group itself ("most of the officials")."""
    # "all but two" still counts the group named before it
    if token.lower_ not in QUANTIFIER_SPEAKERS or any(
        c.dep_ == "prep" and c.lower_ != "but" for c in token.children
    ):
        return None
    people = [
        t
        for t in token.doc[: token.i]
        if t.tag_ == "NNS" and t.lemma_.lower() in PEOPLE_NOUNS and t.dep_ not in {"compound"}
    ]
    return people[-1] if people else None


def body_of_those(token: Token) -> Token | None:
    """ "those with the county's emergency management agency said ...": people of a body the report
    names, and no more, speak for it; "those" alone is no one."""
    if token.lower_ not in {"those", "people"} or token.pos_ not in {"PRON", "NOUN"}:
        return None
    bodies = [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in {"with", "at", "from"}
        for g in p.children
        if g.dep_ == "pobj" and g.ent_type_ == "ORG"
    ]
    return bodies[0] if len(bodies) == 1 else None
