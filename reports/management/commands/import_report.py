from django.core.management.base import BaseCommand, CommandError

from core.errors import Refused
from reports.services import import_report_file


class Command(BaseCommand):
    help = "Import a news report from a UTF-8 text or HTML file. Importing the same text twice is a no-op."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--title", default="")
        parser.add_argument("--publisher", default="")
        parser.add_argument("--url", default="")
        parser.add_argument("--published", default="", help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--byline", default="")

    def handle(self, *args, path, title, publisher, url, published, byline, **options):
        try:
            result = import_report_file(
                path, title=title, publisher=publisher, url=url, published_on=published or None, byline=byline
            )
        except Refused as exc:  # the file, or a bad --url/--published/--publisher: one line, exit 1
            raise CommandError(f"Refused {path}: {exc}") from None
        report = result.report
        if result.created:
            self.stdout.write(f"Imported report {report.slug!r} ({len(report.body):,} characters).")
        else:
            self.stdout.write(f"Already imported as {report.slug!r}; nothing changed.")
