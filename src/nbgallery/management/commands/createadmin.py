"""``nbgallery createadmin``: make the first admin if there is none."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from nbgallery.accounts.bootstrap import ensure_first_admin


class Command(BaseCommand):
    help = "Create the first admin (NBGALLERY_ADMIN_USER / _PASSWORD / _EMAIL) if none exists."

    def handle(self, *args: Any, **options: Any) -> None:
        user, generated = ensure_first_admin()
        if user is None:
            self.stdout.write("An admin already exists; nothing to do.")
        elif generated:
            self.stdout.write(
                f"Created the admin {user.username!r} with the password {generated!r} "
                "(shown only this once; change it after signing in)."
            )
        else:
            self.stdout.write(f"Created the admin {user.username!r}.")
