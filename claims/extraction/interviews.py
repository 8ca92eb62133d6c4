"""Interviews printed as plain questions and answers, with no labels: the answers never name the one
answering. After the first question, a paragraph that speaks in the first person, or answers the
question just asked, is the interviewee's: the person the introduction names, or, when it names
nobody, the one it says answered the questions ("the mayor agreed to answer the top 10 questions").
A person named only after the first question (in a question, or in an answer about them) is never
taken for the interviewee.
"""

from __future__ import annotations

from collections.abc import Sequence

from .entities import entity_span_text, looks_like_personal_name
from .headings import name_heading, names_them, on_a_topic
from .initials import SHORT_LABEL
from .interviewees import INTERVIEW, MEETING_VERBS, described_interviewee, interviewee, introduced_interviewee
from .segment import doc_text, in_quotes, paragraphs, span_text
from .speaker_labels import SPEAKER_LABEL
from .titled_labels import TITLED_LABEL
from .types import Frame, Sentence

# A report is an interview in questions and answers when at least this many paragraphs are questions.
MIN_QUESTIONS = 3
# Words by which an answer speaks for the one answering.
FIRST_PERSON = frozenset("i i'm i'd i'll i've me my mine we we're we'd we'll we've us our ours".split())


SECOND_PERSON = frozenset({"you", "your", "you're", "you've", "yours"})


def _addresses_someone(paragraph: list[Sentence]) -> bool:
    """A question put to someone: "How do you defend that?"."""
    return any(t.lower_.replace("’", "'") in SECOND_PERSON for s in paragraph for t in s.span)


def _writer_met_someone(sentence: Sentence) -> bool:
    return any(
        t.lemma_.lower() in MEETING_VERBS
        and any(c.lower_ in {"we", "i", "us", "me"} for c in t.subtree if c.dep_ in {"nsubj", "pobj", "dobj"})
        for t in sentence.span
    )


def _put_to_someone(asks: list[bool], paragraphs: list[list[Sentence]]) -> bool:
    """Questions put to someone: one says "you", or two answers speak in the first person."""
    if any(a and _addresses_someone(p) for a, p in zip(asks, paragraphs, strict=True)):
        return True
    first = next((n for n, a in enumerate(asks) if a and n > 0), 0)
    if any(_writer_met_someone(s) for p in paragraphs[:first] for s in p):
        return True  # "We spoke at her office": the writer introduces an interview
    answers = [p for n, p in enumerate(paragraphs) if n > 0 and asks[n - 1] and not asks[n]]
    return sum(_speaks_in_first_person(p) for p in answers) >= 2


def _speaks_in_first_person(paragraph: list[Sentence]) -> bool:
    doc = paragraph[0].span.doc
    # (a transcript may print each answer whole in quotation marks: its words are still the answer's)
    whole = span_text(paragraph[0].span).lstrip().startswith(("“", '"'))
    return any(
        t.lower_.replace("’", "'") in FIRST_PERSON
        and (whole or not in_quotes(doc_text(doc), t.idx, t.idx + len(t)))
        for s in paragraph
        for t in s.span
    )


def interview_answers(sentences: Sequence[Sentence]) -> dict[int, tuple[Frame, Sentence]]:
    """In a question-and-answer interview whose answers never name the one answering, the frame
    of each answer sentence (by sentence index): after the first question, a paragraph that speaks
    in the first person, or answers the question just asked, is the interviewee's."""
    grouped = paragraphs(sentences)
    inline = _inline_answers(grouped)
    if inline:
        return inline
    asks = [_asks(p[-1]) for p in grouped]
    first_question = next((n for n, a in enumerate(asks) if a and n > 0), len(grouped))
    described = described_interviewee(grouped[:first_question])
    # (an introduction that says someone answered questions needs fewer of them: a page cut short)
    enough = sum(asks[1:]) >= (MIN_QUESTIONS if described is None else 1)
    if not enough or not _put_to_someone(asks, grouped):
        # an explainer's question subheads ("Why are teachers striking?") ask no one
        return {}
    intro = {s.index for p in grouped[:first_question] for s in p}
    found = interviewee(grouped, first_question, _askers(grouped[:first_question]))
    if found is None or found[1].index not in intro:
        found = described or introduced_interviewee(grouped[:first_question])
    if found is None or not _said_to_be_one(grouped[:first_question], found[0], described):
        return {}
    token, where = found
    frame = Frame(source=token, role="said", cue="interview")
    answers: dict[int, tuple[Frame, Sentence]] = {}
    started = False
    for n, paragraph in enumerate(grouped):
        if (heading := _name_heading(paragraph) or _titled_heading(paragraph)) is not None and n > 0:
            # ("Brett Porter, Brewmaster at Goose Island": the answers under a name's heading are theirs)
            frame, where = Frame(source=heading, role="said", cue="interview"), paragraph[0]
        started = started or (asks[n] and n > 0)
        answering = started and not asks[n] and (asks[n - 1] or _speaks_in_first_person(paragraph))
        about = names_them(paragraph, frame.source)  # (a note about them under their heading)
        if answering and not _labelled(paragraph) and not about:  # ("Williams: I think ...": the label's)
            answers.update({s.index: (frame, where) for s in paragraph})
    return answers


def _said_to_be_one(intro: list[list[Sentence]], token, described) -> bool:
    """An interview the introduction says is one (or says who answered, or that the writer met
    someone), or one with a person named in full: a column's rhetorical questions ("What makes that
    pain go away?") put to "you" are no interview of a company named once ("At Chime and Varo, ...")."""
    text = " ".join(span_text(s.span) for p in intro for s in p)
    met = any(_writer_met_someone(s) for p in intro for s in p)
    if described is not None or INTERVIEW.search(text) or met:
        return True
    return len(entity_span_text(token)[0].split()) >= 2


