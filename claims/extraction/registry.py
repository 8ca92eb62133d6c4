"""The registry of a report's people and bodies, looked up by full or short form.

Every mention of one source ("Tom Okafor", "Okafor", "the transport minister") becomes one entity,
named by the fullest form the report gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .entities import ORG_EXTENSIONS


@lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    name = name.replace("’", "'")
    name = re.sub(r"'s?$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return " ".join(name.split())


@dataclass
class Entity:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    gender: str | None = None


class Registry:
    """The named people and bodies of one report, looked up by full or short form."""

    def __init__(self):
        self.entities: list[Entity] = []

    def lookup(self, name: str) -> Entity | None:
        key = _norm(name).lower()
        if not key:
            return None
        words = key.split()
        best = None
        for e in self.entities:
            forms = [_norm(e.name).lower()] + [_norm(a).lower() for a in e.aliases]
            if key in forms:
                return e
            for form in forms:
                full = form.split()
                # a short form is the tail of the full name: "Okafor" for "Tom Okafor",
                # "Gazette" for "The Evening Gazette", "minister" for "the transport minister"
                tail = len(words) < len(full) and full[-len(words) :] == words
                # ... and the other way round, a full name met after its short form ("Costa", "Ana Costa")
                tail = tail or (
                    len(full) < len(words) and words[-len(full) :] == full and e.kind != "news_org"
                )
                # the same body with its kind spelled out: "Bloomberg" then "Bloomberg News"
                extended = (
                    len(full) < len(words)
                    and words[: len(full)] == full
                    and all(ORG_EXTENSIONS.search(w) for w in words[len(full) :])
                )
                if tail or extended:
                    best = e if best is None or e.mentions > best.mentions else best
        return best

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
                else:
                    found.aliases.add(_norm_display(name))
            if found.kind in {"other", "company"} and kind == "person":
                found.kind = kind
            return found
        entity = Entity(name=_norm_display(name), kind=kind, mentions=1)
        self.entities.append(entity)
        return entity


def _norm_display(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    return " ".join(name.split())
