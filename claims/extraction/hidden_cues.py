"""Attributions the parser hides: a speech verb closing its sentence after a comma ("..., the
authors said"), after a closing quotation mark but hung inside it, a view stated as "X's forecast
is that ...", and a speaker inside a relative clause ("a drought that the bank says cut growth").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import RELATIVE_TAGS, SUBJECT_DEPS, contents_of, is_cue, opens_with_that, speaker_of, subject_of
from .segment import in_quotes
from .types import Frame

# Speech verbs that may close a sentence after a comma ("..., the authors said"; "..., said Berg").
TRAILING_CUES = frozenset("say add write report tell note explain conclude rule find".split())


def _adjacent_subject(cue: Token) -> Token | None:
    """The subject standing right next to the cue, before it ("the authors said") or after it
    ("said the authors"), with nothing but auxiliaries between."""
    doc = cue.doc
    for subj in (c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subj.i < cue.i and all(
            t.dep_ in {"aux", "neg", "advmod"} for t in doc[subj.right_edge.i + 1 : cue.i]
        ):
            return subj
        if subj.i > cue.i and subj.left_edge.i == cue.i + 1:
            return subj
    return None


def trailing_speech(cue: Token) -> tuple[Token, list[Token]] | None:
    """(speaker, content) when a speech verb closes its sentence after a comma and the parser found
    no clause for it to introduce: "The benefit held after the figures were adjusted, the authors
    said.", '“A dry summer flatters everyone,” said Hale' when the parser missed the quotation's verb.
    Everything before the comma is what was said."""
    if cue.lemma_.lower() not in TRAILING_CUES or contents_of(cue):
        return None
    speaker = _adjacent_subject(cue)
    if speaker is None:
        return None
    sentence = cue.sent
    phrase_start = min(speaker.left_edge.i, cue.i)
    phrase_end = max(speaker.right_edge.i, cue.i)
    if any(not t.is_punct for t in cue.doc[phrase_end + 1 : sentence.end]):
        return None
    comma = phrase_start - 1
    if comma > sentence.start and cue.doc[comma].is_quote:
        comma -= 1  # '“A dry summer flatters everyone's numbers,” said Tamsin Hale'
    if comma <= sentence.start or cue.doc[comma].text != ",":
        return None
    content = [t for t in cue.doc[sentence.start : comma] if not t.is_space]
    return (speaker, content) if sum(not t.is_punct for t in content) >= 3 else None


def closing_speech(root: Token, span: Span) -> Token | None:
    """ "“We will appeal,” the firm's lawyer, Ana Ruiz, wrote in a post.": a speech verb after the
    closing quotation mark, its speaker outside the quotation, which the parser hung on a verb
    inside the quoted words. Returns the cue; the quotation is what it introduces."""
    doc = root.doc
    last = max((t.i for t in span if not t.is_punct), default=-1)
    for cue in span:
        if cue.i <= root.i or not is_cue(cue) or in_quotes(doc.text, cue.idx, cue.idx + len(cue)):
            continue
        speaker = speaker_of(cue)
        if speaker is None or in_quotes(doc.text, speaker.idx, speaker.idx + len(speaker)):
            continue
        opening = min(speaker.left_edge.i, cue.i)
        if opening == 0 or not doc[opening - 1].is_quote or cue.right_edge.i < last:
            continue
        return cue
    return None


# Nouns for a view someone holds, stated as "X's forecast is that ...".
VIEW_NOUNS = frozenset(
    "forecast estimate view position assessment conclusion expectation prediction projection "
    "calculation".split()
)


def view_frame(pred: Token) -> Frame | None:
    """ "Gridline's own central forecast is that half will never be built": the one whose view,
    forecast or estimate it is says what follows (a pronoun owner is left to the quotation's speaker)."""
    subj = subject_of(pred)
    if pred.lemma_ != "be" or subj is None or subj.lemma_.lower() not in VIEW_NOUNS:
        return None
    if not any(c.dep_ == "ccomp" and opens_with_that(c) for c in pred.children):
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    return Frame(source=owner, role="claimed", cue=subj.text, cue_index=subj.i)


def said_of_antecedent(cue: Token) -> list[Token]:
    """ "a drought that its central bank says cut growth to 0.8%": a speech verb in a relative
    clause with a speaker of its own and the relative pronoun as a second subject; the verb after
    it says what the noun described did."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) < 2 or not any(s.tag_ in RELATIVE_TAGS for s in subjects):
        return []
    return [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]


# Verbs of speaking up: used without a clause ("warned against firm conclusions", "urged calm"), the
# act is still the speaker's statement.
SPEAKING_UP = frozenset("warn urge caution insist recommend advise appeal plead".split())


def speaks_in_words(cue: Token) -> bool:
    """A verb of speaking up with someone to speak (its subject, or the first verb's)."""
    lemma = cue.lemma_.lower()
    # "called on the minister to come clean"
    calls_on = (
        lemma == "call"
        and not any(c.dep_ == "dobj" for c in cue.children)  # "called the police at 9pm on Friday"
        and any(
            c.dep_ == "prep"
            and c.lower_ == "on"
            and all(g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
            for c in cue.children
        )
    )
    return (lemma in SPEAKING_UP or calls_on) and (speaker_of(cue) is not None or cue.dep_ == "conj")
