"""Who an interview is with: the person its introduction names most, or the one it describes.

Used by `transcripts` (interviews printed with labels) and `interviews` (without). The writer who
signs the introduction ("..., writes Kathy McCabe") asks the questions and is never the one answering.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .entities import entity_span_text, is_org_noun, looks_like_personal_name
from .given_names import is_given_name
from .headings import C_SUITE
from .persons import PERSON_NOUNS
from .segment import span_text
from .types import Sentence


def interviewee(
    paragraphs: list[list[Sentence]], first_question: int, askers: frozenset[str] = frozenset()
) -> tuple[Token, Sentence] | None:
    """The person the interview is with: the one described as sitting down with the named people
    who ask; else, of the people named before the first question (not those asking, `askers` by
    surname), the one named most often (by surname), the first named on a tie; failing that, the
    first person named."""
    return _met_with(paragraphs[:first_question]) or _named_most(paragraphs, first_question, askers)


def _named_most(
    paragraphs: list[list[Sentence]], first_question: int, askers: frozenset[str]
) -> tuple[Token, Sentence] | None:
    names: dict[str, list[tuple[Token, Sentence]]] = {}
    mentions: dict[str, int] = {}
    typed = _typed_as_a_body(paragraphs[:first_question])
    for paragraph in paragraphs[:first_question]:
        for s in paragraph:
            for t in s.span:
                if t.pos_ != "PROPN" or t.dep_ in {"compound", "flat"}:
                    continue
                name = entity_span_text(t)[0]
                mentions[t.text] = mentions.get(t.text, 0) + 1
                # (a name the tagger did not type passes only with a given name: not "NCAA Tournament")
                personal = looks_like_personal_name(name) and is_given_name(name.split()[0])
                # ("Author Q&A: Charlotte Williams": the label is no one, whatever the tagger says)
                person = (personal or t.ent_type_ == "PERSON") and INTERVIEW.search(name) is None
                if person and t.text not in askers and t.text not in typed and not _aside(t):
                    names.setdefault(name, []).append((t, s))
    if names:
        # (on a tie, a name in the text before one in a headline, whose capitals the tagger misreads)
        best = max(
            names,
            key=lambda n: (
                # (by surname, and by the given name alone: "Randy joined the firm in 2019")
                mentions.get(n.split()[-1], 0) + (mentions.get(n.split()[0], 0) if " " in n else 0),
                not (names[n][0][1].display or names[n][0][1].is_headline),
                -names[n][0][0].i - 10_000 * names[n][0][1].index,
            ),
        )
        return names[best][0]
    for paragraph in paragraphs:
        for s in paragraph:
            for t in s.span:
                if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}:
                    named = INTERVIEW.search(entity_span_text(t)[0]) is None
                    if named and not _aside(t) and not _owning_a_name(t):
                        return t, s
    return None


# The writer meeting the one they interview: "We spoke at her office", "She sat down with us".
MEETING_VERBS = frozenset({"speak", "talk", "meet", "interview", "sit"})


def _met_with(intro: list[list[Sentence]]) -> tuple[Token, Sentence] | None:
    """ "The FIDE president, who arrived ..., sat down with Vera Lind and Ivo Sand": the one described
    who met the named people (not the writer, "we sat down with ...") is interviewed; they ask."""
    for s in (s for p in intro for s in p):
        if (asked := _interviewed(s)) is not None:
            return asked, s
        for verb in (t for t in s.span if t.lemma_.lower() in MEETING_VERBS):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            met = [p for c in verb.children if c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
            people = [
                m for p in met for m in (p, *p.conjuncts) if m.pos_ == "PROPN" and m.ent_type_ == "PERSON"
            ]
            if subject is not None and subject.pos_ == "NOUN" and people:
                return subject, s
    return None


def _interviewed(s: Sentence) -> Token | None:
    """ "Newsweek's Matthew Phillips interviews Bishop Martyn Minns": the person named right after a
    person's "interviews" (the tagger may take it for a noun) is the one interviewed."""
    doc = s.span.doc
    for t in s.span:
        if t.lower_ != "interviews" or t.dep_ != "ROOT" or t.i == 0 or t.i + 1 >= s.span.end:
            continue  # (not "became famous when Ruiz interviewed Tom Kell": a past act told of)
        before, after = doc[t.i - 1], doc[t.i + 1]
        if before.ent_type_ != "PERSON" or after.ent_type_ != "PERSON" or after.pos_ != "PROPN":
            continue
        k = t.i + 1
        while k + 1 < s.span.end and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
            k += 1
        return doc[k]
    return None


