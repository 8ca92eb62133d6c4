"""The committed evaluation set, captured from 127.0.0.1 like any reference, held to issue 17's
targets (bench/bench_passages.py prints the same figures with timings)."""

import pytest

from claims.passages.engine import find, prepare
from tests.passages import evaluation


@pytest.fixture(scope="module")
def figures(nlp):
    with evaluation.corpus_server() as base:
        texts = evaluation.capture_texts(base)
    pairs = evaluation.load_pairs(texts)
    results, _, _ = evaluation.run(pairs, texts, lambda t: prepare(t, nlp), lambda d, c: find(d, c, nlp))
    return evaluation.score(pairs, results)


def test_every_gold_passage_is_in_the_captured_text(nlp):
    with evaluation.corpus_server() as base:
        texts = evaluation.capture_texts(base)
    assert len(evaluation.load_pairs(texts)) == 98


def test_recall_at_3_is_at_least_0_9(figures):
    assert figures.recall3 >= 0.9


def test_recall_at_1_is_at_least_0_75(figures):
    assert figures.recall1 >= 0.75


def test_flag_precision_is_at_least_0_8(figures):
    assert figures.flagged >= 20  # precision over a handful of hints would say little
    assert figures.flag_precision >= 0.8
