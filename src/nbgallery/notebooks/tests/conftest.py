"""Notebooks for tests, made through the real services (stage, then publish).

Fixtures:

* ``publish(owner, actor=None, *, title=..., public=..., cells=..., ...)``
  returns a published Notebook. ``owner`` is a User or a Group; ``actor``
  (who uploads) defaults to the owner when that is a user. ``trusted=True``
  has an admin tag it ``trusted`` and upload the cells again as a new
  version, the only way a notebook keeps its outputs.
* ``new_version(notebook, actor, *, cells=..., label=..., summary=...)``
  uploads new content and returns the Revision.
* ``team``: alice's group "Analytics" with bob as a member.
* ``isolated_storage``: the default storage in the test's own folder (the
  ``publish`` fixture uses it).

The builders ``markdown_cell``, ``code_cell``, ``notebook_bytes``,
``hostile_cells`` (every script-injection trick we know, for the tests that
prove none runs) and the
plain functions ``publish_notebook`` / ``publish_new_version`` (the same as
the fixtures, for code outside this folder such as the browser tests) are
imported from here: ``from nbgallery.notebooks.tests.conftest import ...``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

import pytest

from nbgallery.accounts import services as accounts
from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Revision


def markdown_cell(source: str, **extra: Any) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": source, **extra}


def code_cell(source: str, outputs: Iterable[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:
    return {
        "cell_type": "code",
        "metadata": {},
        "source": source,
        "execution_count": 1 if outputs else None,
        "outputs": list(outputs),
        **extra,
    }


def notebook_bytes(
    cells: Iterable[dict[str, Any]] = (), *, language: str = "python", **metadata: Any
) -> bytes:
    """A small nbformat 4.5 notebook; cells get ids if they have none."""
    cells = [{"id": f"cell-{index}", **cell} for index, cell in enumerate(cells)]
    kernel = {"python": "python3", "r": "ir", "ruby": "ruby"}.get(language, language)
    document = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": kernel, "language": language, "display_name": language},
            "language_info": {"name": language},
            **metadata,
        },
        "cells": cells,
    }
    return json.dumps(document).encode()


def hostile_cells() -> list[dict[str, Any]]:
    """Cells that try every way we know to run script on the notebook page.

    Each payload, if it ran, would set ``window.__pwned`` or open a dialog.
    Links to click carry the text ``click-me-<n>``. There is math too, so a
    test can see that our own MathJax still works.
    """
    svg_script = (
        '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=\'svg-onload\'">'
        "<script>window.__pwned='svg-script';alert('svg')</script>"
        '<a href="javascript:alert(\'svg-link\')"><text x="0" y="15">click-me-svg</text></a>'
        "</svg>"
    )
    evil_svg = base64.b64encode(svg_script.encode()).decode()
    html_output = (
        "<script>window.__pwned='html-script';alert('html')</script>"
        "<img src=x onerror=\"window.__pwned='html-img';alert('img')\">"
        "<div onmouseover=\"window.__pwned='hover'\">hover-me</div>"
        "<a href=\"javascript:window.__pwned='html-link';alert(1)\">click-me-html</a>"
        "<iframe src=\"javascript:alert('iframe')\"></iframe>"
        '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'
        "<object data=\"javascript:alert('object')\"></object>"
        "<embed src=\"javascript:alert('embed')\">"
        "<form action=\"javascript:alert('form')\"><button>click-me-form</button></form>"
        '<meta http-equiv="refresh" content="0;url=javascript:alert(\'meta\')">'
        "<base href=\"javascript:alert('base')//\">"
        "<style>body{background:url(\"javascript:alert('css')\")}</style>"
        "<details open ontoggle=\"window.__pwned='toggle'\"><summary>s</summary></details>"
        "<math><a xlink:href=\"javascript:alert('math')\">click-me-mathml</a></math>"
    )
    return [
        markdown_cell(
            "# Hostile\n\n"
            "Math stays: $e^{i\\pi} + 1 = 0$ and "
            "$\\href{javascript:alert('tex')}{click-me-tex}$.\n\n"
            "<script>window.__pwned='md-script';alert('md')</script>\n\n"
            "<img src=\"x\" onerror=\"window.__pwned='md-img';alert('md-img')\">\n\n"
            "[click-me-md](javascript:window.__pwned='md-link';alert('md-link'))\n\n"
            "<a href=\" JaVaScRiPt:alert('case')\">click-me-case</a>\n\n"
            "<a href=\"&#106;avascript:alert('entity')\">click-me-entity</a>\n\n"
            "<a href=\"data:text/html,<script>alert('data')</script>\">click-me-data</a>\n\n"
            + svg_script
            + "\n\n![click-me-attachment](attachment:evil.svg)\n",
            attachments={"evil.svg": {"image/svg+xml": evil_svg}},
        ),
        code_cell(
            "display(HTML(payload))",
            outputs=[
                {"output_type": "display_data", "metadata": {}, "data": {"text/html": html_output}},
                {
                    "output_type": "display_data",
                    "metadata": {},
                    "data": {"image/svg+xml": svg_script},
                },
                {
                    "output_type": "display_data",
                    "metadata": {},
                    "data": {
                        "application/javascript": "window.__pwned='js-output';alert('js')",
                        "text/plain": "<IPython.core.display.Javascript object>",
                    },
                },
                {
                    "output_type": "execute_result",
                    "execution_count": 1,
                    "metadata": {},
                    "data": {"text/markdown": "<img src=x onerror=\"window.__pwned='md-out'\">"},
                },
            ],
        ),
    ]


DEFAULT_CELLS = [
    markdown_cell("# Sales report\n\nMonthly sales, with $e^{i\\pi} + 1 = 0$."),
    code_cell("total = sum(range(10))\nprint(total)"),
]


def publish_notebook(
    owner: Any,
    actor: Any = None,
    *,
    title: str = "Sales report",
    public: bool = True,
    cells: Iterable[dict[str, Any]] | None = None,
    description: str = "Monthly sales figures.",
    tags: str = "",
    language: str = "python",
    trusted_by: Any = None,
) -> Notebook:
    """Publish a notebook through stage_upload + publish_notebook.

    With ``trusted_by`` (an admin), the notebook is then tagged ``trusted``
    and the same cells are uploaded again, so that their outputs are kept.
    """
    if actor is None:
        actor = owner
    raw = notebook_bytes(DEFAULT_CELLS if cells is None else cells, language=language)
    stage = services.stage_upload(actor, raw, filename=f"{title}.ipynb")
    notebook, _created = services.publish_notebook(
        actor,
        stage,
        title=title,
        description=description,
        tags=tags,
        owner=owner,
        public=public,
        agreed=True,
    )
    if trusted_by is not None:
        names = [*notebook.tags.values_list("name", flat=True), "trusted"]
        services.change_details(
            trusted_by,
            notebook,
            title=notebook.title,
            description=notebook.description,
            tags=names,
            public=notebook.public,
        )
        publish_new_version(notebook, actor, raw=raw)
        notebook.refresh_from_db()
    return notebook


def publish_new_version(
    notebook: Notebook,
    actor: Any,
    *,
    cells: Iterable[dict[str, Any]] | None = None,
    raw: bytes | None = None,
    label: str = "",
    summary: str = "",
    language: str = "python",
) -> Revision:
    if raw is None:
        raw = notebook_bytes(DEFAULT_CELLS if cells is None else cells, language=language)
    stage = services.stage_upload(actor, raw, target=notebook)
    revision = services.update_notebook_content(
        actor, notebook, stage, label=label, summary=summary
    )
    notebook.refresh_from_db()
    return revision


@pytest.fixture
def isolated_storage(settings, tmp_path):
    """Files (notebook blobs, rendered HTML) in this test's own folder.

    Content is stored by its hash, so tests sharing a folder would find each
    other's blobs and cached renders.
    """
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    return tmp_path / "files"


@pytest.fixture
def publish(request, isolated_storage):
    """``publish(owner, actor=None, *, title, public, cells, description, tags,
    language, trusted=False)`` → a published Notebook (see the module docstring).

    Uses ``isolated_storage``.
    """

    def publish(owner: Any, actor: Any = None, *, trusted: bool = False, **kwargs: Any):
        trusted_by = request.getfixturevalue("admin_user") if trusted else None
        return publish_notebook(owner, actor, trusted_by=trusted_by, **kwargs)

    return publish


@pytest.fixture
def new_version():
    """``new_version(notebook, actor, *, cells, label, summary)`` → the new Revision."""
    return publish_new_version


@pytest.fixture
def team(alice, bob):
    """'Analytics', owned by alice, with bob as a plain member."""
    group = accounts.create_group(alice, "Analytics", "We count things.", "")
    accounts.add_member(alice, group, "bob", "member")
    return group
