from nbformat.validator import iter_validate


def test_every_valid_corpus_notebook_is_accepted(corpus):
    refused = {entry.name: str(entry.error) for entry in corpus if entry.valid and entry.error}

    assert refused == {}


def test_what_comes_back_is_a_schema_valid_v4_notebook_with_string_sources(accepted):
    for entry in accepted:
        nb = entry.nb
        assert nb["nbformat"] == 4, entry.name
        assert next(iter_validate(nb), None) is None, entry.name
        # (a cell type from the future, in the 4.99 notebook, may have no source)
        sources = [cell["source"] for cell in nb["cells"] if "source" in cell]
        assert all(isinstance(source, str) for source in sources), entry.name


def test_a_valid_v4_notebook_is_kept_at_its_own_minor_version(accepted):
    for entry in accepted:
        if entry.major == 4 and "." in entry.row["nbformat"]:
            assert f"4.{entry.nb['nbformat_minor']}" == entry.row["nbformat"], entry.name
