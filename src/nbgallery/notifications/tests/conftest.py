"""Fixtures of the notifications tests.

The notebook fixtures (``publish``, ``new_version``, ``team``) come from the
notebooks app. ``email_template`` is a throwaway pair of email templates, so
that ``send_notification`` is tested as other apps call it. ``at(day, hour)``
is a moment in January 2030, local time, and ``backdate`` moves rows there.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from django.utils import timezone

from nbgallery.notebooks.tests.conftest import (  # noqa: F401 (fixtures)
    isolated_storage,
    new_version,
    publish,
    team,
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime(2030, 1, day, hour, minute))


def backdate(queryset, when: datetime, field: str = "created_at") -> None:
    queryset.update(**{field: when})


@pytest.fixture
def email_template(settings, tmp_path):
    """Name of a template pair ``<name>.txt`` / ``<name>.html`` showing ``title``."""
    folder = tmp_path / "templates" / "elsewhere"
    folder.mkdir(parents=True)
    (folder / "hello.txt").write_text("Plain news about {{ title }}.\n")
    (folder / "hello.html").write_text("<p>HTML news about <em>{{ title }}</em>.</p>\n")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path / "templates", *settings.TEMPLATES[0]["DIRS"]]}
    ]
    return "elsewhere/hello"


def parts(message) -> tuple[str, str]:
    """The plain-text and the HTML part of a sent email."""
    html = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(html) == 1
    return message.body, html[0]


def comment_model():
    from django.apps import apps

    try:
        return apps.get_model("social", "Comment")
    except LookupError:
        pytest.skip("the social app has no comments yet")


_edits = iter(range(1_000_000))


def fresh_cells() -> list[dict]:
    """Cells no other version has, so that an upload is a new version, not a no-op."""
    from nbgallery.notebooks.tests.conftest import markdown_cell

    return [markdown_cell(f"# Edit number {next(_edits)}")]
