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
from dataclasses import dataclass, field, replace

from .according_back import credited_back
from .accounts import accounts_go_on
from .asked import asked_aloud
from .attributed_ahead import credited_ahead
from .between import between_their_words
from .bulletins import bulletins
from .continued_lines import lines_inside_quotations
from .credit_lines import signed_words
from .crediting import DESCRIPTIONS, told_inside_a_quotation
from .cues import contents_of, frame_for_cue, is_cue, subject_of
from .descriptions import restrictive
from .follow_on import carry_on
from .interviews import interview_answers
from .listed import listed_under
from .quoted_after import quotes_after_their_subject
from .quoted_descriptions import descriptions_in_quotes, said_of_a_thing
from .quoted_paragraphs import quoted_paragraphs_go_on
from .segment import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    TOGGLE_QUOTES,
    doc_text,
    in_quotes,
    opens_with_quote,
    span_text,
)
from .silence import no_comment
from .speech_tags import tagged_after
from .statement_blocks import statements_go_on
from .transcripts import labelled_speakers
from .types import AttributedClause, Clause, Frame, Sentence
from .wire_credits import wire_credited
from .written import HEARD

# Marks that close a quotation at the end of a paragraph.
CLOSING_QUOTES = ("”", '"', "’’", "''")


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
    closed: OpenQuotation | None = None  # the quotation the last paragraph closed with
    pending: list[int] = field(default_factory=list)  # indices into the output waiting for a speaker
    # clauses given the last paragraph's speaker only because this paragraph opened a quotation: a
    # speaker named when the quotation closes ('“A. B,” Shoigu said.') takes them back
    presumed: list[int] | None = None
    # the speaker of the sentence just read in this paragraph: 'The rulings were "wrong", the judge
    # said. "They ignored the evidence."' goes on in the judge's voice
    spoke: OpenQuotation | None = None
    unclaimed: list[int] = field(default_factory=list)  # pending when a paragraph ends inside a quotation
    run_on: list[int] = field(default_factory=list)  # ... and the quotation runs on into this one
    # sentences of lines inside a quotation opened lines before (see continued_lines): still open?
    inside: dict[int, bool] = field(default_factory=dict)
    # a quotation left open before a paragraph with no quotation marks at all (a page that lost the
    # paragraph's opening mark): a quotation paragraph right after goes on in its voice
    suspended: OpenQuotation | None = None

    def start_paragraph(self, sentence: Sentence) -> None:
        self.pending = []
        # (a quotation run on from the last paragraph with no speaker yet waits for the one it closes with)
        goes_on = sentence.opens_paragraph_with_quote or sentence.index in self.inside
        self.run_on = self.unclaimed if goes_on else []
        self.unclaimed = []
        self.spoke = None
        self.presumed = None
        if self.continued is not None and goes_on:
            self.quote = self.continued
        elif (self.closed or self.suspended) is not None and sentence.opens_paragraph_with_quote:
            # 'X wrote: “A.” / “B.”': a paragraph of quotation with no speaker named, right after a
            # paragraph closing with X's quotation, goes on in X's voice
            self.quote, self.continued = self.closed or self.suspended, None
            self.presumed = []
        else:
            unmarked = not any(q in doc_text(sentence.span.doc) for q in '“”"')
            self.suspended = self.continued if unmarked else None
            self.quote = self.continued = None
            return
        self.suspended = None

    def carried(self, sentence: Sentence) -> OpenQuotation | None:
        """The quotation this sentence goes on with, if it opens inside one."""
        return self.quote if sentence.opens_in_quote or self.continued is not None else None

    def end_sentence(self, sentence: Sentence) -> None:
        if not sentence.ends_in_quote and not self.inside.get(sentence.index):
            self.pending = []
            self.continued = None
            self.presumed = None  # the quotation closed with no speaker of its own: it was X's

    def end_paragraph(self, last: Sentence) -> None:
        open_at_end = last.ends_in_quote or self.inside.get(last.index, False)
        self.continued = self.quote if self.quote is not None and open_at_end else None
        self.unclaimed = self.run_on + self.pending if self.quote is None and open_at_end else []
        # '"A," Di Luca told ANSA.' closes with its speaker named as surely as with a quote mark
        tagged = self.quote is not None and self.quote.sentence is last
        closes = last.all_quoted or span_text(last.span).rstrip().endswith(CLOSING_QUOTES) or tagged
        self.closed = self.quote if self.continued is None and closes else None


