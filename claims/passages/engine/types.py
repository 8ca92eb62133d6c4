"""What the passage finder's stages pass each other: frozen, built by keyword, with character
offsets into the archived text (the snapshot's `text`), so a passage can be quoted and marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from .quantities import Quantity


@dataclass(frozen=True)
class Features:
    """What a sentence or a claim says, reduced to what ranking and agreement compare."""

    terms: tuple[str, ...] = ()  # lemmas of content words, and amounts as "#value"
    names: frozenset[str] = frozenset()  # lower-cased words of named entities and proper nouns
    quantities: tuple[Quantity, ...] = ()
    months: frozenset[int] = frozenset()
    # For each negation: the content lemmas of what it negates ("no plan to introduce a toll").
    negations: tuple[frozenset[str], ...] = ()
    content: frozenset[str] = frozenset()  # lemmas of content words, for overlap with a negation
    says: bool = True  # has a verb: a statement, not a heading, a label or a list of names


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    features: Features


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    speaker: frozenset[str] = frozenset()  # names in a transcript's speaker label ("CLLR MORROW:")


@dataclass(frozen=True)
class Claim:
    """The claim as the finder reads it: what is said, without who reported it."""

    text: str
    features: Features
    reporter: str = ""  # "the Aldren Gazette" of ", the Aldren Gazette reports": not what was said


@dataclass(frozen=True)
class Found:
    """A ranked passage: offsets into the text, its score, and an agreement hint (never a verdict)."""

    start: int
    end: int
    score: float
    rank: int
    flag: str = ""  # "", "differs" or "contradicts"
    reason: str = ""  # the hint in words, for the desk
    bm25: float = 0.0
    sentences: tuple[int, ...] = field(default=(), compare=False)
