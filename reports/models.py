from django.db import models
from django.urls import reverse


class Report(models.Model):
    """A news report as imported: the exact body text, which every claim's offsets point into."""

    class Extraction(models.TextChoices):
        PENDING = "pending", "Waiting for extraction"
        QUEUED = "queued", "Queued for extraction"
        RUNNING = "running", "Extracting claims"
        DONE = "done", "Claims extracted"
        FAILED = "failed", "Extraction failed"

    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=200, unique=True)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published_on = models.DateField(null=True, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="The exact text as imported; claim offsets index into it.")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the body.")
    imported_at = models.DateTimeField(auto_now_add=True)
    extraction_state = models.CharField(max_length=16, choices=Extraction.choices, default=Extraction.PENDING)
    extraction_error = models.TextField(blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    # Progress of the extraction under way, written by the worker as it goes (the desk and the API
    # read it; no result backend is needed, so it works on the filesystem queue too).
    extraction_requested_at = models.DateTimeField(null=True, blank=True)
    extraction_progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done, 0 to 100.")
    extraction_step = models.CharField(max_length=200, blank=True, help_text="What the extraction is doing.")
    extraction_outcome = models.JSONField(
        default=dict, blank=True, help_text="Claims created, updated, kept and removed by the last run."
    )
    furniture_spans = models.JSONField(
        default=list, blank=True, help_text="[start, end] spans of page furniture (captions, share lines)."
    )

    class Meta:
        ordering = ["-imported_at"]
        # The latest reports, offered in the queue's and the dashboard's drop-downs.
        indexes = [models.Index(fields=["-imported_at", "-id"], name="report_latest")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("desk:report", kwargs={"slug": self.slug})

    @property
    def extraction_under_way(self) -> bool:
        return self.extraction_state in (self.Extraction.QUEUED, self.Extraction.RUNNING)
