"""Routes of the reviews app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
