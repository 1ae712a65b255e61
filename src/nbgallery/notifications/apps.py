from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "nbgallery.notifications"
    label = "notifications"
    verbose_name = "Notifications"
