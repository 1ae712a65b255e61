"""The environments: ``/environments`` for the clients (protocol G1, G11) and the user's page."""

from django.urls import path

from nbgallery.jupyter.views import environments

urlpatterns = [
    # No slash: the protocol's path, the only one the CORS middleware opens to Jupyter.
    path("environments", environments.environments_endpoint, name="environments"),
    path("environments/", environments.environment_list, name="environment_list"),
    path("environments/new/", environments.environment_create, name="environment_create"),
    path("environments/<int:pk>/edit/", environments.environment_edit, name="environment_edit"),
    path(
        "environments/<int:pk>/default/",
        environments.environment_make_default,
        name="environment_make_default",
    ),
    path(
        "environments/<int:pk>/delete/", environments.environment_delete, name="environment_delete"
    ),
]
