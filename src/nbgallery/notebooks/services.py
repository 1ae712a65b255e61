"""The notebook lifecycle: stage, publish, revise, edit, share, give away, delete.

Pages, the JSON API, the Jupyter endpoints and the import command all call
these functions. Each one checks permissions (raising PermissionDenied),
validates (raising ValidationError, keyed by form field where there is one,
or ipynb.NotebookError for bad content), and owns its transaction. Content
goes to blob storage before the transaction (see blobs.py), and clean-up of
blobs happens after commit, so a failure half-way loses nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from nbgallery.accounts.models import Group, Membership, User
from nbgallery.deprecations import emails
from nbgallery.lib import ipynb
from nbgallery.notebooks import blobs
from nbgallery.notebooks.models import (
    CodeCell,
    Notebook,
    NotebookTag,
    Revision,
    Share,
    Stage,
    Tag,
    TermsAgreement,
)
from nbgallery.search.indexing import index_on_commit, remove_on_commit
from nbgallery.usage.models import Click, record_click

logger = logging.getLogger(__name__)

FORBIDDEN_TITLE_CHARACTERS = {":": "꞉", "/": "／", "\\": "＼"}
TAG_PATTERN = re.compile(r"[^a-z0-9-]")
SHARE_MESSAGE_MAX_LENGTH = 1_000

# --- Checks shared by several services ------------------------------------------


def clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError({"title": "Give the notebook a title."})
    if len(title) > 255:
        raise ValidationError({"title": "A title has at most 255 characters."})
    bad = [c for c in FORBIDDEN_TITLE_CHARACTERS if c in title]
    if bad:
        look_alikes = ", ".join(f"{c} → {FORBIDDEN_TITLE_CHARACTERS[c]}" for c in bad)
        raise ValidationError(
            {"title": f"A title may not contain {' '.join(bad)}; use look-alikes ({look_alikes})."}
        )
    return title


def clean_tags(tags: str | Iterable[str]) -> list[str]:
    """Tags from a comma- or space-separated text (or a list): lower case, [a-z0-9-] only."""
    words = re.split(r"[,\s]+", tags) if isinstance(tags, str) else list(tags)
    cleaned: list[str] = []
    for word in words:
        tag = TAG_PATTERN.sub("", word.strip().lower())[:100]
        if tag and tag not in cleaned:
            cleaned.append(tag)
    return cleaned


def check_restricted_tags(actor: User, before: set[str], after: set[str]) -> None:
    """Only admins add or remove restricted tags (such as ``trusted``)."""
    changed = (before ^ after) & set(settings.NBGALLERY_RESTRICTED_TAGS)
    if changed and not actor.is_admin:
        raise ValidationError(
            {"tags": f"Only admins may add or remove the tag(s) {', '.join(sorted(changed))}."}
        )


def check_can_upload_to(actor: User, owner: User | Group) -> None:
    if isinstance(owner, User):
        if owner.pk != actor.pk and not actor.is_admin:
            raise PermissionDenied("You can only upload notebooks as yourself or into a group.")
        return
    role = owner.role_of(actor)
    if role not in (Membership.OWNER, Membership.EDITOR) and not actor.is_admin:
        raise PermissionDenied(
            f"You must be an editor of the group {owner.name} to upload into it."
        )


def same_title(owner: User | Group, title: str) -> Notebook | None:
    owner_field = "owner_user" if isinstance(owner, User) else "owner_group"
    return (
        Notebook.objects.annotate(lower_title=Lower("title"))
        .filter(**{owner_field: owner, "lower_title": title.lower()})
        .first()
    )


def check_label(notebook: Notebook | None, label: str) -> str:
    label = (label or "").strip()
    if len(label) > 16:
        raise ValidationError({"label": "A version label has at most 16 characters."})
    if label and notebook and notebook.revisions.filter(label=label).exists():
        raise ValidationError({"label": f"This notebook already has a version labelled {label}."})
    return label


def check_summary(summary: str) -> str:
    summary = (summary or "").strip()
    if len(summary) > 250:
        raise ValidationError({"summary": "A summary has at most 250 characters."})
    return summary


def read_content(sha256: str) -> dict[str, Any]:
    return json.loads(blobs.read_blob(sha256))


# --- Step 1: stage ------------------------------------------------------------------


def stage_upload(
    actor: User, raw: bytes, *, filename: str = "", target: Notebook | None = None
) -> Stage:
    """Validate, normalize and strip an upload, and keep it for step 2.

    ``target`` is the notebook this is a new version of (or a proposed change
    to). Outputs are stripped unless that notebook is trusted.
    """
    if target is not None and not target.can_read(actor):
        raise PermissionDenied("You cannot read that notebook.")
    notebook = ipynb.parse_notebook(raw, settings.NBGALLERY_MAX_NOTEBOOK_BYTES)
    if target is not None and target.trusted:
        notebook = ipynb.strip_gallery_metadata(notebook)
    else:
        notebook = ipynb.strip_outputs(notebook)
    sha256 = blobs.save_blob(ipynb.serialize(notebook))
    return Stage.objects.create(
        user=actor, notebook=target, content_sha256=sha256, filename=filename[:255]
    )


def get_stage(actor: User, stage_uuid: Any) -> Stage:
    """A stage, for its uploader (or an admin) only."""
    stage = Stage.objects.filter(uuid=stage_uuid).select_related("notebook").first()
    # A stage past its age is expired even before the clean-up job removes it.
    if stage is None or stage.created_at < stage_cutoff():
        raise ValidationError(
            "That upload has expired or was already used; please upload the notebook again."
        )
    if stage.user_id != actor.pk and not actor.is_admin:
        raise PermissionDenied("That upload belongs to someone else.")
    return stage


# --- Step 2: publish --------------------------------------------------------------------


def publish_notebook(
    actor: User,
    stage: Stage,
    *,
    title: str,
    description: str,
    tags: str | Iterable[str],
    owner: User | Group,
    public: bool,
    agreed: bool,
    overwrite: bool = False,
    parent_uuid: Any = None,
) -> tuple[Notebook, bool]:
    """Turn a stage into a new notebook (or, with overwrite, a new version of
    the owner's notebook of the same title). Returns (notebook, created)."""
    if not agreed:
        raise ValidationError({"agree": "Please accept the terms of service to share a notebook."})
    title = clean_title(title)
    tag_names = clean_tags(tags)
    check_can_upload_to(actor, owner)
    check_restricted_tags(actor, set(), set(tag_names))
    existing = same_title(owner, title)
    if existing is not None:
        if not overwrite:
            raise ValidationError(
                {"title": f"There is already a notebook called {existing.title} here; "
                 "choose another title, or choose to overwrite it."}
            )  # fmt: skip
        if not existing.can_edit(actor):
            raise PermissionDenied("You may not overwrite that notebook.")
        with transaction.atomic():
            update_notebook_content(actor, existing, stage)
            record_terms(actor, existing)
        return existing, False

    content = read_content(stage.content_sha256)
    lang, lang_version = ipynb.language(content)
    now = timezone.now()
    try:
        with transaction.atomic():
            notebook = Notebook.objects.create(
                uuid=stage.uuid,
                title=title,
                description=(description or "").strip(),
                public=public,
                lang=lang,
                lang_version=lang_version or "",
                commit_id=str(stage.uuid),
                content_sha256=stage.content_sha256,
                content_updated_at=now,
                owner_user=owner if isinstance(owner, User) else None,
                owner_group=owner if isinstance(owner, Group) else None,
                creator=actor,
                updater=actor,
                parent_uuid=parent_uuid or None,
            )
            set_tags(actor, notebook, tag_names)
            revision = record_revision(notebook, actor, Revision.CREATE, content)
            record_terms(actor, notebook)
            # As the original: the revision's commit id, not the staging id.
            record_click(actor, notebook, Click.CREATED, revision.commit_id)
            stage.delete()
            transaction.on_commit(lambda: queue_rendering(notebook.pk))
            index_on_commit(notebook.pk)
    except IntegrityError as error:
        # Someone published the same title or stage at the same moment.
        raise ValidationError("That notebook was just published; reload the page.") from error
    return notebook, True


def record_terms(actor: User, notebook: Notebook) -> None:
    """Keep the terms the actor agreed to, and log the agreement in the click log."""
    TermsAgreement.objects.create(
        user=actor, notebook=notebook, terms=settings.NBGALLERY_TERMS_OF_SERVICE
    )
    record_click(actor, notebook, Click.AGREED_TO_TERMS)


def set_tags(actor: User, notebook: Notebook, names: list[str]) -> None:
    current = set(notebook.tags.values_list("name", flat=True))
    NotebookTag.objects.filter(notebook=notebook).exclude(tag__name__in=names).delete()
    for name in names:
        if name not in current:
            tag, _ = Tag.objects.get_or_create(name=name)
            NotebookTag.objects.create(notebook=notebook, tag=tag, applied_by=actor)


def record_revision(
    notebook: Notebook,
    actor: User,
    revtype: str,
    content: dict[str, Any] | None,
    *,
    label: str = "",
    summary: str = "",
) -> Revision:
    """Record a revision; content revisions get a new commit id and their code cells."""
    if revtype == Revision.METADATA:
        latest = notebook.revisions.first()
        commit_id = latest.commit_id if latest else notebook.commit_id
    else:
        seed = f"{notebook.content_sha256}{actor.username}{summary}{notebook.uuid}{timezone.now()}"
        commit_id = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    revision = Revision.objects.create(
        notebook=notebook,
        user=actor,
        revtype=revtype,
        commit_id=commit_id,
        public=notebook.public,
        content_sha256=notebook.content_sha256,
        label=label,
        summary=summary,
    )
    if content is not None:
        CodeCell.objects.bulk_create(
            CodeCell(revision=revision, cell_index=index, md5=md5)
            for index, md5, _source in ipynb.code_cells(content)
        )
    return revision


# --- New versions and edits -------------------------------------------------------------


def update_notebook_content(
    actor: User,
    notebook: Notebook,
    stage: Stage,
    *,
    label: str = "",
    summary: str = "",
    author: User | None = None,
) -> Revision:
    """Make the staged content the notebook's current version.

    Identical content makes a ``metadata`` revision (nothing new to keep),
    as in the original; the commit id moves on either way, so that Jupyter
    sees the upload took effect. ``author`` (default: the actor) is credited
    with the version: the revision, the updater and the ``edited notebook``
    click are theirs. An accepted change request credits its requester.
    """
    author = author or actor
    if not notebook.can_edit(actor):
        raise PermissionDenied("You may not upload new versions of this notebook.")
    if stage.notebook_id not in (None, notebook.pk):
        raise ValidationError("That upload was made for another notebook.")
    label = check_label(notebook, label)
    summary = check_summary(summary)
    changed = stage.content_sha256 != notebook.content_sha256
    content = read_content(stage.content_sha256) if changed else None
    with transaction.atomic():
        notebook.commit_id = str(stage.uuid)
        notebook.updater = author
        if content is not None:
            notebook.content_sha256 = stage.content_sha256
            notebook.content_updated_at = timezone.now()
            lang, version = ipynb.language(content)
            notebook.lang, notebook.lang_version = lang, version or ""
        notebook.save()
        revtype = Revision.UPDATE if changed else Revision.METADATA
        revision = record_revision(notebook, author, revtype, content, label=label, summary=summary)
        record_click(author, notebook, Click.EDITED, revision.commit_id)
        stage.delete()
        if changed:
            transaction.on_commit(lambda: queue_rendering(notebook.pk))
        index_on_commit(notebook.pk)  # the updater changes even when the content does not
    return revision


def queue_rendering(notebook_id: int) -> None:
    """Have a worker render the new content, so that its first visitor does not wait."""
    from nbgallery.notebooks.tasks import render_revision  # tasks imports this module

    try:
        render_revision.enqueue(notebook_id)
    except Exception:
        # The page renders on first view anyway; a queue hiccup must not fail a
        # publish that is already committed.
        logger.warning("Could not queue rendering of notebook %s", notebook_id, exc_info=True)


def change_details(
    actor: User,
    notebook: Notebook,
    *,
    title: str,
    description: str,
    tags: str | Iterable[str],
    public: bool,
) -> Revision | None:
    """Edit title, description, tags and visibility; a visibility change is a revision."""
    if not notebook.can_edit(actor):
        raise PermissionDenied("You may not edit this notebook.")
    title = clean_title(title)
    names = clean_tags(tags)
    before = set(notebook.tags.values_list("name", flat=True))
    check_restricted_tags(actor, before, set(names))
    clash = same_title(notebook.owner, title)
    if clash is not None and clash.pk != notebook.pk:
        raise ValidationError({"title": f"The owner already has a notebook called {clash.title}."})
    visibility_changed = notebook.public != public
    with transaction.atomic():
        notebook.title = title
        notebook.description = (description or "").strip()
        notebook.public = public
        notebook.updater = actor
        notebook.save()
        set_tags(actor, notebook, names)
        index_on_commit(notebook.pk)
        if visibility_changed:
            # Only visibility is logged: the original logs no click for title,
            # description or tag edits.
            record_click(actor, notebook, Click.MADE_PUBLIC if public else Click.MADE_PRIVATE)
            return record_revision(notebook, actor, Revision.METADATA, None)
    return None


def edit_revision(actor: User, revision: Revision, *, label: str, summary: str) -> None:
    """Change a revision's label and summary (editors only: the original let readers)."""
    if not revision.notebook.can_edit(actor):
        raise PermissionDenied("You may not edit this notebook's history.")
    label = (label or "").strip()
    if label != revision.label:
        check_label(revision.notebook, label)
    revision.label = label
    revision.summary = check_summary(summary)
    revision.save(update_fields=["label", "summary"])


def change_owner(
    actor: User, notebook: Notebook, new_owner: User | Group, *, base_url: str = ""
) -> None:
    """Give the notebook to a user or a group (owners and admins only).

    The new owner (a user, or the group's owners) and the previous one are
    emailed after commit, except whoever made the change.
    """
    if not notebook.can_own(actor):
        raise PermissionDenied("Only the notebook's owner may give it away.")
    if isinstance(new_owner, Group):
        check_can_upload_to(actor, new_owner)
    clash = same_title(new_owner, notebook.title)
    if clash is not None and clash.pk != notebook.pk:
        raise ValidationError({"owner": "The new owner already has a notebook with this title."})
    previous_owner = notebook.owner
    unchanged = type(previous_owner) is type(new_owner) and previous_owner.pk == new_owner.pk
    previous_people = [] if unchanged else emails.owners_of(previous_owner)
    with transaction.atomic():
        notebook.owner_user = new_owner if isinstance(new_owner, User) else None
        notebook.owner_group = new_owner if isinstance(new_owner, Group) else None
        notebook.save(update_fields=["owner_user", "owner_group", "updated_at"])
        index_on_commit(notebook.pk)
        if not unchanged:
            transaction.on_commit(
                lambda: emails.email_owner_change(
                    actor, notebook, previous_people, previous_owner, base_url
                )
            )


def delete_notebook(actor: User, notebook: Notebook) -> None:
    """Delete the notebook with its revisions; its content goes once nothing uses it."""
    if not notebook.can_own(actor):
        raise PermissionDenied("Only the notebook's owner may delete it.")
    shas = {notebook.content_sha256, *notebook.revisions.values_list("content_sha256", flat=True)}
    shas |= set(notebook.stages.values_list("content_sha256", flat=True))
    notebook_id = notebook.pk
    with transaction.atomic():
        notebook.delete()
        transaction.on_commit(lambda: forget_content(shas))
        remove_on_commit(notebook_id)


def forget_content(shas: Iterable[str]) -> None:
    """Delete content nothing refers to any more, and the HTML rendered from it."""
    from nbgallery.notebooks import render_cache  # the renderer is heavy to import

    for sha in shas:
        if blobs.delete_blob_if_unused(sha):
            render_cache.forget(sha)


# --- Sharing and group landing pages -----------------------------------------------------


def share_notebook(
    actor: User,
    notebook: Notebook,
    usernames: Iterable[str],
    message: str = "",
    *,
    base_url: str = "",
) -> list[User]:
    """Share with users by user name (a share grants edit, as in the original).

    Each new sharee is emailed, with ``message``, after commit; if the actor
    is a sharee sharing further, the owners are told too. ``base_url`` (the
    gallery's address) makes the emailed links absolute.
    """
    if not notebook.can_edit(actor):
        raise PermissionDenied("You may not share this notebook.")
    message = (message or "").strip()
    if len(message) > SHARE_MESSAGE_MAX_LENGTH:
        raise ValidationError(
            {"message": f"A message has at most {SHARE_MESSAGE_MAX_LENGTH} characters."}
        )
    names = [name.strip() for name in usernames if name.strip()]
    users = list(User.objects.filter(username__in=names, is_active=True))
    unknown = sorted(set(names) - {user.username for user in users})
    if unknown:
        raise ValidationError({"usernames": f"No user named {', '.join(unknown)}."})
    new = [
        user
        for user in users
        if not Share.objects.filter(notebook=notebook, user=user).exists()
        and user.pk != (notebook.owner_user_id or 0)
    ]
    resharing = Share.objects.filter(notebook=notebook, user=actor).exists()
    with transaction.atomic():
        Share.objects.bulk_create(Share(notebook=notebook, user=u, shared_by=actor) for u in new)
        for sharee in new:
            record_click(actor, notebook, Click.SHARED, sharee.username)
        if new:
            index_on_commit(notebook.pk)  # search lets sharees find it
            transaction.on_commit(
                lambda: emails.email_sharees(actor, notebook, new, message, base_url)
            )
            if resharing:
                transaction.on_commit(
                    lambda: emails.email_owners_of_reshare(actor, notebook, new, base_url)
                )
    return new


def unshare_notebook(actor: User, notebook: Notebook, username: str) -> None:
    if not notebook.can_edit(actor):
        raise PermissionDenied("You may not change who this notebook is shared with.")
    with transaction.atomic():
        Share.objects.filter(notebook=notebook, user__username=username).delete()
        index_on_commit(notebook.pk)


def set_group_landing(actor: User, group: Group, notebook: Notebook | None) -> None:
    """Pick (or clear) the notebook shown at the top of a group's page."""
    if not group.can_manage(actor):
        raise PermissionDenied("Only the group's owners may pick its landing notebook.")
    if notebook is not None and notebook.owner_group_id != group.pk:
        raise ValidationError("The landing notebook must belong to the group.")
    group.landing = notebook
    group.save(update_fields=["landing"])


# --- Downloads ------------------------------------------------------------------------------


def gallery_metadata(notebook: Notebook, user: Any, base_url: str) -> dict[str, Any]:
    """``metadata.gallery`` for a download, as the Jupyter clients expect (protocol §6.1)."""
    latest = notebook.revisions.first()
    can_edit = notebook.can_edit(user)
    uuid = str(notebook.uuid)
    owner = notebook.owner
    owner_url = base_url + owner.get_absolute_url()
    metadata: dict[str, Any] = {
        "uuid": uuid,
        "commit": notebook.commit_id,
        "git_commit_id": latest.commit_id if latest else notebook.commit_id,
        "gallery_url": base_url,
        "link" if can_edit else "clone": uuid,
        "title": notebook.title,
        "description": notebook.description,
        "public": notebook.public,
        "lang": notebook.lang,
        "lang_version": notebook.lang_version,
        "commit_id": notebook.commit_id,
        "content_updated_at": notebook.content_updated_at.isoformat(),
        "owner": owner.username if isinstance(owner, User) else str(owner.gid),
        "owner_type": "User" if isinstance(owner, User) else "Group",
        "owner_name": notebook.owner_name,
        "owner_url": owner_url,
        "creator": notebook.creator.username if notebook.creator else None,
        "updater": notebook.updater.username if notebook.updater else None,
        "created_at": notebook.created_at.isoformat(),
        "updated_at": notebook.updated_at.isoformat(),
        "deprecated": notebook.deprecated,
        "parent_uuid": str(notebook.parent_uuid) if notebook.parent_uuid else None,
        "verified": notebook.verified,
        "unapproved": notebook.unapproved,
        "tags": ",".join(notebook.tags.values_list("name", flat=True)),
        "url": base_url + notebook.get_absolute_url(),
    }
    return metadata


def download_content(
    notebook: Notebook, user: Any, base_url: str, revision: Revision | None = None
) -> bytes:
    """The notebook (or an earlier revision) as .ipynb bytes with gallery metadata.

    A revision's copy names that revision in ``git_commit_id``. If it is not
    the current content it has no ``commit``, so that Jupyter reports the
    gallery's version as changed instead of taking the old copy for current.
    """
    sha256 = revision.content_sha256 if revision else notebook.content_sha256
    content = read_content(sha256)
    metadata = gallery_metadata(notebook, user, base_url)
    if revision is not None:
        metadata["git_commit_id"] = revision.commit_id
        if revision.content_sha256 != notebook.content_sha256:
            del metadata["commit"]
    content = ipynb.inject_gallery_metadata(content, metadata)
    return ipynb.serialize(content)


def download_filename(title: str) -> str:
    """A file name made from the title that is safe on every system."""
    name = re.sub(r"[^\w\- .]+", "_", title, flags=re.UNICODE).strip(" ._") or "notebook"
    return f"{name[:120]}.ipynb"


# --- Housekeeping ----------------------------------------------------------------------------


def stage_cutoff(now: Any = None) -> Any:
    """Stages made before this moment have expired."""
    return (now or timezone.now()) - timedelta(hours=settings.NBGALLERY_STAGE_MAX_AGE_HOURS)


def cleanup_stages(now: Any = None) -> int:
    """Forget uploads that were never finished; returns how many were removed."""
    old = list(Stage.objects.filter(created_at__lt=stage_cutoff(now)))
    shas = {stage.content_sha256 for stage in old}
    Stage.objects.filter(pk__in=[stage.pk for stage in old]).delete()
    for sha in shas:
        blobs.delete_blob_if_unused(sha)
    return len(old)
