"""Import a batch of reports and extract their claims, with a progress bar, parsing on several processes.

    python manage.py import_reports reports/2026-11/ more.html --processes 4

Files are read as `import_report` reads one (UTF-8 text or HTML; a directory means its .txt, .html and
.htm files). Reports already extracted are not extracted again. spaCy's parsing, most of the time, is
spread over `--processes` worker processes, `--batch` reports at a time. The bars go to stderr; stdout
gets one line with what was done. A refused file is named on stderr with its reason, and the command
then exits 1 after doing everything else.
"""

import os
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from claims.ingest import StoreOutcome, store_extractions
from core.errors import Busy
from reports.models import Report
from reports.services import ImportRefused, import_report_file

SUFFIXES = {".txt", ".html", ".htm"}


def report_files(paths: list[str]) -> list[Path]:
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            found.append(path)
    return found


class Command(BaseCommand):
    help = "Import many report files (or directories of them) and extract their claims on several processes."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A report file, or a directory of them.")
        parser.add_argument(
            "--processes",
            type=int,
            default=max(1, min(4, os.cpu_count() or 1)),
            help="Processes parsing with spaCy (default: the cores, up to 4).",
        )
        parser.add_argument("--batch", type=int, default=50, help="Reports parsed together (default 50).")
        parser.add_argument("--no-extract", action="store_true", help="Import only.")

    def handle(self, *args, paths, processes: int, batch: int, no_extract: bool, **options):
        files = report_files(paths)
        if not files:
            raise CommandError(f"No .txt or .html files in {', '.join(paths)}.")
        started = time.monotonic()
        console = Console(file=self.stderr._out, stderr=True)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=console) as bars:
            reports, refused = self.import_files(files, bars)
            todo = [r for r in reports if r.extraction_state != Report.Extraction.DONE]
            outcomes = [] if no_extract else self.extract(todo, bars, max(1, processes), max(1, batch))
        for path, reason in refused:
            console.print(f"Refused {path}: {reason}", highlight=False, markup=False)
        created, took = sum(o.created for o in outcomes), time.monotonic() - started
        self.stdout.write(
            f"Imported {len(reports)} reports ({len(refused)} refused); extracted {len(outcomes)} "
            f"({created:,} new claims) in {took:.1f} s on {max(1, processes)} processes."
        )
        if refused:
            raise CommandError(f"{len(refused)} of {len(files)} files refused (named above).")

    def import_files(self, files: list[Path], bars: Progress) -> tuple[list[Report], list[tuple[Path, str]]]:
        task = bars.add_task("Importing", total=len(files))
        reports, refused, seen = [], [], set()
        for path in files:
            try:
                report = import_report_file(path).report
                if report.pk not in seen:  # the same text in two files is one report
                    seen.add(report.pk)
                    reports.append(report)
            except ImportRefused as exc:
                refused.append((path, str(exc)))
            bars.advance(task)
        return reports, refused

    def extract(
        self, reports: list[Report], bars: Progress, processes: int, batch: int
    ) -> list[StoreOutcome]:
        task = bars.add_task("Extracting claims", total=len(reports))
        outcomes: list[StoreOutcome] = []
        for first in range(0, len(reports), batch):
            chunk = reports[first : first + batch]

            def parsed(done: int, total: int, before: int = first, size: int = len(chunk)) -> None:
                bars.update(task, completed=before + size * done / max(total, 1))

            try:
                outcomes += store_extractions(reports=chunk, n_process=processes, on_parsed=parsed)
            except Busy as exc:  # someone is extracting one of these now; theirs stores the same claims
                bars.console.print(str(exc), highlight=False, markup=False)
            bars.update(task, completed=first + len(chunk))
        return outcomes
