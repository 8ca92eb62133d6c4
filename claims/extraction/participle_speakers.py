"""Who says what a participle on a clause tells ("..., calling the decision flawed"): the speaker of
a reported clause ("said it would appeal, calling the decision flawed"), one who denied a claim ("X
denied claims that she ..., calling them false"); not an outlet the clause is according to ("The
department issued a notice, calling the site a nuisance, as reported by the Patch": the department
calls it so, and the Patch, which reported it, is cited).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import CUE_ROLES
from .told import subject_of
from .types import Frame
from .views import can_speak


def denier_of(frame: Frame | None, doc: Doc) -> Token | None:
    """ "X denied claims that she ..., calling them false": when the frame is a claim noun that is
    the object of a verb, a participle closing the sentence is the act of that verb's subject."""
    if frame is None or frame.cue_index is None:
        return None
    noun = doc[frame.cue_index]
    return subject_of(noun.head) if noun.pos_ == "NOUN" and noun.dep_ == "dobj" else None


def participle_speaker(frame: Frame | None, pred: Token) -> Token | None:
    """The one a reported clause's frame says is speaking, if any, for a participle on the clause (for
    an account according to someone, only when the clause's subject cannot say it: "Two hundred jobs
    will be cut, according to a memo, citing weak demand" is the memo citing it)."""
    if frame is None or frame.source is None:
        return denier_of(frame, pred.doc)
    subject = subject_of(pred)
    speaks = subject is not None and subject.dep_ == "nsubj" and can_speak(subject, pred)
    if frame.cue == "according to" and speaks:
        return denier_of(frame, pred.doc)
    return denier_of(frame, pred.doc) or frame.source


def participle_act(participle: Token, who: Token | None, frame: Frame | None) -> Frame | None:
    """The saying a participle tells of, by `who`, with the sources the clause's frame cites."""
    if who is None:
        return None
    role = CUE_ROLES.get(participle.lemma_.lower(), "said")
    return Frame(
        source=who, role=role, cue=participle.text, cue_index=participle.i, cited=kept_citations(frame, who)
    )


def kept_citations(frame: Frame | None, who: Token) -> tuple[Token, ...]:
    """A participle said by the same speaker keeps the speaker's nested sources; the subject's, in an
    account according to someone, is cited by them."""
    if frame is None:
        return ()
    same = frame.source is not None and frame.source.i == who.i
    if frame.cue == "according to" and frame.source is not None and not same:
        return (frame.source, *frame.cited)
    return frame.cited if same else ()
