from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "nbgallery.dashboards"
    label = "dashboards"
    verbose_name = "Admin dashboards"
