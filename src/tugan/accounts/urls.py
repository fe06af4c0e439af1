from django.contrib.auth import views as auth_views
from django.urls import path

from tugan.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("language/", views.choose_language, name="choose-language"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
