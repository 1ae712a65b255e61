"""Routes of the notifications app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
