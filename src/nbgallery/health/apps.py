from django.apps import AppConfig


class HealthConfig(AppConfig):
    name = "nbgallery.health"
    label = "health"
    verbose_name = "Health"
