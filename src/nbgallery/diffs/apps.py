from django.apps import AppConfig


class DiffsConfig(AppConfig):
    name = "nbgallery.diffs"
    label = "diffs"
    verbose_name = "Diffs"
