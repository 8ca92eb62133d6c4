"""A company called by what it is in the sentence that names it: "Pfizer's vaccine is 90% effective,
the drugmaker said", "Harbour Holdings will cut 300 jobs, the company said on Tuesday". Wire copy
names the company and then lets it speak under a description in the speech tag; when the sentence, up to the
description, names one company and only one, the description is that company. With two ("Apple
sued Samsung, the company said") the report's own words are kept. With none, the company the
sentences just before it in its paragraph name, if they name one and only one ("... according to a
report from EY. Analysis by the professional services firm also showed ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import contents_of, is_cue
from .entities import entity_span_text, kind_of_name, looks_like_personal_name
from .groups import Named
from .segment import doc_text, in_quotes
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

    seen: dict[int, Sentence]
    authored: list[tuple[int, str, Named]]

    def _proper_name(self, token: Token) -> Named:  # pragma: no cover
        raise NotImplementedError

    def _company_described(self, token: Token, sentence: Sentence) -> Named | None:
        return self._company_named_beside(token, sentence) or self._company_named_before(token, sentence)

    def _company_named_beside(self, token: Token, sentence: Sentence) -> Named | None:
        if not _a_company_described(token):
            return None
        if token.dep_ != "nsubj" or not is_cue(token.head) or token.head.i < token.i - 1:
            return None  # only the speech tag after the words: "..., the company said"
        found = _companies_in(t for t in sentence.span if t.i < token.i)
        if len(found) != 1:
            return None
        return self._proper_name(next(iter(found.values())))

    def _company_named_before(self, token: Token, sentence: Sentence) -> Named | None:
        """ "... according to a report from EY. Analysis by the professional services firm also
        showed ...": a company described, with none named in its own sentence before it, is the one
        company the sentences just before in its paragraph have for a subject, or whose report they
        cite (another company named there, or a person the tagger took for a body: the words are kept)."""
        if not _a_company_described(token) or _companies_in(t for t in sentence.span if t.i < token.i):
            return None
        found: dict[str, Token | Named] = {}
        for k in range(sentence.index - 1, sentence.index - 1 - COMPANY_REACH, -1):
            before = self.seen.get(k)
            if before is None or before.block_index != sentence.block_index:
                break
            # (a subject only: "a round led by Sequoia" names no company it can be; any other company
            # named there, "Orrin sued Velda", makes it unsure)
            named = _companies_in(t for t in before.span if not _quoted(t))
            named = {name: t for name, t in named.items() if not looks_like_personal_name(name)}
            # (a company speaking there is the one meant, when it names another only as a modifier: "Acme
            # said Beta's price ...", not "Acme said Beta had copied its design", "Acme had sued Beta")
            speaking = {n: t for n, t in named.items() if t.dep_ == "nsubj" and contents_of(t.head)}
            said = {x.i for t in speaking.values() for c in contents_of(t.head) for x in c.subtree}
            others = [t for n, t in named.items() if n not in speaking]
            if speaking and all(t.i in said and t.dep_ in {"poss", "compound"} for t in others):
                named = speaking
            if any(t.dep_ not in SUBJECTS for t in named.values()):
                return None
            found |= named
            # (a body named as a document's author, "a report from EY", though the tagger gave it no type)
            found |= {n.name: n for i, _, n in self.authored if i == k and n.kind not in NOT_COMPANIES}
        if len(found) != 1:
            return None
        only = next(iter(found.values()))
        return self._proper_name(only) if isinstance(only, Token) else only


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _quoted(t: Token) -> bool:
    return in_quotes(doc_text(t.doc), t.idx, t.idx + 1)


# How many sentences back, in its paragraph, the company a description stands for may be named.
COMPANY_REACH = 2


def _a_company_described(token: Token) -> bool:
    """ "the company", "the professional services firm": no name of its own, nothing saying which."""
    if token.lemma_.lower() not in COMPANY_NOUNS or token.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    # "the company's chief", "the company, Acme", "the maker of X": not this rule
    return not any(c.dep_ in {"poss", "appos", "relcl", "prep"} for c in token.children)


def _companies_in(tokens) -> dict[str, Token]:
    """The companies named among `tokens` (parties to the sentence, not modifiers or places)."""
    found: dict[str, Token] = {}
    for t in tokens:
        if t.pos_ != "PROPN" or t.dep_ in MODIFIER_DEPS or t.ent_type_ in {"GPE", "LOC", "NORP", "DATE"}:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS:
            continue  # ("will cut its services through Watford, the company said": a place)
        name, label = entity_span_text(t)
        marked = kind_of_name(name) == "company"  # "Inc", "Ltd", "Corp": a company whatever the tagger says
        if marked or (label == "ORG" and kind_of_name(name, label=label) not in NOT_COMPANIES):
            found.setdefault(name, t)
    return found
