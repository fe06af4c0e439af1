from django.urls import path

import tugan.records.urls  # noqa: F401  (registers the person_id path converter)
from tugan.publish import views

app_name = "publish"
urlpatterns = [
    path(
        "persons/<person_id:public_id>/casefile.pdf",
        views.person_casefile,
        name="person-casefile",
    ),
]
