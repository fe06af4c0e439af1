from django.urls import path

# Importing the sources' URLs registers the source_id path converter used here.
import tugan.sources.urls  # noqa: F401
from tugan.review import views

SUGGESTION = "sources/<source_id:public_id>/suggestions/<int:number>"

app_name = "review"
urlpatterns = [
    path("review/", views.pending_sources, name="pending-sources"),
    path("sources/<source_id:public_id>/review/", views.source_review, name="source-review"),
    path(
        "sources/<source_id:public_id>/suggestions/accept-all/",
        views.accept_all_suggestions,
        name="accept-all-suggestions",
    ),
    path(
        "sources/<source_id:public_id>/suggestions/suggest/",
        views.suggest_source_facts,
        name="suggest-source-facts",
    ),
    path(f"{SUGGESTION}/accept/", views.accept_suggestion, name="accept-suggestion"),
    path(f"{SUGGESTION}/reject/", views.reject_suggestion, name="reject-suggestion"),
    path(f"{SUGGESTION}/edit/", views.edit_suggestion, name="edit-suggestion"),
    path(f"{SUGGESTION}/undo/", views.undo_decision, name="undo-decision"),
]
