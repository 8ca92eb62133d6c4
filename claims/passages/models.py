"""Passages found in captures, and the evidence behind an attribution's verification."""

from django.conf import settings
from django.db import models


class PassageSearch(models.Model):
    """The passages of one capture that best match one claim, ranked by the engine.

    Kept per (claim, capture); the hashes say what it was computed from, so a changed claim
    text, a re-read capture or a new engine makes it stale, and an identical pair elsewhere
    (the same claim text on the same page text) is copied instead of ranked again.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="passage_searches")
    snapshot = models.ForeignKey(
        "sources.Snapshot", on_delete=models.CASCADE, related_name="passage_searches"
    )
    claim_text_sha = models.CharField(max_length=64, db_index=True)
    text_sha = models.CharField(max_length=64, db_index=True, help_text="SHA-256 of the capture's text.")
    engine = models.CharField(max_length=16)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "snapshot"], name="one_search_per_claim_capture")
        ]
        indexes = [models.Index(fields=["claim_text_sha", "text_sha", "engine"])]

    def __str__(self) -> str:
        return f"claim {self.claim_id} in capture {self.snapshot_id}"


class Passage(models.Model):
    """One ranked passage: offsets into the capture's text, its score and an agreement hint."""

    class Flag(models.TextChoices):
        NONE = "", "—"
        DIFFERS = "differs", "Figures or dates differ"
        CONTRADICTS = "contradicts", "May contradict the claim"

    search = models.ForeignKey(PassageSearch, on_delete=models.CASCADE, related_name="passages")
    rank = models.PositiveSmallIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    score = models.FloatField()
    flag = models.CharField(max_length=16, choices=Flag.choices, blank=True)
    reason = models.CharField(max_length=500, blank=True, help_text="The hint in words.")
    changed = models.BooleanField(
        default=False, help_text="These words were not in the capture before: the page changed here."
    )

    class Meta:
        ordering = ["search", "rank"]

    def __str__(self) -> str:
        return f"#{self.rank} {self.start}–{self.end}"

    @property
    def quote(self) -> str:
        return self.search.snapshot.text[self.start : self.end]


class AttributionEvidence(models.Model):
    """Why an attribution is confirmed (the passage that says it) or misattributed (in words)."""

    attribution = models.OneToOneField(
        "claims.Attribution", on_delete=models.CASCADE, related_name="evidence"
    )
    verification = models.CharField(max_length=16)  # Attribution.Verification, as it was recorded
    snapshot = models.ForeignKey(
        "sources.Snapshot", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField(blank=True, help_text="The passage as it was in the capture.")
    reason = models.TextField(blank=True, help_text="Why it is misattributed.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)
    needs_second_look = models.BooleanField(default=False)
    second_look_reason = models.CharField(max_length=500, blank=True)

    def __str__(self) -> str:
        return f"{self.verification}: {self.quote[:60] or self.reason[:60]}"
