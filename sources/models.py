import os
import uuid
from pathlib import Path

from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import models


class Source(models.Model):
    """A person or body a claim is attributed to, one row per real-world entity."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        NEWS_ORG = "news_org", "News organisation"
        GOVERNMENT = "government", "Government body"
        COMPANY = "company", "Company"
        GROUP = "group", "Anonymous group"
        OTHER = "other", "Other"

    name = models.CharField(max_length=300, help_text="Canonical name.")
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names used for this source.")
    description = models.CharField(max_length=500, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_sources"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Reference(models.Model):
    """A document a report cites: an article, a book, a post, a statement or a filing."""

    class Kind(models.TextChoices):
        ARTICLE = "article", "News article"
        BOOK = "book", "Book"
        SOCIAL = "social", "Social media post"
        STATEMENT = "statement", "Official statement"
        FILING = "filing", "Court or government filing"
        OTHER = "other", "Other"

    class Capture(models.TextChoices):
        NO_URL = "no_url", "No URL yet"
        QUEUED = "queued", "Queued"
        FETCHING = "fetching", "Fetching"
        ARCHIVED = "archived", "Archived"
        RETRYING = "retrying", "Retrying"
        FAILED = "failed", "Failed"

    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    publisher = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    cue = models.CharField(max_length=300, blank=True, help_text="The words in the report that cite it.")
    claims = models.ManyToManyField("claims.Claim", related_name="references", blank=True)
    # Capture state, kept on the reference so every list can show it without a join.
    capture_state = models.CharField(max_length=16, choices=Capture.choices, default=Capture.NO_URL)
    capture_attempts = models.PositiveIntegerField(default=0)
    capture_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The capture asked for last: a task carrying another id was superseded and does nothing.
    capture_task_id = models.CharField(max_length=255, blank=True)
    # When that capture's message reached the broker; empty while it has not (broker down): the
    # sweeper sends those within a minute or two, and leaves sent ones to the workers.
    capture_sent_at = models.DateTimeField(null=True, blank=True)
    state_changed_at = models.DateTimeField(null=True, blank=True)
    last_archived_at = models.DateTimeField(null=True, blank=True)
    page_changed = models.BooleanField(default=False, help_text="Last capture differs from the one before.")
    link_rot = models.BooleanField(default=False, help_text="Fails now after an earlier success.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        indexes = [
            # The few references that may be in trouble (the dashboard's figures): failed, failing,
            # possibly stuck (queued, fetching), changed or rotted; an archive's captured ones are not.
            models.Index(
                fields=["id"],
                condition=models.Q(capture_state__in=["queued", "fetching", "retrying", "failed"])
                | models.Q(page_changed=True)
                | models.Q(link_rot=True),
                name="reference_maybe_trouble",
            )
        ]

    def __str__(self) -> str:
        return self.title


class _ArchiveStorage(Storage):
    """STORAGES["archive"], looked up on every use rather than once at import.

    A FileField calls its storage callable once, when the model class is built; going through
    this stand-in keeps the configured backend authoritative (settings overrides included).
    """

    def __getattribute__(self, name):
        return getattr(storages["archive"], name)


_archive_storage = _ArchiveStorage()


def archive_storage() -> Storage:
    return _archive_storage


class AtomicFileSystemStorage(FileSystemStorage):
    """A file appears whole or not at all: written under a temporary name, then linked into place.

    A worker killed mid-write leaves only a `.partial-*` file, which `remove_orphan_warcs` clears.
    """

    def _save(self, name, content):
        full_path = Path(self.path(name))
        full_path.parent.mkdir(parents=True, exist_ok=True)
        partial = full_path.with_name(f".partial-{uuid.uuid4().hex}-{full_path.name}")
        try:
            with open(partial, "xb") as out:
                for chunk in content.chunks():
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.link(partial, full_path)  # fails if the name exists: never overwrite a capture
        finally:
            partial.unlink(missing_ok=True)
        return str(name).replace("\\", "/")


def warc_upload_to(instance: "Snapshot", filename: str) -> str:
    # The first layout: one file per payload hash. Captures now get a file each (capture_warc_name).
    return f"warc/{filename[:2]}/{filename}"


def capture_warc_name(at) -> str:
    """A new capture's own WARC: by day (so orphans are found without a full scan), never reused."""
    return f"warc/{at:%Y/%m/%d}/{uuid.uuid4().hex}.warc.gz"


class Snapshot(models.Model):
    """One archived capture of a reference: a WARC file plus what was read out of it."""

    reference = models.ForeignKey(Reference, on_delete=models.CASCADE, related_name="snapshots")
    requested_url = models.URLField(max_length=2000)
    final_url = models.URLField(max_length=2000, blank=True)
    redirect_chain = models.JSONField(default=list, blank=True)
    http_status = models.PositiveIntegerField(null=True, blank=True)
    response_headers = models.JSONField(default=dict, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    warc_sha256 = models.CharField(max_length=64, blank=True)
    warc_file = models.FileField(
        upload_to=warc_upload_to, storage=archive_storage, max_length=300, blank=True
    )
    # The final page's WARC record (response, or revisit), so a later capture can refer to it.
    warc_record_id = models.CharField(max_length=100, blank=True)
    warc_date = models.CharField(max_length=40, blank=True)
    # Set when the payload was unchanged: this capture's WARC holds a revisit record, and the
    # payload stays in that capture's WARC (stored once).
    revisit_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.RESTRICT, related_name="revisits"
    )
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField(blank=True)
    text_note = models.CharField(max_length=300, blank=True, help_text="Why there is no text, in words.")
    fetched_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    ok = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    error_class = models.CharField(max_length=100, blank=True)
    changed_since_last = models.BooleanField(default=False)
    task_id = models.CharField(max_length=255, blank=True, help_text="Celery task that made it.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        get_latest_by = "created_at"
        constraints = [
            # Idempotence: one capture per task run, however often the task is delivered.
            models.UniqueConstraint(
                fields=["reference", "task_id"], condition=~models.Q(task_id=""), name="one_snapshot_per_task"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reference} @ {self.fetched_at or self.created_at:%Y-%m-%d %H:%M}"
