from django.contrib import admin, messages

from core.admin import CheckedModelAdmin

from . import services
from .models import Reference, Snapshot, Source


@admin.register(Source)
class SourceAdmin(CheckedModelAdmin):
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

    def has_add_permission(self, request, obj=None):
        return False  # captures come from the archiver only


class ReferenceAdminBase(CheckedModelAdmin):
    """Registered by claims/admin.py, which knows how a changed URL is noted on the citing claims."""

    list_display = ["title", "kind", "publisher", "url", "capture_state", "last_archived_at", "link_rot"]
    list_filter = ["kind", "capture_state", "page_changed", "link_rot"]
    search_fields = ["title", "publisher", "url"]
    # Which claims cite a reference is decided on the claim desk (with history), not here.
    exclude = ["claims"]
    # Capture state belongs to the archiver; a changed URL goes through the service, which queues a capture.
    readonly_fields = [
        "capture_state",
        "capture_attempts",
        "capture_error",
        "capture_task_id",
        "next_attempt_at",
        "state_changed_at",
        "last_archived_at",
        "page_changed",
        "link_rot",
    ]
    inlines = [SnapshotInline]
    actions = ["capture_now"]

    def change_url(self, request, reference: Reference, url: str) -> None:
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        new_url = obj.url
        if change and "url" in form.changed_data:
            obj.url = form.initial.get("url", "")
            super().save_model(request, obj, form, change)
            self.change_url(request, obj, new_url)
            return
        super().save_model(request, obj, form, change)
        if not change and obj.url:
            services.queue_capture(reference=obj, actor=request.user)

    @admin.action(description="Capture now")
    def capture_now(self, request, queryset):
        queued = 0
        for reference in queryset.exclude(url=""):
            services.queue_capture(reference=reference, actor=request.user)
            queued += 1
        self.message_user(request, f"{queued} capture(s) queued.", messages.SUCCESS)


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ["reference", "fetched_at", "ok", "http_status", "size", "changed_since_last"]
    list_filter = ["ok", "changed_since_last"]
    search_fields = ["requested_url", "final_url", "sha256", "title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # a capture is evidence: it is never edited