def _asks(sentence: Sentence) -> bool:
    text = span_text(sentence.span).rstrip()
    return text.rstrip("”\"'’").endswith("?") or _topic_line(sentence, text)


# The longest topic line an interview puts in place of a question ("On the progression of the team").
TOPIC_WORDS = 12


def _topic_line(sentence: Sentence, text: str) -> bool:
    """ "On expectations coming into the season": a transcript's topic line standing for a question,
    a line of its own opening with "On", with no finite verb and no full stop."""
    words = [t for t in sentence.span if not t.is_punct]
    own_line = sentence.span.end == len(sentence.span.doc)
    return own_line and len(words) <= TOPIC_WORDS and on_a_topic(sentence, text)


def _answer_after_question(paragraph: list[Sentence]) -> list[Sentence]:
    """ "How long have you been chief? I've been here for 31 years.": the sentences after the
    question that opens a paragraph."""
    asked = next((n for n, s in enumerate(paragraph) if not (_asks(s) or _bids(s, n))), 0)
    return paragraph[asked:] if asked else []


def _bids(sentence: Sentence, n: int) -> bool:
    """ "Describe why you became a fire chief.": a paragraph's opening sentence that bids "you" do
    something (a verb in its base form with no subject) asks as a question does."""
    root = sentence.span.root
    bare = root.tag_ == "VB" and not any(c.dep_ in {"nsubj", "aux"} for c in root.children)
    return n == 0 and bare and any(t.lower_ in SECOND_PERSON for t in sentence.span)


def _inline_answers(grouped: list[list[Sentence]]) -> dict[int, tuple[Frame, Sentence]]:
    """A questionnaire printed with each answer in its question's paragraph: when at least
    `MIN_QUESTIONS` paragraphs open with a question and most of those answers speak in the first
    person, every answer is the interviewee's (the person the introduction names)."""
    opened = [n for n, p in enumerate(grouped) if _answer_after_question(p)]
    if len(opened) < MIN_QUESTIONS:
        return {}
    first = [_speaks_in_first_person(_answer_after_question(grouped[n])) for n in opened]
    if 2 * sum(first) <= len(first) or sum(first) < 2:
        return {}  # (an explainer's "What is X? X is ...": no one answers)
    found = interviewee(grouped, opened[0], _askers(grouped[: opened[0]]))
    if found is None:
        return {}
    frame = Frame(source=found[0], role="said", cue="interview")
    return {s.index: (frame, found[1]) for n in opened for s in _answer_after_question(grouped[n])}


def _labelled(paragraph: list[Sentence]) -> bool:
    text = doc_text(paragraph[0].span.doc)
    short = SHORT_LABEL.match(text)  # ("H:" after "Hale:"; not the "Q:" and "A:" of a Q&A)
    labelled = short is not None and short.group("initials") not in {"Q", "A"}
    return labelled or SPEAKER_LABEL.match(text) is not None or TITLED_LABEL.match(text) is not None


# Verbs by which one person puts questions to another ("X, who recently grilled the mayor Y:").
QUESTIONING = frozenset("interview grill fillet question quiz press challenge confront ask".split())


def _askers(intro: list[list[Sentence]]) -> frozenset[str]:
    """Who the introduction says put the questions (the subject of "grilled", "interviewed" with a
    person for object, or whom a "who" clause with such a verb describes), by the last word of the
    name: the interviewer, not the interviewee, however often named."""
    found = set()
    for t in (t for p in intro for s in p for t in s.span):
        if t.lemma_.lower() == "interview" and t.pos_ == "NOUN":  # ("Tom Hale's interview with ...")
            found |= {c.text for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"}
        if t.lemma_.lower() not in QUESTIONING or not any(c.dep_ == "dobj" for c in t.children):
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and t.dep_ == "relcl":
            subject = t.head
        if subject is not None and subject.pos_ == "PROPN":
            found.add(subject.text)
    return frozenset(found)


def _titled_heading(paragraph: list[Sentence]):
    """ "Chris Gould, Placekicker" on a line of its own: whose the answers under it are."""
    one = len(paragraph) == 1 and paragraph[0].display and any(t.text == "," for t in paragraph[0].span)
    found = name_heading(paragraph[0]) if one else None
    return found[0] if found is not None else None


def _name_heading(paragraph: list[Sentence]):
    """The person a heading line names with their post at a body after a comma ("Brett Porter,
    Brewmaster at Goose Island Beer Company"): the head of the name."""
    if len(paragraph) != 1 or not paragraph[0].display:
        return None
    span = paragraph[0].span
    name = []
    for t in span:
        if t.pos_ != "PROPN":
            break
        name.append(t)
    rest = span[len(name) :]
    # (a name and a post at a body, "Brett Porter, Brewmaster at Goose Island": not a topic subhead,
    # "Steve Jobs, mentor and friend", nor a name alone, which may be a byline)
    if not 2 <= len(name) <= 3 or len(rest) < 3 or rest[0].text != ",":
        return None
    if not any(t.lower_ in {"at", "of"} for t in rest):
        return None
    text = " ".join(t.text for t in name)
    if not (all(t.ent_type_ == "PERSON" for t in name) or looks_like_personal_name(text)):
        return None
    return name[-1] if not any(t.pos_ in {"VERB", "AUX"} for t in rest) else None
