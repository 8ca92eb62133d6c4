"""Data passed between the extraction steps.

Every offset is a character offset into the ORIGINAL report text, so a claim can always be shown
in place even though furniture was dropped and each paragraph was parsed on its own.
The public records (ExtractedSource, ExtractedReference, ExtractedClaim, Extraction) are what the
Django side stores; Block, Sentence, Frame and Clause are the working records of the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span, Token

CLAIM_KINDS = ("fact", "quote", "opinion", "prediction")
SOURCE_KINDS = ("person", "news_org", "government", "company", "group", "other")
SOURCE_ROLES = ("publisher", "reported", "said", "claimed", "denied", "accused", "cited", "quoted")
REFERENCE_KINDS = ("article", "book", "social", "statement", "filing", "other")


@dataclass(frozen=True)
class ExtractedSource:
    name: str
    kind: str
    role: str
    cue: str
    parent: int | None = None  # index into the same claim's sources (nested attribution)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtractedReference:
    title: str
    kind: str
    publisher: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class ExtractedClaim:
    text: str
    start: int
    end: int
    kind: str
    checkworthiness: float
    duplicate_of: int | None
    sources: tuple[ExtractedSource, ...]
    references: tuple[int, ...]


@dataclass(frozen=True)
class Extraction:
    claims: tuple[ExtractedClaim, ...]
    references: tuple[ExtractedReference, ...]
    furniture: tuple[tuple[int, int], ...]


# ---- working records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A paragraph of report text that survived cleaning; `start` is its offset in the original."""

    start: int
    end: int
    text: str
    is_headline: bool = False


@dataclass(frozen=True)
class Sentence:
    span: Span
    offset: int  # offset of the parsed block in the original text
    index: int  # running number of the sentence in the report
    block_index: int
    opens_in_quote: bool = False  # the sentence continues a quotation opened earlier in the paragraph
    is_headline: bool = False

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end(self) -> int:
        return self.offset + self.span.end_char


@dataclass(frozen=True)
class Frame:
    """An attribution met in the parse: who (the token heading the source phrase) said it, and how."""

    source: Token | None  # head of the source phrase; None for an unnamed document ("says report")
    role: str
    cue: str
    cited: tuple[Token, ...] = ()  # "X, citing Y, reported": Y, nested under X
    direct_quote: bool = False
    cue_index: int | None = None  # token index of the cue in its Doc (references hang on it)


@dataclass(frozen=True)
class Clause:
    """One atomic statement: the tokens that say it, plus a subject borrowed from elsewhere if needed."""

    sentence: Sentence
    head: Token
    tokens: tuple[Token, ...]
    borrowed_subject: tuple[Token, ...] = ()  # "X is A and has B": the second clause borrows X
    link: str = ""  # text between borrowed subject and tokens, e.g. " is " for appositions
    frame: Frame | None = None
    via: str = "main"  # main | conj | content | relcl | appos | cue
    extra: tuple[Token, ...] = field(default=())  # appended descriptions ("..., the chancellor of X")

    @cached_property
    def start(self) -> int:
        toks = self.tokens + self.extra
        return self.sentence.offset + min(t.idx for t in toks)

    @cached_property
    def end(self) -> int:
        toks = self.tokens + self.extra
        return self.sentence.offset + max(t.idx + len(t.text) for t in toks)
