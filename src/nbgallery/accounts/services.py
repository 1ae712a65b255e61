"""The rules for accounts and groups. Pages and the API both call these."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.mail import send_mail
from django.db import transaction

from nbgallery.accounts.models import User

# --- Users ---------------------------------------------------------------------


def can_edit_profile(actor: User | AnonymousUser, person: User) -> bool:
    """A user edits their own profile; an admin edits anybody's."""
    return isinstance(actor, User) and (actor.pk == person.pk or actor.is_admin)


def approve_user(actor: User, person: User) -> None:
    """Let an account that waited for approval sign in, and tell its owner."""
    person.approved = True
    person.save(update_fields=["approved"])
    transaction.on_commit(
        lambda: send_mail(
            f"[{settings.SITE_NAME}] Your account is approved",
            f"Hello {person.display_name},\n\nan administrator approved your account "
            f"{person.username}. You can sign in now.\n",
            None,
            [person.email],
            fail_silently=True,
        )
    )


def reject_user(actor: User, person: User) -> None:
    """Remove an account that was waiting for approval."""
    person.delete()
