"""The file name comes from the title, with nothing a file system or a header chokes on."""

from __future__ import annotations

from urllib.parse import unquote

from django.urls import reverse


def disposition(client, notebook) -> str:
    response = client.get(reverse("notebook_download", args=[notebook.uuid]))
    assert response.status_code == 200
    return response["Content-Disposition"]


def test_quotes_semicolons_and_wildcards_are_replaced(publish, alice, alice_client):
    notebook = publish(alice, title='Report "final"; rm -rf * <b>')

    header = disposition(alice_client, notebook)

    assert header == 'attachment; filename="Report _final_ rm -rf _ _b.ipynb"'


def test_a_title_in_another_script_keeps_its_letters(publish, alice, alice_client):
    notebook = publish(alice, title="Анализ продаж 2024")

    header = disposition(alice_client, notebook)

    assert header.startswith("attachment; filename*=utf-8''")
    assert unquote(header.split("''", 1)[1]) == "Анализ продаж 2024.ipynb"


def test_a_title_of_only_symbols_becomes_notebook(publish, alice, alice_client):
    notebook = publish(alice, title="*** ???")

    assert disposition(alice_client, notebook) == 'attachment; filename="notebook.ipynb"'
