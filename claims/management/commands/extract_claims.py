import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract, to_json
from reports.models import Report
from reports.services import ImportRefused, body_from_text, decode_report_bytes


class Command(BaseCommand):
    help = (
        "Extract claims. `extract_claims PATH --json` prints a text file's claims as JSON; "
        "`extract_claims --report SLUG` stores an imported report's claims (safe to run again)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?")
        parser.add_argument("--json", action="store_true", help="Print the claims of PATH as JSON.")
        parser.add_argument(
            "--report",
            action="append",
            default=[],
            metavar="SLUG",
            help="Store the claims of this imported report (repeatable).",
        )
        parser.add_argument("--all", action="store_true", help="Store the claims of every report.")
        parser.add_argument(
            "--processes", type=int, default=1, help="Parse on this many cores (worth it for many reports)."
        )

    def handle(self, *args, path, json: bool, report, all: bool, processes: int, **options):
        if path:
            return self.print_file(path)
        if not report and not all:
            raise CommandError("Give a PATH (with --json) or --report SLUG or --all.")
        from claims.ingest import store_extractions

        reports = list(Report.objects.all() if all else Report.objects.filter(slug__in=report))
        missing = set(report) - {r.slug for r in reports}
        if missing:
            raise CommandError(f"No report with slug {', '.join(sorted(missing))}.")
        for found, outcome in zip(
            reports, store_extractions(reports=reports, n_process=max(1, processes)), strict=True
        ):
            self.stdout.write(f"{found.slug}: {outcome}")

    def print_file(self, path: str) -> None:
        try:
            with open(path, "rb") as handle:
                text, _ = body_from_text(decode_report_bytes(handle.read()))
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from None
        except ImportRefused as exc:
            raise CommandError(f"Refused {path}: {exc}") from None
        result = to_json(extract(text, model_name=settings.SPACY_MODEL))
        sys.stdout.write(json_dumps(result) + "\n")


def json_dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
