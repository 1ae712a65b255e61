"""The search page and its help."""

from django.urls import path

from nbgallery.search import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search.json", views.search_json, name="search_json"),
    path("search/help/", views.search_help, name="search_help"),
]
