"""Cost of claim extraction against spaCy's bare parse of the same texts.

    python bench/bench_extraction.py [--copies N] [--rounds R] [--max-ratio X]

Baseline: `nlp.pipe` over the report texts, nothing else. Measured: `extract_many` over the same
texts (cleaning, parsing paragraph by paragraph, and every stage after). Both run in this process
with the same loaded pipeline (loading is not timed), interleaved round by round, best of R kept.
The ratio is extraction time over bare parse time; it must stay at or under --max-ratio (1.5).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_many, load_nlp  # noqa: E402

SEED = ROOT / "reports" / "fixtures" / "musk-putin-report.txt"
REPORTS = ROOT / "tests" / "extraction" / "reports"


def corpus() -> list[str]:
    paths = ([SEED] if SEED.exists() else []) + sorted(REPORTS.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def best_of_interleaved(rounds: int, *works) -> list[float]:
    """Shortest wall time of each job over `rounds`, running the jobs in turn each round so a busy
    spell on the machine does not land on one of them only."""
    best = [float("inf")] * len(works)
    for _ in range(rounds):
        for k, work in enumerate(works):
            best[k] = min(best[k], timed(work))
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3, help="copies of the corpus per run (default 3)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per figure, best kept (default 3)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--max-ratio", type=float, default=1.5, help="fail above this ratio (default 1.5)")
    args = parser.parse_args(argv)

    texts = corpus() * args.copies
    nlp = load_nlp()
    extract_many(texts[:2], nlp=nlp)  # warm-up: first-call allocations are not what we measure

    def bare():
        deque(nlp.pipe(texts, batch_size=args.batch_size), maxlen=0)

    def full():
        extract_many(texts, nlp=nlp, batch_size=args.batch_size)

    parse, extraction = best_of_interleaved(args.rounds, bare, full)
    ratio = extraction / parse
    chars = sum(map(len, texts))
    print(f"{len(texts)} reports ({chars} chars), best of {args.rounds}, batch_size={args.batch_size}")
    print(f"spaCy nlp.pipe (bare parse) : {parse:7.2f} s  {len(texts) / parse:7.1f} reports/s")
    print(f"extract_many (full)         : {extraction:7.2f} s  {len(texts) / extraction:7.1f} reports/s")
    print(f"ratio full / bare           : {ratio:7.2f}x  (limit {args.max_ratio}x)")
    return 0 if ratio <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