def _another_speaks_in(sentence: Sentence, frame: Frame, acts: frozenset[int] = frozenset()) -> bool:
    """'“An official said: ‘...’ In Basildon there were 800, reported BBC Essex. ..., with X saying:
    ‘...’”': a sentence of the passage with a speech verb and a named speaker of its own (not one
    whose speaking is itself the claim waiting, `acts`: '“The council has warned us to stay home.
    ...,” Obi said.')."""
    source = frame.source.i if frame.source is not None else -1
    # (a verb in its bare form speaks of no words said: '“We want the council to tell us. ...,” Obi
    # said.' and "You will hear me say" stay the quotation's)
    # ("“Our study shows that ...,” said X": the speaker's own work, told in the first person)
    return any(
        is_cue(t)
        and (s := subject_of(t)) is not None
        and s.pos_ in {"NOUN", "PROPN"}
        and s.i != source
        and not any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in s.children)
        for t in sentence.span
        if t.i not in acts and t.tag_ != "VB" and not _told_to_its_subject(t) and not _what_was_said(t)
    )


def _what_was_said(cue) -> bool:
    """ "the headline didn't reflect what Browne said": words spoken of, not said in the passage."""
    # (not "What the governor said was that rates will rise": there the governor speaks)
    spoken_of = any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} and c.i < cue.i for c in cue.children)
    return spoken_of and cue.dep_ != "csubj"


def _told_to_its_subject(cue) -> bool:
    """ "soldiers were notified that ...": a passive whose subject heard the words names no speaker."""
    return cue.lemma_.lower() in HEARD and any(c.dep_ == "nsubjpass" for c in cue.children)


def _opens_a_quotation(sentence: Sentence) -> bool:
    return opens_with_quote(span_text(sentence.span))


def _opens_quotation(clause: Clause, carried: OpenQuotation | None) -> bool:
    frame = clause.frame
    if frame is None or not frame.direct_quote or (carried is not None and frame is carried.frame):
        return False
    return not told_inside_a_quotation(AttributedClause(clause=clause, frame=frame, frame_sentence=None))


def _attribute_sentence(
    sentence: Sentence, clauses: Sequence[Clause], state: _Quotations, out: list[AttributedClause]
) -> None:
    carried = state.carried(sentence)
    # '"A," he said. "B."': a sentence that is all quotation goes on in the same voice
    root = sentence.span.root
    # ('"Burma VJ" was the big winner': a quoted title opens the sentence, its verb stands outside)
    inside = in_quotes(doc_text(root.doc), root.idx, root.idx + len(root))
    whole_quote = sentence.all_quoted and inside and all(c.frame is None for c in clauses)
    asked = asked_aloud(sentence)  # ('“What is happening?” Timberlake asked')
    if asked is not None:
        state.pending, state.presumed, carried = [], None, None
    for clause in clauses:
        frame, where = clause.frame, sentence
        if clause.via != "content" and no_comment(clause.tokens):
            # "declined to comment", "did not respond": the report saying someone has not spoken
            # (what someone says about commenting, "said it did not comment", stays theirs)
            frame = None
        if frame is None and asked is not None and _quoted(clause) and clause.head.i < asked.cue_index:
            frame = asked
        elif frame is None:
            frame, where = _carried_frame(clause, sentence, state, carried, whole_quote, len(out))
        presumed = state.presumed is not None and state.quote is not None and clause.frame is None
        if presumed and frame is not None and frame is state.quote.frame:
            state.presumed.append(len(out))
        out.append(AttributedClause(clause=clause, frame=frame, frame_sentence=where if frame else None))
        if _opens_quotation(clause, carried):
            state.quote = OpenQuotation(frame=clause.frame, sentence=sentence)
            waiting = state.pending + (state.presumed or [])
            # (a quoted passage with speakers of its own is not all the last one's words)
            acts = frozenset(h.i for k in waiting if not contents_of(h := out[k].clause.head))
            passage = any(_another_speaks_in(out[k].clause.sentence, clause.frame, acts) for k in waiting)
            run_on = any(_another_speaks_in(out[k].clause.sentence, clause.frame) for k in state.run_on)
            for k in ([] if passage else waiting) + ([] if run_on else state.run_on):
                out[k] = AttributedClause(clause=out[k].clause, frame=clause.frame, frame_sentence=sentence)
            state.pending, state.presumed, state.run_on = [], None, []
    if asked is not None:
        state.quote = OpenQuotation(frame=asked, sentence=sentence)
    spoke = [a for a in out[len(out) - len(clauses) :] if a.frame is not None and a.frame.source is not None]
    spoke = [a for a in spoke if a.clause.via not in DESCRIPTIONS and not told_inside_a_quotation(a)]
    last = _last_speaker(spoke, sentence) if spoke else None
    state.spoke = OpenQuotation(frame=last.frame, sentence=last.frame_sentence) if last else None
    if state.quote is None and sentence.ends_in_quote:
        # 'Asked about it, Obi said: “No. We have orders until 2027.”': the quotation opened after
        # the speech verb goes on though its first words made no claim
        opener = quotation_opener(sentence)
        if opener is not None:
            state.quote = OpenQuotation(frame=opener, sentence=sentence)
    state.end_sentence(sentence)


