"""Speed of the claim extraction engine: one report at a time vs many through `nlp.pipe`.

    python bench/bench_extraction.py [--copies N] [--rounds R] [--report PATH]

Both figures are measured in this process with the same loaded pipeline (loading it is not
timed), and the ratio is against the one-at-a-time baseline.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.extraction import extract, extract_many, load_nlp  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "reports" / "fixtures" / "musk-putin-report.txt"
FALLBACK = Path(__file__).resolve().parents[1] / "tests" / "extraction" / "reports" / "port-strike.txt"


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
    parser.add_argument("--copies", type=int, default=50, help="reports per run (default 50)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per figure, best kept (default 3)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 2, help="for the n_process figure")
    parser.add_argument("--report", type=Path, default=SEED if SEED.exists() else FALLBACK)
    args = parser.parse_args(argv)

    text = args.report.read_text(encoding="utf-8")
    texts = [text] * args.copies
    nlp = load_nlp()
    extract(text, nlp=nlp)  # warm-up: first-call allocations are not what we measure

    one_at_a_time, piped, forked = best_of_interleaved(
        args.rounds,
        lambda: [extract(t, nlp=nlp) for t in texts],
        lambda: extract_many(texts, nlp=nlp, batch_size=args.batch_size),
        lambda: extract_many(texts, nlp=nlp, batch_size=args.batch_size, n_process=args.processes),
    )

    base_rate = args.copies / one_at_a_time
    pipe_rate = args.copies / piped
    print(f"report: {args.report.name} ({len(text)} chars), {args.copies} copies, best of {args.rounds}")
    print(f"extract() one at a time : {base_rate:8.1f} docs/s")
    print(f"extract_many() nlp.pipe : {pipe_rate:8.1f} docs/s  (batch_size={args.batch_size})")
    fork_rate = args.copies / forked
    print(f"ratio vs one at a time  : {pipe_rate / base_rate:8.2f}x")
    print(f"extract_many() n_process={args.processes}: {fork_rate:8.1f} docs/s  {fork_rate / base_rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
