from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .workflow import VERDICT_RATING, DismissReason, Status, Verdict


class Claim(models.Model):
    """One atomic, check-worthy statement taken from a report, and its verification."""

    class Kind(models.TextChoices):
        FACT = "fact", "Statement of fact"
        QUOTE = "quote", "Quote"
        OPINION = "opinion", "Opinion"
        PREDICTION = "prediction", "Prediction"

    report = models.ForeignKey("reports.Report", on_delete=models.CASCADE, related_name="claims")
    text = models.TextField()
    extracted_text = models.TextField(blank=True, help_text="The text as the extractor wrote it.")
    start = models.PositiveIntegerField(help_text="Offset of the passage in the report body.")
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.FACT)
    checkworthiness = models.FloatField(default=0.5)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.UNREVIEWED)
    dismiss_reason = models.CharField(max_length=20, choices=DismissReason.choices, blank=True)
    verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    verdict_summary = models.TextField(blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    public_version = models.ForeignKey(
        "PublishedVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="current_for",
        help_text="What readers see: the version an editor published last. None when not public.",
    )
    update_pending = models.BooleanField(
        default=False, help_text="Published, with changes not yet published by an editor."
    )
    slug = models.SlugField(max_length=120, unique=True)
    version = models.PositiveIntegerField(default=1, help_text="Optimistic lock: bumped on every save.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["report", "start", "id"]
        permissions = [
            ("publish_claim", "Can publish, send back and correct claims"),
            ("reopen_claim", "Can reopen and unpublish claims"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")), name="claim_span_ordered"),
            models.CheckConstraint(
                condition=models.Q(checkworthiness__gte=0) & models.Q(checkworthiness__lte=1),
                name="claim_checkworthiness_0_1",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-checkworthiness"]),
            # The dashboard's "stuck": open claims by status with no change since a date.
            models.Index(fields=["status", "updated_at"], name="claim_status_updated"),
            # The backlog: open claims that are not duplicates, by age (and the oldest of them).
            models.Index(
                fields=["created_at", "id"],
                condition=models.Q(status__in=["unreviewed", "in_progress", "needs_signoff"])
                & models.Q(duplicate_of__isnull=True),
                name="claim_backlog_created",
            ),
            # One per queue sort (claims/selectors/queue.py SORTS), in its exact order and directions.
            models.Index(fields=["-checkworthiness", "report", "start"], name="claim_sort_cw_desc"),
            models.Index(fields=["checkworthiness", "report", "start"], name="claim_sort_cw_asc"),
            models.Index(fields=["created_at", "id"], name="claim_sort_created"),
            models.Index(fields=["updated_at", "id"], name="claim_sort_updated"),
            models.Index(fields=["report", "start", "id"], name="claim_sort_reading"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("desk:claim", kwargs={"pk": self.pk})

    def get_public_url(self) -> str:
        return reverse("public:claim", kwargs={"slug": self.slug})

    @property
    def passage(self) -> str:
        return self.report.body[self.start : self.end]

    @property
    def rating_value(self) -> int | None:
        return VERDICT_RATING.get(self.verdict)

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


class Attribution(models.Model):
    """Claim <-> source: who the report says the claim comes from, and how."""

    class Role(models.TextChoices):
        REPORTED = "reported", "Reported"
        SAID = "said", "Said"
        CLAIMED = "claimed", "Claimed"
        DENIED = "denied", "Denied"
        ACCUSED = "accused", "Accused"
        CITED = "cited", "Cited"
        QUOTED = "quoted", "Quoted"

    class Verification(models.TextChoices):
        UNCONFIRMED = "unconfirmed", "Unconfirmed"
        CONFIRMED = "confirmed", "Confirmed by a reference"
        MISATTRIBUTED = "misattributed", "Misattributed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="attributions")
    source = models.ForeignKey("sources.Source", on_delete=models.PROTECT, related_name="attributions")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.SAID)
    cue = models.CharField(max_length=200, blank=True, help_text="The words that attribute it.")
    is_primary = models.BooleanField(default=False)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        help_text="The attribution this one is nested in (a paper citing officials).",
    )
    verification = models.CharField(
        max_length=16, choices=Verification.choices, default=Verification.UNCONFIRMED
    )
    edited = models.BooleanField(default=False, help_text="Changed by a person; extraction leaves it alone.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim", "-is_primary", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "source", "role"], name="one_attribution_per_role"),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.get_role_display().lower()}"


class EvidenceNote(models.Model):
    """Evidence for a verdict (public once published) or an internal note (never public)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    text = models.TextField()
    internal = models.BooleanField(default=True, help_text="Internal notes never appear on public pages.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text[:60]


class ClaimRelation(models.Model):
    """One claim related to another: supports, contradicts, corroborates, duplicates or was checked before.

    Extraction proposes relations (`origin=extraction`, `reviewed=False`): the claim graph inside a
    report (a denial contradicts what it denies) and "seen before" matches against claims already
    in the database. A fact-checker confirms a suggestion (reviewed) or removes it.
    """

    class Kind(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        CONTRADICTS = "contradicts", "Contradicts"
        CORROBORATES = "corroborates", "Says the same as"
        DUPLICATE_OF = "duplicate_of", "Duplicate of"
        SEEN_BEFORE = "seen_before", "Checked before as"

    class Origin(models.TextChoices):
        PERSON = "person", "Added by a person"
        EXTRACTION = "extraction", "Suggested by extraction"

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="related_from")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    origin = models.CharField(max_length=16, choices=Origin.choices, default=Origin.PERSON)
    reviewed = models.BooleanField(
        default=True, help_text="False for a suggestion nobody has confirmed or removed yet."
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["from_claim", "to_claim", "kind"], name="one_relation_per_kind"),
            models.CheckConstraint(
                condition=~models.Q(from_claim=models.F("to_claim")), name="no_self_relation"
            ),
        ]
        indexes = [models.Index(fields=["kind", "reviewed"])]

    def __str__(self) -> str:
        return f"{self.from_claim_id} {self.get_kind_display().lower()} {self.to_claim_id}"

    @property
    def is_suggestion(self) -> bool:
        return self.origin == self.Origin.EXTRACTION and not self.reviewed


class ClaimKey(models.Model):
    """Cheap keys of a claim's text (names, numbers), so "seen before" finds candidates by index
    before it parses any of them."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=80, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "key"], name="one_claim_key")]

    def __str__(self) -> str:
        return f"{self.claim_id}:{self.key}"


class StatusChange(models.Model):
    """Append-only history: every status, verdict, assignment and edit of a claim."""

    class Field(models.TextChoices):
        STATUS = "status", "Status"
        VERDICT = "verdict", "Verdict"
        ASSIGNEE = "assignee", "Assignee"
        TEXT = "text", "Claim text"
        ATTRIBUTION = "attribution", "Attribution"
        EVIDENCE = "evidence", "Evidence"
        NOTE = "note", "Internal note"
        REFERENCE = "reference", "Reference"
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"
        RELATION = "relation", "Related claim"
        CHECKLIST = "checklist", "Publishing checklist"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="history")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    field = models.CharField(max_length=16, choices=Field.choices)
    from_value = models.TextField(blank=True)
    to_value = models.TextField(blank=True)
    note = models.TextField(blank=True)
    internal = models.BooleanField(
        default=True, help_text="Public entries (publication, corrections) appear on the reader's page."
    )

    class Meta:
        ordering = ["at", "id"]
        get_latest_by = "at"
        indexes = [
            # The dashboard's throughput reads verdicts inside a window of weeks, and each claim's
            # first entry by a person: both by index, whatever the length of the history.
            models.Index(fields=["field", "at"], name="history_field_at"),
            models.Index(fields=["claim", "at"], name="history_claim_at"),
        ]

    def __str__(self) -> str:
        return f"{self.field}: {self.from_value} → {self.to_value}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("History is append-only; a StatusChange cannot be edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("History is append-only; a StatusChange cannot be deleted.")


class PublishedVersion(models.Model):
    """What readers see of a claim, frozen when an editor publishes it.

    The claim itself is the newsroom's working copy; readers' pages, the public API, the feed and
    ClaimReview read only the claim's current version. A change to a published claim therefore
    reaches readers only when an editor publishes a new version, as a dated, public correction
    or update with its reason. Versions are append-only.
    """

    class Kind(models.TextChoices):
        FIRST = "first", "Published"
        REPUBLISHED = "republished", "Republished"
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="published_versions")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.FIRST)
    reason = models.TextField(blank=True, help_text="Shown to readers with the date.")
    published_at = models.DateTimeField(default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The fact-checker credited: who set the verdict readers see (or sent it for sign-off).",
    )
    text = models.TextField()
    verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    verdict_summary = models.TextField(blank=True)
    content = models.JSONField(
        default=dict, blank=True, help_text="Attributions, public evidence and references as published."
    )
    # For filtering and access checks: who it is attributed to and which documents readers may open.
    sources = models.ManyToManyField("sources.Source", blank=True, related_name="published_versions")
    references = models.ManyToManyField("sources.Reference", blank=True, related_name="published_versions")

    class Meta:
        ordering = ["claim", "number"]
        get_latest_by = "number"
        constraints = [
            models.UniqueConstraint(fields=["claim", "number"], name="one_published_version_number"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} v{self.number} ({self.get_kind_display().lower()})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A published version is what readers saw; it cannot be edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("A published version is what readers saw; it cannot be deleted.")

    @property
    def rating_value(self) -> int | None:
        return VERDICT_RATING.get(self.verdict)


class Byline(models.Model):
    """How readers see a person credited: "Checked by …, edited by …".

    One per user, optional. A blank name falls back to the person's full name, and without one
    to the desk's name, so a login name never reaches a reader's page. A desk name ("The
    ClaimCheck desk") may stand in for a person who would rather not be named.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="byline")
    name = models.CharField(
        max_length=120,
        blank=True,
        help_text="Shown to readers: your name as you want it credited, or a desk name such as "
        "“The ClaimCheck desk”.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.name or str(self.user)


class InboxVisit(models.Model):
    """When a person last opened their desk inbox: what happened since is new to them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inbox_visit"
    )
    seen_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.user} saw the inbox at {self.seen_at:%Y-%m-%d %H:%M}"
