"""Stage 9, relate: propose relations between a report's claims, for a fact-checker to confirm.

- contradicts: a denial of what someone else said ("Musk denied Bremmer's claim"; "it was false"),
  or two sources saying opposite things about the same people ("X has been in regular contact
  with Y" against "neither Y nor his officials were holding regular conversations with X");
- supports: "said it was true", "confirmed Bremmer's account";
- same: two sources asserting one proposition (they corroborate each other).

Relations go from the later claim to the one it answers, between claims kept after dedupe.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from .dedupe import content_words, stem
from .seen_before import NEGATIONS, keys, name_keys, same_proposition
from .types import ExtractedClaim, ExtractedRelation, RelationKind, RenderedClause

# Nouns by which one claim refers to another: "denied Bremmer's claim", "confirmed the report".
CLAIM_REFERENCES = frozenset(
    "claim claims account report reports story allegation allegations accusation accusations charge "
    "charges suggestion suggestions assertion assertions statement remark remarks figure figures "
    "version reporting".split()
)
# Of those, the ones that point at a news report; and the ones that point at an accusation.
REPORT_REFERENCES = frozenset({"report", "reports", "story", "reporting"})
ACCUSATION_REFERENCES = frozenset(
    {"allegation", "allegations", "accusation", "accusations", "charge", "charges"}
)

# Cue verbs (lemmas) that back up what they take as object: "confirmed the account".
SUPPORTING_CUES = frozenset({"confirm", "corroborate", "back", "support", "endorse", "verify"})

# Predicates judging a statement: "it was true" supports it, "it was false" contradicts it.
TRUE_WORDS = frozenset({"true", "accurate", "correct", "right"})
FALSE_WORDS = frozenset(
    {
        "false",
        "untrue",
        "wrong",
        "inaccurate",
        "incorrect",
        "baseless",
        "unfounded",
        "misleading",
        "fabricated",
    }
)

# Words that narrow a statement to an exclusive one ("the only contact was a single call"): said
# of the same people as a broader statement, they dispute it as a "no" would.
EXCLUSIVE_WORDS = frozenset({"only", "single", "sole", "solely", "once", "never"})

# Words of repetition or number that an exclusive statement ("a single call") disputes.
MULTIPLE_WORDS = frozenset(
    "regular regularly repeated repeatedly frequent frequently often multiple many several numerous "
    "constant constantly routinely ongoing".split()
)

# Share of content words two statements must have in common before they are compared closely.
CORROBORATION_OVERLAP = 0.4

# Parts of speech whose words say what a statement is about.
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM"})

# Two statements are about the same thing when they name at least this many of the same people
# or bodies.
SHARED_NAMES = 2


def _source_names(claim: ExtractedClaim) -> set[str]:
    return {s.name for s in claim.sources if s.parent is None}


def _owner_matches(owner: str, claim: ExtractedClaim) -> bool:
    """ "Bremmer" (in "Bremmer's claim") is whose claim: a source named Bremmer or Ian Bremmer."""
    owner = owner.lower().removesuffix("’s").removesuffix("'s")
    return any(n.lower() == owner or n.lower().endswith(f" {owner}") for n in _source_names(claim))


def _owner(noun: Token) -> str:
    """Who a referred-to claim belongs to: "Bremmer's claim", "the claim by Bremmer"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return " ".join(t.text for t in c.subtree if t.dep_ != "case" and t.tag_ != "POS")
        if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    return g.text
    return ""


def _referred(r: RenderedClause) -> tuple[Token, RelationKind] | None:
    """The claim noun this claim denies, confirms or judges, and how."""
    clause = r.clause
    role = r.frame.role if r.frame is not None else ""
    cue = r.frame.cue.lower() if r.frame is not None else ""
    for t, phrase in clause.antecedents:
        head = phrase[-1] if phrase else None
        if head is None or head.lemma_.lower() not in CLAIM_REFERENCES:
            continue
        judged = {c.lower_ for c in t.head.children if c.dep_ in {"acomp", "attr"}}
        if judged & TRUE_WORDS:
            return head, "supports"
        if judged & FALSE_WORDS:
            return head, "contradicts"
    if clause.via != "cue":
        return None
    obj = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in CLAIM_REFERENCES:
        return None
    if role == "denied":
        return obj, "contradicts"
    if clause.head.lemma_.lower() in SUPPORTING_CUES or cue in SUPPORTING_CUES:
        return obj, "supports"
    return None


