from django.apps import AppConfig


class ExampleConfig(AppConfig):
    name = "nbgallery_example"
    verbose_name = "Example plugin"
    default_auto_field = "django.db.models.BigAutoField"
