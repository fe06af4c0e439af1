from django.contrib import admin

from tugan.accounts.admin_access import ConfidentialAdmin
from tugan.review.models import Suggestion


@admin.register(Suggestion)
class SuggestionAdmin(ConfidentialAdmin):
    list_display = ["source", "kind", "start", "end", "state", "reviewer"]
    list_filter = ["kind", "state"]
    raw_id_fields = ["source", "reviewer"]
