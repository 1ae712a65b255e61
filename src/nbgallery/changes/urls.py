"""Routes of the changes app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
