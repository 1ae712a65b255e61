"""Routes of the deprecations app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
