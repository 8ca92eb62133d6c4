from django.contrib import admin

from .models import Reference, Snapshot, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug", "merged_into"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class SnapshotInline(admin.TabularInline):
    model = Snapshot
    extra = 0
    can_delete = False
    fields = ["fetched_at", "ok", "http_status", "sha256", "changed_since_last", "error"]
    readonly_fields = fields
    show_change_link = True


@admin.register(Reference)
class ReferenceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "publisher", "url", "capture_state", "last_archived_at", "link_rot"]
    list_filter = ["kind", "capture_state", "page_changed", "link_rot"]
    search_fields = ["title", "publisher", "url"]
    filter_horizontal = ["claims"]
    readonly_fields = ["capture_attempts", "next_attempt_at", "state_changed_at", "last_archived_at"]
    inlines = [SnapshotInline]


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ["reference", "fetched_at", "ok", "http_status", "size", "changed_since_last"]
    list_filter = ["ok", "changed_since_last"]
    search_fields = ["requested_url", "final_url", "sha256", "title"]

    def has_change_permission(self, request, obj=None):
        return False  # a capture is evidence: it is never edited
