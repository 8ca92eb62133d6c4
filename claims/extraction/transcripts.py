"""Interviews printed as questions and answers, and broadcast transcripts: who speaks is said by a
label in front of the paragraph, not by a speech verb.

- "Q. How do you want to be remembered?" / "A. As someone who ...": the answers, and the paragraphs
  that run on from them until the next question, are the interviewee's: the person the introduction
  talks about most (the labels themselves are cut off as furniture, see `Block.qa`).
- "Prof. ROGOFF: Well, I think ..." / "SIMON: What about ...": a transcript's speaker label, a
  surname in capitals after a given name or a title (or written in ordinary capitals elsewhere in
  the report), then a colon; the paragraphs after it that carry no label of their own are that
  speaker's too. The host's ("SCOTT SIMON, host:") are the programme's own voice, as the report's
  are.

- an interview without labels ("Interview with ...", then questions put to "you" ending in a
  question mark): the paragraphs after each question are the interviewee's, the questions no claims.

- "Manuel Pellegrini" alone on a line, then paragraphs of quotation: a round-up of reactions heads
  each speaker's quotations with their name.

A clause with a speaker of its own ("the Federal Reserve said we had ...") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from .crediting import clauses_by_sentence
from .given_names import is_given_name
from .headings import (
    a_person,
    name_heading,
    names_as_captions,
    names_them,
    several_name_headings,
    speaks_under_a_heading,
    topic_heading,
    topic_line,
    under_a_picture,
)
from .initials import LABEL_WORDS, declared_labels, initials_labels
from .interviewees import (
    INTERVIEW,
    a_question,
    addressed,
    asked_in_capitals,
    described_interviewee,
    interviewee,
    introduced_interviewee,
    plain_questions,
    the_interviewer,
)
from .segment import doc_text, in_quotes, paragraphs, span_text
from .speaker_labels import NOT_SPEAKERS, SPEAKER_LABEL, speaker_label
from .titled_labels import (
    SUBHEAD_WORDS,
    UNKNOWN_LABEL,
    in_first_or_second_person,
    may_be_labelled,
    titled_labels,
)
from .types import AttributedClause, Clause, Frame, Sentence

# A transcript labels its speakers again and again; one label alone may be a dateline.
MIN_LABELS = 2


def labelled_speakers(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses of each answer or transcript paragraph credited to the one who speaks it."""
    out = list(attributed)
    grouped = paragraphs(sentences)
    answers = [k for k, p in enumerate(grouped) if p[0].qa == "A"]
    answering = _answering(grouped, answers[0]) if answers else None
    by_sentence = clauses_by_sentence(out)
    labels = _labels(sentences, grouped)
    asked = _questions(grouped)
    plain = plain_questions(grouped) if not answers and not any(asked) and not any(labels) else []
    if plain:
        return _answered(out, grouped, by_sentence, plain)
    speaker: tuple[Token, Sentence] | None = None
    headed: tuple[Token, Sentence] | None = None  # a subhead that is a person's name
    quoted = False  # the last paragraph under it was a quotation (the report's own paragraph ends it)
    captions, series = names_as_captions(grouped), several_name_headings(grouped)
    body = series = series and not captions  # (a series of "Name, Title" headings: no byline, all theirs)
    people = {t.text: t for p in grouped for s in p for t in s.span if t.pos_ == "PROPN" and a_person(t)}
    for paragraph, label, asker in zip(grouped, labels, asked, strict=True):
        first = paragraph[0]
        indices = [k for s in paragraph for k in by_sentence.get(s.index, [])]
        subhead = first.display and sum(len(s.span) for s in paragraph) < SUBHEAD_WORDS
        before, kept = headed, first.display and (under_a_picture(first, captions) or topic_line(first))
        if (
            first.qa
            or label is not None
            or asker
            or subhead
            or _told_of(paragraph, speaker)
            or asked_in_capitals(paragraph)
        ):
            speaker = headed = None
        if first.display:
            # (a picture's caption between a heading and its quotations leaves the heading standing)
            found = (name_heading(first, body) if not captions else None) or topic_heading(first, people)
            headed, quoted = found or (before if kept else None), False
        elif headed is not None and (series or speaks_under_a_heading(first)):
            if quoted and not speaks_under_a_heading(first):
                headed = None
            else:
                # (not a note about them under their heading: "Gould has made 24 of 26 field goals")
                _speak(out, [] if names_them(paragraph, headed[0]) else indices, *headed)
            quoted = first.opens_paragraph_with_quote
        body = body or not first.display  # (a name and title over the story is its byline)
        if first.qa == "A":
            speaker = answering
        elif first.qa == "Q" and answering is not None:
            _put_to_them(out, indices, *answering)
        elif label is not None and not label[1]:
            speaker = label[0]
        if asker:
            _speak(out, indices, *asker[0])  # the question is the asker's; the answer follows
            speaker = asker[1]
        elif speaker is not None:
            _speak(out, indices, *speaker)
    return _without_labels_alone(out, [s for p, lab in zip(grouped, labels, strict=True) if lab for s in p])


