"""Rendered HTML is kept per content in the shared storage: views do not render again."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django_tasks_db.models import DBTaskResult

from nbgallery.notebooks import render_cache, tasks
from nbgallery.notebooks.tests.conftest import markdown_cell


@pytest.fixture
def renders(monkeypatch):
    """Counts calls of the renderer behind the cache."""
    calls: list[str] = []
    real = render_cache.render_notebook

    def counting(nb, *, trusted, language):
        calls.append(language)
        return real(nb, trusted=trusted, language=language)

    monkeypatch.setattr(render_cache, "render_notebook", counting)
    return calls


def test_the_second_view_uses_the_stored_html(publish, alice, client, renders):
    notebook = publish(alice, cells=[markdown_cell("Rendered-once marker")])

    first = client.get(notebook.get_absolute_url()).content.decode()
    second = client.get(notebook.get_absolute_url()).content.decode()

    assert len(renders) == 1
    assert "Rendered-once marker" in first and "Rendered-once marker" in second
    name = render_cache.entry_name(notebook.content_sha256, trusted=False)
    assert name.startswith("rendered/")
    assert default_storage.exists(name)


def test_a_new_version_is_rendered_anew_and_the_old_one_stays_cached(
    publish, new_version, alice, client, renders
):
    notebook = publish(alice, cells=[markdown_cell("Version one")])
    first_revision = notebook.revisions.get()
    client.get(notebook.get_absolute_url())

    new_version(notebook, alice, cells=[markdown_cell("Version two")])
    page = client.get(notebook.get_absolute_url()).content.decode()
    old = client.get(first_revision.get_absolute_url()).content.decode()

    assert "Version two" in page and "Version one" in old
    assert len(renders) == 2  # version one once, version two once


def test_the_render_task_warms_the_cache_before_the_first_view(publish, alice, client, renders):
    notebook = publish(alice, cells=[markdown_cell("Warm marker")])

    tasks.render_revision.call(notebook.pk)
    tasks.render_revision.call(notebook.pk)  # idempotent
    page = client.get(notebook.get_absolute_url()).content.decode()

    assert "Warm marker" in page
    assert len(renders) == 1


def test_publishing_and_a_new_version_queue_the_render_task_after_commit(
    publish, new_version, alice, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notebook = publish(alice, cells=[markdown_cell("One")])
        new_version(notebook, alice, cells=[markdown_cell("Two")])

    queued = DBTaskResult.objects.filter(task_path=tasks.render_revision.module_path)
    assert [result.args_kwargs["args"] for result in queued] == [[notebook.pk], [notebook.pk]]


def test_a_cut_short_entry_is_rendered_again(publish, alice, client, renders):
    notebook = publish(alice, cells=[markdown_cell("Whole marker")])
    name = render_cache.entry_name(notebook.content_sha256, trusted=False)
    default_storage.save(name, ContentFile(b"<div>half"))

    page = client.get(notebook.get_absolute_url()).content.decode()

    assert "Whole marker" in page and "<div>half" not in page
    assert len(renders) == 1
