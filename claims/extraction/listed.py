"""A list a speaker's line opens: "Scotland Yard have released a statement:" then "– At least 20
people injured", "– Four people have lost their lives". The items are the statement's, so each is
credited to whoever the opening line says is speaking, until the list ends (a line that is a
sentence of the report again)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .crediting import credit
from .cues import frame_for_cue, is_cue, subject_of
from .last_accounts import closing_conjunct
from .segment import span_text
from .types import AttributedClause, Frame, Sentence

# What a body gives out when its words follow in a list: "released a statement:", "gave us the
# following information:", "issued these figures:".
GIVEN_OUT = frozenset("statement information update details figures breakdown list numbers".split())
BULLETS = frozenset("–-•*·—")
# What a list's opening line may be about, never who speaks ("Key numbers for the year:").
LISTED_THINGS = frozenset("number figure detail highlight result point fact statistic".split())
# Characters between two lines of one list: the line break and a blank line.
MAX_GAP = 4


def _opener_frame(sentence: Sentence) -> Frame | None:
    """The frame of a line that opens a list with a colon, when it says who is speaking."""
    if not span_text(sentence.span).rstrip().endswith(":"):
        return None
    root = closing_conjunct(sentence.span.root)  # ("The facts are scant but the report states:")
    subject = subject_of(root)
    # ("Key numbers for the year compared to a year ago:": figures, no one speaking)
    if subject is None or subject.lower_ in {"we", "i", "you"} or subject.lemma_.lower() in LISTED_THINGS:
        return None
    # (what is said may run on into the list: "The PPC said the suspect is wanted at the following
    # locations:")
    if is_cue(root):
        return frame_for_cue(root)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_OUT for c in root.children):
        return Frame(source=subject, role="said", cue=root.text, cue_index=root.i)
    return None


# "Among their findings:", "Its key conclusions:": the findings of whoever the sentence before is about.
FINDINGS_OPENER = re.compile(
    r"^(among )?(their|its|his|her|the) (main |key |other )?(findings|conclusions|recommendations)"
    r"( include| were| are)?:$",
    re.IGNORECASE,
)


def _findings_opener(sentence: Sentence, previous: Sentence | None) -> Frame | None:
    """ "Researchers analysed national data. Among their findings:" then the list: the findings
    are the researchers'."""
    if previous is None or not FINDINGS_OPENER.match(span_text(sentence.span).strip()):
        return None
    subject = subject_of(previous.span.root)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    return Frame(source=subject, role="reported", cue="findings", cue_index=previous.span.root.i)


def _an_item(sentence: Sentence) -> bool:
    """A bulleted line, or a line that is no sentence ("2 x cardiac arrest")."""
    text = span_text(sentence.span).strip()
    return text[:1] in BULLETS or not text.rstrip("”\"'’)").endswith((".", "!", "?"))


def listed_under(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each item of a list a speaker's line opens credited to that speaker."""
    out = list(attributed)
    opener: tuple[Frame, Sentence] | None = None
    items: dict[int, tuple[Frame, Sentence]] = {}
    previous: Sentence | None = None
    # (only a line's last sentence opens a list: "• Trump says talks are close: Trump stated ..."
    # is an item's heading with its text after it)
    last = {s.block_index: s.index for s in sentences}
    for sentence in sentences:
        frame = _opener_frame(sentence) if last[sentence.block_index] == sentence.index else None
        findings = _findings_opener(sentence, previous)
        if frame is not None:
            opener = (frame, sentence)
        elif findings is not None and previous is not None:
            opener = (findings, previous)  # the frame's speaker stands in the sentence before
        elif (
            opener is not None
            and previous is not None
            and previous.index in items
            and (sentence.block_index == previous.block_index)
        ):
            items[sentence.index] = opener  # an item's later sentences are the item's too
        elif opener is not None and sentence.block_index != opener[1].block_index:
            # the list runs on line after line; anything cut out between (a time stamp, a new
            # update's heading) or a line of the report's own sentences ends it
            next_line = previous is not None and sentence.start - previous.end <= MAX_GAP
            if next_line and _an_item(sentence):
                items[sentence.index] = opener
            else:
                opener = None
        previous = sentence
    for k, a in enumerate(out):
        found = items.get(a.clause.sentence.index)
        if found is not None:
            credit(out, [k], *found)
    return out
