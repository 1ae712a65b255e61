from django.apps import AppConfig


class UsageConfig(AppConfig):
    name = "nbgallery.usage"
    label = "usage"
    verbose_name = "Usage"
