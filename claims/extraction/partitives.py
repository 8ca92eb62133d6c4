"""A part of a document read as the speaker: "Portions of the statement read", "Parts of the letter
said", "An excerpt from the ruling says": the document speaks, not the words for a part of it."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import is_document

# Nouns for a part of a text.
PARTS_OF_A_TEXT = frozenset("portion part excerpt extract section passage paragraph line page".split())


def past_a_part(subject: Token | None) -> Token | None:
    """The document a part-of-a-text subject is of ("of" or "from"), else the subject itself."""
    if subject is None or subject.lemma_.lower() not in PARTS_OF_A_TEXT:
        return subject
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
        whole = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if whole is not None and is_document(whole):
            return whole
    return subject


def statement_reads(subject: Token) -> None:
    """ "The statement read: “...”", "Portions of the letter read, in part: ...": a document that
    "reads" words says them (the verb is one of saying, and its line is no claim of its own)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() != "read" or not is_document(past_a_part(subject)):
        return
    if any(c.text == ":" for c in verb.children):  # (words after a colon; not "the memo read that ...")
        verb.lemma_ = "say"
