"""A speaker named after the speech verb that follows a quotation, which the parser hung elsewhere.

'"We will appeal," said Ana Ruiz of the tenants' group Fair Rent.': with a capitalised name after the
speaker's description the parser may read the name's last words as a verb ("Fair Rent" -> "Rent" as a
clause under "said") and make the speaker that clause's subject, leaving "said" with no subject.
The speaker is the subject standing right after the verb; the clause it was hung on is part of the
speaker's description, not something said.
"""

from __future__ import annotations

from spacy.tokens import Token

from .persons import PERSON_NOUNS
from .segment import OPEN_QUOTES, TOGGLE_QUOTES, doc_text, in_quotes
from .told import SUBJECT_DEPS
from .views import can_speak


def inverted_speaker(cue: Token) -> Token | None:
    """The subject right after a subjectless speech verb that follows a closing quotation mark."""
    doc = cue.doc
    if cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    # "..., say scientists who have published ...": after what was said and a comma too
    said_before = doc[cue.i - 1].text == "," and any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)
    if not (doc[cue.i - 1].is_quote or said_before):
        return None
    # ("..., reports zdnet.": an outlet in lower case read as an object; not "..., X told Le Monde.")
    reporting = said_before and cue.lemma_.lower() in REPORTING_TAGS
    if (reporting or inverted_tag(cue)) and (named := _name_read_as_object(cue)) is not None:
        return named
    for clause in (c for c in cue.children if c.i > cue.i and c.pos_ in {"VERB", "AUX"}):
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i):
            between = doc[subject.right_edge.i + 1 : clause.i]
            # ("X, the director, said two shows were cancelled": what was said, its subject first)
            plain = all(t.dep_ in {"aux", "auxpass", "neg"} for t in between)
            # ("..., said the Venture Capital Association known as AVCA": a participle on the name)
            reduced = clause.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
            if (
                subject.left_edge.i == cue.i + 1
                and subject.pos_ in {"PROPN", "NOUN"}
                and (reduced or not plain)
            ):
                return subject
    return None


def hosts_inverted_speaker(cue: Token, clause: Token) -> bool:
    """Whether the clause under the cue is the one the parser hung the inverted speaker on."""
    speaker = inverted_speaker(cue)
    return speaker is not None and speaker.head == clause


def wrapped_in_quotes(head: Token) -> bool:
    """Whether a clause opens with, or right after, an opening quotation mark."""
    first = head.left_edge
    before = head.doc[first.i - 1] if first.i > 0 else None
    return bool(before is not None and before.text in OPEN_QUOTES + TOGGLE_QUOTES) or (
        first.text in OPEN_QUOTES + TOGGLE_QUOTES
    )


def quoted_before_the_tag(cue: Token, subject: Token) -> bool:
    """'"... Performance, no!" said Hale': a subject the parser gave the speech verb from inside
    the quotation that closes right before it; it is the quotation's last words, not a speaker."""
    text = doc_text(cue.doc)
    closes = cue.i > 0 and cue.doc[cue.i - 1].is_quote and subject.i < cue.i
    return closes and in_quotes(text, subject.idx, subject.idx + len(subject))


def inverted_tag(verb: Token) -> bool:
    """'"It is no given," offered Ned Ryun', '"We will win," quipped the chair': any verb between a
    quotation closed by a comma (or "!", "?") and its subject standing after it is a speech tag;
    English inverts a subject that way only after what was said."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"} or verb.i < 2:
        return False
    if not doc[verb.i - 1].is_quote:
        return False
    # ('“... force them” ruled the judge': a verb of speech needs no comma to be the tag)
    if doc[verb.i - 2].text not in {",", "!", "?"} and verb.lemma_.lower() not in TAG_VERBS:
        return False
    after = any(c.dep_ == "nsubj" and c.i > verb.i and c.pos_ in {"PROPN", "NOUN"} for c in verb.children)
    return after or _name_read_as_object(verb) is not None


# Verbs of speech that make a tag right after a closing quotation mark even with no comma before it.
TAG_VERBS = frozenset("say add rule state explain tell write insist declare conclude warn".split())
# ... and those that may stand, inverted, after what was said and a comma with their subject misread.
REPORTING_TAGS = frozenset("say report write add state".split())


def _name_read_as_object(verb: Token) -> Token | None:
    """'"...," blasted Keane.', '“...” ruled the judge while dismissing the petition.': the name (or
    "the" and a word for a person) right after the tag, read as an object; only a clause or phrase
    on the verb may follow it."""
    for c in verb.children:
        end = c.right_edge.i + 1
        rest = [t for t in verb.doc[end : c.sent.end] if not t.is_punct]
        last = all(t.head == verb and t.dep_ in {"advcl", "prep"} or t.head.i >= end for t in rest)
        person = c.pos_ == "PROPN" or (c.lemma_.lower() in PERSON_NOUNS and c.left_edge.lower_ == "the")
        if c.dep_ in {"dobj", "npadvmod"} and person and c.left_edge.i == verb.i + 1 and last:
            return c
    return None


def closing_tag(verb: Token) -> bool:
    """'"It was a team effort," Khalid quipped.', '"..., " he opined.', '"...," the coach fumed after
    the game.': a subject and any verb standing right after a quotation closed by a comma (or "!",
    "?"), with the quotation as the verb's clause, is a speech tag whatever the verb."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.right_edge.i != verb.i - 1 or subject.left_edge.i < 2:
        return False
    quote = subject.left_edge.i - 1
    if not doc[quote].is_quote or doc[quote - 1].text not in {",", "!", "?"}:
        return False
    # (the closing mark may hang on the quotation's verb)
    return any(c.dep_ == "ccomp" and c.right_edge.i <= quote and not _introduced(c) for c in verb.children)


