"""Verbs of saying that also mean winning, losing or being paid: "ZANU-PF has claimed a majority of
seats", "the Hoops conceded two late goals", "claimed £1,085 in housing benefit" assert nothing."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .told import takes_object

# What is won or taken when "claim" means to win it: "claimed a majority of seats", "claimed the
# title", "the fire claimed 12 lives".
PRIZES = frozenset(
    "majority victory win seat title prize medal gold silver bronze life share place spot crown trophy "
    "record lead point stage wicket goal try catch hat-trick scalp nomination race position post".split()
)


# What a side gives away in a contest ("conceded two late goals", "conceded the seat").
CONCEDED = frozenset("goal point run penalty try wicket corner lead ground seat set game match frame".split())


def claims_a_prize(cue: Token) -> bool:
    """ "ZANU-PF has claimed a majority of seats": winning something, not asserting it; "the Hoops
    conceded two late goals": losing it, not admitting anything."""
    # ("the position of supervisor was claimed by Ana Ruiz": won, in the passive)
    won = cue.lemma_.lower() == "claim" and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in PRIZES for c in cue.children
    )
    return (
        won
        or takes_object(cue, {"claim"}, PRIZES)
        or takes_object(cue, {"concede"}, CONCEDED)
        or claims_money(cue)
        or claims_figures(cue)
        # ("The race for the nomination was claimed by Ana Obi": the prize the subject of the passive)
        or (
            cue.lemma_.lower() == "claim"
            and any(c.dep_ == "nsubjpass" and c.lemma_ in PRIZES for c in cue.children)
        )
    )


# A bowler's or a side's figures written as a score: "2-20", "4/31", "3 for 45".
FIGURES = re.compile(r"\s*\d+\s*(?:[-–/]|for)\s*\d+\b")


def claims_figures(cue: Token) -> bool:
    """ "Worrall claimed 2-20 from six overs": figures taken in a match, nothing asserted."""
    if cue.lemma_.lower() not in {"claim", "concede"}:
        return False
    return FIGURES.match(cue.doc.text, cue.idx + len(cue.text)) is not None


# What one claims as a payment ("claimed £1,085 in housing benefit", "claimed expenses").
PAYMENTS = frozenset(
    "benefit benefits expense expenses allowance allowances compensation damages refund".split()
)


def claims_money(cue: Token) -> bool:
    """ "falsely claimed a total of £1,085 in housing benefit": asking to be paid, not asserting."""
    if cue.lemma_.lower() != "claim":
        return False
    return any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in PAYMENTS
        for c in cue.children
        if c.dep_ == "dobj"
        for t in c.subtree
    )