def _without_labels_alone(out: list[AttributedClause], labelled: list[Sentence]) -> list[AttributedClause]:
    """ "CHRIS INGLIS (NSA):" parsed as a sentence of its own, in a labelled paragraph: no claim."""
    label = {s.index: m for s in labelled if (m := SPEAKER_LABEL.match(doc_text(s.span.doc)))}
    ends = {id(a): max(t.idx + len(t) for t in a.clause.tokens) for a in out}
    return [a for a in out if (m := label.get(a.clause.sentence.index)) is None or ends[id(a)] > m.end()]


def _answering(grouped: list[list[Sentence]], first_answer: int) -> tuple[Token, Sentence] | None:
    """Who gives the "A." answers: the interviewee named before the first question, else the one the
    introduction describes ("THE pop princess is back ...")."""
    asked = next((k for k, p in enumerate(grouped) if p[0].qa == "Q"), first_answer)
    found = interviewee(grouped, first_answer)
    intro = {s.index for p in grouped[:asked] for s in p}
    if found is not None and found[1].index in intro:
        return found
    described = described_interviewee(grouped[:asked]) or introduced_interviewee(grouped[:asked])
    return described or (addressed(grouped[asked]) if asked < len(grouped) else None)


# "D K Singh: Why did the government not ...?": an interviewer named, a colon, a question.
QUESTION_LABEL = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+):\s")


def _questions(grouped: list[list[Sentence]]) -> list:
    """Each named interviewer's question paragraph: (asker, interviewee), who answers up to the next label."""
    found: list = []
    for paragraph in grouped:
        text = doc_text(paragraph[0].span.doc)
        m = QUESTION_LABEL.match(text)
        name = [t for t in paragraph[0].span if m is not None and t.idx < m.end(1)]
        asker = name[-1] if name and name[-1].pos_ == "PROPN" and "?" in text else None
        found.append((asker, paragraph[0]) if asker is not None else None)
    if sum(f is not None for f in found) < MIN_LABELS:
        return [None] * len(grouped)
    first = next(k for k, f in enumerate(found) if f is not None)
    answering = interviewee(grouped, first, frozenset(f[0].text for f in found if f is not None))
    return [(f, answering) if f is not None and answering is not None else None for f in found]


