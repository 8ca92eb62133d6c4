"""What befell someone a speaker's account names, told next in the passive with no agent: "Police say
the 47-year-old man has been charged. He was charged with attempted murder." The report knows of the
charge from the police; the sentence goes on with their account. Only a person the account itself
names (not the speaker) may be the subject, by a pronoun or by a name the account gave."""

from __future__ import annotations

from spacy.tokens import Token

from .persons import PEOPLE_NOUNS
from .types import AttributedClause, Frame, Sentence

PRONOUNS = frozenset({"he", "she", "they"})
# What the authorities do to someone, known to the report from them: not "was born", "was elected",
# "was seen", "was named locally" (the report's own background or others' word).
BEFALLING = frozenset(
    "charge arrest detain hold release bail remand jail imprison sentence convict book fine "
    "hospitalise hospitalize treat pronounce injure wound kill rescue evacuate question interview".split()
)


def _named_in(prev: Sentence, speaker: Frame) -> tuple[set[str], bool]:
    """The names, and whether any person, the previous sentence tells of besides its speaker."""
    own = {t.i for t in speaker.source.subtree} if speaker.source is not None else set()
    told = [t for t in prev.span if t.i not in own]
    names = {t.lower_ for t in told if t.ent_type_ == "PERSON"}
    person = bool(names) or any(t.lemma_.lower() in PEOPLE_NOUNS and t.pos_ == "NOUN" for t in told)
    return names, person


def _subject(head: Token) -> Token | None:
    deps = {c.dep_ for c in head.children}
    if "auxpass" not in deps or "agent" in deps:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def befell_the_told(statements: list[AttributedClause], prev: Sentence, speaker: Frame) -> bool:
    names, person = _named_in(prev, speaker)
    if not statements or not person or speaker.direct_quote:
        return False
    for a in statements:
        subject = _subject(a.clause.head)
        if subject is None or a.clause.head.dep_ not in {"ROOT", "conj"}:
            return False
        if a.clause.head.lemma_.lower() not in BEFALLING:
            return False
        if not (subject.lower_ in PRONOUNS or subject.pos_ == "PROPN" and subject.lower_ in names):
            return False
    return True
