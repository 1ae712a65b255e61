"""The first admin account, made on first start."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import transaction

from nbgallery.accounts.models import User


def ensure_first_admin() -> tuple[User | None, str | None]:
    """Create the first admin if the site has none.

    Returns the new user and the generated password (None when the password
    came from NBGALLERY_ADMIN_PASSWORD), or (None, None) when an admin exists.
    """
    with transaction.atomic():
        if User.objects.filter(is_superuser=True).exists():
            return None, None
        password = settings.NBGALLERY_ADMIN_PASSWORD
        generated = None if password else secrets.token_urlsafe(12)
        user = User.objects.create_superuser(
            username=settings.NBGALLERY_ADMIN_USER,
            email=settings.NBGALLERY_ADMIN_EMAIL,
            password=password or generated,
        )
        from allauth.account.models import EmailAddress

        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user, generated
