"""An unnamed person's words told to an outlet: "A passenger told CNN that the cabin was in panic",
"Sources told Reuters that the deal was off". The report has them through the outlet, which is the outer
source, with the unnamed person cited under it (as "the Journal reported, citing officials"). A named or
described person ("Ana Ruiz told Reuters", "the mayor told Reuters") is their own source."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import entity_span_text, kind_of_name

# Determiners of a person the report does not name or describe further ("a passenger", "one official").
UNNAMED = frozenset({"a", "an", "one"})


def outlet_told(cue: Token, source: Token) -> Token | None:
    """The news outlet an unnamed person told what is said, if the cue is "told" and it is one."""
    if cue.lemma_.lower() != "tell" or source.pos_ != "NOUN":
        return None
    unnamed = any(c.dep_ == "det" and c.lower_ in UNNAMED for c in source.children)
    if not unnamed and source.lower_ != "sources":
        return None  # ("the mayor told CNN": one the report has described, not an unnamed person)
    for told in (c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.pos_ == "PROPN"):
        if kind_of_name(entity_span_text(told)[0], label=told.ent_type_) == "news_org":
            return told
    return None
