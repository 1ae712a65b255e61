"""Which notebooks a listing shows, and in what order.

Every function starts from ``Notebook.objects.readable_by(viewer)``, so no
listing, count or landing notebook can show a private notebook to someone
who may not read it. The querysets fetch the owner and updater in the same
query and the tags in one more, so a page of notebooks costs the same
handful of queries whatever its length.

Listings of other people's notebooks, and their counts, leave deprecated and
unapproved notebooks out (reference §3.6) unless the visitor ticks the
switches (``Shown``); the viewer's own lists (Mine, Starred, Shared with me)
keep them, since they are the viewer's to look after.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, Lower

from nbgallery.accounts.models import Group, Membership, User
from nbgallery.notebooks.models import Notebook, NotebookQuerySet, NotebookTag, Share, Star

# "python3" means the language python at major version 3 (reference §2.6).
LANGUAGE_WITH_VERSION = re.compile(r"(?P<lang>.*?[^\d])(?P<major>\d+)")


def readable(viewer: Any) -> NotebookQuerySet:
    """What the viewer may read, with what a listing row shows already fetched."""
    return (
        Notebook.objects.readable_by(viewer)
        .select_related("owner_user", "owner_group", "updater")
        .prefetch_related("tags")
    )


# The switches that put flagged notebooks back (``?show_deprecated=1``), as
# the original names them; the search page has the same two.
SWITCHES = ("show_deprecated", "show_unapproved")
SWITCHED_ON = {"1", "true", "on", "yes"}


@dataclass(frozen=True)
class Shown:
    """Which flagged notebooks a listing shows anyway."""

    deprecated: bool = False
    unapproved: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Shown:
        """From ``show_deprecated`` / ``show_unapproved`` (anything odd is off)."""
        on = {param: query.get(param, "").lower() in SWITCHED_ON for param in SWITCHES}
        return cls(deprecated=on["show_deprecated"], unapproved=on["show_unapproved"])


def in_use(notebooks: NotebookQuerySet, shown: Shown = Shown()) -> NotebookQuerySet:
    """Without the deprecated and unapproved notebooks, unless ``shown``."""
    if not shown.deprecated:
        notebooks = notebooks.filter(deprecated=False)
    if not shown.unapproved:
        notebooks = notebooks.filter(unapproved=False)
    return notebooks


def newest_first(notebooks: NotebookQuerySet) -> NotebookQuerySet:
    # The primary key breaks ties, so that pages neither repeat nor skip rows.
    return notebooks.order_by("-updated_at", "-pk")


def recent(viewer: Any, shown: Shown = Shown()) -> NotebookQuerySet:
    """Every notebook the viewer may read, the most recently created first."""
    return in_use(readable(viewer), shown).order_by("-created_at", "-pk")


def trending(viewer: Any, shown: Shown = Shown()) -> NotebookQuerySet:
    """Every notebook the viewer may read, the most trending first (reference §5.4).

    Trendiness is kept by the usage jobs, and set to 1.0 when a notebook is
    published or gets a new version; notebooks never used come last, the
    newest first.
    """
    return in_use(readable(viewer), shown).order_by(
        F("summary__trendiness").desc(nulls_last=True), "-pk"
    )


def starred(viewer: Any) -> NotebookQuerySet:
    """Readable notebooks the viewer starred, the most recently starred first.
    Nothing for an anonymous visitor."""
    if not viewer.is_authenticated:
        return readable(viewer).none()
    stars = Star.objects.filter(user=viewer)
    starred_at = stars.filter(notebook=OuterRef("pk")).values("created_at")[:1]
    return (
        readable(viewer)
        .filter(pk__in=stars.values("notebook"))
        .annotate(starred_at=Subquery(starred_at))
        .order_by("-starred_at", "-pk")
    )


def recommended(viewer: Any) -> NotebookQuerySet:
    """Readable notebooks in use recommended to the viewer by the nightly job
    (reference §5.3), the highest summed score first. Nothing for an anonymous visitor."""
    if not viewer.is_authenticated:
        return readable(viewer).none()
    from nbgallery.recommendations.models import Recommendation  # the app builds on this one

    rows = Recommendation.objects.filter(user=viewer)
    total = (
        rows.filter(notebook=OuterRef("pk"))
        .order_by()
        .values("notebook")
        .annotate(total=Sum("score"))
        .values("total")
    )
    return (
        in_use(readable(viewer))
        .filter(pk__in=rows.values("notebook"))
        .annotate(recommendation_score=Subquery(total))
        .order_by("-recommendation_score", "-pk")
    )


def mine(viewer: Any) -> NotebookQuerySet:
    """The viewer's own notebooks: those they own, created or last updated,
    plus those owned by any group they belong to (whatever their role).
    Nothing for an anonymous visitor."""
    if not viewer.is_authenticated:
        return readable(viewer).none()
    groups = Membership.objects.filter(user=viewer).values("group")
    return newest_first(
        readable(viewer).filter(
            Q(owner_user=viewer) | Q(creator=viewer) | Q(updater=viewer) | Q(owner_group__in=groups)
        )
    )


def shared_with(viewer: Any) -> NotebookQuerySet:
    """Notebooks someone shared with the viewer. Nothing for an anonymous visitor."""
    if not viewer.is_authenticated:
        return readable(viewer).none()
    shares = Share.objects.filter(user=viewer).values("notebook")
    return newest_first(readable(viewer).filter(pk__in=shares))


def with_tag(viewer: Any, tag: str, shown: Shown = Shown()) -> NotebookQuerySet:
    """Readable notebooks carrying the tag."""
    tagged = NotebookTag.objects.filter(tag__name=tag).values("notebook")
    return newest_first(in_use(readable(viewer), shown).filter(pk__in=tagged))


def in_language(viewer: Any, lang: str, shown: Shown = Shown()) -> NotebookQuerySet:
    """Readable notebooks in the language; ``python3`` also matches python at version 3.x."""
    matches = Q(lang__iexact=lang)
    versioned = LANGUAGE_WITH_VERSION.fullmatch(lang)
    if versioned:
        major = versioned["major"]
        matches |= Q(lang__iexact=versioned["lang"]) & (
            Q(lang_version=major) | Q(lang_version__startswith=f"{major}.")
        )
    return newest_first(in_use(readable(viewer), shown).filter(matches))


def of_user(viewer: Any, person: User, shown: Shown = Shown()) -> NotebookQuerySet:
    """Readable notebooks the person owns, created or last updated (reference §2.6)."""
    return newest_first(
        in_use(readable(viewer), shown).filter(
            Q(owner_user=person) | Q(creator=person) | Q(updater=person)
        )
    )


def of_group(viewer: Any, group: Group, shown: Shown = Shown()) -> NotebookQuerySet:
    """Readable notebooks the group owns."""
    return newest_first(in_use(readable(viewer), shown).filter(owner_group=group))


def tag_counts(viewer: Any) -> list[tuple[str, int]]:
    """(tag, number of notebooks in use the viewer may read with it), by tag name;
    unused tags left out."""
    visible = in_use(Notebook.objects.readable_by(viewer)).values("pk")
    rows = (
        NotebookTag.objects.filter(notebook__in=visible)
        .values_list("tag__name")
        .annotate(count=Count("notebook"))
        .order_by("tag__name")
    )
    return [(name, count) for name, count in rows]


def with_notebook_counts(viewer: Any, groups: QuerySet[Group]) -> QuerySet[Group]:
    """The groups, each with ``notebook_count``: the notebooks in use it owns that
    the viewer may read (what its page lists)."""
    owned = (
        in_use(Notebook.objects.readable_by(viewer))
        .filter(owner_group=OuterRef("pk"))
        .order_by()
        .values("owner_group")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return groups.annotate(notebook_count=Coalesce(Subquery(owned), 0))


@dataclass
class LanguageCount:
    """A language with its number of readable notebooks, and the same split by major version."""

    name: str
    count: int = 0
    versions: dict[str, int] = field(default_factory=dict)


def language_counts(viewer: Any) -> list[LanguageCount]:
    """Readable notebooks in use per language, by name, with e.g. python2 and python3 split out."""
    rows = (
        in_use(Notebook.objects.readable_by(viewer))
        .exclude(lang="")
        .values_list("lang", "lang_version")
        .annotate(count=Count("pk"))
        .order_by("lang", "lang_version")
    )
    languages: dict[str, LanguageCount] = {}
    for lang, version, count in rows:
        language = languages.setdefault(lang, LanguageCount(lang))
        language.count += count
        major = version.split(".", 1)[0]
        if major.isdigit():
            key = f"{lang}{major}"
            language.versions[key] = language.versions.get(key, 0) + count
    return list(languages.values())


def landing_of(viewer: Any, group: Group) -> Notebook | None:
    """The group's landing notebook, if it has one and the viewer may read it."""
    if group.landing_id is None:
        return None
    return readable(viewer).filter(pk=group.landing_id).first()


