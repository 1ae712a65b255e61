"""Routes of the notifications app."""

from django.urls import path

from nbgallery.notifications import views

urlpatterns = [
    path("notifications/", views.notification_settings, name="notification_settings"),
    path("notifications/follow/<str:kind>/<str:key>/", views.follow_toggle, name="follow_toggle"),
    path(
        "notifications/subscriptions/<int:pk>/delete/",
        views.subscription_delete,
        name="subscription_delete",
    ),
    path(
        "notifications/unsubscribe/<str:token>/",
        views.unsubscribe,
        name="notifications_unsubscribe",
    ),
]
