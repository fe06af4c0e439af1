from django.contrib.auth import views as auth_views
from django.urls import path

from tugan.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("language/", views.choose_language, name="choose-language"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("second-factor/", views.second_factor, name="second-factor"),
    path("second-factor/setup/", views.second_factor_setup, name="second-factor-setup"),
    path("second-factor/verify/", views.second_factor_verify, name="second-factor-verify"),
    path("second-factor/recovery-codes/", views.recovery_codes, name="recovery-codes"),
]
