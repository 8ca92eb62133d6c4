"""Stage 4, attribute: give every clause the frame that attributes it, following quotations across
sentences and paragraphs.

`split` already hangs on each clause the cue met in its own sentence ("said", "according to").
What a sentence cannot know alone is whose words a quotation is when its speaker stands in
another sentence:
- '“A. B,” she said': the first sentence waits for the speaker named after the quotation closes;
- 'She said: “A. B.”' and '“A,” he said. “B.”': a sentence inside, or all of, a quotation whose
  speaker was named before goes on in the same voice;
- a quotation left open at a paragraph's end goes on in the next paragraph when that one opens
  with a quotation mark (the newspaper convention: no closing mark between them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .cues import no_comment
from .types import AttributedClause, Clause, Frame, Sentence

# Clauses telling who someone is ("Berg, who ran the bank"): the report's own background, never
# part of a quotation they stand next to.
DESCRIPTIONS = frozenset({"relcl", "appos"})


@dataclass(frozen=True)
class OpenQuotation:
    """A direct quotation whose speaker is known: the frame naming them and where it stands."""

    frame: Frame
    sentence: Sentence


@dataclass
class _Quotations:
    """What is open while reading on: the quotation of this paragraph, one carried over from the
    last paragraph, and clauses of a quotation still waiting for their speaker."""

    quote: OpenQuotation | None = None
    continued: OpenQuotation | None = None
    pending: list[int] = field(default_factory=list)  # indices into the output waiting for a speaker

    def start_paragraph(self, sentence: Sentence) -> None:
        self.pending = []
        if self.continued is not None and sentence.opens_paragraph_with_quote:
            self.quote = self.continued
        else:
            self.quote = self.continued = None

    def carried(self, sentence: Sentence) -> OpenQuotation | None:
        """The quotation this sentence goes on with, if it opens inside one."""
        return self.quote if sentence.opens_in_quote or self.continued is not None else None

    def end_sentence(self, sentence: Sentence) -> None:
        if not sentence.ends_in_quote:
            self.pending = []
            self.continued = None

    def end_paragraph(self, last: Sentence) -> None:
        self.continued = self.quote if self.quote is not None and last.ends_in_quote else None


def _opens_quotation(clause: Clause, carried: OpenQuotation | None) -> bool:
    frame = clause.frame
    return frame is not None and frame.direct_quote and (carried is None or frame is not carried.frame)


def _attribute_sentence(
    sentence: Sentence, clauses: Sequence[Clause], state: _Quotations, out: list[AttributedClause]
) -> None:
    carried = state.carried(sentence)
    # '"A," he said. "B."': a sentence that is all quotation goes on in the same voice
    whole_quote = sentence.all_quoted and all(c.frame is None for c in clauses)
    for clause in clauses:
        frame, where = clause.frame, sentence
        if clause.via != "content" and no_comment(clause.tokens):
            # "declined to comment", "did not respond": the report saying someone has not spoken
            # (what someone says about commenting, "said it did not comment", stays theirs)
            frame = None
        if frame is None and carried is not None and clause.via not in DESCRIPTIONS:
            frame, where = carried.frame, carried.sentence
        elif frame is None and whole_quote and state.quote is not None:
            frame, where = state.quote.frame, state.quote.sentence
        elif frame is None and (sentence.ends_in_quote or whole_quote):
            state.pending.append(len(out))
        out.append(AttributedClause(clause=clause, frame=frame, frame_sentence=where if frame else None))
        if _opens_quotation(clause, carried):
            state.quote = OpenQuotation(frame=clause.frame, sentence=sentence)
            for k in state.pending:
                out[k] = AttributedClause(clause=out[k].clause, frame=clause.frame, frame_sentence=sentence)
            state.pending = []
    state.end_sentence(sentence)


def attribute(
    sentences: Sequence[Sentence], clauses: Sequence[Sequence[Clause]]
) -> tuple[AttributedClause, ...]:
    """Every clause of the report, in order, with its frame (None: the report's own voice)."""
    state = _Quotations()
    out: list[AttributedClause] = []
    for n, (sentence, found) in enumerate(zip(sentences, clauses, strict=True)):
        if n == 0 or sentence.block_index != sentences[n - 1].block_index:
            state.start_paragraph(sentence)
        _attribute_sentence(sentence, found, state, out)
        if n + 1 == len(sentences) or sentences[n + 1].block_index != sentence.block_index:
            state.end_paragraph(sentence)
    return tuple(out)