def _carried_frame(
    clause: Clause,
    sentence: Sentence,
    state: _Quotations,
    carried: OpenQuotation | None,
    whole_quote: bool,
    position: int,
) -> tuple[Frame | None, Sentence]:
    """The frame a clause with none of its own takes from the quotation it goes on with, if any (a
    quoted clause still waiting for its speaker is noted as pending, at `position`)."""
    spoken = clause.via not in DESCRIPTIONS or said_of_a_thing(clause)
    # (after the quotation closes, '..., he said, as the audience began to scream' is the report's)
    if carried is not None and spoken and (_quoted(clause) or _before_the_close(clause)):
        return carried.frame, carried.sentence
    # (not when someone else has spoken since, in the sentence just before: "He said he hopes ...
    # “For example ...”" goes on in his voice, not the earlier speaker's)
    since = (
        state.spoke is not None
        and state.quote is not None
        and state.spoke.sentence.index > state.quote.sentence.index
    )
    if (
        (whole_quote or (_opens_a_quotation(sentence) and clause.via not in DESCRIPTIONS))
        and state.quote is not None
        and not (since and not _same_source(state.spoke.frame, state.quote.frame))
        and (whole_quote or _quoted(clause) or any(is_cue(t) for t in sentence.span))
    ):
        # '"...," said Hoen. "The engineers were the ladder.': a second quotation in the same
        # paragraph is the same speaker's
        return state.quote.frame, state.quote.sentence
    if (
        (whole_quote or (_opens_a_quotation(sentence) and _quoted(clause)))
        and state.spoke is not None
        and clause.via not in DESCRIPTIONS
    ):
        frame, where = replace(state.spoke.frame, direct_quote=True), state.spoke.sentence
        state.quote = OpenQuotation(frame=frame, sentence=where)
        # (presumed: 'Authorities blamed the NGT. “The project was delayed. ...,” said X.' is X's)
        state.presumed = [] if state.presumed is None else state.presumed
        return frame, where
    if (sentence.ends_in_quote or whole_quote) and _quoted(clause):
        state.pending.append(position)
    return None, sentence


def _same_source(a: Frame, b: Frame) -> bool:
    """Whether two frames name the same token as their source."""
    return (
        a.source is not None
        and b.source is not None
        and a.source.doc is b.source.doc
        and a.source.i == b.source.i
    )


def _before_the_close(clause: Clause) -> bool:
    """A clause of a sentence that opens inside a quotation, starting before the quotation closes."""
    text = doc_text(clause.head.doc)
    first = min(t.idx for t in clause.tokens) if clause.tokens else clause.head.idx
    start = clause.sentence.span.start_char
    # (a straight mark after a space opens a quotation: '... do it. "So we knocked it together')
    return not any(
        ch in CLOSE_QUOTES or (ch in TOGGLE_QUOTES and k > 0 and not text[k - 1].isspace())
        for k, ch in enumerate(text[start:first], start)
    )


