"""Bulk import of .ipynb files, and export/import of a whole gallery.

An export folder holds ``metadata.json`` (groups, notebooks with their owner,
tags and revisions) and ``blobs/<sha256>.ipynb`` (each distinct content once).
Importing such a folder recreates the notebooks with the same UUIDs, owners,
tags and revisions. Users are matched by user name and must exist already;
groups are matched by gid and created when missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.dateparse import parse_datetime

from nbgallery.accounts.models import Group, Membership, User
from nbgallery.lib import ipynb
from nbgallery.notebooks import blobs, services
from nbgallery.notebooks.models import CodeCell, Notebook, Revision, Share
from nbgallery.search.indexing import index_on_commit

EXPORT_FORMAT = 1


@dataclass
class Rejected:
    path: str
    reason: str


def notebook_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every .ipynb under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
            )
        else:
            yield path


def import_file(path: Path, actor: User, owner: User | Group, public: bool) -> Notebook:
    """Publish one .ipynb file: title from the file name, description from its markdown."""
    raw = path.read_bytes()
    stage = services.stage_upload(actor, raw, filename=path.name)
    content = services.read_content(stage.content_sha256)
    notebook, _created = services.publish_notebook(
        actor,
        stage,
        title=ipynb.title_from_filename(path.name),
        description=ipynb.description_from_cells(content),
        tags=[],
        owner=owner,
        public=public,
        agreed=True,  # the operator running the import answers for the files
    )
    return notebook


def reason_for(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or type(error).__name__


# --- Export -------------------------------------------------------------------------


def export_gallery(folder: Path, notebooks: Iterable[Notebook]) -> int:
    """Write every notebook, with its revisions' content, into ``folder``."""
    (folder / "blobs").mkdir(parents=True, exist_ok=True)
    records = []
    groups: dict[int, Group] = {}
    for notebook in notebooks:
        records.append(notebook_record(notebook))
        if notebook.owner_group:
            groups[notebook.owner_group.pk] = notebook.owner_group
        for sha in {r["content_sha256"] for r in records[-1]["revisions"]} | {
            notebook.content_sha256
        }:
            target = folder / "blobs" / f"{sha}.ipynb"
            if not target.exists():
                target.write_bytes(blobs.read_blob(sha))
    document = {
        "format": EXPORT_FORMAT,
        "groups": [group_record(group) for group in groups.values()],
        "notebooks": records,
    }
    (folder / "metadata.json").write_text(json.dumps(document, indent=1), encoding="utf-8")
    return len(records)


def group_record(group: Group) -> dict[str, Any]:
    return {
        "gid": str(group.gid),
        "name": group.name,
        "description": group.description,
        "url": group.url,
        "members": [
            {"username": m.user.username, "role": m.role, "creator": m.creator}
            for m in group.memberships.select_related("user")
        ],
    }


def notebook_record(notebook: Notebook) -> dict[str, Any]:
    def name(user: User | None) -> str | None:
        return user.username if user else None

    return {
        "uuid": str(notebook.uuid),
        "title": notebook.title,
        "description": notebook.description,
        "public": notebook.public,
        "owner": name(notebook.owner_user) or f"group:{notebook.owner_group.gid}",  # type: ignore[union-attr]
        "creator": name(notebook.creator),
        "updater": name(notebook.updater),
        "tags": list(notebook.tags.values_list("name", flat=True)),
        "shares": list(notebook.shares.values_list("username", flat=True)),
        "commit_id": notebook.commit_id,
        "content_sha256": notebook.content_sha256,
        "parent_uuid": str(notebook.parent_uuid) if notebook.parent_uuid else None,
        "created_at": notebook.created_at.isoformat(),
        "content_updated_at": notebook.content_updated_at.isoformat(),
        "revisions": [
            {
                "revtype": r.revtype,
                "commit_id": r.commit_id,
                "user": name(r.user),
                "public": r.public,
                "content_sha256": r.content_sha256,
                "label": r.label,
                "summary": r.summary,
                "created_at": r.created_at.isoformat(),
            }
            for r in notebook.revisions.select_related("user").order_by("created_at", "pk")
        ],
    }


