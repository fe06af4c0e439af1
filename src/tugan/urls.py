from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="records:person-list"), name="home"),
    path("accounts/", include("tugan.accounts.urls")),
    path("sources/", include("tugan.sources.urls")),
    path("search/", include("tugan.search.urls")),
    path("", include("tugan.records.urls")),
    path("", include("tugan.review.urls")),
    path("", include("tugan.linkage.urls")),
    path("", include("tugan.intake.urls")),
    path("admin/", admin.site.urls),
]
