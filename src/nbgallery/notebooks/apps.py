from django.apps import AppConfig


class NotebooksConfig(AppConfig):
    name = "nbgallery.notebooks"
    label = "notebooks"
    verbose_name = "Notebooks"
