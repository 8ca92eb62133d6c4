"""Speech told of inside what another says: "Alex Wood told the outlet that the pilot announced that
...". The pilot speaks only inside Wood's account; a later "He added" goes on with Wood."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue

# How far up the parse a cue verb is looked for (a clause inside a clause inside what was said).
MAX_DEPTH = 4


def told_inside_another(verb: Token) -> bool:
    """A cue verb in the content (a that-clause, or one run on from it) of another cue verb."""
    at = verb
    for _ in range(MAX_DEPTH):
        if at.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or at.head is at:
            return False
        if at.dep_ == "ccomp" and is_cue(at.head):
            return True
        at = at.head
    return False