def _targets(noun: Token, i: int, claims: Sequence[ExtractedClaim], kept: Sequence[int]) -> list[int]:
    """The earlier claims a claim noun refers to: its owner's, else the report's or accusation's."""
    owner = _owner(noun)
    mine = _source_names(claims[i])
    earlier = [j for j in kept if j < i and not (_source_names(claims[j]) & mine)]
    if owner:
        return [j for j in earlier if _owner_matches(owner, claims[j])]
    lemma = noun.lower_
    if lemma in REPORT_REFERENCES:
        return [
            j for j in earlier if any(s.kind == "news_org" and s.parent is None for s in claims[j].sources)
        ]
    if lemma in ACCUSATION_REFERENCES:
        return [j for j in earlier if any(s.role == "accused" for s in claims[j].sources)]
    return []


def _about_a_claim(claim: ExtractedClaim) -> bool:
    """ "Musk denied Bremmer's claim", "Bremmer's claim was true": about a claim, not the world."""
    return bool(CLAIM_REFERENCES & set(claim.text.lower().replace("’", "'").replace("'s", "").split()))


@dataclass(frozen=True)
class _Gist:
    """Enough of a claim to see whether another says the opposite: its names, whether its source
    says no, and its content words by lemma (so "met" and "meetings" compare as one)."""

    names: frozenset[str]
    says_no: bool
    words: frozenset[str]
    exclusive: bool  # "the only contact was a single call"
    multiple: bool  # "in regular contact"


def _gist(claim: ExtractedClaim, r: RenderedClause) -> _Gist:
    tokens = r.clause.borrowed_subject + r.clause.tokens
    negative = sum(t.dep_ == "neg" or t.lower_ in NEGATIONS for t in tokens) % 2 == 1
    denied = any(s.role == "denied" and s.parent is None for s in claim.sources)
    lowered = set(claim.text.lower().split())
    return _Gist(
        names=name_keys(claim.text),
        says_no=negative != denied,
        words=frozenset(stem(t.lemma_.lower()) for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop),
        exclusive=bool(EXCLUSIVE_WORDS & lowered),
        multiple=bool(MULTIPLE_WORDS & lowered),
    )


def _opposed(a: _Gist, b: _Gist) -> bool:
    """Opposite statements about the same people: one says no (or "only"), the other does not."""
    if len(a.names & b.names) < SHARED_NAMES:
        return False
    if a.says_no != b.says_no:
        return bool(a.words & b.words)
    # "the only contact was a single call" against "in regular contact": one against many
    return (a.exclusive and b.multiple and not b.exclusive) or (
        b.exclusive and a.multiple and not a.exclusive
    )


def _between_sources(
    claims: Sequence[ExtractedClaim], rendered: Sequence[RenderedClause], kept: Sequence[int]
) -> Iterable[tuple[int, int, RelationKind]]:
    """Pairs of attributed claims from different sources: opposed, or the same proposition."""
    gists = {i: _gist(claims[i], rendered[i]) for i in kept}
    for n, i in enumerate(kept):
        for j in kept[:n]:
            a, b = _source_names(claims[i]), _source_names(claims[j])
            if not a or not b or a & b:
                continue
            if _opposed(gists[i], gists[j]):
                yield i, j, "contradicts"
            elif _corroborates(claims[i], claims[j]):
                yield i, j, "same"


def _corroborates(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    """Two sources asserting one proposition. Parsing both texts again is the dear part, so only
    pairs with the same names and numbers and much the same words get that far."""
    if _about_a_claim(a) or _about_a_claim(b) or keys(a.text) != keys(b.text):
        return False
    words_a, words_b = content_words(a.text), content_words(b.text)
    if not words_a or len(words_a & words_b) / len(words_a | words_b) < CORROBORATION_OVERLAP:
        return False
    return same_proposition(a.text, b.text)


def relate(
    claims: Sequence[ExtractedClaim], rendered: Sequence[RenderedClause]
) -> tuple[ExtractedRelation, ...]:
    """Relations between the kept claims, each pair once, explicit references first."""
    kept = [i for i, c in enumerate(claims) if c.duplicate_of is None]
    found: dict[tuple[int, int], RelationKind] = {}
    for i in kept:
        referred = _referred(rendered[i])
        if referred is None:
            continue
        noun, kind = referred
        for j in _targets(noun, i, claims, kept):
            found.setdefault((i, j), kind)
    for i, j, kind in _between_sources(claims, rendered, kept):
        if (i, j) not in found and (j, i) not in found:
            found[(i, j)] = kind
    return tuple(
        ExtractedRelation(from_index=i, to_index=j, kind=kind) for (i, j), kind in sorted(found.items())
    )
