from django.urls import path

# Importing the sources' URLs registers the source_id path converter used here.
import tugan.sources.urls  # noqa: F401
from tugan.intake import views

app_name = "intake"
urlpatterns = [
    path("testimonies/new/", views.testimony_new, name="testimony-new"),
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
    path("testimonies/place-suggestions/", views.place_suggestions, name="place-suggestions"),
]
