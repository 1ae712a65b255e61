"""Re-index notebooks when the people or groups named in them are renamed.

The account pages save users and groups without going through the notebook
services, so search listens for the saves instead. Saves that cannot change
a name (a login stamps ``last_login`` with ``update_fields``) are skipped.
"""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from nbgallery.accounts.models import Group, User
from nbgallery.search.indexing import index_people_on_commit

USER_NAME_FIELDS = {"username", "first_name", "last_name"}


def may_rename(update_fields, names: set[str]) -> bool:
    return update_fields is None or bool(set(update_fields) & names)


@receiver(post_save, sender=User, dispatch_uid="search-user-renamed")
def user_saved(sender, instance: User, created: bool, update_fields=None, **kwargs) -> None:
    if not created and may_rename(update_fields, USER_NAME_FIELDS):
        index_people_on_commit(user_id=instance.pk)


@receiver(post_save, sender=Group, dispatch_uid="search-group-renamed")
def group_saved(sender, instance: Group, created: bool, update_fields=None, **kwargs) -> None:
    if not created and may_rename(update_fields, {"name"}):
        index_people_on_commit(group_id=instance.pk)
