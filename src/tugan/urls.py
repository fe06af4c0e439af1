from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from tugan.accounts.views import admin_sign_in

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="records:person-list"), name="home"),
    path("accounts/", include("tugan.accounts.urls")),
    path("sources/", include("tugan.sources.urls")),
    path("search/", include("tugan.search.urls")),
    path("", include("tugan.records.urls")),
    path("", include("tugan.review.urls")),
    path("", include("tugan.linkage.urls")),
    # Before the admin's own login view, which has no throttle.
    path("admin/login/", admin_sign_in, name="admin-sign-in"),
    path("", include("tugan.publish.urls")),
    path("", include("tugan.monitor.urls")),
    path("", include("tugan.intake.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("tugan.api.urls")),
]
