from django.apps import AppConfig


class ChangesConfig(AppConfig):
    name = "nbgallery.changes"
    label = "changes"
    verbose_name = "Change requests"
