"""The admin for claims: a window on the data, never a way around the workflow.

Workflow and reader-visible fields are read-only here. The one edit the admin offers, a claim's
text, goes through `claims.services.edit_text` with the version the form was loaded at, so it
writes history, bumps the version and is refused (with a message) if someone saved first; on a
published claim it waits for an editor's update like any other change. Attributions, notes and
relations are changed on the claim desk.
"""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect

from core.errors import NotAllowed, Refused, StaleVersion
from sources.admin import ReferenceAdminBase
from sources.models import Reference

from . import services
from .models import Attribution, Byline, Claim, ClaimRelation, EvidenceNote, PublishedVersion, StatusChange


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AttributionInline(ReadOnlyInline):
    model = Attribution
    fk_name = "claim"
    fields = ["source", "role", "cue", "is_primary", "parent", "verification"]
    readonly_fields = fields


class HistoryInline(ReadOnlyInline):
    model = StatusChange
    fields = ["at", "actor", "field", "from_value", "to_value", "note", "internal"]
    readonly_fields = fields


class ClaimAdminForm(forms.ModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimAdminForm
    list_display = ["text", "report", "kind", "checkworthiness", "status", "verdict", "assignee"]
    list_filter = ["status", "verdict", "kind", "report"]
    search_fields = ["text", "slug"]
    fields = ["text", "loaded_version", *[f for f in (
        "report", "slug", "kind", "checkworthiness", "status", "verdict", "verdict_summary", "assignee",
        "published_at", "public_version", "update_pending", "version", "dismiss_reason", "duplicate_of",
    )]]  # fmt: skip
    readonly_fields = fields[2:]
    inlines = [AttributionInline, HistoryInline]

    def has_add_permission(self, request):
        return False  # claims come from extraction, and are worked on at the desk

    def has_delete_permission(self, request, obj=None):
        return False  # a claim with history is a record; dismiss it on the desk instead

    def save_model(self, request, obj, form, change):
        try:
            services.edit_text(
                claim=obj,
                text=form.cleaned_data["text"],
                actor=request.user,
                expected_version=form.cleaned_data.get("loaded_version"),
            )
        except (Refused, NotAllowed, StaleVersion) as exc:
            request._claim_refused = str(exc)

    def log_change(self, request, obj, message):
        if not getattr(request, "_claim_refused", None):
            super().log_change(request, obj, message)

    def response_change(self, request, obj):
        refused = getattr(request, "_claim_refused", None)
        if refused:
            self.message_user(request, f"Nothing was saved: {refused}", messages.ERROR)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Attribution)
class AttributionAdmin(ReadOnlyAdmin):
    list_display = ["claim", "source", "role", "is_primary", "verification"]
    list_filter = ["role", "verification", "is_primary"]


@admin.register(EvidenceNote)
class EvidenceNoteAdmin(ReadOnlyAdmin):
    list_display = ["claim", "author", "internal", "created_at"]


@admin.register(ClaimRelation)
class ClaimRelationAdmin(ReadOnlyAdmin):
    list_display = ["from_claim", "kind", "to_claim"]


@admin.register(StatusChange)
class StatusChangeAdmin(ReadOnlyAdmin):
    list_display = ["claim", "field", "from_value", "to_value", "actor", "at", "internal"]
    list_filter = ["field", "internal"]


@admin.register(PublishedVersion)
class PublishedVersionAdmin(ReadOnlyAdmin):
    list_display = ["claim", "number", "kind", "verdict", "published_at", "checked_by", "published_by"]
    list_filter = ["kind", "verdict"]


@admin.register(Byline)
class BylineAdmin(admin.ModelAdmin):
    """How each person is credited on readers' pages (a name, or a desk name instead of a person)."""

    list_display = ["user", "name", "updated_at"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "name"]
    autocomplete_fields = ["user"]


@admin.register(Reference)
class ReferenceAdmin(ReferenceAdminBase):
    """References: a changed URL goes through the claims service, which notes it on every claim
    that cites it and queues a capture."""

    def change_url(self, request, reference, url):
        services.update_reference_url(reference=reference, url=url, actor=request.user)