def paginate(notebooks: NotebookQuerySet, number: Any) -> Page:
    """One page of a listing; a missing, bad or too large page number gives a real page."""
    return Paginator(notebooks, settings.NBGALLERY_NOTEBOOKS_PER_PAGE).get_page(number)


@dataclass
class GroupListing:
    """What a group page shows about notebooks: the landing one, a page of the
    group's notebooks and, for the group's owners, the choices of landing notebook."""

    landing: Notebook | None
    page: Page
    landing_choices: list[LandingChoice] | None


@dataclass
class LandingChoice:
    uuid: str
    title: str
    current: bool


def group_listing(
    viewer: Any, group: Group, page_number: Any, shown: Shown = Shown()
) -> GroupListing:
    """Everything a group page needs about its notebooks."""
    choices = None
    if group.can_manage(viewer):
        rows = (
            Notebook.objects.readable_by(viewer)
            .filter(owner_group=group)
            .order_by(Lower("title"), "pk")
            .values_list("pk", "uuid", "title")
        )
        choices = [
            LandingChoice(str(uuid), title, pk == group.landing_id) for pk, uuid, title in rows
        ]
    return GroupListing(
        landing=landing_of(viewer, group),
        page=paginate(of_group(viewer, group, shown), page_number),
        landing_choices=choices,
    )