def _introduced(quotation: Token) -> bool:
    """'While Hardy proclaims, “...,” the reality belies her words': a quotation already given to the
    one whose verb opens it; what stands after it is no tag."""
    doc = quotation.doc
    for g in quotation.children:
        if g.dep_ not in {"advcl", "parataxis"} or g.pos_ != "VERB" or g.i > quotation.i:
            continue
        k = g.i + 1
        while k < len(doc) and doc[k].is_punct:
            k += 1
        if any(t.is_quote for t in doc[g.i + 1 : k]):
            return True
    return False


def tag_after_a_quotation(verb: Token) -> bool:
    """Any verb that tags the quotation before it, inverted or not (or, for a few verbs of setting
    out, the statement before it)."""
    return inverted_tag(verb) or closing_tag(verb) or trailing_tag(verb)


# Verbs of setting out that are no cue anywhere but in a closing tag: "..., the agency outlined."
SETTING_OUT = frozenset("outline detail summarise summarize specify posit surmise".split())


def trailing_tag(verb: Token) -> bool:
    """ "Temperatures will be 15 degrees above normal, the weather service outlined.": a subject and a
    verb of setting out closing the sentence after a comma, with the clause before it as its own."""
    doc = verb.doc
    if verb.lemma_.lower() not in SETTING_OUT or verb.tag_ not in {"VBD", "VBZ"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.right_edge.i != verb.i - 1 or doc[subject.left_edge.i - 1].text != ",":
        return False
    if not can_speak(subject, verb):
        return False  # (not "The shares rose 3 percent, the index detailed.")
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < subject.left_edge.i]
    # (nothing after the verb but a phrase set off by a comma: ", cited by The Hill.")
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    return bool(said) and all(doc[c.left_edge.i - 1].text == "," for c in after)


def before_a_colon(cue: Token, clause: Token) -> bool:
    """A clause the parser hung under a speech verb from before a colon ("China faces a dilemma: it
    can signal ..."): not what the verb says."""
    return clause.i < cue.i and any(t.text == ":" for t in cue.doc[clause.right_edge.i : cue.i])


def quotation_read_as_adverbial(cue: Token, clause: Token) -> bool:
    """'"Since 1983, the two countries have enjoyed a warm friendship," the envoy remarked': the
    quotation before the tag, which the parser hung on the speech verb as an adverbial clause."""
    if clause.dep_ != "advcl" or clause.i > cue.i:
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    end = subject.left_edge.i if subject is not None else cue.i
    between = cue.doc[clause.right_edge.i + 1 : end]
    closes = any(t.is_quote for t in between) and all(t.is_punct for t in between)
    first = clause.left_edge
    return closes and (wrapped_in_quotes(clause) or in_quotes(doc_text(cue.doc), first.idx, first.idx + 1))


def unattached_headline_content(cue: Token) -> list[Token]:
    """ "Mining chief charged with bribery, prosecutors say": a headline's content left unattached."""
    return [
        c
        for c in cue.children
        if c.dep_ == "dep" and c.i < cue.i and any(t.text == "," for t in cue.doc[c.right_edge.i + 1 : cue.i])
    ]


def quotation_after(cue: Token, clause: Token) -> bool:
    """'To her supporters, Rinker said, “Thank you for everything”': the quotation the tag opens,
    which the parser hung on it as a complement of the verb rather than as what was said."""
    verb = clause.pos_ in {"VERB", "AUX"} and clause.dep_ in {"xcomp", "advcl", "dep"}
    return verb and clause.i > cue.i and clause.left_edge.i > cue.i and wrapped_in_quotes(clause)
