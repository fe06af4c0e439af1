from django.urls import path

from tugan.api import views
from tugan.api.api import api

urlpatterns = [
    path("token/", views.api_token, name="api-token"),
    path("", api.urls),
]
