"""A participle of speech the tagger took for a noun: "Ana Obi responded in a statement, writing,
“The claims are false.”" ("writing" tagged a noun, hung on the verb as a clause, with the quotation
as its content). It is the verb "write", so the quotation is the subject's words."""

from __future__ import annotations

from spacy.tokens import Token

from .roots import tag_inside_its_quotation

# Participles of speech that may be tagged as nouns ("writing", "noting"), by their lemma.
SPEECH_PARTICIPLES = {
    "writing": "write",
    "noting": "note",
    "adding": "add",
    "stating": "state",
    "warning": "warn",
}


def mend_an_aside(aside: Token) -> None:
    """The repairs made on each clause hung on a verb as an aside (parataxis) or adverbial (advcl)."""
    participle_read_as_a_noun(aside)
    tag_inside_its_quotation(aside)


def participle_read_as_a_noun(word: Token) -> None:
    lemma = SPEECH_PARTICIPLES.get(word.lower_)
    if lemma is None or word.dep_ != "advcl" or word.pos_ != "NOUN":
        return
    if any(c.dep_ == "ccomp" and c.i > word.i for c in word.children):
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBG", lemma
