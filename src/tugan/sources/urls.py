from django.urls import path, register_converter

from tugan.sources import views


class SourceIdConverter:
    regex = r"SRC-\d{6,}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(SourceIdConverter, "source_id")

app_name = "sources"
urlpatterns = [
    path("", views.source_list, name="source-list"),
    path("<source_id:public_id>/", views.source_detail, name="source-detail"),
]