# How far a body's name may stand before the name of the one holding a role in it.
ROLE_GAP = 6
BODY_TYPES = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC"})


def _typed_as_a_body(paragraphs: list[list[Sentence]]) -> set[str]:
    """Words the tagger types a body or a place more often than a person ("hosted Tesla and SpaceX
    CEO Elon Musk ... job cuts at Tesla ... questions on Twitter, Tesla, AI"): no interviewee."""
    bodies: dict[str, int] = {}
    persons: dict[str, int] = {}
    for s in (s for paragraph in paragraphs for s in paragraph):
        for t in s.span:
            if t.pos_ == "PROPN" and t.ent_type_ in BODY_TYPES:
                bodies[t.text] = bodies.get(t.text, 0) + 1
            elif t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                persons[t.text] = persons.get(t.text, 0) + 1
    # (twice at least: the tagger types a surname a body now and then, "Whitlow, a chemical engineer")
    typed = {word for word, n in bodies.items() if n >= 2 and n > persons.get(word, 0)}
    return typed | _employers(paragraphs)


def _employers(paragraphs: list[list[Sentence]]) -> set[str]:
    """Names before a role before a person's name ("hosted Velcor and Skyline CEO Dario Lenz"), or
    owning it: the bodies the person works for, whatever the tagger typed them."""
    found = set()
    for s in (s for paragraph in paragraphs for s in paragraph):
        for t in s.span:
            name = t.head
            if t.pos_ == "PROPN" and _owning_a_name(t):  # ("with Velcor's Dario Lenz")
                found.add(t.text)
            if t.pos_ != "PROPN" or name.ent_type_ != "PERSON" or not t.i < name.i <= t.i + ROLE_GAP:
                continue
            between = t.doc[t.i + 1 : name.i]
            if any(w.lower_ in C_SUITE or w.lemma_.lower() in PERSON_NOUNS for w in between):
                found.add(t.text)
    return found


def _owning_a_name(token: Token) -> bool:
    return token.dep_ == "poss" and token.head.pos_ == "PROPN"


# Words for family, before the names of a candidate's relatives ("Family: Wife, Laurie; daughters, Katie").
KIN = frozenset("family wife husband spouse partner daughter son child parent mother father sister".split())


def _aside(token: Token) -> bool:
    """The writer, or a relative listed in a profile (after a word for family in the sentence):
    never the one answering."""
    before = token.doc[token.sent.start : token.i]
    return _the_writer(token) or any(t.lemma_.lower() in KIN for t in before)


def _the_writer(token: Token | None) -> bool:
    """ "..., writes Kathy McCabe": the one who wrote the piece asks the questions."""
    return token is not None and token.dep_ == "nsubj" and token.head.lower_ == "writes"


# Verbs by which an introduction says who answered: "the mayor agreed to answer the top 10 questions".
ANSWERING = frozenset({"answer", "field", "take", "tackle"})
QUESTION_NOUNS = frozenset({"question", "query"})


def described_interviewee(intro: list[list[Sentence]]) -> tuple[Token, Sentence] | None:
    """The one the introduction says answered the questions, named by a description ("the mayor"):
    the subject of "answer questions", or of the verb it hangs on ("visited ... to answer")."""
    for paragraph in intro:
        for s in paragraph:
            for verb in s.span:
                asked = any(c.dep_ == "dobj" and c.lemma_.lower() in QUESTION_NOUNS for c in verb.children)
                if verb.lemma_.lower() not in ANSWERING or not asked:
                    continue
                holder = verb
                while holder.dep_ in {"xcomp", "advcl", "conj"} and not _subject(holder):
                    holder = holder.head
                subject = _subject(holder)
                if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                    return subject, s
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def introduced_interviewee(intro: list[list[Sentence]]) -> tuple[Token, Sentence] | None:
    """The one an introduction that names nobody is about: the subject of its first sentence, a
    description of a person ("THE pop princess is back with a new single ...")."""
    for paragraph in intro:
        for s in paragraph:
            root = s.span.root
            if _the_writer(_subject(root)):  # ("..., writes Kathy McCabe": what the writer says)
                root = next((c for c in root.children if c.dep_ == "ccomp"), root)
            subject = _subject(root)
            if subject is None:
                continue
            described = subject.pos_ == "NOUN" and _names_a_person(subject)
            if described and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                return subject, s
            return None
    return None


# Endings of nouns for people by what they do ("singer", "pianist", "actor", "comedian", "actress").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ess")


