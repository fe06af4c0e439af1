from django.urls import path

from tugan.linkage import views
from tugan.records.urls import PersonIdConverter  # noqa: F401  (registers person_id)

app_name = "linkage"
urlpatterns = [
    path("matches/", views.match_list, name="match-list"),
    path("persons/<person_id:public_id>/merge/", views.merge_person, name="merge-person"),
    path("persons/<person_id:public_id>/unmerge/", views.unmerge_person, name="unmerge-person"),
    path("persons/<person_id:public_id>/distinct/", views.mark_distinct, name="mark-distinct"),
]
