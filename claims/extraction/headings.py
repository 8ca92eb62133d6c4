"""Subheads over quotations that say whose they are, and names under pictures that do not.

"Manuel Pellegrini" alone on a line over quotations (a round-up of reactions), or "Klopp on Who
Deserved the Victory", heads the quotation paragraphs under it; on a page where a line that is only a
name stands over something else than a quotation, such lines are pictures' captions and head nothing.
`transcripts.labelled_speakers` reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from .segment import span_text
from .types import Sentence


def name_heading(sentence: Sentence) -> tuple[Token, Sentence] | None:
    """ "Manuel Pellegrini" alone on a line over quotations: whose they are."""
    words = [t for t in sentence.span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in words):
        return None
    return words[-1], sentence


def topic_heading(sentence: Sentence, people: dict[str, Token]) -> tuple[Token, Sentence] | None:
    """ "Klopp on Who Deserved the Victory" over quotations: whose they are (someone named elsewhere)."""
    words = [t for t in sentence.span if not t.is_punct]
    on = next((k for k, t in enumerate(words[:4]) if t.lower_ == "on"), 0)
    named = words[:on]
    if not named or not all(t.is_title for t in named) or named[-1].text not in people:
        return None
    return people[named[-1].text], sentence  # (the name where the report tagged it as one)


def under_a_picture(sentence: Sentence, captions: bool) -> bool:
    """A caption line: a name where names go under pictures, or a slug in capitals ("FBL-ENG-PR")."""
    return (captions and name_heading(sentence) is not None) or span_text(sentence.span).isupper()


def a_person(name: Token) -> bool:  # (a subject the tagger gave no type is taken for someone)
    return name.ent_type_ == "PERSON" or (name.dep_ == "nsubj" and name.ent_type_ in {"", "PERSON"})


def names_as_captions(grouped: list[list[Sentence]]) -> bool:
    """Names under pictures: a page where a line that is only a name stands over no quotation."""
    return any(
        name_heading(p[0]) is not None and not after[0].opens_paragraph_with_quote
        for p, after in zip(grouped, grouped[1:], strict=False)
        if p[0].display
    )
