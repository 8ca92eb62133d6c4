"""Statements named by a noun and whose they are: "charges that he stole", "claims made in a lawsuit
filed by three dancers", "her claim that ...", "the minister made the claim that ...", "the trainer
gave evidence that ..."."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .cues import CLAIM_NOUNS
from .inferences import inferred_from_a_state_of_affairs
from .judged_claims import judged_by_its_caller
from .told import agent_of, subject_of
from .types import Frame

# Verbs by which someone makes a statement named by a noun: "made the claim", "gave evidence".
LIGHT_VERBS = frozenset({"make", "give", "offer", "provide", "repeat", "reiterate", "issue"})
# Nouns for what a witness or a party says, content only when someone gives it ("gave evidence that").
GIVEN_IN_WORDS = frozenset({"evidence", "testimony", "assurance", "assurances", "undertaking"})


# Nouns for what someone says, content when it is someone's: "his warning that tax cuts would lead to
# rises", "issued a warning that ...", "her promise that no school would close".
OWNED_WORDS = frozenset("warning prediction promise pledge admission insistence argument".split())


# Nouns for a piece of reporting whose "that" clause is its author's: "a Reuters report that ...",
# "a statement by the ministry that ...", "the agency's announcement that ...".
REPORTED_IN = frozenset({"report", "article", "story", "statement", "announcement"})


def author_of(noun: Token) -> Token | None:
    """Who wrote a piece of reporting: its possessor, a name before it, or "by" someone."""
    if noun.lemma_.lower() not in REPORTED_IN or noun.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return None  # ("A Reuters report that the talks had collapsed rattled investors": the parse runs on)
    for c in noun.children:
        named = c.pos_ in {"PROPN", "NOUN"} and c.ent_type_ not in {"DATE", "TIME", "GPE", "NORP"}
        if named and (c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"):
            return c  # (not "its statement", "Monday's report", "last year's report")
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def given_in_words(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if author_of(noun) is not None:
        return True
    given = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS
    if lemma in OWNED_WORDS:
        return given or any(c.dep_ == "poss" for c in noun.children)
    return lemma in GIVEN_IN_WORDS and given


def alleged_by(noun: Token) -> Token:
    """Who makes the claims a noun names: "claims made by the dancers", "claims made in a lawsuit
    filed by three former dancers" are the dancers'; "her claim that ...", "the council's claim" are
    the possessor's; a claim noun with no maker is its own source."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or author_of(noun)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS and subject_of(noun.head) is not None:
        return subject_of(noun.head)  # "made the claim that ...", "gave evidence that ...": who made it
    seen, current = 0, noun
    while seen < 3:
        seen += 1
        made = next((c for c in current.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if made is None:
            break
        maker = agent_of(made)
        if maker is not None:
            return maker
        # "made in a lawsuit filed by ...": the document's author makes them
        within = [g for p in made.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
        if not within or within[0].dep_ != "pobj":
            break
        current = within[0]
    return noun


def alleging_noun(content: Token) -> Token:
    """The noun whose content `content` is: "charges [that he stole]", "records showing [that ...]"."""
    return content.head if content.head.dep_ != "acl" else content.head.head


def alleged_frame(content: Token, pred: Token, frame: Frame | None) -> Frame | None:
    """Whose the content of a claim noun or a showing participle is: "charges that he stole"."""
    noun = alleging_noun(content)
    if (judged := judged_by_its_caller(noun)) is not None:
        return judged
    maker = alleged_by(noun)
    if maker == noun and frame is not None and frame.source is not None:
        # ("said he was shocked by the allegations that he ...": what is alleged of them they answer)
        themselves = any(t.lower_ in {"he", "she"} for t in content.children if t.dep_ == "nsubj")
        if frame.role != "denied" and themselves:
            return replace(frame, role="denied")
        # ("X denied the allegations that he ...", "X said there was no truth in the claim that he
        # ...": no maker named, what the speaker speaks of is theirs to answer for)
        return frame
    if inferred_from_a_state_of_affairs(content.head):
        return frame  # ("a good set of results, suggesting ...": the inference is the speaker's)
    lemma = noun.lemma_.lower()
    role = CLAIM_NOUNS.get(lemma, "said" if lemma in OWNED_WORDS else "reported")
    return Frame(source=maker, role=role, cue=noun.text, cue_index=noun.i)
