"""Precision and recall of the seen-before matcher on the annotated pairs.

    python bench/bench_seen_before.py [--verbose]

Each pair asks whether claim `b` (from a new report) states the same proposition as claim `a`
(already checked). Precision: of the pairs the matcher calls the same, the share that are;
recall: of the pairs that are the same, the share it finds. Also prints the figures per category
and the time per comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction.seen_before import same_proposition  # noqa: E402

PAIRS = ROOT / "tests" / "extraction" / "seen_before_pairs.json"


def evaluate(pairs: list[dict]) -> dict:
    said = [same_proposition(p["a"], p["b"]) for p in pairs]
    true_pos = sum(s and p["same"] for s, p in zip(said, pairs, strict=True))
    predicted = sum(said)
    actual = sum(p["same"] for p in pairs)
    right = Counter(p["category"] for s, p in zip(said, pairs, strict=True) if s == p["same"])
    total = Counter(p["category"] for p in pairs)
    return {
        "precision": true_pos / max(1, predicted),
        "recall": true_pos / max(1, actual),
        "accuracy": sum(s == p["same"] for s, p in zip(said, pairs, strict=True)) / len(pairs),
        "by_category": {c: (right[c], total[c]) for c in sorted(total)},
        "wrong": [p for s, p in zip(said, pairs, strict=True) if s != p["same"]],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the pairs it gets wrong")
    args = parser.parse_args(argv)
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))
    started = time.perf_counter()
    result = evaluate(pairs)
    elapsed = time.perf_counter() - started
    print(f"{len(pairs)} pairs ({sum(p['same'] for p in pairs)} same)")
    scores = (result["precision"], result["recall"], result["accuracy"])
    print("precision {:.2f}  recall {:.2f}  accuracy {:.2f}".format(*scores))
    for category, (right, total) in result["by_category"].items():
        print(f"  {category:24} {right:3}/{total:<3} right")
    print(f"{elapsed / len(pairs) * 1e6:.0f} µs per comparison")
    if args.verbose:
        for p in result["wrong"]:
            print(f"- {p['id']} {p['category']} same={p['same']}\n    a: {p['a']}\n    b: {p['b']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
