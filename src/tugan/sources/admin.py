from django.contrib import admin
from django.db import models

from tugan.accounts.admin_access import ConfidentialAdmin
from tugan.sources.models import Source


@admin.register(Source)
class SourceAdmin(ConfidentialAdmin):
    list_display = [
        "public_id",
        "title",
        "publisher",
        "published",
        "confidentiality",
        "is_published",
    ]
    list_filter = ["kind", "publisher", "confidentiality", "is_published", "reliability"]
    search_fields = ["public_id", "title", "url"]
    readonly_fields = [
        "public_id",
        "sha256",
        "raw_size",
        "raw_format",
        "original_name",
        "retrieved",
        "text",
    ]
    fields = [
        "public_id",
        "kind",
        "title",
        "url",
        "publisher",
        "published",
        "language",
        "reliability",
        "confidentiality",
        "is_published",
        "near_duplicate_of",
        "shared_with",
        "sha256",
        "raw_size",
        "raw_format",
        "original_name",
        "retrieved",
        "text",
    ]
    raw_id_fields = ["near_duplicate_of"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
