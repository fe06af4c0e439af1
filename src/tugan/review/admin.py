from django.contrib import admin

from tugan.accounts.admin_access import ConfidentialAdmin
from tugan.review.models import Suggestion


@admin.register(Suggestion)
class SuggestionAdmin(ConfidentialAdmin):
    list_display = ["source", "number", "kind", "start", "end", "state", "reviewer"]
    list_filter = ["kind", "state"]
    raw_id_fields = ["source", "reviewer"]
    # Decisions are taken on the review page, where each one creates its facts and is audited.
    readonly_fields = [
        "source", "number", "kind", "start", "end", "state", "reviewer", "reviewed_at",
        "person", "event", "place",
    ]  # fmt: skip

    editable_fields = ()
