from django.apps import AppConfig


class NbgalleryConfig(AppConfig):
    """The site itself: base templates, static assets, site-wide commands and checks."""

    name = "nbgallery"
    verbose_name = "nbgallery"

    def ready(self) -> None:
        from nbgallery import checks  # noqa: F401  (registers the checks)
