from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "nbgallery.reviews"
    label = "reviews"
    verbose_name = "Peer reviews and reputation"
