"""Does a passage agree with the claim? Names, amounts, months and negation, compared.

Two uses: a score that helps rank (a passage naming the claim's people and figures is more
likely the one it rests on, even when its figure differs), and a hint for the fact-checker:
"differs" (an amount or a date in the passage is not the claim's) or "contradicts" (the passage
negates what the claim says). A hint is never a verdict; a person decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quantities import MONTHS, Quantity, agrees
from .types import Features

MONTH_NAMES = {number: name.capitalize() for name, number in MONTHS.items()}
DIFFERS = "differs"
CONTRADICTS = "contradicts"
# A negation decides the claim only when it governs what the claim is about: at least this many of
# its content words must be the claim's (or one, when it governs a short phrase).
NEGATION_OVERLAP = 2
# Credit for a passage that gives a different figure for the same measure: it is probably the
# passage the claim rests on (which is why it is worth flagging), but less surely than one that agrees.
RIVAL_FIGURE = 0.45


@dataclass(frozen=True)
class Agreement:
    names: float  # share of the claim's names the passage (or who is speaking) mentions
    amounts: float  # share of the claim's amounts and months borne out (a differing figure counts part)
    flag: str = ""
    reason: str = ""


def _shown(q: Quantity) -> str:
    if q.kind == "percent":
        return f"{q.value:g}%"
    if q.kind == "minutes":
        return f"{q.value:g} minutes"
    if q.kind == "money" and q.value >= 1_000_000:
        return f"{q.value / 1_000_000:g} million"
    return f"{q.value:,.0f}" if q.value >= 10_000 else f"{q.value:g}"


def _amounts(claim: Features, passage: Features) -> tuple[float, list[str]]:
    """(agreement 0..1, what differs in words)."""
    scores, differs = [], []
    for claimed in claim.quantities:
        if any(agrees(claimed, said) for said in passage.quantities):
            scores.append(1.0)
            continue
        rival = next((said for said in passage.quantities if claimed.same_measure(said)), None)
        if rival is not None:
            scores.append(RIVAL_FIGURE)  # the passage is about the same figure, and gives another
            differs.append(f"the source says {_shown(rival)} where the claim says {_shown(claimed)}")
        else:
            scores.append(0.0)
    for month in claim.months:
        if month in passage.months:
            scores.append(1.0)
        elif passage.months:
            scores.append(RIVAL_FIGURE)
            said = ", ".join(MONTH_NAMES[m] for m in sorted(passage.months))
            differs.append(f"the source says {said} where the claim says {MONTH_NAMES[month]}")
        else:
            scores.append(0.0)
    return (sum(scores) / len(scores) if scores else 0.0), differs


def _relevant(negated: frozenset[str], claim: Features) -> bool:
    shared = len(negated & claim.content)
    return shared >= NEGATION_OVERLAP or (shared >= 1 and len(negated) <= 3)


def _asserted(negated: frozenset[str], passage: Features) -> bool:
    """The passage says most of what the claim denies (two shared words are not enough: the claim
    "no plan to bring in a toll when the bridge reopens" is not contradicted by "the bridge reopens")."""
    return len(negated & passage.content) >= max(NEGATION_OVERLAP, round(0.6 * len(negated)))


def negates(claim: Features, passage: Features) -> bool:
    """The passage negates what the claim asserts, or asserts what the claim denies."""
    if any(_relevant(n, claim) for n in passage.negations):
        # Both negative ("failed to meet" and "has not met") is agreement, not contradiction.
        return not any(_relevant(n, passage) for n in claim.negations)
    return any(_asserted(n, passage) for n in claim.negations)


def _names(claim: Features, passage: Features, context: frozenset[str]) -> float:
    if not claim.names:
        return 0.0
    said = len(claim.names & passage.names)
    around = len((claim.names - passage.names) & context)
    return (said + 0.5 * around) / len(claim.names)


def agreement(claim: Features, passage: Features, context: frozenset[str] = frozenset()) -> Agreement:
    """How the passage bears on the claim; `context` holds names said around it (the speaker)."""
    amounts, differs = _amounts(claim, passage)
    flag, reason = "", ""
    if negates(claim, passage):
        flag, reason = CONTRADICTS, "the source says the opposite: it negates what the claim says"
    elif differs:
        flag, reason = DIFFERS, "; ".join(differs)
    return Agreement(names=_names(claim, passage, context), amounts=amounts, flag=flag, reason=reason)
