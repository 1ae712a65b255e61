from django.apps import AppConfig


class JupyterConfig(AppConfig):
    name = "nbgallery.jupyter"
    label = "jupyter"
    verbose_name = "Jupyter integration"
