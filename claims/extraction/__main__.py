"""`python -m claims.extraction REPORT.txt [--model NAME]`: print the extraction as JSON."""

import argparse
import json
import sys

from .pipeline import DEFAULT_MODEL, extract, to_json


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction", description=__doc__)
    parser.add_argument("path", help="plain-text report, or - for standard input")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model name")
    args = parser.parse_args(argv)
    text = sys.stdin.read() if args.path == "-" else open(args.path, encoding="utf-8").read()
    json.dump(to_json(extract(text, model_name=args.model)), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
