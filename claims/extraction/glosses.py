"""A name glossed with a role ("Anna Berg, the ministry's spokeswoman"): the role is another name
for the one named, and says a person is named when a person holds it."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import DOCUMENT_NOUNS, GENERIC_ROLE_NOUNS, entity_span_text, is_org_noun, kind_of_name
from .persons import gender_of_role, role_phrase
from .registry import Registry


class Glosses:
    """Mixed into the Resolver, which keeps the `registry`."""

    registry: Registry

    def _gloss(self, named: Token, role_noun: Token) -> None:
        """A name glossed with a role: another name for them, and a person if a person holds it."""
        doc = named.doc
        if named.i + 1 < len(doc) and doc[named.i + 1].text == ":":
            return  # "Carnival (NYSE: CCL)": an exchange and a ticker, no name for the company
        name, label = entity_span_text(named)
        e = self.registry.lookup(name)
        if e is None and label in {"PERSON", "ORG", ""} and name[:1].isupper():
            e = self.registry.add(name, kind_of_name(name, label=label))
        if e is None:
            return
        if e.kind == "other" and role_noun.tag_ == "NN":
            if not is_org_noun(role_noun) and role_noun.lemma_.lower() not in DOCUMENT_NOUNS:
                e.kind = "person"
        e.gender = e.gender or gender_of_role(role_noun)
        role = role_phrase(role_noun)
        if role.lower() in GENERIC_ROLE_NOUNS:
            return
        e.aliases.add(role)
        # ("Ana Obi, the mayor of Tilbury" ... "the mayor of Tilbury said": the role with what it is of)
        of = next((c for c in role_noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in role_noun.children)  # (not "a member of")
        if of is not None and the and e.kind == "person":
            e.aliases.add(f"{role} {''.join(t.text_with_ws for t in of.subtree).strip()}")
        # "the ministry's spokesman said ..." before "Anna Berg, the ministry's spokeswoman": one person
        same = self.registry.lookup(role)
        if same is not None and same is not e and same.kind == "person" and not same.aliases:
            self.registry.merge(same, e)
