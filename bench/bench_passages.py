"""Passage finding over the committed evaluation set: recall, flag precision and time per claim.

    python bench/bench_passages.py [--misses]

The 11 documents of tests/passages/corpus/ are served on 127.0.0.1 and captured with the
archiver's fetcher and text extraction; each of the 98 annotated claims is ranked against its
document. Printed: recall@1 and recall@3 of the right passage, the precision (and recall) of the
"differs"/"contradicts" hints on the top passage, and the time per claim against the bare BM25
query (bm25s over the same sentences, the claim split into lower-case words), measured in this
process. Bare BM25's own recall is printed too, as the baseline the agreement features improve on.
Targets (issue 17): recall@3 ≥ 0.9, recall@1 ≥ 0.75, flag precision ≥ 0.8.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bm25s  # noqa: E402

from claims.extraction import load_nlp  # noqa: E402
from claims.passages.engine import Found, find, prepare  # noqa: E402
from tests.passages import evaluation  # noqa: E402

WORD = re.compile(r"\w+")


def bare_bm25(texts: dict[str, str], document, claim: str) -> list[Found]:
    """BM25 alone: the same sentences, words as they are written, no lemmas and no agreement."""
    index = document.bare
    scores = index.get_scores([w for w in WORD.findall(claim.lower()) if w in index.vocab_dict] or [""])
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:3]
    return [
        Found(start=document.sentences[i].start, end=document.sentences[i].end, score=0, rank=r)
        for r, i in enumerate(order, 1)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the pairs whose top passage is wrong")
    args = parser.parse_args()
    nlp = load_nlp()
    with evaluation.corpus_server() as base:
        texts = evaluation.capture_texts(base)
    pairs = evaluation.load_pairs(texts)

    results, prepared, per_claim = evaluation.run(
        pairs, texts, lambda text: prepare(text, nlp), lambda doc, claim: find(doc, claim, nlp)
    )
    figures = evaluation.score(pairs, results)

    # The baseline: the bare BM25 query on an index of the same sentences.
    documents = {name: prepare(text, nlp) for name, text in texts.items()}
    for name, document in documents.items():
        document.bare = bm25s.BM25()
        document.bare.index(
            [WORD.findall(texts[name][s.start : s.end].lower()) or [""] for s in document.sentences],
            show_progress=False,
        )
    started = time.perf_counter()
    bare = {p.id: bare_bm25(texts, documents[p.doc], p.claim) for p in pairs}
    bare_per_claim = (time.perf_counter() - started) / len(pairs)
    baseline = evaluation.score(pairs, bare)

    print(f"passages: {len(pairs)} claims over {len(texts)} captured documents")
    print(
        f"  recall@1 {figures.recall1:.2f}   recall@3 {figures.recall3:.2f}   (bare BM25: "
        f"{baseline.recall1:.2f} / {baseline.recall3:.2f})"
    )
    print(
        f"  flag precision {figures.flag_precision:.2f} "
        f"({figures.flagged_right}/{figures.flagged} hints right)"
        f"   flag recall {figures.flag_recall:.2f} ({figures.flags_found}/{figures.flags_expected})"
    )
    for flag, (raised, right) in sorted(figures.by_flag.items()):
        print(f"    {flag}: {right}/{raised} right")
    print(f"  reading the documents: {prepared / len(texts) * 1000:.0f} ms per document (once per capture)")
    print(
        f"  per claim: {per_claim * 1000:.1f} ms; bare BM25 query {bare_per_claim * 1000:.2f} ms "
        f"({per_claim / bare_per_claim:.0f}× the bare query)"
    )
    if args.misses:
        by_id = {p.id: p for p in pairs}
        for pid in figures.misses:
            pair, top = by_id[pid], results[pid][:1]
            said = texts[pair.doc][top[0].start : top[0].end] if top else "(nothing)"
            print(
                f"\n{pid} {pair.flag} {pair.hard}\n  claim: {pair.claim}\n  gold:  "
                f"{texts[pair.doc][pair.start : pair.end]}\n  top:   {said}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
