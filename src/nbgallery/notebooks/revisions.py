"""Which revisions of a notebook a user may see (reference §3.2).

Owners, editors, sharees, members of the owning group and admins see every
revision. Everyone else reads the notebook only because it is public, so they
see its history back to the moment it last became public: walking back from
the newest revision, the list stops at the first one taken while the notebook
was private (``Revision.public`` is that snapshot). A notebook that went
public → private → public shows such readers only its latest public period.

The revision list, the revision pages and the revision downloads all ask here.
"""

from __future__ import annotations

from typing import Any

from nbgallery.accounts.models import Membership
from nbgallery.notebooks.models import Notebook, Revision, is_admin


def sees_every_revision(notebook: Notebook, user: Any) -> bool:
    """True for those who may read the notebook even while it is private."""
    if is_admin(user):
        return True
    if not user.is_authenticated:
        return False
    if notebook.owner_user_id == user.pk:
        return True
    if (
        notebook.owner_group_id is not None
        and Membership.objects.filter(group_id=notebook.owner_group_id, user=user).exists()
    ):
        return True
    return notebook.can_edit(user)


def visible_revisions(
    notebook: Notebook, user: Any, *, sees_all: bool | None = None
) -> list[Revision]:
    """The revisions ``user`` may see, newest first.

    ``sees_all`` is the answer of ``sees_every_revision`` when the caller
    already has it (it costs a query or two).
    """
    revisions = list(notebook.revisions.select_related("user"))
    if sees_all is None:
        sees_all = sees_every_revision(notebook, user)
    if sees_all:
        return with_previous(revisions)
    visible = []
    for revision in revisions:
        if not revision.public:
            break
        visible.append(revision)
    return with_previous(visible)


def with_previous(revisions: list[Revision]) -> list[Revision]:
    """Set ``previous_commit_id`` on each of ``revisions`` (newest first) and return them.

    It is the commit id of the revision just older in the list when that one
    has other content, else None: what "compare with previous" compares with.
    Only the listed (visible) revisions count, so it never points into a
    hidden period; a revision that changed no content (details only) has none.
    """
    older: Revision | None = None
    for revision in reversed(revisions):
        changed = older is not None and older.content_sha256 != revision.content_sha256
        setattr(revision, "previous_commit_id", older.commit_id if changed and older else None)  # noqa: B010
        older = revision
    return revisions


def find_revision(notebook: Notebook, user: Any, commit_id: str) -> Revision | None:
    """The newest revision with this commit id that ``user`` may see, or None.

    A ``metadata`` revision reuses the commit id of the revision before it
    (the content did not change), so one commit id may name several rows with
    the same content; any visible one of them makes the content visible.
    """
    for revision in visible_revisions(notebook, user):
        if revision.commit_id == commit_id:
            return revision
    return None
