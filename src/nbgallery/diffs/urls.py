"""Routes of the diffs app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
