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


def test_relation_kinds_other_than_same_are_claim_relation_choices():
    # "same" (two sources asserting one proposition) has no stored kind yet; the others do
    assert set(get_args(RelationKind)) - {"same"} <= set(ClaimRelation.Kind.values)
