from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "nbgallery.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from nbgallery.search import signals  # noqa: F401 (connects the receivers)
