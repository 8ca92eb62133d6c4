"""The engine's kinds are the Django choices: a value the engine emits is always one ingest can store."""

from typing import get_args

from claims.extraction.types import ClaimKind, ReferenceKind, RelationKind, SourceKind, SourceRole
from claims.models import Attribution, Claim, ClaimRelation
from sources.models import Reference, Source


def test_claim_kinds_are_the_claim_kind_choices():
    assert set(get_args(ClaimKind)) == set(Claim.Kind.values)


def test_source_roles_are_the_attribution_role_choices():
    assert set(get_args(SourceRole)) == set(Attribution.Role.values)


def test_source_kinds_are_the_source_kind_choices():
    assert set(get_args(SourceKind)) == set(Source.Kind.values)


def test_reference_kinds_are_the_reference_kind_choices():
    assert set(get_args(ReferenceKind)) == set(Reference.Kind.values)


def test_every_relation_kind_the_engine_proposes_is_stored_as_a_claim_relation_kind():
    from claims.graph import ENGINE_KINDS

    assert set(ENGINE_KINDS) == set(get_args(RelationKind))
    assert set(ENGINE_KINDS.values()) <= set(ClaimRelation.Kind.values)
