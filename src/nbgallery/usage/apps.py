from django.apps import AppConfig


class UsageConfig(AppConfig):
    name = "nbgallery.usage"
    label = "usage"
    verbose_name = "Usage"

    def ready(self) -> None:
        from nbgallery.usage import signals  # noqa: F401 (connects the receivers)
