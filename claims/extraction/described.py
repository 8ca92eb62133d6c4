"""Persons the report describes rather than names: "the mayor said", "The Tesla tycoon", "the governor".
Each is registered under its description, so a later "he" or "she" can point back to it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .entities import DOCUMENT_NOUNS, is_org_noun, kind_of_name
from .persons import (
    PERSON_NOUNS,
    abbreviated_role,
    description_phrase,
    gender_of_role,
    glosses_a_name,
    is_person_description,
    may_be_person,
)
from .phrases import noun_phrase_tokens, phrase_text
from .registry import Entity, Registry
from .segment import doc_text, in_quotes
from .types import Sentence

# A pronoun is read as the latest person who was a subject this many sentences back at most.
RECENT_SENTENCES = 3

# Kinds of entity a description of a person may stand for ("the executive" is not the Council Executive).
PERSONS = frozenset({"person", "other"})


class Described:
    """Mixed into the Resolver, which keeps the registry and the descriptions met."""

    registry: Registry
    descriptions: list[tuple[int, int, Entity]]
    body_speakers: list  # (sentence index, Named, is a document), kept by the Resolver
    speakers: list[tuple[int, int, Entity]]
    _recent: Callable[..., tuple]

    def _role_speaker(self, token: Token) -> Entity | None:
        """An unnamed person who speaks ("the mayor said"), so a later "he said" can point back."""
        lemma = token.lemma_.lower()
        plain = token.pos_ == "NOUN" and token.tag_ == "NN" or abbreviated_role(token)
        if not plain or is_org_noun(token) or lemma in DOCUMENT_NOUNS:
            return None
        if lemma not in PERSON_NOUNS:
            return None  # "a claim filed by ... says", "last year": no person
        toks = noun_phrase_tokens(token, last=token.right_edge.i)
        # its own prepositional phrase ("the head of the union") but nothing deeper
        toks = [t for t in toks if t.i <= token.i or "prep" in {t.dep_, t.head.dep_} or _in_object(t, token)]
        name = phrase_text(toks)
        # (the role and what stands before it decide: "a spokeswoman for the airline" is a person)
        core = phrase_text([t for t in toks if t.i <= token.i])
        if not name or kind_of_name(core) in {"news_org", "company"}:
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

    def _when_unsure(self, sentence: Sentence, pronoun: Token, exclude: set[int], gender: str, found):
        """A speech tag's pronoun no candidate was sure for: who spoke lately against a guessed sex, or,
        when no person stood before at all, a one-word name that spoke just before."""
        guess = self._against_a_guess(sentence, pronoun, exclude, gender)
        return guess or (None if found is not None else self._one_word_speaker(sentence, pronoun, gender))

    def _against_a_guess(self, sentence: Sentence, pronoun: Token, exclude: set[int], gender: str):
        """ "Ana Obi said when officers arrived he surrendered. ... She also said": a speech tag's
        pronoun outweighs a sex only guessed from a pronoun read as the speaker's before; who spoke
        lately is who speaks again."""
        found, _ = self._recent(self.speakers, sentence, pronoun, may_be_person, window=RECENT_SENTENCES)
        if found is None or id(found) in exclude or not found.guessed or found.gender == gender:
            return None
        found.gender = gender
        return found

    def _one_word_speaker(self, sentence: Sentence, pronoun: Token, gender: str) -> Entity | None:
        """ "Hendry said the plan would cost $4 million. He added ...": a speech tag's "he" or "she" when no
        person at all stands before it, and a name of one word, of no known kind, spoke in the sentence
        before (the tagger took it for a body): that name is a person's."""
        text = doc_text(pronoun.doc)
        if in_quotes(text, pronoun.idx, pronoun.idx + 1) or not self.body_speakers:
            return None
        idx, named, document = self.body_speakers[-1]
        word = named.name
        if document or idx != sentence.index - 1 or named.kind != "other" or " " in word:
            return None
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            return None  # ("NATO", "eBay": no surname)
        e = self.registry.lookup(word) or self.registry.add(word, "person")
        if e.kind not in PERSONS or e.gender not in {None, gender}:
            return None
        e.kind, e.gender = "person", gender
        return e

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


def _in_object(t: Token, role: Token) -> bool:
    """ "the" of "the head of the union": a word before the object of the role's own preposition."""
    prep = t.head.head
    before = t.dep_ in {"det", "amod", "compound", "poss"} and t.i < t.head.i
    plain = all(c.i < t.head.i for c in t.head.children)  # ("the union", not "the state of ...")
    return before and plain and prep.dep_ == "prep" and prep.head == role
