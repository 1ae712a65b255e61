"""Who may find a notebook, and which filters it passes, as words in its search document.

Checking each match against the notebook table costs a row lookup per
match: at 100,000 notebooks a common word matches most of them, and the
lookups alone take longer than a whole search should. So each search
document carries an ``access`` field of tokens (words that no query can type,
since queries never search that field) and the full-text engine checks them
together with the text, as Solr did for the original:

    all public u<owner id> g<owning group id> s<sharee id>... deprecated unapproved p<package>...

A viewer may read a document carrying any of ``viewer_tokens(viewer)``:
exactly ``Notebook.objects.readable_by`` (public, their own, their groups',
shared with them). The page of results is still loaded through
``readable_by``, so a document not yet re-indexed after a change can never
show what the viewer may not read.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from nbgallery.accounts.models import Membership

EVERY = "all"  # on every document: what an admin's search is anchored on
PUBLIC = "public"
DEPRECATED = "deprecated"
UNAPPROVED = "unapproved"


PACKAGE_TOKEN = re.compile(r"p[0-9a-f]{16}")  # PostgreSQL's migration 0004 matches it too


def package_token(name: str) -> str:
    """A package name as one token of letters and digits (names hold ``.``, ``-``, ``_``)."""
    return "p" + hashlib.sha256(name.lower().encode()).hexdigest()[:16]


def is_package_token(token: str) -> bool:
    return PACKAGE_TOKEN.fullmatch(token) is not None


def document_tokens(
    *,
    public: bool,
    owner_user_id: int | None,
    owner_group_id: int | None,
    sharee_ids: Iterable[int],
    deprecated: bool,
    unapproved: bool,
    packages: Iterable[str],
) -> str:
    """The ``access`` field of a notebook's search document."""
    tokens = [EVERY]
    if public:
        tokens.append(PUBLIC)
    if owner_user_id is not None:
        tokens.append(f"u{owner_user_id}")
    if owner_group_id is not None:
        tokens.append(f"g{owner_group_id}")
    tokens += [f"s{user_id}" for user_id in sorted(set(sharee_ids))]
    if deprecated:
        tokens.append(DEPRECATED)
    if unapproved:
        tokens.append(UNAPPROVED)
    tokens += sorted({package_token(name) for name in packages})
    return " ".join(tokens)


def viewer_tokens(viewer: Any) -> list[str]:
    """Tokens of which a document needs one for ``viewer`` to read it (as ``readable_by``)."""
    if getattr(viewer, "is_admin", False):
        return [EVERY]
    if not viewer.is_authenticated:
        return [PUBLIC]
    groups = Membership.objects.filter(user=viewer).values_list("group_id", flat=True)
    return [PUBLIC, f"u{viewer.pk}", f"s{viewer.pk}", *(f"g{group}" for group in groups)]
