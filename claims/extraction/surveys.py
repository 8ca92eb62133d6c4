"""Speakers that are counts: the people a quantifier stands for, and the respondents of a survey.

"POLITICO surveyed a dozen strategists ... but most said ...": the quantifier is the group named
before it (`groups.group_quantified`). "The findings come from a survey of 2,000 adults. ..., with
95% saying they had felt anxious", "Almost half of the young adults polled (46%) said ...": a share
of respondents who "said" something is what the survey found, so the survey is the source. A
figure with no survey before it names nobody: a number is never a speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .groups import Named, group_quantified, group_they_stand_for
from .publishers import publisher_of
from .types import Sentence

# Documents that count what people said.
SURVEY_NOUNS = frozenset({"survey", "poll", "questionnaire", "census", "canvass"})
# Words for a share of a group ("half of the adults polled", "a majority", "two-thirds").
SHARES = frozenset(
    "half third quarter fifth tenth majority minority proportion share percent two-thirds "
    "three-quarters".split()
)
# How many sentences back the survey may have been named.
SURVEY_WINDOW = 8
# The tag under which a survey is noted beside the documents with an author (no document lemma).
SURVEYED = "~survey"


def is_a_share(token: Token) -> bool:
    """ "95%", "46", "more than one in 20", "almost half of the young adults polled", "a majority"."""
    if token.pos_ == "PRON":
        return False
    one_in = token.like_num and any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children)
    return _a_figure(token) or one_in or token.lemma_.lower() in SHARES


def _a_figure(token: Token) -> bool:
    # written in digits: "One, a former engineer, said" is a person counted, not a figure
    return any(ch.isdigit() for ch in token.text) or token.ent_type_ == "PERCENT" or token.text == "%"


def a_bare_figure(token: Token) -> bool:
    """ "95% saying they had felt anxious" with no survey named: a figure is never a speaker."""
    return token.dep_ in {"nsubj", "nsubjpass"} and _a_figure(token)


class Surveys:
    """Mixed into the Resolver, whose `name_for` names a token and whose `authored` notes documents."""

    authored: list[tuple[int, str, Named]]

    def name_for(self, token: Token, sentence: Sentence) -> Named | None:  # pragma: no cover
        raise NotImplementedError

    def _note_survey(self, token: Token, sentence: Sentence) -> None:
        lemma = token.lemma_.lower()
        if lemma not in SURVEY_NOUNS:
            return
        author = publisher_of(token)
        named = self.name_for(author, sentence) if author is not None else None
        self.authored.append(
            (sentence.index, SURVEYED, Named(f"{named.name} {lemma}" if named else lemma, "other"))
        )

    def _counted(self, token: Token, sentence: Sentence) -> Named | None:
        """The source a count standing as a speaker names; None when it is no count."""
        if token.dep_ in {"nsubj", "nsubjpass"} and is_a_share(token):
            for idx, noted, named in reversed(self.authored):
                if noted == SURVEYED and sentence.index - SURVEY_WINDOW <= idx <= sentence.index:
                    return named
        group = group_they_stand_for(token) or group_quantified(token)
        return self.name_for(group, sentence) if group is not None else None
