"""Deprecating a notebook and undoing it; setting and removing the site warning.

Each service checks permissions (PermissionDenied), validates
(ValidationError keyed by form field) and owns its transaction. The
notebook's ``deprecated`` flag, which listings and search filter on, is kept
in step with the Deprecation row inside the same transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.deprecations.models import REASON_MAX_LENGTH, Deprecation, SiteWarning
from nbgallery.notebooks.models import Notebook
from nbgallery.search.indexing import index_on_commit
from nbgallery.usage.models import record_click

# The original's click names, so that its metrics carry over.
DEPRECATED_CLICK = "deprecated notebook"
UNDEPRECATED_CLICK = "un-deprecated notebook"

FROZEN_MESSAGE = (
    "This notebook is deprecated and frozen: it can no longer be downloaded or run. "
    "Its page names the notebooks to use instead."
)


def deprecate_notebook(
    editor: User,
    notebook: Notebook,
    *,
    reason: str,
    freeze: bool = False,
    alternatives: Iterable[Notebook] = (),
) -> Deprecation:
    """Deprecate the notebook (or change an existing deprecation); editors only.

    ``alternatives`` must be other notebooks the editor may read. The banner
    later shows each reader only the alternatives that reader may read.
    """
    if not notebook.can_edit(editor):
        raise PermissionDenied("Only the notebook's editors may deprecate it.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why the notebook is deprecated."})
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError({"reason": f"A reason has at most {REASON_MAX_LENGTH} characters."})
    chosen = {alternative.pk: alternative for alternative in alternatives}
    if notebook.pk in chosen:
        raise ValidationError({"alternatives": "A notebook cannot be its own alternative."})
    readable = set(
        Notebook.objects.readable_by(editor).filter(pk__in=chosen).values_list("pk", flat=True)
    )
    if set(chosen) - readable:
        raise ValidationError({"alternatives": "Pick alternatives among notebooks you can read."})
    with transaction.atomic():
        deprecation, _created = Deprecation.objects.update_or_create(
            notebook=notebook,
            defaults={
                "reason": reason,
                "freeze": bool(freeze),
                "deprecated_by": editor,
                "created_at": timezone.now(),
            },
        )
        deprecation.alternatives.set(chosen.values())
        set_flag(notebook, True)
        record_click(editor, notebook, DEPRECATED_CLICK)
        index_on_commit(notebook.pk)
    return deprecation


def undeprecate_notebook(editor: User, notebook: Notebook) -> bool:
    """Take the deprecation away (editors only); False if it was not deprecated."""
    if not notebook.can_edit(editor):
        raise PermissionDenied("Only the notebook's editors may undo its deprecation.")
    with transaction.atomic():
        deleted, _ = Deprecation.objects.filter(notebook=notebook).delete()
        # An admin may have set the bare flag in the admin site, without a row.
        was_deprecated = bool(deleted) or notebook.deprecated
        set_flag(notebook, False)
        if was_deprecated:
            record_click(editor, notebook, UNDEPRECATED_CLICK)
        index_on_commit(notebook.pk)
    return was_deprecated


def set_flag(notebook: Notebook, deprecated: bool) -> None:
    # update(), not save(): deprecating is not an edit of the notebook, so
    # its "last updated" time (and its place in listings) stays.
    Notebook.objects.filter(pk=notebook.pk).update(deprecated=deprecated)
    notebook.deprecated = deprecated


def is_frozen(notebook: Notebook) -> bool:
    """Whether the notebook is deprecated with downloads and runs switched off."""
    if not notebook.deprecated:  # saves a query for almost every notebook
        return False
    return Deprecation.objects.filter(notebook=notebook, freeze=True).exists()


def frozen_for(user: Any, notebook: Notebook, *, can_edit: bool | None = None) -> bool:
    """Whether ``user`` may not download or run the notebook because it is frozen.

    Editors still may: they must be able to fetch it to fix it.
    """
    if not is_frozen(notebook):
        return False
    return not (notebook.can_edit(user) if can_edit is None else can_edit)


def check_not_frozen(user: Any, notebook: Notebook) -> None:
    """Raise PermissionDenied (a 403 with a message) if the notebook is frozen for the user."""
    if frozen_for(user, notebook):
        raise PermissionDenied(FROZEN_MESSAGE)


# --- The site warning ------------------------------------------------------------------


def set_site_warning(
    admin: User, *, level: str, message: str, expires_at: datetime.datetime | None = None
) -> SiteWarning:
    """Put a new warning on every page (admins only); it replaces the current one."""
    if not admin.is_admin:
        raise PermissionDenied("Only admins may set the site warning.")
    message = (message or "").strip()
    if not message:
        raise ValidationError({"message": "Write the message to show."})
    if level not in dict(SiteWarning.LEVELS):
        raise ValidationError({"level": "Pick one of the levels."})
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires": "The expiry must be in the future."})
    return SiteWarning.objects.create(
        level=level, message=message, expires_at=expires_at, created_by=admin
    )


def remove_site_warning(admin: User, warning: SiteWarning) -> None:
    """Take a warning down for good (admins only)."""
    if not admin.is_admin:
        raise PermissionDenied("Only admins may remove the site warning.")
    warning.delete()
