"""Records passed between the extraction stages.

Every offset is a character offset into the ORIGINAL report text, so a claim can always be shown
in place even though furniture was dropped and each paragraph was parsed on its own. Every record
is a frozen dataclass built by keyword.

The public records (ExtractedSource, ExtractedReference, ExtractedClaim, ExtractedRelation,
Extraction) are what the Django side stores; the others are the working records of the stages,
in the order the stages make them: Block (clean) → Sentence (segment) → Clause with its Frame
(split) → AttributedClause (attribute) → SourcedClause (resolve) → RenderedClause (render).

The `Literal` kinds are the values of the Django choices (Claim.Kind, Attribution.Role,
Source.Kind, Reference.Kind); tests/extraction/test_types.py pins them so the two cannot drift.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, get_args

from spacy.tokens import Span, Token

ClaimKind = Literal["fact", "quote", "opinion", "prediction"]
QaLabel = Literal["", "Q", "A"]
SourceRole = Literal["reported", "said", "claimed", "denied", "accused", "cited", "quoted"]
SourceKind = Literal["person", "news_org", "government", "company", "group", "other"]
ReferenceKind = Literal["article", "book", "social", "statement", "filing", "other"]
# "same": two sources asserting one proposition (they corroborate each other)
RelationKind = Literal["contradicts", "supports", "same"]
# how a clause was reached in the parse: the sentence's main clause, a coordinated one, the
# content of a cue verb, a relative clause or apposition about someone, or the cue's own act
ClauseVia = Literal["main", "conj", "content", "relcl", "appos", "cue"]

CLAIM_KINDS: tuple[str, ...] = get_args(ClaimKind)
SOURCE_ROLES: tuple[str, ...] = get_args(SourceRole)
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)
REFERENCE_KINDS: tuple[str, ...] = get_args(ReferenceKind)
RELATION_KINDS: tuple[str, ...] = get_args(RelationKind)


# ---- public records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedSource:
    name: str
    kind: SourceKind
    role: SourceRole
    cue: str
    parent: int | None = None  # index into the same claim's sources (nested attribution)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtractedReference:
    title: str
    kind: ReferenceKind
    publisher: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class ExtractedClaim:
    text: str
    start: int
    end: int
    kind: ClaimKind
    checkworthiness: float
    duplicate_of: int | None
    sources: tuple[ExtractedSource, ...]
    references: tuple[int, ...]
    # the sentence the claim was read from: its text may name only who is named there
    context: tuple[int, int] = (0, 0)
    # (words in the report, name written in the claim): pronouns and descriptions written out
    written_out: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ExtractedRelation:
    from_index: int  # index into Extraction.claims: the claim that contradicts, supports or repeats
    to_index: int  # ... the claim it is about
    kind: RelationKind


@dataclass(frozen=True)
class Extraction:
    claims: tuple[ExtractedClaim, ...]
    references: tuple[ExtractedReference, ...]
    furniture: tuple[tuple[int, int], ...]
    relations: tuple[ExtractedRelation, ...] = ()


# ---- working records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A paragraph of report text that survived cleaning; `start` is its offset in the original."""

    start: int
    end: int
    text: str
    is_headline: bool = False
    # a line that is no sentence (headline, standfirst, subhead, key-event line): it sums up the body
    display: bool = False
    listed: bool = False  # an item of a list that the block before opened with a colon
    qa: QaLabel = ""  # an interview's "Q:" or "A:" in front of the paragraph (cut off as furniture)
    # runs of spaces squeezed to one before parsing: (where in `text`, spaces dropped before it in all)
    shifts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph Doc, with where it stands with respect to quotation marks."""

    span: Span
    offset: int  # offset of the parsed block in the original text
    index: int  # running number of the sentence in the report
    block_index: int
    opens_in_quote: bool = False  # a quotation opened earlier in the paragraph is still open
    ends_in_quote: bool = False  # ... and is still open when the sentence ends
    all_quoted: bool = False  # the sentence opens with a quotation mark and closes it: all quotation
    opens_paragraph_with_quote: bool = False  # first sentence of a paragraph opening with a quote mark
    is_headline: bool = False
    display: bool = False  # in a line that is no sentence (see Block.display)
    qa: QaLabel = ""  # the paragraph is an interview's question or answer (see Block.qa)
    shifts: tuple[tuple[int, int], ...] = ()  # see Block.shifts

    def at(self, k: int) -> int:
        """Where character `k` of the parsed paragraph stands in the original text."""
        if not self.shifts:
            return self.offset + k
        n = bisect_right(self.shifts, (k, float("inf")))
        return self.offset + k + (self.shifts[n - 1][1] if n else 0)

    @property
    def start(self) -> int:
        return self.at(self.span.start_char)

    @property
    def end(self) -> int:
        return self.at(self.span.end_char)


@dataclass(frozen=True)
class Frame:
    """An attribution met in the parse: who (the token heading the source phrase) said it, and how."""

    source: Token | None  # head of the source phrase; None for an unnamed document ("says report")
    role: SourceRole
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
    via: ClauseVia = "main"
    extra: tuple[Token, ...] = field(default=())  # appended descriptions ("..., the chancellor of X")
    # vague pronouns and the phrase they stand for ("it" -> "Bremmer's claim"); an empty phrase
    # means the pronoun is ambiguous and stays as written
    antecedents: tuple[tuple[Token, tuple[Token, ...]], ...] = ()

    @cached_property
    def start(self) -> int:
        toks = self.tokens + self.extra
        return self.sentence.at(min(t.idx for t in toks))

    @cached_property
    def end(self) -> int:
        toks = self.tokens + self.extra
        return self.sentence.at(max(t.idx + len(t.text) for t in toks))


@dataclass(frozen=True)
class AttributedClause:
    """A clause with the frame that attributes it, which may stand in another sentence (a running
    quotation whose speaker was named before, or is named after, the sentence)."""

    clause: Clause
    frame: Frame | None
    frame_sentence: Sentence | None  # where the frame's words are; None when `frame` is None


@dataclass(frozen=True)
class SourcedClause:
    """A clause with its sources named: outer source first, cited sources after with `parent`."""

    clause: Clause
    frame: Frame | None
    sources: tuple[ExtractedSource, ...]


@dataclass(frozen=True)
class RenderedClause:
    """A clause written out as a self-contained claim text."""

    clause: Clause
    frame: Frame | None
    sources: tuple[ExtractedSource, ...]
    text: str
    vague: bool  # its subject is a pronoun nobody could resolve ("it was true")
    written_out: tuple[tuple[str, str], ...] = ()
    # the text first written named someone its passage neither names nor points to, so the
    # report's own words were kept instead (the safeguard; it should never have to act)
    kept_report_words: bool = False