def _names_a_person(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or (lemma.endswith(AGENT_ENDINGS) and not is_org_noun(noun))


def addressed(question: list[Sentence]) -> tuple[Token, Sentence] | None:
    """ "Q1. Honourable Minister Nacuva, you have been appointed ...": the name the first question
    calls the one it is put to, right before a comma and "you"."""
    for s in question:
        for t in s.span:
            after = t.doc[t.i + 1 : t.i + 3]
            if t.pos_ == "PROPN" and len(after) == 2 and after[0].text == "," and after[1].lower_ == "you":
                return t, s
    return None


# The words of a question put to the one interviewed.
QUESTION_PERSON = frozenset({"you", "your", "yours", "yourself"})


def asked_in_capitals(paragraph: list[Sentence]) -> bool:
    """ "YOU SPOKE OF GEOPOLITICS. CAN YOU ELABORATE?": a question printed in capitals, the
    interviewer's turn between two answers."""
    text = "".join(span_text(s.span) for s in paragraph).strip()
    letters = [ch for ch in text if ch.isalpha()]
    return text.endswith("?") and len(letters) > 10 and all(ch.isupper() for ch in letters)


def a_question(sentence: Sentence) -> bool:
    """A sentence asking something, or putting something to "you" ("There is a view that you plan
    to close rural lines."); what a question tells of a third party ("Your predecessor received a
    bonus of £680,000.") is the report's own statement."""
    asks = span_text(sentence.span).rstrip().rstrip("\"”’'").endswith("?")
    return asks or any(t.lower_ in {"you", "yourself"} for t in sentence.span)


def the_interviewer(grouped: list[list[Sentence]], labels: list) -> list:
    """ "REID: ... Were you at the press conference?" / "LIND: ...": in a transcript, the labelled
    speaker who speaks first and opens with a question, where someone else answers, is the
    interviewer, whose words are the programme's own, not a source's (their label turns host)."""
    turns: dict[str, list[bool]] = {}
    for paragraph, label in zip(grouped, labels, strict=True):
        if label is not None and label[0] is not None and not label[1]:
            asks = any("?" in span_text(s.span) for s in paragraph)
            turns.setdefault(label[0][0].lower_, []).append(asks)
    at = next((k for k, label in enumerate(labels) if label is not None and label[0] is not None), None)
    if at is None:
        return labels
    first = labels[at][0][0]
    # (a person labelled by name in full first, "TOM REID:"; an outlet asking, "GAZETTE:" or
    # "The Gazette:", is a source of its own)
    label_words = span_text(grouped[at][0].span).split(":", 1)[0].split()
    if len(label_words) < 2 or label_words[0].lower() == "the" or first.lower_ not in turns:
        return labels
    if not turns[first.lower_][0] or not any(not all(a) for n, a in turns.items() if n != first.lower_):
        return labels
    first = first.lower_
    return [
        (label[0], True)
        if label is not None and label[0] is not None and label[0][0].lower_ == first
        else label
        for label in labels
    ]


# An introduction saying the piece is an interview ("Interview with ...", "in a question and
# answer session with ...", "Q&A").
INTERVIEW = re.compile(
    r"\binterview|\bQ\s?&\s?A\b|\bquestions? and answers?\b|\btranscript\b"
    r"|\btalk(?:s|ed) to\b|\bs(?:its|at) down with\b|\bin conversation with\b",
    re.IGNORECASE,
)
HEADED = re.compile(r"\binterview\b|\btranscript\b|\bQ\s?&\s?A\b", re.IGNORECASE)


def plain_questions(grouped: list[list[Sentence]]) -> list[int]:
    """An unlabelled interview's questions, after an introduction saying it is one ([]): paragraphs
    ending in a question mark, at least one of them put to "you" ("Is that true?" is one too)."""
    found = [
        k
        for k, p in enumerate(grouped)
        if not p[0].display
        and not p[0].opens_paragraph_with_quote
        and span_text(p[-1].span).rstrip().rstrip("\"”’'").endswith("?")
    ]
    if not found:
        return []
    # (a heading that says the page is an interview or a transcript needs no question put to "you")
    headed = any(p[0].display and HEADED.search(span_text(p[0].span)) for p in grouped[: found[0]])
    if not headed and not any(t.lower_ in QUESTION_PERSON for k in found for s in grouped[k] for t in s.span):
        return []
    intro = " ".join(span_text(s.span) for p in grouped[: found[0]] for s in p)
    return found if INTERVIEW.search(intro) else []
