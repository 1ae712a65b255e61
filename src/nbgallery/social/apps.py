from django.apps import AppConfig


class SocialConfig(AppConfig):
    name = "nbgallery.social"
    label = "social"
    verbose_name = "Social"
