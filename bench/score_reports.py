"""Score the engine on every annotated report with the evaluation kit's scorer.

    python bench/score_reports.py [--verbose] [--out DIR] [NAME ...]

Extracts the seed report and every tests/extraction/reports/*.txt that has a .gold.json in one
process, writes each prediction to DIR (a temporary directory by default), runs
../shared/eval/score_claims.py on it and prints one line per report and the mean.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_many  # noqa: E402
from claims.extraction.pipeline import to_json  # noqa: E402

SHARED = Path("/work/shared")
SCORER = SHARED / "eval" / "score_claims.py"
REPORTS = ROOT / "tests" / "extraction" / "reports"
SEED = ("seed", SHARED / "data" / "musk-putin-report.txt", SHARED / "eval" / "musk-putin-report.gold.json")
FIELDS = ("required_recall", "precision", "attribution", "attributed_recall", "furniture")


def corpus(names, directory=REPORTS):
    found = [SEED] + [
        (p.name.removesuffix(".gold.json"), directory / (p.name.removesuffix(".gold.json") + ".txt"), p)
        for p in sorted(directory.glob("*.gold.json"))
    ]
    return [c for c in found if not names or c[0] in names]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--out")
    parser.add_argument("--dir", default=str(REPORTS), help="folder of NAME.txt + NAME.gold.json")
    parser.add_argument("--no-seed", action="store_true")
    args = parser.parse_args()
    reports = corpus(args.names, Path(args.dir))
    if args.no_seed:
        reports = [r for r in reports if r[0] != "seed"]
    out = Path(args.out or tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    extractions = extract_many([txt.read_text(encoding="utf-8") for _, txt, _ in reports])
    rows = []
    for (name, txt, gold), extraction in zip(reports, extractions, strict=True):
        pred = out / f"{name}.pred.json"
        pred.write_text(json.dumps(to_json(extraction), ensure_ascii=False, indent=1), encoding="utf-8")
        cmd = [sys.executable, str(SCORER), str(gold), str(txt), str(pred)]
        result = subprocess.run(cmd + (["--verbose"] if args.verbose else []), capture_output=True, text=True)
        lines = result.stdout.strip().splitlines()
        summary = dict(re.findall(r"(\w+)=([\d.]+)", lines[-1]))
        rows.append((name, [float(summary[f]) for f in FIELDS]))
        if args.verbose:
            print(f"== {name}")
            print("\n".join(lines[:-1]))
        print(f"{name:32} " + " ".join(f"{v:.2f}" for v in rows[-1][1]))
    others = [v for n, v in rows if n != "seed"]
    if others:
        mean = [sum(col) / len(others) for col in zip(*others, strict=True)]
        print(f"{'mean (without seed)':32} " + " ".join(f"{v:.2f}" for v in mean))
    return 0


if __name__ == "__main__":
    sys.exit(main())
