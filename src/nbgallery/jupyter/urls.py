"""Routes the Jupyter clients call (protocol G2, G3, G9, G10).

Included before the notebook routes: ``notebooks/stars`` and
``notebooks/recently_executed`` must not be taken for a notebook identifier.
"""

from django.urls import path

from nbgallery.jupyter.views import executions, notebook_lists, preferences

urlpatterns = [
    path("preferences", preferences.preferences, name="jupyter_preferences"),
    path("executions", executions.executions_create, name="jupyter_executions"),
    path("notebooks/stars", notebook_lists.starred, name="jupyter_stars"),
    path(
        "notebooks/recently_executed",
        notebook_lists.recently_executed,
        name="jupyter_recently_executed",
    ),
]
