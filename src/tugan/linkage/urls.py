from django.urls import path

import tugan.records.urls  # noqa: F401  (registers the person_id converter)
from tugan.linkage import views

app_name = "linkage"
urlpatterns = [
    path("matches/", views.match_list, name="match-list"),
    path("persons/<person_id:public_id>/merge/", views.merge_person, name="merge-person"),
    path("persons/<person_id:public_id>/unmerge/", views.unmerge_person, name="unmerge-person"),
    path("persons/<person_id:public_id>/distinct/", views.mark_distinct, name="mark-distinct"),
]
