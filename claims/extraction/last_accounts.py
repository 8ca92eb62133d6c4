"""Whose account a paragraph of quotation with no speaker goes on with: the one speaker of the
paragraph before it, in its last sentence; or, when that sentence only adds background in the report's
voice naming nobody ("... referring to the earlier deal. Eighteen of those jets were to be delivered in
fly-away condition." then "“By 2014, you couldn't even get these 18 aircraft.”"), in the one before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import DESCRIPTIONS
from .cues import contents_of, is_cue
from .cues import speaker_of as cue_speaker
from .segment import span_text
from .types import AttributedClause, Frame, Sentence
from .views import can_speak


def speaker_of(clauses: Sequence[AttributedClause]) -> tuple[Frame, Sentence] | None:
    """The one named speaker of every statement of a sentence, if it has one."""
    statements = [a for a in clauses if a.clause.via not in DESCRIPTIONS]
    speakers = {a.frame.source.i if a.frame and a.frame.source else None for a in statements}
    first = statements[0] if statements else None
    if first is None or first.frame is None or None in speakers or len(speakers) != 1:
        return None
    return first.frame, first.frame_sentence


def last_account(
    paragraph: Sequence[Sentence], clauses: Sequence[Sequence[AttributedClause]]
) -> tuple[Frame, Sentence] | None:
    """The speaker of the paragraph's last sentence, or of the one before a last sentence of background
    (no speaker, no name, no quotation mark, no pronoun of a person)."""
    found = speaker_of(clauses[-1])
    if found is not None or len(paragraph) < 2:
        return found
    last = paragraph[-1]
    if any(a.frame is not None for a in clauses[-1]) or any(_names_or_quotes(t) for t in last.span):
        return None
    # ("The mayor disagreed.", "Workers have protested for weeks.": someone else who may speak next)
    if any(t.dep_ in {"nsubj", "nsubjpass"} and can_speak(t, t.head) for t in last.span):
        return None
    return speaker_of(clauses[-2])


def _names_or_quotes(t) -> bool:
    return t.pos_ == "PROPN" or t.is_quote or t.lower_ in {"he", "she", "they", "i", "we", "his", "her"}


# A line giving out a statement in full ("Below is the full statement from the club:", "The statement
# in full:", "Here is the statement:"): the statement may run over paragraphs in the third person, and an
# advertisement's line may stand between the line and the statement.
IN_FULL = re.compile(
    r"\b(full|complete|entire) statement\b|\bstatement in full\b|\b(below|here) is the statement\b", re.I
)
# Characters between such a line and the statement: a blank line, an advertisement's line, a blank line.
AD_GAP = 40


def in_full(line: Sentence) -> bool:
    return span_text(line.span).rstrip().endswith(":") and bool(IN_FULL.search(span_text(line.span)))


def adjacent(line: Sentence, paragraph: Sequence[Sentence], gap: int) -> bool:
    """Nothing cut out between the line and the paragraph it introduces (or only an advertisement's line,
    after a statement given out in full)."""
    between = paragraph[0].start - line.end
    return between <= gap or (in_full(line) and between <= AD_GAP)


# Openings by which the report turns from a statement back to its own news ("In other news, ...").
TURNING = re.compile(
    r"^\W*(in other news|meanwhile|elsewhere|separately|in a separate|earlier|later|also on)\b", re.I
)


def goes_on_in_full(paragraph: Sequence[Sentence]) -> bool:
    """A paragraph that may go on with a statement given in full: no quotation mark, no turn back to
    the report's own news."""
    quoted = any(t.is_quote for s in paragraph for t in s.span)
    return not quoted and not TURNING.match(span_text(paragraph[0].span))


def nothing_said_after(tag: Token) -> bool:
    """A tag before a colon says nothing after it: its words, if any, came before it ("Fourteen bodies
    were found, Captain Ana Obi told AFP:"), so the paragraph after the colon is more of them."""
    return all(c.i < tag.i for c in contents_of(tag))


def spoke_to(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "Mayor Ana Obi spoke to local radio:": the one who spoke, whose words the next paragraph is."""
    root = sentence.span.root
    if root.lemma_ not in {"speak", "talk"} or not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in root.children
    ):
        return None
    who = cue_speaker(root)
    if who is None or not can_speak(who, root):
        return None
    return Frame(source=who, role="said", cue=root.text, cue_index=root.i), sentence


def closing_conjunct(root: Token) -> Token:
    """ "The facts are scant but the Guardian's report states:": the speech verb closing the line."""
    last = root.conjuncts[-1] if root.conjuncts and not is_cue(root) else root
    return last if is_cue(last) and last.i > root.i else root


def named_last(span, names: list[Token]) -> Token | None:
    """ "Nobel laureate, and University of Chicago economics professor Gary Becker:": a label saying at
    length who someone is, closed by their name (not "Ana Ruiz and Tom Hale:", two people)."""
    last = span[-2] if len(span) > 2 else None
    if last is None or last.ent_type_ != "PERSON" or last not in names:
        return None
    first = last.i
    while first > span.start and last.doc[first].ent_iob_ == "I":
        first -= 1  # (the name's first word)
    return last if last.doc[first - 1].lower_ not in {"and", "&", ",", "or"} else None
