from django.urls import path, register_converter

from tugan.public_ids import SourceIdConverter
from tugan.sources import views

register_converter(SourceIdConverter, "source_id")

app_name = "sources"
urlpatterns = [
    path("", views.source_list, name="source-list"),
    path("<source_id:public_id>/", views.source_detail, name="source-detail"),
    path("<source_id:public_id>/history/", views.source_history, name="source-history"),
    path(
        "<source_id:public_id>/history/revert/",
        views.revert_source_change,
        name="revert-source-change",
    ),
]
