from django.urls import path, register_converter

from tugan.public_ids import PersonIdConverter
from tugan.records import views

register_converter(PersonIdConverter, "person_id")

app_name = "records"
urlpatterns = [
    path("persons/", views.person_list, name="person-list"),
    path("persons/<person_id:public_id>/", views.person_detail, name="person-detail"),
    path("places/suggestions/", views.place_suggestions, name="place-suggestions"),
    path("persons/<person_id:public_id>/history/", views.person_history, name="person-history"),
    path(
        "persons/<person_id:public_id>/history/revert/",
        views.revert_person_change,
        name="revert-person-change",
    ),
]
