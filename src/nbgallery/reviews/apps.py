"""Peer reviews (technical, functional, compliance) and user reputation."""

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "nbgallery.reviews"
    label = "reviews"
    verbose_name = "Peer reviews and reputation"

    def ready(self) -> None:
        from nbgallery.reviews import signals  # noqa: F401 (connects the receivers)
