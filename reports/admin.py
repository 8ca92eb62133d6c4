from django.contrib import admin

from core.admin import CheckedModelAdmin

from .models import Report


@admin.register(Report)
class ReportAdmin(CheckedModelAdmin):
    list_display = ["title", "publisher", "published_on", "extraction_state", "imported_at"]
    list_filter = ["extraction_state", "publisher"]
    search_fields = ["title", "publisher", "byline", "url"]
    readonly_fields = ["content_hash", "imported_at", "extracted_at", "body"]
    prepopulated_fields = {"slug": ["title"]}
