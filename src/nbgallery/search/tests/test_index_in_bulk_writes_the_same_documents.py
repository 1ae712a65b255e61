"""Indexing many notebooks at once (first builds, the benchmark) gives the same search."""

from nbgallery.notebooks.tests.conftest import code_cell
from nbgallery.search.indexing import index_notebooks_in_bulk
from nbgallery.search.models import SearchDocument, SearchPackage
from nbgallery.search.tests.conftest import titles


def rows():
    # Everything but when it was written.
    fields = [
        f.attname
        for f in SearchDocument._meta.concrete_fields
        if f.get_internal_type() != "DateTimeField"
    ]
    documents = sorted(SearchDocument.objects.values_list(*fields), key=str)
    packages = sorted(SearchPackage.objects.values_list("notebook_id", "name"))
    return documents, packages


def test_bulk_indexing_writes_what_indexing_one_by_one_writes(publish, alice, search):
    first = publish(alice, title="Churn model", cells=[code_cell("import pandas as pd")])
    second = publish(alice, title="Sales plots", cells=[code_cell("from matplotlib import pyplot")])
    one_by_one = rows()
    SearchDocument.objects.all().delete()
    SearchPackage.objects.all().delete()
    assert titles(search(alice, "churn")) == []

    index_notebooks_in_bulk([first.pk, second.pk])

    assert rows() == one_by_one
    assert titles(search(alice, "churn")) == ["Churn model"]
    assert titles(search(alice, "package:matplotlib")) == ["Sales plots"]
