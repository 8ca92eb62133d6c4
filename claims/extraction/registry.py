"""The registry of a report's people and bodies, looked up by full or short form.

Every mention of one source ("Tom Okafor", "Okafor", "the transport minister") becomes one entity,
named by the fullest form the report gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .entities import ORG_EXTENSIONS, ORG_NOUNS, TITLES, looks_like_personal_name
from .given_names import given_name_gender

# Role nouns that differ only by the holder's sex: "the ministry's spokesman" and "Anna Berg, the
# ministry's spokeswoman" may be one person, so names are compared with the neutral form.
ROLE_VARIANTS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "businessman": "businessperson",
    "businesswoman": "businessperson",
    "congressman": "member of congress",
    "congresswoman": "member of congress",
}


@lru_cache(maxsize=4096)
@lru_cache(maxsize=8192)  # (the same names are compared again and again while a report is resolved)
@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    """A name as compared: no article in front, no possessive "'s", role nouns in their neutral form."""
    name = name.replace("’", "'")
    name = re.sub(r"\s*'s?\b", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return " ".join(ROLE_VARIANTS.get(w.lower(), w) for w in name.split())


@dataclass
class Entity:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    gender: str | None = None
    guessed: bool = False  # the gender only a pronoun read as theirs gave
    merged_into: Entity | None = None  # one person met first under a role, later under a name

    def current(self) -> Entity:
        """The entity this one now stands for (itself unless merged into a named one)."""
        e = self
        while e.merged_into is not None:
            e = e.merged_into
        return e


class Registry:
    """The named people and bodies of one report, looked up by full or short form."""

    def __init__(self):
        self.entities: list[Entity] = []
        self.shared_roles: set[str] = set()  # roles written as two people's titles: no one's alone

    def lookup(self, name: str, *, unique: bool = False) -> Entity | None:
        """The entity `name` is a form of. Short forms ("Hale") match the entity that has them as
        the tail of a longer name; with `unique`, a short form that fits two people matches none."""
        if not (key := _norm(name).lower()) or key in self.shared_roles:
            return None
        words, best, fits = key.split(), None, 0
        for e in self.entities:
            own = _norm(e.name).lower()
            forms = [own] + [_norm(a).lower() for a in e.aliases]
            if key in forms:  # (with `unique`, not "Wang" as Wang Yi's when Wang Wenbin is named too)
                return None if unique and key != own and self._fits_another(key, e) else e
            for form in forms:
                full = form.split()
                # a short form is the tail of the full name: "Okafor" for "Tom Okafor",
                # "Gazette" for "The Evening Gazette", "minister" for "the transport minister"
                tail = len(words) < len(full) and full[-len(words) :] == words
                # ("governor" is no short form of "spokesman to the Takhar governor": its head is before)
                tail = tail and not PREPOSITIONS & set(full[: -len(words)])
                # ... and the other way round, a full name met after its short form ("Costa", "Ana Costa");
                # only for a name, not a phrase ending in one ("officials in Kent, Essex and Sussex")
                # (the entity's own name: "Skelos", a short form of "Dean Skelos", is not "Adam Skelos")
                tail = tail or (
                    form == own
                    and len(full) < len(words)
                    and words[-len(full) :] == full
                    and e.kind != "news_org"
                    and _is_proper(name)
                    # ("Court" met first is no short form of "the Idaho Supreme Court" met later)
                    and own not in ORG_NOUNS
                    # ("Mahathir" met beside "Mahathir Mohamad" is no short form of "Mukhriz Mahathir")
                    and not self._in_another_name(own, e)
                )
                # a person called by a given name the report gave in full before: "Azmi" for "Dr.
                # Azmi Hassan", as many names are used (one person with that name only, see `unique`)
                tail = tail or (e.kind == "person" and form == own and _a_given_name(words, full, e.name))
                # the same body with its kind spelled out: "Bloomberg" then "Bloomberg News"
                extended = (
                    len(full) < len(words)
                    and words[: len(full)] == full
                    and all(ORG_EXTENSIONS.search(w) for w in words[len(full) :])
                )
                # ... and the other way round, its legal form dropped: "Qualcomm Inc", then "Qualcomm"
                shortened = (
                    len(words) < len(full)
                    and full[: len(words)] == words
                    and all(LEGAL_FORMS.search(w) for w in full[len(words) :])
                )
                # "the governor" for "Governor of Badakhshan": the role's head, before its "of" (not "a ...")
                headed = (
                    words[0] not in {"a", "an"}
                    and len(words) < len(full)
                    and full[: len(words)] == words
                    and full[len(words)] in PREPOSITIONS
                )
                if tail or extended or shortened or headed:
                    fits += best is not e
                    best = e if best is None or e.mentions > best.mentions else best
                elif unique and e.kind == "other" and form == own and _a_given_name(words, full, e.name):
                    fits += 1  # (a name not typed as a person's may be the one meant too)
        return None if unique and fits > 1 else best

    def _fits_another(self, key: str, e: Entity) -> bool:
        """Whether a one-word form is also a word of another person's name."""
        others = [
            _norm(x.name).lower().split()
            for x in self.entities
            if x is not e and x.kind in {"person", "other"}
        ]
        own = set(_norm(e.name).lower().split())
        others = [w for w in others if not (own <= set(w) or set(w) <= own)]  # (not "Jim Paice MP": the same)
        return " " not in key and any(len(w) > 1 and key in w for w in others)  # ("Spokesperson Wang Wenbin")

    def _in_another_name(self, word: str, e: Entity) -> bool:
        return any(x is not e and word in _norm(x.name).lower().split()[:-1] for x in self.entities)

    def add_title(self, e: Entity, role: str | None) -> None:
        """ "Senator Mark Hale": "senator" is another name for them, unless another has it too, as a
        title or as the last word of a description ("President Okoro", "Ines Varga, the bank's
        president": "the president" is neither's)."""
        if not role or role in self.shared_roles or role in e.aliases:
            return
        others = [x for x in self.entities if x is not e]
        if any(_norm(a).lower().split()[-1:] == [role] for x in others for a in x.aliases):
            self.shared_roles.add(role)
            for x in (e, *others):
                x.aliases.discard(role)
        else:
            e.aliases.add(role)

    def merge(self, old: Entity, into: Entity) -> None:
        """`old` (say "the ministry's spokesman") turns out to be `into` ("Anna Berg")."""
        if old is into:
            return
        into.aliases |= {old.name} | old.aliases
        into.mentions += old.mentions
        into.gender = into.gender or old.gender
        old.merged_into = into
        self.entities = [e for e in self.entities if e is not old]

    def add_apart(self, name: str, kind: str) -> Entity:
        """A new entity, whatever other entity the name is also a form of ("the justice" is not the
        Justice of the Peace Court)."""
        entity = Entity(name=_norm_display(name), kind=kind, mentions=1)
        self.entities.append(entity)
        return entity

    def add(self, name: str, kind: str) -> Entity:
        found = self.lookup(name)
        if found is not None:
            found.mentions += 1
            if _norm(name).lower() != _norm(found.name).lower():
                if len(name.split()) > len(found.name.split()) and not name.lower().startswith(
                    found.name.lower()
                ):
                    # a fuller form met later ("Costa" first, "Ana Costa" later) becomes the name
                    found.aliases.add(found.name)
                    found.name = _norm_display(name)
                    found.gender = found.gender or _named_gender(found)
                else:
                    found.aliases.add(_norm_display(name))
            incorporated = any(LEGAL_FORMS.search(w) for w in found.name.split()[1:])
            if found.kind in {"other", "company"} and kind == "person" and not incorporated:
                found.kind = kind
            return found
        entity = Entity(name=_norm_display(name), kind=kind, mentions=1)
        entity.gender = _named_gender(entity)
        self.entities.append(entity)
        return entity


