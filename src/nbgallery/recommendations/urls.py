"""Routes of the recommendations app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
