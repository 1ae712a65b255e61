from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "nbgallery.search"
    label = "search"
    verbose_name = "Search"
