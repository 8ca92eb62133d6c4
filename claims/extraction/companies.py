"""A company called by what it is in the sentence that names it: "Pfizer's vaccine is 90% effective,
the drugmaker said", "Harbour Holdings will cut 300 jobs, the company said on Tuesday". Wire copy
names the company and then lets it speak under a description in the speech tag; when the sentence, up to the
description, names one company and only one, the description is that company. With two ("Apple
sued Samsung, the company said") the report's own words are kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .entities import entity_span_text, kind_of_name
from .groups import Named
from .types import Sentence

# Nouns by which a report calls a company it has just named.
COMPANY_NOUNS = frozenset(
    "company firm maker drugmaker carmaker chipmaker automaker manufacturer retailer airline carrier "
    "lender insurer brewer miner developer supplier startup conglomerate".split()
)
# Names that are not what "the company" points back to.
NOT_COMPANIES = frozenset({"news_org", "government", "person"})
# Names used as modifiers ("the BlackBerry device") are not parties to the sentence.
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "flat"})


# Prepositions whose object is where something happens, not who does it.
PLACE_PREPOSITIONS = frozenset("in at through to from near across into via".split())


class Companies:
    """Mixed into the Resolver, whose `_proper_name` registers and names a proper-noun token."""

    def _proper_name(self, token: Token) -> Named:  # pragma: no cover
        raise NotImplementedError

    def _company_named_beside(self, token: Token, sentence: Sentence) -> Named | None:
        if token.lemma_.lower() not in COMPANY_NOUNS or token.tag_ != "NN":
            return None
        if token.dep_ != "nsubj" or not is_cue(token.head) or token.head.i < token.i - 1:
            return None  # only the speech tag after the words: "..., the company said"
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ in {"poss", "appos", "relcl", "prep"} for c in token.children):
            return None  # "the company's chief", "the company, Acme", "the maker of X": not this rule
        found: dict[str, Token] = {}
        for t in sentence.span:
            if t.i >= token.i:
                break
            if t.pos_ != "PROPN" or t.dep_ in MODIFIER_DEPS or t.ent_type_ in {"GPE", "LOC", "NORP", "DATE"}:
                continue
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS:
                continue  # ("will cut its services through Watford, the company said": a place)
            name, label = entity_span_text(t)
            marked = (
                kind_of_name(name) == "company"
            )  # "Inc", "Ltd", "Corp": a company whatever the tagger says
            if marked or (label == "ORG" and kind_of_name(name, label=label) not in NOT_COMPANIES):
                found.setdefault(name, t)
        if len(found) != 1:
            return None
        return self._proper_name(next(iter(found.values())))
