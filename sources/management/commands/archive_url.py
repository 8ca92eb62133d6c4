import json
import sys

from django.core.management.base import BaseCommand

from sources import services
from sources.fetching import FetchError


class Command(BaseCommand):
    help = (
        "Capture one URL now, with the archiver's fetcher, address rules and storage, and print the "
        "snapshot (--json for JSON). Exits non-zero with the reason when the capture fails."
    )

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--json", action="store_true", help="print the snapshot as one line of JSON")

    def handle(self, *args, **options):
        try:
            snapshot = services.capture_url_now(url=options["url"])
        except FetchError as exc:
            self._fail(type(exc).__name__, exc.reason, as_json=options["json"])
            return
        if not snapshot.ok:
            self._fail(snapshot.error_class, snapshot.error, as_json=options["json"])
            return
        storage = snapshot.warc_file.storage
        result = {
            "status": "archived",
            "sha256": snapshot.sha256,
            "final_url": snapshot.final_url,
            "http_status": snapshot.http_status,
            "warc_path": storage.path(snapshot.warc_file.name),
            "title": snapshot.title,
            "fetched_at": snapshot.fetched_at.isoformat(),
            "revisit_of": snapshot.revisit_of_id,
        }
        if options["json"]:
            self.stdout.write(json.dumps(result))
        else:
            self.stdout.write(f"Archived {snapshot.final_url} ({snapshot.sha256}) in {result['warc_path']}.")

    def _fail(self, error: str, reason: str, *, as_json: bool) -> None:
        line = json.dumps({"error": error, "reason": reason}) if as_json else f"Not archived: {reason}"
        self.stdout.write(line)
        sys.exit(1)