# --- Import of an export ------------------------------------------------------------------


def is_export(folder: Path) -> bool:
    return (folder / "metadata.json").is_file() and (folder / "blobs").is_dir()


def read_export(folder: Path) -> dict[str, Any]:
    document = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    if document.get("format") != EXPORT_FORMAT:
        raise ValidationError(f"{folder} is not an nbgallery export this version can read.")
    return document


def restore_groups(records: list[dict[str, Any]]) -> None:
    for record in records:
        group, _ = Group.objects.get_or_create(
            gid=record["gid"],
            defaults={"name": record["name"], "description": record["description"],
                      "url": record["url"]},
        )  # fmt: skip
        for member in record["members"]:
            user = User.objects.filter(username=member["username"]).first()
            if user:
                Membership.objects.get_or_create(
                    group=group,
                    user=user,
                    defaults={"role": member["role"], "creator": member["creator"]},
                )


def moment(text: str) -> datetime:
    value = parse_datetime(text or "")
    if value is None:
        raise ValidationError(f"The export has a broken date: {text!r}.")
    return value


def resolve_owner(owner: str) -> User | Group:
    if owner.startswith("group:"):
        group = Group.objects.filter(gid=owner.removeprefix("group:")).first()
        if group is None:
            raise ValidationError(f"The owning group {owner} is not in the export.")
        return group
    user = User.objects.filter(username=owner).first()
    if user is None:
        raise ValidationError(f"The owner {owner!r} has no account here; create it first.")
    return user


def restore_notebook(folder: Path, record: dict[str, Any]) -> Notebook:
    """Recreate one exported notebook with its revisions (content blobs first)."""
    if Notebook.objects.filter(uuid=record["uuid"]).exists():
        raise ValidationError("A notebook with this UUID is already in the gallery.")
    owner = resolve_owner(record["owner"])
    users = {u.username: u for u in User.objects.all().only("pk", "username")}
    contents = {}
    for sha in {r["content_sha256"] for r in record["revisions"]} | {record["content_sha256"]}:
        data = (folder / "blobs" / f"{sha}.ipynb").read_bytes()
        if blobs.save_blob(data) != sha:
            raise ValidationError(f"The content {sha[:12]}… in the export is damaged.")
        contents[sha] = json.loads(data)
    current = contents[record["content_sha256"]]
    lang, version = ipynb.language(current)
    with transaction.atomic():
        notebook = Notebook.objects.create(
            uuid=record["uuid"],
            title=record["title"],
            description=record["description"],
            public=record["public"],
            lang=lang,
            lang_version=version or "",
            commit_id=record["commit_id"],
            content_sha256=record["content_sha256"],
            content_updated_at=moment(record["content_updated_at"]),
            owner_user=owner if isinstance(owner, User) else None,
            owner_group=owner if isinstance(owner, Group) else None,
            creator=users.get(record["creator"] or ""),
            updater=users.get(record["updater"] or ""),
            parent_uuid=record["parent_uuid"],
        )
        Notebook.objects.filter(pk=notebook.pk).update(created_at=moment(record["created_at"]))
        services.set_tags(users.get(record["creator"] or ""), notebook, record["tags"])  # type: ignore[arg-type]
        Share.objects.bulk_create(
            Share(notebook=notebook, user=users[name]) for name in record["shares"] if name in users
        )
        for item in record["revisions"]:
            revision = Revision.objects.create(
                notebook=notebook,
                user=users.get(item["user"] or ""),
                revtype=item["revtype"],
                commit_id=item["commit_id"],
                public=item["public"],
                content_sha256=item["content_sha256"],
                label=item["label"],
                summary=item["summary"],
            )
            Revision.objects.filter(pk=revision.pk).update(created_at=moment(item["created_at"]))
            if item["revtype"] != Revision.METADATA:
                CodeCell.objects.bulk_create(
                    CodeCell(revision=revision, cell_index=index, md5=md5)
                    for index, md5, _ in ipynb.code_cells(contents[item["content_sha256"]])
                )
        index_on_commit(notebook.pk)
    return notebook
