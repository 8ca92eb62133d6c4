"""An age standing for a person: "Actor Ana Ruiz has apologised. '...,' the 38-year-old said". The
age described is the named person who was last a subject, a few sentences back at most; it becomes
another name for them, so the statement and every later "she" are theirs. With no named subject there
("A woman took the stand. The 24-year-old testified ..."), the age stays a person described of its
own, never the nearest name (a victim named in passing is not the witness).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .persons import KIN_AND_AGE, an_age, description_phrase, gender_of_role, is_person_description
from .registry import Entity
from .types import Sentence

# How many sentences back the named person an age stands for may have been a subject (a quotation of
# a few sentences may stand between).
AGE_REACH = 3
# Descriptions of one who takes part in what is told, not epithets for whom the story follows.
PARTICIPANTS = KIN_AND_AGE | frozenset(
    "victim suspect defendant plaintiff witness patient passenger driver claimant applicant pedestrian "
    "motorist survivor resident tenant neighbour neighbor son daughter mother father husband wife brother "
    "sister officer attacker gunman rival opponent challenger incumbent predecessor successor".split()
)


# A place's stem ("norw" for "Norwegian", "Norway") and how many words from a name it may stand.
PLACE_STEM, PLACE_REACH = 4, 3

# Words opening a subject described, not named.
DESCRIBED = tuple(f"{w} " for w in "the a an his her their its our my your".split())

# Words opening a clause of time, whose subject is not whom the sentence is about.
TIME_MARKS = frozenset({"before", "after", "while", "when", "until", "as", "once"})


class Epithets:
    """Mixed into the Resolver, which keeps `subjects` and knows which were named."""

    subjects: list[tuple[int, int, Entity]]
    named_subjects: set[tuple[int, int]]
    timed_subjects: set[tuple[int, int]]
    named_at: list[tuple[int, int, Entity]]
    seen: dict[int, Sentence]
    pronouns: dict[tuple[int, int], Entity]
    speakers: list[tuple[int, int, Entity]]

    def _note_named(self, sentence: Sentence, t: Token, e: Entity) -> None:
        self.subjects.append((sentence.index, t.i, e))
        marks = [c.lower_ for c in t.head.children if c.dep_ == "mark"]
        # ("..., as did Tom Reilly": "as" with "do" standing for the verb compares; Reilly is a subject too)
        compared = marks == ["as"] and t.head.lemma_.lower() == "do"
        timed = t.head.dep_ == "advcl" and any(m in TIME_MARKS for m in marks) and not compared
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

    def _epithet(self, sentence: Sentence, token: Token) -> Entity | None:
        """ "Ger Hale paid tribute to the team. The former Cork goalkeeper won six medals": a
        description with words of its own ("former Cork", "Tesla") opening what the next sentences
        tell of the named person last a subject stands for them, as an age does; a participant
        ("the injured passenger") or a description met before stays a person of its own."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or an_age(token) or not is_person_description(token):
            return None
        if token.lemma_.lower() in PARTICIPANTS or not any(
            c.dep_ in {"amod", "compound"} for c in token.children
        ):
            return None
        if any(c.dep_ == "poss" for c in token.children) or self.registry.lookup(description_phrase(token)):
            return None
        return self._named_subject_before(sentence, token, gender_of_role(token))

    def _by_nationality(self, sentence: Sentence, token: Token) -> None:
        """ "..., added the Norwegian": where a speaker is from standing for the person named who spoke
        last, in the sentence before at most; the words are theirs (a pronoun's way)."""
        if not _nationality(token):
            return
        # (only the one who spoke last, in this sentence or the one before: a nationality says little)
        here = (sentence.index, token.i)
        before = [s for s in self.speakers if s[0] >= sentence.index - 1 and s[:2] < here]
        if before and before[-1][:2] in self.named_subjects and before[-1][2].kind == "person":
            self.pronouns[(sentence.index, token.i)] = before[-1][2]
            before[-1][2].aliases.add(f"the {token.text}")

    def _named_subject_before(self, sentence: Sentence, token: Token, gender: str | None) -> Entity | None:
        for idx, i, e in reversed(self.subjects):
            if idx < sentence.index - AGE_REACH:
                break
            if (idx, i) >= (sentence.index, token.i):
                continue
            if e.name.lower().startswith(DESCRIBED):
                # (a subject described, not named: "his attorney argued" is another person, whom the
                # description may stand for as well as anyone; a body described, "the club said", is not)
                if e.kind == "person":
                    return None
                continue
            if e.kind != "person" or (gender is not None and e.gender not in {None, gender}):
                return None  # the last named subject is someone else: the description may be another
            if self._placed_with_another(token, e):
                return None
            e.aliases.add(description_phrase(token))
            return e
        return None

    def _placed_with_another(self, token: Token, e: Entity) -> bool:
        """ "Presidents Ana Ruiz (Angola) and Tom Hale (Ghana) met. ... Hale praised Ruiz. The Angolan
        president said ...": a description's place or people ("Angolan") written beside another
        person's name, and never beside this one's, is that other person's, whoever was last a subject."""
        stems = [
            c.lower_[:PLACE_STEM]
            for c in token.children
            if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} and len(c) > PLACE_STEM
        ]
        if not stems:
            return False
        beside = {id(e): False}
        for idx, i, x in self.named_at:
            doc = self.seen[idx].span.doc if idx in self.seen else None
            if doc is not None and x.kind == "person":
                near = doc[max(0, i - PLACE_REACH) : i + PLACE_REACH + 1]
                found = any(t.lower_.startswith(tuple(stems)) for t in near)
                beside[id(x)] = beside.get(id(x), False) or found
        return not beside[id(e)] and any(v for k, v in beside.items() if k != id(e))


def _nationality(token: Token) -> bool:
    """ "the Norwegian", "the Scot" speaking: where the person is from standing for them."""
    if (
        token.dep_ not in {"nsubj", "dobj"}
        or token.ent_type_ != "NORP"
        or token.tag_ not in {"NNP", "NN", "JJ"}
    ):
        return False
    return [c.lower_ for c in token.children] == ["the"] and is_cue(token.head)
