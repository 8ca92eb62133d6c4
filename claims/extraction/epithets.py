"""An age standing for a person: "Actor Ana Ruiz has apologised. '...,' the 38-year-old said". The
age described is the named person who was last a subject, a few sentences back at most; it becomes
another name for them, so the statement and every later "she" are theirs. With no named subject there
("A woman took the stand. The 24-year-old testified ..."), the age stays a person described of its
own, never the nearest name (a victim named in passing is not the witness).
"""

from __future__ import annotations

from spacy.tokens import Token

from .persons import an_age, description_phrase
from .registry import Entity
from .types import Sentence

# How many sentences back the named person an age stands for may have been a subject (a quotation of
# a few sentences may stand between).
AGE_REACH = 3


# Words opening a clause of time, whose subject is not whom the sentence is about.
TIME_MARKS = frozenset({"before", "after", "while", "when", "until", "as", "once"})


class Epithets:
    """Mixed into the Resolver, which keeps `subjects` and knows which were named."""

    subjects: list[tuple[int, int, Entity]]
    named_subjects: set[tuple[int, int]]
    timed_subjects: set[tuple[int, int]]

    def _note_named(self, sentence: Sentence, t: Token, e: Entity) -> None:
        self.subjects.append((sentence.index, t.i, e))
        marks = [c.lower_ for c in t.head.children if c.dep_ == "mark"]
        timed = t.head.dep_ == "advcl" and any(m in TIME_MARKS for m in marks)
        # ("He had bruises on his face, where Reyes had held his mouth shut": a clause on a noun)
        if timed or (t.head.dep_ == "relcl" and t.tag_ not in {"WP", "WDT"}):
            self.timed_subjects.add((sentence.index, t.i))
        if t.pos_ == "PROPN":
            self.named_subjects.add((sentence.index, t.i))

    def _aged(self, sentence: Sentence, token: Token) -> Entity | None:
        if not an_age(token):
            return None
        for idx, i, e in reversed(self.subjects):
            if idx < sentence.index - AGE_REACH:
                break
            if (idx, i) >= (sentence.index, token.i) or (idx, i) not in self.named_subjects:
                continue
            if e.kind == "person":
                e.aliases.add(description_phrase(token))
                return e
        return None
