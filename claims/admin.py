from django.contrib import admin

from .models import Attribution, Claim, ClaimRelation, EvidenceNote, StatusChange


class AttributionInline(admin.TabularInline):
    model = Attribution
    fk_name = "claim"
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "role", "cue", "is_primary", "parent", "verification"]


class HistoryInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    fields = ["at", "actor", "field", "from_value", "to_value", "note", "internal"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "report", "kind", "checkworthiness", "status", "verdict", "assignee"]
    list_filter = ["status", "verdict", "kind", "report"]
    search_fields = ["text", "slug"]
    raw_id_fields = ["duplicate_of", "report"]
    # Workflow fields change only through the desk (services write their history).
    readonly_fields = [
        "status",
        "verdict",
        "verdict_summary",
        "assignee",
        "published_at",
        "version",
        "dismiss_reason",
    ]
    inlines = [AttributionInline, HistoryInline]


@admin.register(Attribution)
class AttributionAdmin(admin.ModelAdmin):
    list_display = ["claim", "source", "role", "is_primary", "verification"]
    list_filter = ["role", "verification", "is_primary"]
    raw_id_fields = ["claim", "parent"]
    autocomplete_fields = ["source"]


@admin.register(EvidenceNote)
class EvidenceNoteAdmin(admin.ModelAdmin):
    list_display = ["claim", "author", "internal", "created_at"]
    raw_id_fields = ["claim"]


@admin.register(ClaimRelation)
class ClaimRelationAdmin(admin.ModelAdmin):
    list_display = ["from_claim", "kind", "to_claim"]
    raw_id_fields = ["from_claim", "to_claim"]


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["claim", "field", "from_value", "to_value", "actor", "at", "internal"]
    list_filter = ["field", "internal"]
    raw_id_fields = ["claim"]

    def has_change_permission(self, request, obj=None):
        return False  # append-only

    def has_delete_permission(self, request, obj=None):
        return False
