from django.urls import path

# Importing these URLs registers the person_id and source_id path converters used here.
import tugan.records.urls  # noqa: F401
import tugan.sources.urls  # noqa: F401
from tugan.intake import views

app_name = "intake"
urlpatterns = [
    path("testimonies/new/", views.testimony_new, name="testimony-new"),
    path("persons/<person_id:public_id>/edit/", views.person_edit, name="person-edit"),
    path(
        "testimonies/<source_id:public_id>/",
        views.testimony_recorded,
        name="testimony-recorded",
    ),
    path(
        "testimonies/<source_id:public_id>/attachments/<str:sha256>/",
        views.testimony_attachment,
        name="testimony-attachment",
    ),
    path("testimonies/person-suggestions/", views.person_suggestions, name="person-suggestions"),
]
