"""Counts beside the results: tags, languages, owners and groups of ALL matches."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from nbgallery.notebooks.models import Notebook, NotebookTag

FACET_SIZE = 10
LANGUAGE_LABELS = {"python": "Python", "r": "R", "julia": "Julia", "javascript": "JavaScript"}


@dataclass
class FacetValue:
    label: str  # what to show, e.g. "pandas", "Python", "Alice Smith"
    term: str  # what to add to the query to narrow it, e.g. 'tag:pandas'
    count: int


def quoted(value: str) -> str:
    """A query-language value: bare if it is one word, else in quotes (which it may not contain)."""
    value = " ".join(value.replace('"', " ").split())
    return value if re.fullmatch(r"[\w.@-]+", value) else f'"{value}"'


def language_label(lang: str) -> str:
    return LANGUAGE_LABELS.get(lang.lower(), lang[:1].upper() + lang[1:])


def facet_counts(matches: QuerySet[Notebook]) -> dict[str, list[FacetValue]]:
    """Tags, languages, owners (users) and groups, biggest first, at most ten each."""
    ids = matches.order_by().values("pk")
    tags = (
        NotebookTag.objects.filter(notebook__in=ids)
        .values("tag__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "tag__name")[:FACET_SIZE]
    )
    languages = (
        Notebook.objects.filter(pk__in=ids)
        .exclude(lang="")
        .values("lang")
        .annotate(count=Count("pk"))
        .order_by("-count", "lang")[:FACET_SIZE]
    )
    owners = (
        Notebook.objects.filter(pk__in=ids, owner_user__isnull=False)
        .values("owner_user__username", "owner_user__first_name", "owner_user__last_name")
        .annotate(count=Count("pk"))
        .order_by("-count", "owner_user__username")[:FACET_SIZE]
    )
    groups = (
        Notebook.objects.filter(pk__in=ids, owner_group__isnull=False)
        .values("owner_group__name", "owner_group_id")
        .annotate(count=Count("pk"))
        .order_by("-count", "owner_group__name")[:FACET_SIZE]
    )
    return {
        "tags": [FacetValue(t["tag__name"], f"tag:{t['tag__name']}", t["count"]) for t in tags],
        "languages": [
            FacetValue(language_label(row["lang"]), f"lang:{quoted(row['lang'])}", row["count"])
            for row in languages
        ],
        "owners": [
            FacetValue(
                f"{row['owner_user__first_name']} {row['owner_user__last_name']}".strip()
                or row["owner_user__username"],
                f"owner:{row['owner_user__username']}",
                row["count"],
            )
            for row in owners
        ],
        "groups": [
            FacetValue(
                row["owner_group__name"], f"owner:{quoted(row['owner_group__name'])}", row["count"]
            )
            for row in groups
        ],
    }