def _answered(
    out: list[AttributedClause],
    grouped: list[list[Sentence]],
    by_sentence: dict[int, list[int]],
    asked: list[int],
) -> list[AttributedClause]:
    """An unlabelled interview: the paragraphs after each question, up to the next, are the
    interviewee's answer, and so is a quotation set out above the first question with no speaker;
    the questions themselves are no claims."""
    # the person named where the introduction says it is an interview ("Interview with ..."),
    # not the one the page's other headlines name most
    intro = [p for p in grouped[: asked[0]] if INTERVIEW.search(" ".join(span_text(s.span) for s in p))]
    answering = interviewee(intro, len(intro)) if intro else None
    if answering is None:
        return out
    dropped: set[int] = set()
    for k, paragraph in enumerate(grouped):
        indices = [i for s in paragraph for i in by_sentence.get(s.index, [])]
        if k in asked:
            # (only the questions: a paragraph the page ran into the first one keeps its claims)
            dropped.update(i for s in paragraph if a_question(s) for i in by_sentence.get(s.index, []))
        elif k > asked[0] and not (
            (paragraph[0].display and sum(len(s.span) for s in paragraph) < SUBHEAD_WORDS)
            # ("Whitlow’s figure is broadly consistent with ...": the report's note on an answer)
            or any(t.text == answering[0].text and t.pos_ == "PROPN" for s in paragraph for t in s.span)
        ):
            _speak(out, indices, *answering)  # a paragraph cut off at the page's end is still theirs
        elif k < asked[0] and paragraph[0].opens_paragraph_with_quote:
            _speak(out, [i for i in indices if out[i].frame is None], *answering)
    return [a for i, a in enumerate(out) if i not in dropped]


def _labels(sentences: Sequence[Sentence], grouped: list[list[Sentence]]) -> list:
    """Each paragraph's transcript label (see `speaker_label`), None for a paragraph without."""
    named: dict[str, tuple[Token, Sentence]] = {}
    for s in sentences:
        for t in s.span:
            if t.is_title and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                full = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)  # (in full first)
                named[t.text] = (t, s) if full or t.text not in named else named[t.text]
            elif t.is_title and t.pos_ == "PROPN":
                # ("Dane Perrault" untyped, then "DANE:": a given name before a surname names them)
                for c in t.children:
                    if c.dep_ == "compound" and c.i == t.i - 1 and is_given_name(c.text):
                        named.setdefault(c.text, (t, s))
    if declared := declared_labels(grouped):
        return declared
    labels = _datelines_dropped(
        grouped, [speaker_label(p[0], named) if may_be_labelled(p) else None for p in grouped]
    )
    if sum(label is not None for label in labels) == 1:  # ("FIFI PIETERS:" named nowhere else, then a guest)
        loose = [speaker_label(p[0], named, loose=True) if may_be_labelled(p) else None for p in grouped]
        labels = loose if len({f[0][0].text for f in loose if f is not None}) >= 2 else labels
    if sum(label is not None for label in labels) < MIN_LABELS:
        # "BANGALORE: The death toll ...": a dateline, not a transcript; "SB: ..." named before
        return the_interviewer(
            grouped, initials_labels(sentences, grouped, MIN_LABELS) or titled_labels(grouped)
        )
    return the_interviewer(grouped, _initialled(grouped, labels))


def _datelines_dropped(grouped: list[list[Sentence]], labels: list) -> list:
    """ "MALAWI: The Attorney General has asked ..." twice in a digest: labels none of whose turns
    speaks (no "I", "we" or "you", no question, no quotation after the label) are places' datelines."""
    if any(span_text(s.span).rstrip().endswith("?") for p in grouped for s in p):
        return labels  # (an interview's answers follow its questions, in whatever person)
    turns: dict[str, list[list[Sentence]]] = {}
    for paragraph, label in zip(grouped, labels, strict=True):
        if label is not None:
            turns.setdefault(label[0][0].text, []).append(paragraph)

    def speaks(paragraph: list[Sentence]) -> bool:
        text = " ".join(span_text(s.span) for s in paragraph)
        after = text.split(":", 1)[-1].lstrip()
        return in_first_or_second_person(paragraph) or "?" in text or after[:1] in {"“", '"'}

    # (in a transcript someone speaks: "STEVE: It is a controlled fishery." / "DANE: you can go over")
    if any(speaks(p) for paragraphs in turns.values() for p in paragraphs):
        return labels
    return [None for _ in labels]


