"""Set up the demo: the seed report, its claims, and three accounts. Safe to run again."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError

from claims.ingest import store_extraction
from reports.services import ImportRefused, import_report_file

SEED_REPORT = Path(settings.BASE_DIR) / "reports" / "fixtures" / "musk-putin-report.txt"
SEED_META = {
    "title": "Elon Musk has been in regular contact with Putin for two years, says report",
    "publisher": "The Guardian",
    "published_on": "2024-10-25",
}
# Development-only accounts; `seed_demo` refuses to run with DEBUG off.
DEMO_ACCOUNTS = [
    ("factchecker", "fact-checkers", "checkthefacts-2024", False),
    ("editor", "editors", "signoff-2024", False),
    ("admin", "editors", "admin-demo-2024", True),
]


class Command(BaseCommand):
    help = "Import the seed report, extract its claims and create demo accounts (development only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("seed_demo creates accounts with known passwords; run it only with DEBUG=1.")
        try:
            result = import_report_file(SEED_REPORT, **SEED_META)
        except ImportRefused as exc:
            raise CommandError(f"Seed report refused: {exc}") from None
        report = result.report
        self.stdout.write(f"Seed report {'imported' if result.created else 'already there'}: {report.slug}")
        self.extract(report)
        self.stdout.write("Demo accounts (development only):")
        for username, group, password, superuser in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
                user.is_staff = user.is_superuser = superuser
                user.save()
            user.groups.add(Group.objects.get(name=group))
            self.stdout.write(
                f"  {username:12} password {password:22} role {group}{' + admin' if superuser else ''}"
            )

    def extract(self, report) -> None:
        if report.extraction_state == report.Extraction.DONE:
            self.stdout.write(f"Claims already extracted: {report.claims.count()}.")
            return
        outcome = store_extraction(report=report)
        self.stdout.write(f"Claims: {outcome}.")
