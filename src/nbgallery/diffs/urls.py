"""Routes of the diffs app (included before the notebooks app's, so "compare"
is never taken for a commit id)."""

from django.urls import path

from nbgallery.diffs import views

urlpatterns = [
    path(
        "notebooks/<uuid:uuid>/revisions/compare/",
        views.revision_compare,
        name="revision_compare",
    ),
]