def _last_speaker(spoke: list[AttributedClause], sentence: Sentence) -> AttributedClause:
    """Of the speakers of a sentence, the one whose speech verb comes last, outside what another
    says ("X branded it a PR exercise, yet Mrs May believes ... ‘boosting delivery ...’" goes on in
    May's voice); the first where the verbs are not known."""
    doc = sentence.span.doc
    cues = [a.frame.cue_index for a in spoke]
    if any(
        c is None or c >= len(doc) or a.frame_sentence is not sentence
        for a, c in zip(spoke, cues, strict=True)
    ):
        return spoke[0]
    inside = {t.i for c in cues for said in contents_of(doc[c]) for t in said.subtree}
    outer = [a for a in spoke if a.frame.cue_index not in inside]
    return max(outer or spoke, key=lambda a: a.frame.cue_index)


def _quoted(clause: Clause) -> bool:
    """A clause inside quotation marks (one before them, 'X was blunt: “...', waits for no speaker)."""
    head = clause.head
    return in_quotes(doc_text(head.doc), head.idx, head.idx + len(head))


def quotation_opener(sentence: Sentence) -> Frame | None:
    """The frame of a speech verb outside quotation marks, with its speaker, that a quotation
    opened later in the sentence follows ("Obi said: “...")."""
    doc = sentence.span.doc
    for cue in sentence.span:
        if not is_cue(cue) or in_quotes(doc_text(doc), cue.idx, cue.idx + len(cue)):
            continue
        frame = frame_for_cue(cue)
        after = doc_text(doc)[cue.idx : sentence.span.end_char]
        if frame.source is not None and any(q in after for q in OPEN_QUOTES + TOGGLE_QUOTES):
            return replace(frame, direct_quote=True)
    return None


def attribute(
    sentences: Sequence[Sentence], clauses: Sequence[Sequence[Clause]]
) -> tuple[AttributedClause, ...]:
    """Every clause of the report, in order, with its frame (None: the report's own voice)."""
    state = _Quotations(inside=lines_inside_quotations(sentences))
    out: list[AttributedClause] = []
    answers = interview_answers(sentences)
    for n, (sentence, found) in enumerate(zip(sentences, clauses, strict=True)):
        if n == 0 or sentence.block_index != sentences[n - 1].block_index:
            state.start_paragraph(sentence)
        _attribute_sentence(sentence, found, state, out)
        if n + 1 == len(sentences) or sentences[n + 1].block_index != sentence.block_index:
            state.end_paragraph(sentence)
        if sentence.index in answers:
            _in_the_interviewees_voice(out, len(out) - len(found), *answers[sentence.index])
    out = statements_go_on(sentences, quoted_paragraphs_go_on(sentences, out))
    out = tagged_after(sentences, signed_words(sentences, wire_credited(sentences, out)))
    out = credited_ahead(sentences, credited_back(sentences, listed_under(sentences, out)))
    out = bulletins(sentences, labelled_speakers(sentences, out))
    out = descriptions_in_quotes(out)
    return tuple(
        between_their_words(
            sentences,
            carry_on(sentences, accounts_go_on(sentences, quotes_after_their_subject(sentences, out))),
        )
    )


def _in_the_interviewees_voice(
    out: list[AttributedClause], first: int, frame: Frame, where: Sentence
) -> None:
    """An answer's clauses in the report's voice are the interviewee's (who someone is stays the
    report's, as everywhere)."""
    for k in range(first, len(out)):
        a = out[k]
        # "I would point out that ...": the interviewee speaking of themselves in their answer
        own = a.frame is None or (a.frame.source is not None and a.frame.source.lower_ in {"i", "we"})
        # ("We're a group of volunteers who cover a large area": which ones is part of the answer)
        which = a.clause.via == "relcl" and restrictive(a.clause.head)
        if own and (a.clause.via not in DESCRIPTIONS or which):
            out[k] = AttributedClause(clause=a.clause, frame=frame, frame_sentence=where)
