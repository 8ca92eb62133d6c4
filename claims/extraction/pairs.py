"""Two people spoken of as a pair: "Son held talks with his Beninese counterpart Bakari ... The two
ministers acknowledged positive progress", "Modi had talks with President Biden ... Both leaders
underscored ...". What the pair says is each one's: the source is the two people named last, not
the description. Only done for a plural noun for people ("ministers", "leaders") counted as two
("both", "the two": "the researchers" may be any number); a "they" standing for such a pair is
the same two.
"""

from __future__ import annotations

from spacy.tokens import Token

from .groups import Named, group_they_stand_for
from .persons import PERSON_NOUNS
from .registry import Entity
from .types import Sentence

# How many sentences back the two people may have been named.
PAIR_REACH = 6
COUNTED_AS_TWO = frozenset({"both", "two"})
DEFINITE = frozenset({"the", "these", "those"})


class Pairs:
    """Mixed into the Resolver, which keeps `named_at` (every name outside quotation marks)."""

    named_at: list[tuple[int, int, Entity]]

    def pair_named(self, token: Token | None, sentence: Sentence) -> tuple[Named, Named] | None:
        they = token is not None and token.lower_ == "they"
        head = (group_they_stand_for(token) or _plural_subject_before(token)) if they else token
        if head is None or head.tag_ != "NNS" or head.lemma_.lower() not in PERSON_NOUNS:
            return None
        marks = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "nummod"}}
        if not marks & COUNTED_AS_TWO:
            return None  # ("the researchers" may be any number)
        if "both" not in marks and not marks & DEFINITE:
            return None  # ("Two senior officials confirmed ...": two more people, not the two named)
        people: list[Entity] = []
        for idx, i, e in reversed(self.named_at):
            if idx < sentence.index - PAIR_REACH:
                break
            person = e.current()
            if (idx, i) < (sentence.index, head.i) and _a_named_person(person) and person not in people:
                people.append(person)
        if len(people) < 2:
            return None
        second, first = people[:2]
        return tuple(Named(e.name, "person", tuple(sorted(e.aliases))) for e in (first, second))  # type: ignore[return-value]


def _a_named_person(e: Entity) -> bool:
    """A person the report names in full ("Bui Thanh Son"), not a place the tagger took for one."""
    return e.kind == "person" and len(e.name.split()) >= 2


def _plural_subject_before(they: Token) -> Token | None:
    """ "Both leaders underscored ... They appreciated ...": the last plural subject before "they"
    in its paragraph (another "they" goes on with it), if it is a noun for people."""
    for t in reversed(they.doc[: they.i]):
        if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ == "NNS":
            return t if t.lemma_.lower() in PERSON_NOUNS else None
    return None