def _initialled(grouped: list[list[Sentence]], labels: list) -> list:
    """ "CHARLES ABEL: ..." first, "CA: ..." or "ABEL: ..." after: a transcript labels speakers by
    their initials or surname once it has named them. A short label in capitals that matches
    nobody's initials stops the speaker before it going on (it is someone else's turn)."""
    initials = {}
    for paragraph, label in zip(grouped, labels, strict=True):
        m = SPEAKER_LABEL.match(doc_text(paragraph[0].span.doc))
        if label is not None and m is not None:
            initials["".join(w[0] for w in m.group("before").split()) + m.group("name")[0]] = label
            initials.setdefault(m.group("name"), label)  # ("MARIA OKAFOR:" first, "OKAFOR:" after)
    out = list(labels)
    for k, (paragraph, label) in enumerate(zip(grouped, labels, strict=True)):
        m = SPEAKER_LABEL.match(doc_text(paragraph[0].span.doc)) if label is None else None
        if (
            m is None
            or m.group("before")
            or not may_be_labelled(paragraph)
            or m.group("name").lower() in NOT_SPEAKERS
        ):
            continue
        out[k] = initials.get(m.group("name"), UNKNOWN_LABEL if len(m.group("name")) <= 3 else None)
    return out


def _told_of(paragraph: list[Sentence], speaker: tuple[Token, Sentence] | None) -> bool:
    """ "The first 90 days have been a rollercoaster for Jeanie Cooper.": a paragraph that names the
    one whose turn it would be, outside quotation marks, is the report telling of them."""
    if speaker is None or paragraph[0].qa:
        return False
    text = doc_text(paragraph[0].span.doc)
    return any(
        t.lower_ == speaker[0].lower_ and t.i != speaker[0].i and not in_quotes(text, t.idx, t.idx + len(t))
        for s in paragraph
        for t in s.span
    )


def _speak(out: list[AttributedClause], indices: list[int], token: Token, where: Sentence) -> None:
    """Every clause of a speaker's paragraph is theirs (what they describe too), unless it names a
    speaker of its own; "I think" and "we said" are the speaker speaking."""
    frame = Frame(source=token, role="said", cue=":", direct_quote=True)
    for k in indices:
        a = out[k]
        own = a.frame is not None and (a.frame.source is None or a.frame.source.lower_ not in {"i", "we"})
        if not own:
            clause = _without_label(a.clause, token)
            out[k] = AttributedClause(clause=clause, frame=frame, frame_sentence=where)


def _put_to_them(out: list[AttributedClause], indices: list[int], token: Token, where: Sentence) -> None:
    """ "Q: You said that Moldova has a huge potential. ...?": what a question says the interviewee
    said is theirs."""
    for k in indices:
        frame = out[k].frame
        if frame is not None and frame.source is not None and frame.source.lower_ == "you":
            mine = replace(frame, source=token)
            out[k] = AttributedClause(clause=out[k].clause, frame=mine, frame_sentence=out[k].frame_sentence)


def _without_label(clause: Clause, token: Token) -> Clause:
    """ "Ian Donnis: Governor, your budget ...": the speaker's label is no part of what they say."""
    colon = token.i + 1
    doc = clause.sentence.span.doc
    if token.doc is not doc:
        # "RC: Well, ...", "Schäuble: ...": the speaker named by a label elsewhere, labelled here too
        colon = next((t.i for t in doc[:14] if t.text == ":"), len(doc))
        if not all(t.is_title or t.is_upper or t.lower_.rstrip(".") in LABEL_WORDS for t in doc[:colon]):
            return clause
    else:  # ("Sunil Kumar (SK): ...": past the initials)
        colon = next((t.i for t in doc[colon : colon + 8] if t.text.endswith(":")), len(doc))
    if colon >= len(doc):
        return clause
    kept = tuple(t for t in clause.tokens if t.i > colon)
    return replace(clause, tokens=kept) if kept and len(kept) < len(clause.tokens) else clause
