"""An example nbgallery plugin, used by the test suite to prove the plugin contract.

It uses every hook: it is a Django app with a model of its own (bookmarks),
mounts a page, adds a navigation link, refuses some sign-ups and runs a
periodic task. The entry point names this module, which nbgallery imports
while settings are still loading: Django models, views and tasks are
therefore imported inside the hooks, never at the top of this file.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from nbgallery.hookspecs import NavItem, PeriodicTask, hookimpl

BLOCKED_WORD = "blocked"


@hookimpl
def nbgallery_django_apps() -> list[str]:
    """Install this package as a Django app: its model, migration and template."""
    return ["nbgallery_example"]


@hookimpl
def nbgallery_urlpatterns() -> list[Any]:
    """Mount the bookmarks page under /example/, a prefix of our own."""
    from django.urls import include, path

    return [path("example/", include("nbgallery_example.urls"))]


@hookimpl
def nbgallery_nav_items(request: Any) -> list[NavItem]:
    """Link to the bookmarks page from the top navigation bar."""
    return [NavItem("Bookmarks", "example_bookmarks", order=50)]


@hookimpl
def nbgallery_validate_signup(username: str, email: str) -> list[str]:
    """Refuse user names and email addresses containing the word "blocked"."""
    errors = []
    if BLOCKED_WORD in username.lower():
        errors.append(f'User names containing "{BLOCKED_WORD}" are not accepted here.')
    if BLOCKED_WORD in email.lower():
        errors.append(f'Email addresses containing "{BLOCKED_WORD}" are not accepted here.')
    return errors


@hookimpl
def nbgallery_periodic_tasks() -> list[PeriodicTask]:
    """Record a heartbeat every hour, to show that the scheduler runs plugin tasks."""
    from nbgallery_example.tasks import record_heartbeat

    return [PeriodicTask("example_heartbeat", timedelta(hours=1), record_heartbeat)]
