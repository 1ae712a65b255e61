from django.apps import AppConfig


class DeprecationsConfig(AppConfig):
    name = "nbgallery.deprecations"
    label = "deprecations"
    verbose_name = "Deprecations and site warnings"
