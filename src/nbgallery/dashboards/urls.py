"""Routes of the admin dashboards (issue 7, item 7)."""

from django.urls import path

from nbgallery.dashboards import views

urlpatterns = [
    path("admin-dashboards/", views.index, name="dashboards"),
    path("admin-dashboards/health/", views.health, name="dashboard_health"),
    path("admin-dashboards/trendiness/", views.trendiness, name="dashboard_trendiness"),
    path("admin-dashboards/recommender/", views.recommender, name="dashboard_recommender"),
    path("admin-dashboards/similarity/", views.similarity, name="dashboard_similarity"),
    path("admin-dashboards/reputation/", views.reputation, name="dashboard_reputation"),
    path("admin-dashboards/packages/", views.packages, name="dashboard_packages"),
]
