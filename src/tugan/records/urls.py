from django.urls import path, register_converter

from tugan.records import views


class PersonIdConverter:
    regex = r"TG-\d{6,}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(PersonIdConverter, "person_id")

app_name = "records"
urlpatterns = [
    path("persons/", views.person_list, name="person-list"),
    path("persons/<person_id:public_id>/", views.person_detail, name="person-detail"),
]
