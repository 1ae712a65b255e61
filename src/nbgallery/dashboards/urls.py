"""Routes of the admin dashboards (issue 7, item 7)."""

from django.urls import path

from nbgallery.dashboards import views

urlpatterns = [
    path("admin-dashboards/", views.index, name="dashboards"),
]
