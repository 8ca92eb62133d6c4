"""Who said a claim: its attributions as a tree, and the short phrases the desk shows.

One reading of nested attribution (a paper citing officials) for every surface: the readers'
sentences (public/words.py) and the desk's short phrases ("Peskov · denied", "WSJ citing
officials") both fold the same children into the same parents here. Works on `Attribution` rows
and on the readers' `PublicAttribution` alike: anything with `id`, `parent_id`, `role` and
`source.name`.
"""

from dataclasses import dataclass, field

from .models import Attribution

# A nested source that backs its parent up is cited or quoted by it; one that pushes back
# (denied, accused) says something of its own, reported by the parent.
PUSHING_BACK = frozenset({Attribution.Role.DENIED, Attribution.Role.ACCUSED})


@dataclass
class Said:
    """One attribution with the ones nested in it that the claim carries."""

    attribution: object
    backing: list = field(default_factory=list)  # cited or quoted by it
    pushing: list = field(default_factory=list)  # denying or accusing, according to it
    nested: bool = False  # it is itself nested in another attribution

    @property
    def children(self) -> list:
        return sorted(self.backing + self.pushing, key=lambda a: self.order[a.id])

    order: dict = field(default_factory=dict, repr=False)


def tree(attributions) -> list[Said]:
    """Every attribution in order, each with its nested children sorted into backing and pushing back.
    A child whose parent the claim does not carry stands on its own."""
    attributions = list(attributions)
    ids = {a.id for a in attributions}
    order = {a.id: i for i, a in enumerate(attributions)}
    nodes = {a.id: Said(attribution=a, nested=a.parent_id in ids, order=order) for a in attributions}
    for a in attributions:
        if a.parent_id in ids:
            parent = nodes[a.parent_id]
            (parent.pushing if a.role in PUSHING_BACK else parent.backing).append(a)
    return [nodes[a.id] for a in attributions]


def citing_verb(backing: list) -> str:
    return "quoting" if backing and all(a.role == Attribution.Role.QUOTED for a in backing) else "citing"


def listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def role_word(role: str) -> str:
    return Attribution.Role(role).label.lower() if role in Attribution.Role.values else str(role)


def short_phrases(attributions) -> list[str]:
    """The desk's one-line "who said it": "Peskov · denied", "WSJ citing officials", and a nested
    source pushing back as "Kremlin · denied, per WSJ"."""
    phrases = []
    for said in tree(attributions):
        a = said.attribution
        name = a.source.name
        if said.nested:  # folded into its parent's phrase; its own sources follow it
            if said.backing:
                phrases.append(
                    f"{name} {citing_verb(said.backing)} {listed([c.source.name for c in said.backing])}"
                )
            continue
        if said.backing:
            names = [c.source.name for c in said.backing]
            phrases.append(f"{name} {citing_verb(said.backing)} {listed(names)}")
        else:
            phrases.append(f"{name} · {role_word(a.role)}")
        phrases += [f"{c.source.name} · {role_word(c.role)}, per {name}" for c in said.pushing]
    return phrases