def _a_given_name(words: list[str], full: list[str], name: str) -> bool:
    """ "azmi" in "dr. azmi hassan": one word of a full name before its last, not a title (and of a
    name: "company" is no given name of "the company’s founder", a description)."""
    if len(words) != 1 or len(full) < 2 or not _is_proper(name):
        return False
    word = words[0]
    return word in full[:-1] and len(word) > 2 and word.rstrip(".") not in TITLES and not word.endswith(".")


PREPOSITIONS = frozenset({"of", "to", "for", "at", "in", "with", "from", "on"})

# The legal forms a company's name may end on; a name with one is never a person's.
LEGAL_FORMS = re.compile(r"^(inc|corp|corporation|ltd|plc|llc|co|ag|sa|nv|gmbh|holdings)\.?$", re.IGNORECASE)


def _named_gender(e: Entity) -> str | None:
    """The sex a person's given name gives away; a body's name ("Virginia Power") gives none."""
    person = e.kind == "person" or (e.kind == "other" and looks_like_personal_name(e.name))
    return given_name_gender(e.name) if person else None


def _is_proper(name: str) -> bool:
    """Every word capitalised: a name ("Ana Costa"), not a description ("the officials in Kent")."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _norm_display(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip().lstrip("•·▪◦■□●○►▶♦◆*–— "))  # no list bullet
    return " ".join(name.split())
