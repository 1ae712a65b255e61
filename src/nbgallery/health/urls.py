"""Routes of the health app: a notebook's metrics and its code cells."""

from django.urls import path

from nbgallery.health import views

urlpatterns = [
    path("notebooks/<uuid:uuid>/metrics/", views.notebook_metrics, name="notebook_metrics"),
    path(
        "notebooks/<uuid:uuid>/cells/<int:index>/", views.code_cell_detail, name="code_cell_detail"
    ),
]
