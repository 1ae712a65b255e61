"""Notebooks and groups made straight in the database for the listing tests.

Listings show metadata only, so these notebooks have no stored content.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable

from django.utils import timezone

from nbgallery.accounts.models import Group, Membership, User
from nbgallery.notebooks.models import Notebook, NotebookTag, Share, Tag


def make_notebook(
    owner: User | Group,
    title: str,
    *,
    public: bool = False,
    lang: str = "python",
    lang_version: str = "3.11.4",
    tags: Iterable[str] = (),
    description: str = "",
    creator: User | None = None,
    updater: User | None = None,
) -> Notebook:
    """A notebook owned by a user or a group, made (and last updated) by ``creator``."""
    author = creator or (owner if isinstance(owner, User) else None)
    notebook = Notebook.objects.create(
        uuid=uuid.uuid4(),
        title=title,
        description=description,
        public=public,
        lang=lang,
        lang_version=lang_version,
        commit_id=uuid.uuid4().hex,
        content_sha256=hashlib.sha256(title.encode()).hexdigest(),
        content_updated_at=timezone.now(),
        owner_user=owner if isinstance(owner, User) else None,
        owner_group=owner if isinstance(owner, Group) else None,
        creator=author,
        updater=updater or author,
    )
    for name in tags:
        tag, _ = Tag.objects.get_or_create(name=name)
        NotebookTag.objects.create(notebook=notebook, tag=tag)
    return notebook


def make_group(owner: User, *members: User, name: str = "Analytics") -> Group:
    """A group owned by ``owner`` with the others as plain members."""
    group = Group.objects.create(name=name)
    Membership.objects.create(group=group, user=owner, role=Membership.OWNER, creator=True)
    for member in members:
        Membership.objects.create(group=group, user=member, role=Membership.MEMBER)
    return group


def share(notebook: Notebook, user: User) -> None:
    Share.objects.create(notebook=notebook, user=user)


def page_text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()
