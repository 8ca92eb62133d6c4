"""The claim filters, defined once (django-filter) for the queue form, the API and the CSV export.

    q=<words>  report=<slug>  status=<status>  verdict=<verdict|none>  kind=<kind>  source=<slug>
    role=<role> (with source: that source in that role, on one attribution)
    assignee=<username|me|none>  min_score=<0..1>  max_score=<0..1>
    sort=<-checkworthiness|checkworthiness|created|-created|updated|-updated|rank|sent_back>
    duplicates=0 (hide duplicates)  signoff=1 (waiting for sign-off)  age=<0-1|2-7|8+>
    idle=<days> (open claims nobody has changed for that many days: the dashboard's "stuck")

Repeated parameters (status=a&status=b) mean "any of". Values a filter does not know are
refused field by field: the API answers 400 with them, the queue shows them beside the field.
"""

from datetime import timedelta

import django_filters as filters
from django import forms
from django.core.validators import validate_slug
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field

from core.permissions import staff_users

from .models import Attribution, Claim
from .selectors.handoffs import with_send_back
from .selectors.queue import AGE_BUCKETS, DEFAULT_SORT, RANKED_AMONG, SORTS, rank_among_newest, search_claims
from .workflow import OPEN_STATUSES, Status, Verdict

TEXT_MAX = 200
REPORT_CHOICES = 100  # reports offered in the queue's drop-down, newest first
SORT_LABELS = {
    "-checkworthiness": "Most check-worthy first",
    "checkworthiness": "Least check-worthy first",
    "created": "Oldest first",
    "-created": "Newest first",
    "-updated": "Last changed first",
    "updated": "Least recently changed first",
    "reading": "Reading order",
    "rank": "Best match first (with a search)",
    "sent_back": "Sent back first, then most check-worthy",
}


class WholeNumberFilter(filters.NumberFilter):
    field_class = forms.IntegerField


AGE_LABELS = {"0-1": "0–1 days", "2-7": "2–7 days", "8+": "8 days or more"}


class OneOf(forms.SelectMultiple):
    """A single drop-down in the page that still reads repeated parameters (report=a&report=b)."""

    allow_multiple_selected = False


class FreeList(forms.MultipleChoiceField):
    """Repeated values checked for form only (the choices are for the page's drop-down): whether a
    report, source or person exists is the database's answer, and none means no claims."""

    max_length = 200
    check = staticmethod(validate_slug)

    def valid_value(self, value) -> bool:
        return True

    def validate(self, value) -> None:
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        for item in value:
            if len(item) > self.max_length:
                raise forms.ValidationError(f"At most {self.max_length} characters.", code="max_length")
            if item:
                self.check(item)


class Flag(forms.NullBooleanField):
    """true/false, 1/0 or on/off; anything else is refused, an empty value means no filter."""

    widget = forms.TextInput
    WORDS = {
        "true": True,
        "1": True,
        "on": True,
        "yes": True,
        "false": False,
        "0": False,
        "off": False,
        "no": False,
    }

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        found = self.WORDS.get(str(value).strip().lower())
        if found is None:
            raise forms.ValidationError("Use true or false.", code="invalid")
        return found

    def validate(self, value) -> None:
        pass


class FlagFilter(filters.BooleanFilter):
    field_class = Flag


class SlugList(FreeList):
    pass


class UsernameList(FreeList):
    max_length = 150
    check = staticmethod(lambda value: None)


class SlugsFilter(filters.MultipleChoiceFilter):
    field_class = SlugList


class UsernamesFilter(filters.MultipleChoiceFilter):
    field_class = UsernameList


# One value's schema; drf-spectacular makes the repeated parameter an array of these itself.
SLUG_LIST = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$", "maxLength": 200}
SCORE = {"type": "number", "minimum": 0, "maximum": 1}


def _text_field(label: str) -> dict:
    return {"label": label, "max_length": TEXT_MAX, "min_length": 1}


