from django.apps import AppConfig


class RenderingConfig(AppConfig):
    name = "nbgallery.rendering"
    label = "rendering"
    verbose_name = "Notebook rendering"

    def ready(self) -> None:
        from nbgallery.rendering import checks  # noqa: F401  (registers the system check)
