"""Every route, one include() per app, then whatever the plugins add."""

from django.contrib import admin
from django.urls import include, path

from nbgallery import plugins, views
from nbgallery.api import api
from nbgallery.notebooks.views import listings

urlpatterns = [
    path("", listings.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    path("_allauth/", include("allauth.headless.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("nbgallery.accounts.urls")),
    path("", include("nbgallery.search.urls")),
    path("", include("nbgallery.jupyter.urls")),
    path("", include("nbgallery.jupyter.environment_urls")),
    path("", include("nbgallery.diffs.urls")),
    path("", include("nbgallery.changes.urls")),
    path("", include("nbgallery.social.urls")),
    path("", include("nbgallery.deprecations.urls")),
    path("", include("nbgallery.notifications.urls")),
    path("", include("nbgallery.health.urls")),
    path("", include("nbgallery.reviews.urls")),
    path("", include("nbgallery.recommendations.urls")),
    path("", include("nbgallery.dashboards.urls")),
    path("", include("nbgallery.notebooks.urls")),
    path("", include("nbgallery.notebooks.landing_urls")),
    *plugins.flatten(plugins.hook().nbgallery_urlpatterns()),
]

handler400 = "nbgallery.views.bad_request"
handler403 = "nbgallery.views.permission_denied"
handler404 = "nbgallery.views.page_not_found"
handler500 = "nbgallery.views.server_error"
