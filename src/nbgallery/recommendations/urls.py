"""Routes of the recommendations app."""

from django.urls import path

from nbgallery.recommendations import views

urlpatterns = [
    path("recommendations/", views.recommended, name="recommendations"),
]
