"""RSS feeds of the listings (reference §5.1: "RSS works on every listing").

Feed readers rarely carry a session, so a feed usually shows what an
anonymous visitor may read: the public notebooks. A request that does carry
a session (a browser following the page's feed link) gets what that user
may read, exactly like the page: the listing views hand over the same
permission-filtered queryset for every format.

Titles and descriptions are user-written. RSS readers differ on whether
they treat them as text or as HTML, so both are HTML-escaped before the
XML writer escapes them again (as Django's own ``Feed.item_title`` does):
a reader that renders HTML shows ``<script>`` as text, one that does not
shows the entity, and none runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.html import escape

from nbgallery.notebooks.listings import newest_first
from nbgallery.notebooks.models import Notebook, NotebookQuerySet

FEED_SIZE = 50


@dataclass
class NotebookListing:
    """What a notebook feed shows: already filtered to what the requester may read."""

    title: str
    link: str
    notebooks: NotebookQuerySet


@dataclass
class CountListing:
    """What a count feed shows (tags, languages, groups): (name, count, url) rows."""

    title: str
    link: str
    rows: list[tuple[str, int, str]]


class NotebookFeed(Feed):
    """A listing's notebooks, the most recently updated first."""

    def get_object(self, request: HttpRequest, listing: NotebookListing) -> NotebookListing:  # type: ignore[override]
        return listing

    def title(self, listing: NotebookListing) -> str:
        return escape(f"{settings.SITE_NAME}: {listing.title}")

    def link(self, listing: NotebookListing) -> str:
        return listing.link

    def description(self, listing: NotebookListing) -> str:
        return escape(f"{listing.title}, the most recently updated first.")

    def items(self, listing: NotebookListing) -> NotebookQuerySet:
        return newest_first(listing.notebooks)[:FEED_SIZE]

    def item_title(self, notebook: Notebook) -> str:
        return escape(notebook.title)

    def item_description(self, notebook: Notebook) -> str:
        return escape(notebook.description)

    def item_link(self, notebook: Notebook) -> str:
        return notebook.get_absolute_url()

    def item_pubdate(self, notebook: Notebook) -> datetime:
        return notebook.updated_at

    def item_author_name(self, notebook: Notebook) -> str:
        # Written as <dc:creator>: RSS's <author> wants an e-mail address,
        # which a feed must not give away.
        return notebook.owner_name

    def item_categories(self, notebook: Notebook) -> list[str]:
        return [tag.name for tag in notebook.tags.all()]


class CountFeed(Feed):
    """A count page as a feed: one item per tag, language or group, with its count."""

    def get_object(self, request: HttpRequest, listing: CountListing) -> CountListing:  # type: ignore[override]
        return listing

    def title(self, listing: CountListing) -> str:
        return escape(f"{settings.SITE_NAME}: {listing.title}")

    def link(self, listing: CountListing) -> str:
        return listing.link

    def description(self, listing: CountListing) -> str:
        return escape(f"{listing.title}, with how many notebooks you may read in each.")

    def items(self, listing: CountListing) -> list[tuple[str, int, str]]:
        return listing.rows

    def item_title(self, row: tuple[str, int, str]) -> str:
        name, count, _ = row
        return escape(f"{name} ({count} notebook{'' if count == 1 else 's'})")

    def item_description(self, row: tuple[str, int, str]) -> str:
        return ""

    def item_link(self, row: tuple[str, int, str]) -> str:
        return row[2]
