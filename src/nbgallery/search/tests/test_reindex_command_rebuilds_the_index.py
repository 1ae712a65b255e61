from io import StringIO

import pytest
from django.core.management import call_command

from nbgallery.search.models import SearchDocument, SearchPackage
from nbgallery.search.tests.conftest import code_cell, titles

pytestmark = pytest.mark.django_db


def test_reindex_restores_a_lost_index(alice, charlie, publish, search):
    publish(alice, title="Tidal pools", cells=[code_cell("import xarray")])
    publish(alice, title="Rock pools")
    SearchPackage.objects.all().delete()
    SearchDocument.objects.all().delete()
    assert search(charlie, "pools").total == 0

    out = StringIO()
    call_command("reindex", stdout=out, stderr=StringIO())

    assert "Indexed 2 notebook(s)" in out.getvalue()
    assert sorted(titles(search(charlie, "pools"))) == ["Rock pools", "Tidal pools"]
    assert titles(search(charlie, "package:xarray")) == ["Tidal pools"]


def test_reindex_twice_changes_nothing(alice, charlie, publish, search):
    publish(alice, title="Tidal pools")
    call_command("reindex", stdout=StringIO(), stderr=StringIO())
    call_command("reindex", stdout=StringIO(), stderr=StringIO())
    assert SearchDocument.objects.count() == 1
    assert titles(search(charlie, "tidal")) == ["Tidal pools"]


@pytest.mark.django_db(transaction=True)
def test_reindex_outside_a_transaction_also_tidies_the_index(alice, charlie, publish, search):
    # As an administrator runs it: not inside a test's transaction, so that
    # PostgreSQL's VACUUM (which refuses to run in one) takes place.
    publish(alice, title="Tidal pools")
    SearchDocument.objects.all().delete()

    call_command("reindex", stdout=StringIO(), stderr=StringIO())

    assert titles(search(charlie, "tidal")) == ["Tidal pools"]