class ClaimFilter(filters.FilterSet):
    """The queue's filters: for the desk's queue and export, and /api/v1/desk/claims/."""

    q = filters.CharFilter(method="filter_q", **_text_field("Search claim text"))
    report = extend_schema_field(SLUG_LIST)(
        SlugsFilter(field_name="report__slug", label="Report", widget=OneOf, help_text="Report slug.")
    )
    status = filters.MultipleChoiceFilter(
        label="Status", choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    verdict = filters.MultipleChoiceFilter(
        label="Verdict",
        choices=[("none", "No verdict yet"), *Verdict.choices],
        method="filter_verdict",
        widget=OneOf,
        help_text='A verdict, or "none" for claims without one.',
    )
    kind = filters.MultipleChoiceFilter(label="Kind", choices=Claim.Kind.choices, widget=OneOf)
    source = extend_schema_field(SLUG_LIST)(
        SlugsFilter(
            label="Source",
            method="filter_who_said",
            widget=OneOf,
            help_text="Source slug: claims attributed to it (in the given role, with role).",
        )
    )
    role = filters.MultipleChoiceFilter(
        label="Role",
        choices=Attribution.Role.choices,
        method="filter_who_said",
        widget=OneOf,
        help_text="How the source is credited: with source, that source in this role.",
    )
    assignee = extend_schema_field({"type": "string", "maxLength": 150})(
        UsernamesFilter(
            label="Assignee", method="filter_assignee", widget=OneOf, help_text='A username, "me" or "none".'
        )
    )
    min_score = extend_schema_field(SCORE)(
        filters.NumberFilter(
            label="Check-worthiness from",
            field_name="checkworthiness",
            lookup_expr="gte",
            min_value=0,
            max_value=1,
        )
    )
    max_score = extend_schema_field(SCORE)(
        filters.NumberFilter(
            label="to", field_name="checkworthiness", lookup_expr="lte", min_value=0, max_value=1
        )
    )
    signoff = FlagFilter(
        label="Waiting for sign-off",
        method="filter_signoff",
        help_text="true: only claims waiting for sign-off.",
    )
    age = filters.ChoiceFilter(
        label="Days waiting",
        choices=list(AGE_LABELS.items()),
        method="filter_age",
        help_text="Days an open claim waits.",
    )
    idle = extend_schema_field({"type": "integer", "minimum": 1, "maximum": 365})(
        WholeNumberFilter(
            label="No change for (days)",
            method="filter_idle",
            min_value=1,
            max_value=365,
            help_text="Open claims nobody has changed for this many days.",
        )
    )
    duplicates = extend_schema_field({"type": "string", "enum": ["0", "1"]})(
        filters.ChoiceFilter(
            label="Duplicates",
            choices=[("0", "Hide duplicates"), ("1", "Show duplicates")],
            method="filter_duplicates",
            help_text="0 hides duplicates.",
        )
    )
    sort = filters.ChoiceFilter(
        label="Sort",
        choices=list(SORT_LABELS.items()),
        method="filter_sort",
        help_text=f"Best match first ranks the {RANKED_AMONG:,} newest matches of a search (all of them"
        " when there are fewer), equals newest first; only those are listed.",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    # How many of the newest matches sort=rank ranks (selectors/queue.py rank_among_newest); None: all.
    ranked_among: int | None = RANKED_AMONG

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, for_page: bool = False):
        super().__init__(
            data, queryset if queryset is not None else Claim.objects.all(), request=request, prefix=prefix
        )
        self.user = getattr(request, "user", None)
        self._matched: QuerySet[Claim] | None = None
        if for_page:
            self._offer_choices()

    def _offer_choices(self) -> None:
        """Fill the page's drop-downs (the API never needs these lists)."""
        from reports.models import Report
        from sources.models import Source

        fields = self.form.fields
        fields["q"].widget.attrs["placeholder"] = "Search claim text"
        # The latest reports, and any chosen in the URL: an archive's thousands would make every
        # page of the queue render thousands of options (a report page links to its own queue).
        chosen = (
            [slug for slug in self.data.getlist("report") if slug] if hasattr(self.data, "getlist") else []
        )
        latest = Report.objects.only("slug", "title").order_by("-imported_at", "-id")
        reports = {r.slug: r for r in latest[:REPORT_CHOICES]}
        reports.update((r.slug, r) for r in latest.filter(slug__in=chosen[:20]).exclude(slug__in=reports))
        fields["report"].choices = [("", "All reports")] + [(r.slug, r.title[:80]) for r in reports.values()]
        people = Source.objects.filter(merged_into__isnull=True).only("slug", "name").order_by("name")
        fields["source"].choices = [("", "Any source")] + [(s.slug, s.name) for s in people]
        fields["assignee"].choices = [("", "Anyone"), ("me", "Mine"), ("none", "Unassigned")] + [
            (u.username, u.get_username()) for u in staff_users()
        ]
        for name in ("verdict", "kind", "role"):
            fields[name].choices = [("", "Any"), *fields[name].choices]

    def filter_queryset(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        # Blank choices from the page's "Any" options mean no filter.
        data = self.form.cleaned_data
        for name, value in list(data.items()):
            if isinstance(value, list):
                data[name] = [v for v in value if v not in ("", None)]
        queryset = super().filter_queryset(queryset)
        if not data.get("sort"):
            queryset = self.filter_sort(queryset, "sort", DEFAULT_SORT)
        return queryset

    def filter_q(self, queryset, name, value):
        return search_claims(queryset, value)

    def filter_verdict(self, queryset, name, value):
        wanted = Q(verdict__in=[v for v in value if v != "none"])
        if "none" in value:
            wanted |= Q(verdict="")
        return queryset.filter(wanted)

    def filter_who_said(self, queryset, name, value):
        """Source and role together: one attribution with that source in that role (not a claim
        where one source said it and another denied it). Runs once for both parameters."""
        data = self.form.cleaned_data
        sources, roles = data.get("source") or [], data.get("role") or []
        if name == "role" and sources:
            return queryset  # already applied with the source
        attributions = Attribution.objects.filter(claim=OuterRef("pk"))
        if sources:
            attributions = attributions.filter(source__slug__in=sources)
        if roles:
            attributions = attributions.filter(role__in=roles)
        return queryset.filter(Exists(attributions))

    def filter_assignee(self, queryset, name, value):
        wanted = Q(pk__in=[])
        for who in value:
            if who == "none":
                wanted |= Q(assignee__isnull=True)
            elif who == "me" and self.user is not None and self.user.is_authenticated:
                wanted |= Q(assignee=self.user)
            elif who != "me":
                wanted |= Q(assignee__username=who)
        return queryset.filter(wanted)

    def filter_signoff(self, queryset, name, value):
        return queryset.filter(status=Status.NEEDS_SIGNOFF) if value else queryset

    def filter_age(self, queryset, name, value):
        lo, hi = AGE_BUCKETS[value]
        now = timezone.now()
        queryset = queryset.filter(status__in=OPEN_STATUSES, created_at__lte=now - timedelta(days=lo))
        return queryset.filter(created_at__gt=now - timedelta(days=hi + 1)) if hi is not None else queryset

    def filter_idle(self, queryset, name, value):
        before = timezone.now() - timedelta(days=int(value))
        return queryset.filter(status__in=OPEN_STATUSES, updated_at__lt=before)

    def filter_duplicates(self, queryset, name, value):
        return queryset.filter(duplicate_of__isnull=True) if value == "0" else queryset

    @property
    def matched(self) -> QuerySet[Claim]:
        """Every claim the filters select, before sort=rank keeps its newest candidates: what the
        queue counts, so it can say the ranking left some out (`ranking_bounded`)."""
        rows = self.qs
        return rows if self._matched is None else self._matched

    @property
    def ranking_bounded(self) -> bool:
        return self._matched is not None

    def filter_sort(self, queryset, name, value):
        if value == "rank":
            if "search_rank" in queryset.query.annotations:
                if self.ranked_among is not None:
                    self._matched = queryset
                return rank_among_newest(queryset, self.ranked_among)
            value = DEFAULT_SORT
        if value == "sent_back":
            queryset = with_send_back(queryset)
        return queryset.order_by(*SORTS.get(value, SORTS[DEFAULT_SORT]))


def filter_claims(params, *, user=None, base: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
    """The claims these parameters select (unknown values are dropped, as the queue page does)."""
    request = type("FilterRequest", (), {"user": user})()
    return ClaimFilter(params, queryset=base, request=request).qs


PUBLIC_SORTS = {
    "-published": ("-published_at", "-id"),
    "published": ("published_at", "id"),
    "-checkworthiness": ("-checkworthiness", "-published_at", "-id"),
    "checkworthiness": ("checkworthiness", "-published_at", "-id"),
}


class PublishedClaimFilter(filters.FilterSet):
    """Filters of the public claim list: on what readers see (the published version), never the desk's
    working copy."""

    report = extend_schema_field(SLUG_LIST)(SlugsFilter(field_name="report__slug", help_text="Report slug."))
    source = extend_schema_field(SLUG_LIST)(
        SlugsFilter(
            field_name="public_version__sources__slug",
            distinct=True,
            help_text="Source slug: claims attributed to it.",
        )
    )
    verdict = filters.MultipleChoiceFilter(field_name="public_version__verdict", choices=Verdict.choices)
    kind = filters.MultipleChoiceFilter(choices=Claim.Kind.choices)
    q = filters.CharFilter(method="filter_q", help_text="Words in the claim text.", max_length=TEXT_MAX)
    sort = filters.ChoiceFilter(
        choices=[(key, key) for key in PUBLIC_SORTS],
        method="filter_sort",
        help_text="Newest published first by default.",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("sort"):
            queryset = queryset.order_by(*PUBLIC_SORTS["-published"])
        return queryset

    def filter_q(self, queryset, name, value):
        for word in value.split():
            queryset = queryset.filter(public_version__text__icontains=word)
        return queryset

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*PUBLIC_SORTS[value])
