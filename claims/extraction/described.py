"""Persons the report describes rather than names: "the mayor said", "The Tesla tycoon", "the governor".
Each is registered under its description, so a later "he" or "she" can point back to it."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import DOCUMENT_NOUNS, is_org_noun, kind_of_name
from .persons import PERSON_NOUNS, description_phrase, gender_of_role, glosses_a_name, is_person_description
from .phrases import noun_phrase_tokens, phrase_text
from .registry import Entity, Registry
from .segment import doc_text, in_quotes
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
        return self._a_person(self.registry.lookup(name) or self.registry.add(name, "person"), name, token)

    def _description(self, token: Token) -> Entity | None:
        """ "The Tesla tycoon", "the governor": one person described, registered under the description."""
        if not is_person_description(token):
            return None
        name = description_phrase(token)
        return self._a_person(
            self.registry.lookup(name, unique=True) or self.registry.add(name, "person"), name, token
        )

    def _a_person(self, e: Entity, name: str, role: Token) -> Entity:
        """The entry a description of one person found, made a person's; one found as a body or a place
        ("the justice" as the Justice of the Peace Court, "the mayor of Windhoek" as Windhoek) is not
        theirs, and the description gets an entry of its own."""
        if e.kind not in PERSONS:
            e = self.registry.add_apart(name, "person")
        e.kind, e.gender = "person", e.gender or gender_of_role(role)
        return e

    def _note_descriptions(self, sentence: Sentence) -> None:
        """Persons described (not named) anywhere in the sentence: rivals of a named antecedent."""
        for t in sentence.span:
            if glosses_a_name(t):
                continue  # "Dr Lena Okonjo, an epidemiologist": the named person, described
            # (one described inside a quotation is the speaker's talk, no rival for a "she" outside it:
            # '"... the auditor did not refer anything," she says')
            quoted = in_quotes(doc_text(t.doc), t.idx, t.idx + 1)
            if t.dep_ not in {"nsubj", "nsubjpass"} and is_person_description(t) and not quoted:
                e = self._description(t)
                if e is not None:
                    self.descriptions.append((sentence.index, t.i, e))
