"""Stage 7, score: what kind of statement a claim is, and how worth checking.

Check-worthiness ranks statements a fact-checker can verify against records (who did what,
how many, when) above opinions, predictions and vague talk. It is a sum of small, explainable
ingredients, clamped to 0..1; each ingredient is commented where it is added.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .cues import is_negated
from .segment import doc_text, in_quotes
from .silence import NO_COMMENT_VERBS, no_comment
from .told import FORECASTING_VERBS
from .types import ClaimKind, ExtractedClaim, RenderedClause

# Modal verbs that turn a statement into a possibility or a forecast.
PREDICTION_MODALS = frozenset({"will", "'ll", "’ll", "would", "could", "may", "might", "shall", "going"})

# Words that mark a judgement rather than a checkable fact.
OPINION_WORDS = frozenset(
    "enormous huge important crucial key vital critical significant smart stupid good bad great terrible "
    "awful best worst wrong right dangerous outrageous shameful disgraceful remarkable extraordinary "
    "alarming worrying concerning troubling unacceptable ridiculous absurd brilliant excellent poor "
    "story believe think feel hope fear seem appear basically just".split()
)

# Judgement words that state a checkable dependence when they take a complement: "Starlink is
# critical to the war in Ukraine", "a key player in the space programme".
DEPENDENCE_WORDS = frozenset("critical crucial vital key essential central important instrumental".split())
DEPENDENCE_PREPS = frozenset({"to", "for", "in", "of"})

# Hedges that make a statement vaguer.
HEDGES = frozenset("potentially possibly perhaps maybe reportedly allegedly apparently likely".split())

# Entity types that point at checkable specifics.
SPECIFIC_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT"})
NUMERIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _forecasts(tokens: Sequence[Token]) -> bool:
    """A modal that looks ahead. "will not comment" is a refusal made now, and "would have been a
    smart thing" a judgement of what did not happen: neither is a prediction."""
    for t in tokens:
        if _expects(t):
            return True
        if t.tag_ != "MD" or t.lower_ not in PREDICTION_MODALS:
            continue
        verb = t.head
        if is_negated(verb) and verb.lemma_.lower() in NO_COMMENT_VERBS:
            continue
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
            continue
        return True
    return False


def _expects(t: Token) -> bool:
    """ "Analysts expect the bank to raise rates", "growth is forecast to slow": a forecast in words
    ("rose as expected", "better than forecast" state what happened)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in FORECASTING_VERBS or is_negated(t):
        return False
    return t.i == 0 or t.doc[t.i - 1].lower_ not in {"as", "than"}


def _has_complement(word: Token) -> bool:
    """ "critical to the war in Ukraine", "a key player in the space programme": a dependence on
    something named, which can be checked."""
    holder = word.head if word.dep_ == "amod" else word
    return any(c.dep_ == "prep" and c.lower_ in DEPENDENCE_PREPS for c in holder.children)


def _judges(tokens: Sequence[Token]) -> bool:
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.pos_ not in {"ADJ", "VERB", "NOUN", "ADV"} or lemma not in OPINION_WORDS:
            continue
        if lemma in DEPENDENCE_WORDS and _has_complement(t):
            continue
        return True
    return False


def claim_kind(tokens: Sequence[Token], *, direct_quote: bool) -> ClaimKind:
    if _forecasts(tokens):
        return "prediction"
    if direct_quote:
        return "quote"
    if _judges(tokens):
        return "opinion"
    return "fact"


def checkworthiness(
    tokens: Sequence[Token],
    *,
    kind: str,
    attributed: bool,
    vague_subject: bool,
    roles: frozenset[str] = frozenset(),
) -> float:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    score = 0.35  # base: any declarative clause the report makes
    # named people, bodies and places make a statement checkable against records (up to +0.2)
    names = {t.ent_iob_ + str(t.i) for t in words if t.ent_type_ in SPECIFIC_ENTS and t.ent_iob_ == "B"}
    score += min(0.2, 0.07 * len(names))
    # numbers, dates and amounts are the most checkable specifics of all (up to +0.2)
    numbers = [t for t in words if t.ent_type_ in NUMERIC_ENTS or t.like_num]
    score += min(0.2, 0.1 * len(numbers))
    # an event in the past ("accused", "tweeted", "launched") can be looked up; states less so
    if any(t.tag_ in {"VBD", "VBN"} and t.pos_ == "VERB" for t in words):
        score += 0.1
    # superlatives ("the richest", "the biggest") are classic check targets
    if any(t.tag_ in {"JJS", "RBS"} for t in words):
        score += 0.05
    # attributed statements are what the report rests on; they need checking at the source
    if attributed:
        score += 0.05
    # forecasts and judgements cannot be verified today
    if kind == "prediction":
        score -= 0.25
    elif kind == "opinion":
        score -= 0.2
    # hedged statements are harder to pin down
    if any(t.lower_ in HEDGES for t in words):
        score -= 0.05
    # "it was true": nothing to check without context
    if vague_subject:
        score -= 0.1
    # a named source denying or disputing something: the other side of a claim, to be checked
    if roles & {"denied", "claimed"}:
        score += 0.1
    # "had not commented by Friday": says only that someone has not spoken yet
    if no_comment(words):
        score -= 0.3
    # very short clauses rarely carry a whole checkable fact
    if len(words) < 5:
        score -= 0.1
    return round(max(0.0, min(1.0, score)), 3)


def score(rendered: Sequence[RenderedClause]) -> tuple[ExtractedClaim, ...]:
    """Each rendered clause as a claim with its kind and check-worthiness."""
    claims = []
    for r in rendered:
        clause = r.clause
        quoted = bool(r.frame is not None and r.frame.direct_quote) or in_quotes(
            doc_text(clause.sentence.span.doc), clause.tokens[0].idx, clause.tokens[-1].idx
        )
        kind = claim_kind(clause.tokens, direct_quote=quoted)
        claims.append(
            ExtractedClaim(
                text=r.text,
                start=clause.start,
                end=clause.end,
                kind=kind,
                checkworthiness=checkworthiness(
                    clause.tokens,
                    kind=kind,
                    attributed=bool(r.sources),
                    vague_subject=r.vague,
                    roles=frozenset(s.role for s in r.sources),
                ),
                duplicate_of=None,
                sources=r.sources,
                references=(),
                context=(clause.sentence.start, clause.sentence.end),
                written_out=r.written_out,
            )
        )
    return tuple(claims)
