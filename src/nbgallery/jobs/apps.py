from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "nbgallery.jobs"
    label = "jobs"
    verbose_name = "Background jobs"
