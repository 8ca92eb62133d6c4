"""Estimates, ratings and targets a forecaster sets: "Arya reiterated a 'buy' rating", "the broker
lowered its estimate of earnings per share to $4.83", "Merrill left its estimate unchanged". The
figure is the forecaster's view, known only from them: the clause is theirs, as a forecast is.
("The company beat estimates" tells what the company did, against other people's figures.)
"""

from __future__ import annotations

from spacy.tokens import Token

from .told import agent_of, subject_of
from .types import Frame
from .views import can_speak
from .voice import is_passive

# What a forecaster puts on record about someone else (a company cutting its own "forecast" or
# "guidance" is an event the report tells, and a "target" as often a policy one sets).
ESTIMATE_NOUNS = frozenset("estimate estimates rating recommendation".split())
# What a forecaster does to it: sets it, keeps it or moves it.
ADJUSTING = frozenset(
    "lower raise cut trim lift boost keep leave maintain reiterate reaffirm revise "
    "increase reduce upgrade downgrade".split()
)


# What a forecaster "sees" ahead besides a figure: "the company sees growth in all regions".
TRENDS = frozenset(
    "growth demand decline rise recovery increase drop fall slowdown gain loss "
    "opportunity potential risk".split()
)
FIGURES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def estimate_frame(pred: Token) -> Frame | None:
    """The forecaster's frame when the clause sets, keeps or moves an estimate, rating or target."""
    if (by := _estimated_by(pred)) is not None:
        return by
    if pred.lemma_.lower() == "see":
        return _sees_ahead(pred)
    if pred.lemma_.lower() == "guide":
        return _guides(pred)
    if pred.lemma_.lower() not in ADJUSTING:
        return None
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    subj = subject_of(pred)
    if subj is None and pred.dep_ == "conj":
        subj = subject_of(pred.head)  # "reiterated a rating but lowered its estimate"
    if subj is None or subj.lower_ == "it":
        return None
    # a "forecast" is a forecaster's when a person sets it ("Long lowered his forecasts"), a
    # company's own being an event the report tells
    person = subj.lower_ in {"he", "she"} or subj.ent_type_ == "PERSON"
    if not any(
        c.lemma_.lower() in ESTIMATE_NOUNS or (person and c.lemma_.lower() == "forecast") for c in objects
    ):
        return None
    return Frame(source=subj, role="claimed", cue=pred.text, cue_index=pred.i)


def _sees_ahead(pred: Token) -> Frame | None:
    """ "Salesforce now sees $8.04 in earnings per share", "CEO Ana Ruiz sees growth ahead": a body or
    person who "sees" (in the present) a figure or a trend forecasts it; "the company saw sales
    fall" tells what happened, and "we see" in a quotation is left to the quotation's speaker."""
    subj = subject_of(pred)
    if pred.tag_ not in {"VBZ", "VBP"} or subj is None or subj.lower_ in {"i", "we", "you", "they"}:
        return None
    if not (subj.lower_ == "it" or can_speak(subj, pred)):
        return None
    said = [c for c in pred.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    if not any(t.ent_type_ in FIGURES or t.lemma_.lower() in TRENDS for c in said for t in c.subtree):
        return None
    return Frame(source=subj, role="claimed", cue=pred.text, cue_index=pred.i)


def _guides(pred: Token) -> Frame | None:
    """ "Cooper also guided fiscal Q4 earnings per share to $0.98-$1.01": a company (or its management)
    that "guides" a figure puts its own forecast on record; "guided the team to a win" sets no figure."""
    subj = subject_of(pred) or (subject_of(pred.head) if pred.dep_ == "conj" else None)
    if subj is None or subj.lower_ in {"it", "i", "we", "you", "they"} or not can_speak(subj, pred):
        return None
    if not any(t.ent_type_ in {"MONEY", "PERCENT"} for t in pred.subtree):
        return None
    return Frame(source=subj, role="claimed", cue=pred.text, cue_index=pred.i)


# Verbs of putting a figure on something ahead: "is expected by analysts at 10.3 million barrels".
ESTIMATING = frozenset("expect estimate forecast project predict put value peg".split())


def _estimated_by(pred: Token) -> Frame | None:
    """ "Saudi output is expected by JP Morgan analysts at 10.3 million barrels a day": a figure put
    on something by a named forecaster, in the passive, is the forecaster's."""
    if pred.lemma_.lower() not in ESTIMATING or not is_passive(pred):
        return None
    by = agent_of(pred)
    if by is None or by.ent_type_ in {"DATE", "TIME"} or not can_speak(by, pred):
        return None  # (not "expected by March at 10 million barrels")
    at = [c for c in pred.children if c.dep_ == "prep" and c.lower_ in {"at", "to"}]
    if not any(t.ent_type_ in FIGURES for c in at for t in c.subtree):
        return None
    return Frame(source=by, role="claimed", cue=pred.text, cue_index=pred.i)
