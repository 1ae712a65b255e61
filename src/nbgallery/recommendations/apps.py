from django.apps import AppConfig


class RecommendationsConfig(AppConfig):
    name = "nbgallery.recommendations"
    label = "recommendations"
    verbose_name = "Recommendations"
