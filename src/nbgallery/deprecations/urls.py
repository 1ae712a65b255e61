"""Routes of the deprecations app."""

from django.urls import path

from nbgallery.deprecations import views

urlpatterns = [
    path("notebooks/<uuid:uuid>/deprecate/", views.notebook_deprecate, name="notebook_deprecate"),
    path(
        "notebooks/<uuid:uuid>/deprecate/undo/",
        views.notebook_undeprecate,
        name="notebook_undeprecate",
    ),
    path("site-warning/", views.site_warning, name="site_warning"),
]
