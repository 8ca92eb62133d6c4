"""Persons the report describes rather than names: "the mayor said", "The Tesla tycoon", "the governor".
Each is registered under its description, so a later "he" or "she" can point back to it."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import DOCUMENT_NOUNS, is_org_noun, kind_of_name
from .persons import PERSON_NOUNS, description_phrase, gender_of_role, glosses_a_name, is_person_description
from .phrases import noun_phrase_tokens, phrase_text
from .registry import Entity, Registry
from .types import Sentence

# Kinds of entity a description of a person may stand for ("the executive" is not the Council Executive).
PERSONS = frozenset({"person", "other"})


class Described:
    """Mixed into the Resolver, which keeps the registry and the descriptions met."""

    registry: Registry
    descriptions: list[tuple[int, int, Entity]]

    def _role_speaker(self, token: Token) -> Entity | None:
        """An unnamed person who speaks ("the mayor said"), so a later "he said" can point back."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NN" or is_org_noun(token) or lemma in DOCUMENT_NOUNS:
            return None
        if lemma not in PERSON_NOUNS:
            return None  # "a claim filed by ... says", "last year": no person
        toks = noun_phrase_tokens(token, last=token.right_edge.i)
        # its own prepositional phrase ("the head of the union") but nothing deeper
        toks = [t for t in toks if t.i <= token.i or t.dep_ == "prep" or t.head.dep_ == "prep"]
        name = phrase_text(toks)
        if not name or kind_of_name(name) in {"news_org", "company"}:
            return None
        e = self.registry.lookup(name) or self.registry.add(name, "person")
        if e.kind not in PERSONS:  # ("the mayor of Windhoek" found as Windhoek: a place)
            e = self.registry.add_apart(name, "person")
        e.kind, e.gender = "person", e.gender or gender_of_role(token)
        return e

    def _description(self, token: Token) -> Entity | None:
        """ "The Tesla tycoon", "the governor": one person described, registered under the description."""
        if not is_person_description(token):
            return None
        name = description_phrase(token)
        e = self.registry.lookup(name, unique=True) or self.registry.add(name, "person")
        if e.kind not in PERSONS:  # ("the justice" found as the Justice of the Peace Court: a body)
            e = self.registry.add_apart(name, "person")
        e.kind = "person"
        e.gender = e.gender or gender_of_role(token)
        return e

    def _note_descriptions(self, sentence: Sentence) -> None:
        """Persons described (not named) anywhere in the sentence: rivals of a named antecedent."""
        for t in sentence.span:
            if glosses_a_name(t):
                continue  # "Dr Lena Okonjo, an epidemiologist": the named person, described
            if t.dep_ not in {"nsubj", "nsubjpass"} and is_person_description(t):
                e = self._description(t)
                if e is not None:
                    self.descriptions.append((sentence.index, t.i, e))
