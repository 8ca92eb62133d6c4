"""Stage 9, relate: propose relations between claims (a denial contradicts what it denies, "said it
was true" supports it, two sources asserting one proposition corroborate it). It proposes none yet:
this is where the pipeline will call it."""

from __future__ import annotations

from collections.abc import Sequence

from .types import ExtractedClaim, ExtractedRelation, RenderedClause


def relate(
    claims: Sequence[ExtractedClaim], rendered: Sequence[RenderedClause]
) -> tuple[ExtractedRelation, ...]:
    return ()
