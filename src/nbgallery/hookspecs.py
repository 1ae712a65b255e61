"""The whole extension contract of nbgallery.

A plugin is a module (or object) with functions marked ``@hookimpl`` whose
names match the specifications below. It is published under the entry-point
group ``nbgallery.plugins`` and switched on by naming its entry point in
``NBGALLERY_PLUGINS``. Plugin modules are imported while settings load, so
they must not import Django models at module level; import inside the hook.

The built-in behaviour is itself registered as a plugin
(``nbgallery.default_plugin``), so every hook here has a working example.
Every hook is documented in ``docs/plugins.md``; a test fails otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("nbgallery")
hookimpl = pluggy.HookimplMarker("nbgallery")


@dataclass(frozen=True)
class NavItem:
    """A link in the top navigation bar.

    ``url_name`` is a Django URL name; an item whose URL does not exist (its
    feature is not installed) is left out rather than shown as a broken link.
    """

    label: str
    url_name: str
    order: int = 100
    login_required: bool = False


@dataclass(frozen=True)
class PeriodicTask:
    """A task the scheduler enqueues every ``every`` (once across all workers)."""

    name: str
    every: timedelta
    task: Any  # a django_tasks Task taking no arguments


@hookspec
def nbgallery_django_apps() -> list[str]:
    """Django apps to add to INSTALLED_APPS (models, migrations, templates, static)."""


@hookspec
def nbgallery_urlpatterns() -> list[Any]:
    """URL patterns to mount at the site root (use a prefix of your own)."""


@hookspec
def nbgallery_nav_items(request: Any) -> list[NavItem]:
    """Links for the top navigation bar, for this request's user."""


@hookspec
def nbgallery_validate_signup(username: str, email: str) -> list[str]:
    """Reasons to refuse a new account; an empty list accepts it.

    Called once per sign-up attempt (the web page and the headless JSON API)
    before the account is created, with the user name and the lower-cased
    email once both are well formed. Each message is shown to the person
    signing up (a form error, or an entry in a JSON 400's ``errors``), so say
    what to change.
    """


@hookspec
def nbgallery_periodic_tasks() -> list[PeriodicTask]:
    """Tasks to run on a schedule by the job worker's scheduler."""


@hookspec(firstresult=True)
def nbgallery_may_claim_review(user: Any, review: Any) -> bool | None:
    """Whether ``user`` may claim ``review`` (a ``reviews.Review``, still queued).

    The first plugin to answer True or False decides; return None to leave
    the decision to the next plugin and, in the end, to the built-in rule
    (reference §5.7: never the notebook's creator unless an admin; technical:
    admin, author percentile ≥ 50 or a recommended reviewer; functional:
    admin, or someone who ran the notebook with user percentile ≥ 75 or
    recommended; compliance: admins only). Called on every claim and to decide
    whether to show the Claim button, so keep it cheap.
    """
