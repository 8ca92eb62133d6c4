"""Subheads over quotations that say whose they are, and names under pictures that do not.

"Manuel Pellegrini" alone on a line over quotations (a round-up of reactions), or "Klopp on Who
Deserved the Victory", heads the quotation paragraphs under it; "Maria Lopez, CFO" after the story has
begun heads the paragraphs under it that speak as "we" or "I" ("Here is what the management said:").
On a page where a line that is only a name stands over something else than a quotation, such lines are
pictures' captions and head nothing.
`transcripts.labelled_speakers` reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from .persons import PERSON_NOUNS
from .segment import doc_text, in_quotes, span_text
from .types import Sentence


def name_heading(sentence: Sentence, titled: bool = True) -> tuple[Token, Sentence] | None:
    """ "Manuel Pellegrini" alone on a line over quotations: whose they are; so is "Maria Lopez, CFO"
    (a name, a comma and a short title with no verb) where `titled` (not a byline over the story)."""
    tokens = list(sentence.span)
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    words = [t for t in tokens[:comma] if not t.is_punct]
    title = [t for t in tokens[comma + 1 :] if not t.is_punct]
    if comma == len(tokens):
        named = 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in words)
        return (words[-1], sentence) if named else None
    # (the tagger takes a name alone on a line for a place or a firm; the title says it is a person)
    if not titled or not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" for t in words):
        return None
    # ("Minister of Human Resources and Social Security": a title of a body named in full)
    of_a_body = len(title) > 2 and title[1].lower_ == "of" and all(t.is_title or t.is_stop for t in title)
    if (len(title) > TITLE_WORDS and not of_a_body) or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in title):
        return None
    if any(t.like_num for t in title):
        return None
    # ("Chris Gould, Placekicker", "Chris Long, Defensive End": a role in capitals, no place or body)
    role = 0 < len(title) <= 2 and all(t.is_title and t.pos_ != "VERB" for t in title)
    role = role and all(t.ent_type_ in ({"", "PERSON"} if len(title) == 1 else {""}) for t in title)
    return (words[-1], sentence) if role or any(_a_title(t) for t in title) else None


# A firm's officers by their initials: chief executive, operating, financial, technology ... officer.
C_SUITE = frozenset("ceo coo cfo cto cio cmo cso cpo cro".split())


def _a_title(word: Token) -> bool:
    """ "CEO", "Chief Operating Officer", "Director": words for what a person is."""
    lower = word.lower_.rstrip(".")
    return lower in PERSON_NOUNS or lower in C_SUITE


# A title under a name heading is a few words ("CEO", "Chief Operating Officer").
TITLE_WORDS = 4
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})


def speaks_under_a_heading(paragraph: Sentence) -> bool:
    """A paragraph that opens with a quotation, or speaks as "we" or "I" outside quotation marks:
    under a name heading, that person's words."""
    if paragraph.opens_paragraph_with_quote:
        return True
    text = doc_text(paragraph.span.doc)
    return any(t.lower_ in FIRST_PERSON and not in_quotes(text, t.idx, t.idx + 1) for t in paragraph.span)


def topic_heading(sentence: Sentence, people: dict[str, Token]) -> tuple[Token, Sentence] | None:
    """ "Klopp on Who Deserved the Victory" over quotations: whose they are (someone named elsewhere)."""
    words = [t for t in sentence.span if not t.is_punct]
    on = next((k for k, t in enumerate(words[:4]) if t.lower_ == "on"), 0)
    named = words[:on]
    if not named or not all(t.is_title for t in named) or named[-1].text not in people:
        return None
    return people[named[-1].text], sentence  # (the name where the report tagged it as one)


def under_a_picture(sentence: Sentence, captions: bool) -> bool:
    """A caption line: a name where names go under pictures, or a slug in capitals ("FBL-ENG-PR")."""
    return (captions and name_heading(sentence) is not None) or span_text(sentence.span).isupper()


def a_person(name: Token) -> bool:  # (a subject the tagger gave no type is taken for someone)
    return name.ent_type_ == "PERSON" or (name.dep_ == "nsubj" and name.ent_type_ in {"", "PERSON"})


def on_a_topic(sentence: Sentence, text: str) -> bool:
    """ "On expectations coming into the season": opening with "On", no finite verb, no full stop."""
    finite = any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in sentence.span)
    return text.startswith("On ") and not finite and text[-1:].isalnum()


def topic_line(sentence: Sentence) -> bool:
    """ "On the game winning kick" on a line of its own under a speaker's name: what they were asked
    about, not a heading of its own."""
    return sentence.display and on_a_topic(sentence, span_text(sentence.span).strip())


def names_them(paragraph: list[Sentence], name: Token) -> bool:
    """The paragraph names the person its heading names ("Gould has made 24 of 26 field goals" under
    "Chris Gould, Placekicker"): a note about them, not their words."""
    return any(t.text == name.text and t.i != name.i for s in paragraph for t in s.span)


def names_as_captions(grouped: list[list[Sentence]]) -> bool:
    """Names under pictures: a page where a line that is only a name stands over no quotation (a
    name with a title, more often than over one: a series of speakers may open an answer plainly)."""
    # (a name over "On the ..." over a paragraph: an answer on that topic, whatever its person)
    over = [
        (topic_line(after[0]) or speaks_under_a_heading(after[0]), any(t.text == "," for t in p[0].span))
        for p, after in zip(grouped, grouped[1:], strict=False)
        if p[0].display
        and name_heading(p[0]) is not None
        # ("Chester Vance" over "Chester Vance, Commissioner of Police": one heading printed twice)
        and not span_text(after[0].span).startswith(span_text(p[0].span).strip() + ",")
    ]
    return (False, False) in over or over.count((False, True)) > over.count((True, True))


def several_name_headings(grouped: list[list[Sentence]]) -> bool:
    """A page of quotations under several "Name, Title" headings: the first such heading is one of
    them, not the story's byline."""
    titled = [p for p in grouped if p[0].display and any(t.text == "," for t in p[0].span)]
    return sum(name_heading(p[0]) is not None for p in titled) >= 2
