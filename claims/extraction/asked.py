"""Speech tags with verbs that are not verbs of saying: '“What is happening right now?” Timberlake
asked', '“Never again,” she laughed'. The verb after the closing mark, with a person as its subject,
says whose the quotation before it is, as "said" would; the question itself is still no claim.
Without such a tag a quotation opening a paragraph may be presumed to go on in the last speaker's
voice; a tag naming someone else takes it back.
"""

from __future__ import annotations

from spacy.tokens import Token

from .persons import PERSON_NOUNS
from .segment import CLOSE_QUOTES, TOGGLE_QUOTES, doc_text, in_quotes
from .told import subject_of
from .types import Frame, Sentence

# Verbs that tag a quotation without being verbs of saying.
TAG_VERBS = frozenset(
    "ask shout laugh joke quip yell exclaim sigh wonder muse chuckle scream cry smile grin plead "
    "beg snap retort request demand recount reason".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "i", "we"})


def asked_aloud(sentence: Sentence) -> Frame | None:
    """The frame of a tag verb right after a closing quotation mark ('...?” Timberlake asked',
    '...,” asked Timberlake'), whose subject, outside the marks, is a person."""
    root = sentence.span.root
    # ("asked the court to ...": what it takes after it; the quotation before it is what was said)
    takes = any(c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > root.i for c in root.children)
    if root.lemma_.lower() not in TAG_VERBS or takes:
        return None
    text = doc_text(root.doc)
    subject = subject_of(root)
    if subject is None or in_quotes(text, subject.idx, subject.idx + len(subject)):
        return None
    # ("..., a different man requested": a person described)
    person = subject.lower_ in PERSON_PRONOUNS or subject.lemma_.lower() in PERSON_NOUNS
    if not (subject.ent_type_ == "PERSON" or person or _a_name(subject)):
        return None
    first = min(root.i, subject.left_edge.i)
    if first == 0 or not _closes_quote(root.doc[first - 1]):
        return None
    return Frame(source=subject, role="said", cue=root.text, direct_quote=True, cue_index=root.i)


def _closes_quote(token: Token) -> bool:
    return token.text in CLOSE_QUOTES or token.text in TOGGLE_QUOTES


def _a_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in {"ORG", "GPE", "LOC", "NORP", "FAC"}
