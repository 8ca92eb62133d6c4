"""The safeguard over every annotated report: a claim names a person only if its passage names
them, or has a pronoun or description the resolver read as them."""

from pathlib import Path

import pytest

from claims.extraction.render import names_not_in_passage, people_of

from .conftest import REPORTS

SEED = Path(__file__).resolve().parents[2] / "reports" / "fixtures" / "musk-putin-report.txt"
TEXTS = sorted(REPORTS.glob("*.txt")) + [SEED]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_name_in_a_claim_is_licensed_by_its_passage(path, stages):
    s = stages(path.read_text(encoding="utf-8"))
    people = people_of(s.resolved.resolver.registry)
    assert people, "the report names people"
    for r in s.rendered:
        passage = r.clause.sentence.span.text
        assert names_not_in_passage(r.text, passage, r.written_out, people) == [], r.text
        assert not r.kept_report_words, r.text


def test_a_name_from_another_sentence_is_caught():
    people = (("Maria Lopez", ("Maria Lopez", "Lopez")),)
    passage = "The governor has been patient with the unions."
    assert names_not_in_passage("Maria Lopez has been patient with the unions", passage, (), people) == [
        "Maria Lopez"
    ]


def test_a_name_written_for_a_pronoun_of_the_passage_is_licensed():
    people = (("Maria Lopez", ("Maria Lopez", "Lopez")),)
    passage = "She has been patient with the unions."
    written = (("She", "Maria Lopez"),)
    assert (
        names_not_in_passage("Maria Lopez has been patient with the unions", passage, written, people) == []
    )


def test_the_surname_in_the_passage_licenses_the_full_name():
    people = (("Maria Lopez", ("Maria Lopez", "Lopez")),)
    assert names_not_in_passage("Maria Lopez resigned", "Lopez resigned on Monday.", (), people) == []
