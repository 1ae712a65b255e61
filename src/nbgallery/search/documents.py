"""What search reads from a notebook: its text fields and the packages it imports."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from nbgallery.accounts.models import User
from nbgallery.lib.packages import imported_packages
from nbgallery.notebooks import blobs
from nbgallery.notebooks.models import Notebook
from nbgallery.search.access import document_tokens

logger = logging.getLogger(__name__)

# A tsvector holds at most 1 MB; far more text than anyone searches for, and
# it keeps very large notebooks from failing to index on PostgreSQL.
MAX_BODY_CHARS = 300_000


@dataclass
class Document:
    title: str = ""
    owner: str = ""
    creator: str = ""
    updater: str = ""
    description: str = ""
    tags: str = ""
    lang: str = ""
    body: str = ""
    packages: list[str] = field(default_factory=list)
    access: str = ""  # see access.py

    def text_fields(self) -> dict[str, str]:
        """The SearchDocument fields (the packages have their own table)."""
        names = ("title", "owner", "creator", "updater", "description", "tags", "lang", "body")
        return {name: getattr(self, name) for name in names} | {"access": self.access}


def person(user: User | None) -> str:
    """The user name and the full name, so that either finds the person."""
    if user is None:
        return ""
    # Once each: "alice Alice Owner" would count alice twice in the ranking.
    words: dict[str, str] = {}
    for word in f"{user.username} {user.get_full_name()}".split():
        words.setdefault(word.lower(), word)
    return " ".join(words.values())


def cell_sources(content: dict[str, Any]) -> list[tuple[str, str]]:
    """(cell type, source) of every cell."""
    cells = content.get("cells", []) if isinstance(content, dict) else []
    found = []
    for cell in cells:
        source = cell.get("source", "") if isinstance(cell, dict) else ""
        text = "".join(source) if isinstance(source, list) else str(source)
        found.append((str(cell.get("cell_type", "")), text))
    return found


def read_cells(notebook: Notebook) -> list[tuple[str, str]]:
    try:
        return cell_sources(json.loads(blobs.read_blob(notebook.content_sha256)))
    except Exception:
        # The details stay findable when the content cannot be read; the next
        # change or `nbgallery reindex` picks the text up again.
        logger.warning("Could not read notebook %s for search", notebook.pk, exc_info=True)
        return []


def build_document(notebook: Notebook) -> Document:
    """The searchable text of a notebook (people selected; tags and shares prefetched)."""
    cells = read_cells(notebook)
    owner = person(notebook.owner_user) if notebook.owner_user else notebook.owner_group.name  # type: ignore[union-attr]
    code = [source for kind, source in cells if kind == "code"]
    packages = imported_packages(notebook.lang, code)
    access = document_tokens(
        public=notebook.public,
        owner_user_id=notebook.owner_user_id,
        owner_group_id=notebook.owner_group_id,
        sharee_ids=[user.pk for user in notebook.shares.all()],
        deprecated=notebook.deprecated,
        unapproved=notebook.unapproved,
        packages=packages,
    )
    return Document(
        title=notebook.title,
        owner=owner,
        creator=person(notebook.creator),
        updater=person(notebook.updater),
        description=notebook.description,
        tags=" ".join(tag.name for tag in notebook.tags.all()),
        lang=notebook.lang,
        body="\n\n".join(source for _kind, source in cells)[:MAX_BODY_CHARS],
        packages=packages,
        access=access,
    )
