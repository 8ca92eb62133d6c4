"""The relate stage: which claims contradict, support or repeat which."""

import json
from pathlib import Path

import pytest

from claims.extraction import extract, to_json

SEED = Path(__file__).resolve().parents[2] / "reports" / "fixtures" / "musk-putin-report.txt"


def relations(e):
    """(kind, from sources, from text, to sources, to text) for each relation."""
    out = []
    for r in e.relations:
        a, b = e.claims[r.from_index], e.claims[r.to_index]
        out.append((r.kind, {s.name for s in a.sources}, a.text, {s.name for s in b.sources}, b.text))
    return out


def related(e, kind, from_source, to_source, to_words=""):
    def has(names, name):
        return name.lower() in {n.lower() for n in names}

    return [
        r
        for r in relations(e)
        if r[0] == kind and has(r[1], from_source) and has(r[3], to_source) and to_words in r[4]
    ]


def test_denying_someones_claim_contradicts_their_claim(run):
    e = run(
        "Omar Saleh said the mayor had taken $40,000 from a developer. "
        "The mayor denied Saleh's claim on Tuesday."
    )
    assert related(e, "contradicts", "The mayor", "Omar Saleh", "$40,000")


def test_saying_it_was_true_supports_the_denied_claim(run):
    e = run(
        "Omar Saleh said the mayor had taken $40,000 from a developer. "
        "The mayor denied Saleh's claim, but his former aide, Lina Haddad, said it was true."
    )
    assert related(e, "supports", "Lina Haddad", "Omar Saleh", "$40,000")
    assert related(e, "contradicts", "The mayor", "Omar Saleh", "$40,000")


def test_confirming_an_account_supports_it(run):
    e = run(
        "Omar Saleh said the mayor had taken $40,000 from a developer. "
        "The developer, Rami Aziz, confirmed Saleh's account in a statement."
    )
    assert related(e, "supports", "Rami Aziz", "Omar Saleh")


def test_saying_no_about_the_same_people_contradicts(run):
    e = run(
        "The Harbour Times reported that Dana Cole held regular meetings with Piet Brandt in 2023.\n\n"
        "A spokesman for Brandt, Jan Vos, said Brandt had never met Cole."
    )
    assert related(e, "contradicts", "Jan Vos", "The Harbour Times", "regular meetings")


def test_a_single_meeting_contradicts_regular_ones(run):
    e = run(
        "The Harbour Times reported that Dana Cole held regular meetings with Piet Brandt in 2023.\n\n"
        "Jan Vos, Brandt's spokesman, said the only meeting between Brandt and Cole was a single lunch."
    )
    assert related(e, "contradicts", "Jan Vos", "The Harbour Times", "regular meetings")


def test_two_sources_saying_the_same_corroborate(run):
    e = run(
        "The port authority said 300 jobs would be cut at Felixstowe in 2025.\n\n"
        "The union, Unite, said 300 jobs would be cut at Felixstowe in 2025."
    )
    assert related(e, "same", "Unite", "The port authority")


def test_unrelated_statements_about_other_people_are_not_related(run):
    e = run(
        "The Harbour Times reported that Dana Cole held regular meetings with Piet Brandt in 2023.\n\n"
        "Jan Vos said the council had never approved the harbour plan."
    )
    assert relations(e) == []


@pytest.fixture(scope="module")
def seed(nlp):
    return extract(SEED.read_text(encoding="utf-8"), nlp=nlp)


def test_seed_journals_regular_contact_is_contradicted_by_peskov(seed):
    found = related(seed, "contradicts", "Dmitry Peskov", "The Wall Street Journal", "regular contact")
    assert len(found) >= 2  # the single call, and no regular conversations
    assert any("single telephone call" in r[2] for r in found)
    assert any("regular conversations" in r[2] for r in found)


def test_seed_bremmers_account_is_denied_by_musk_and_supported_by_hill(seed):
    assert related(seed, "contradicts", "Elon Musk", "Ian Bremmer", "spoken directly with Putin")
    assert related(seed, "supports", "Fiona Hill", "Ian Bremmer", "spoken directly with Putin")


def test_relations_are_in_the_json_as_indices_into_claims(seed):
    data = json.loads(json.dumps(to_json(seed)))
    assert data["relations"]
    for r in data["relations"]:
        assert set(r) == {"from", "to", "kind"}
        assert r["kind"] in {"contradicts", "supports", "same"}
        assert 0 <= r["from"] < len(data["claims"]) and 0 <= r["to"] < len(data["claims"])
