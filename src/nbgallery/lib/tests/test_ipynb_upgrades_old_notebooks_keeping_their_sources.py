import json

from nbgallery.lib.ipynb import parse_notebook, serialize


def old_sources(raw: bytes) -> list[str]:
    """The sources of an nbformat 2/3 file, as a v4 notebook should show them."""
    data = json.loads(raw)
    separator = "\n" if data["nbformat"] == 2 else ""  # v2 line lists have no newlines
    sources = []
    for sheet in data["worksheets"]:
        for cell in sheet["cells"]:
            text = cell["input"] if cell["cell_type"] == "code" else cell["source"]
            text = separator.join(text) if isinstance(text, list) else text
            if cell["cell_type"] == "heading":
                text = "#" * cell.get("level", 1) + " " + text
            sources.append(text)
    return sources


def test_v3_and_v2_corpus_notebooks_become_v4_with_every_source_kept(accepted):
    upgraded = [entry for entry in accepted if entry.major < 4]
    assert len(upgraded) >= 8  # six valid v3 files, the v2 one and the repaired v3 ones

    for entry in upgraded:
        nb = entry.nb
        assert (nb["nbformat"], nb["nbformat_minor"]) == (4, 5), entry.name
        assert "orig_nbformat" not in nb["metadata"], entry.name
        assert [cell["source"] for cell in nb["cells"]] == old_sources(entry.raw), entry.name
        assert len({cell["id"] for cell in nb["cells"]}) == len(nb["cells"]), entry.name
        assert any("Upgraded from nbformat" in repair for repair in entry.repairs), entry.name


def test_upgrading_the_same_file_twice_gives_the_same_bytes(accepted):
    # nbformat's converter makes random cell ids; ours come from the cells.
    for entry in accepted:
        if entry.major < 4:
            assert serialize(parse_notebook(entry.raw, len(entry.raw))) == serialize(entry.nb)


def test_a_v3_cell_language_is_kept_when_the_notebook_names_no_kernel(accepted):
    test3 = next(entry for entry in accepted if entry.name.endswith("nbformat/tests/test3.ipynb"))

    assert test3.nb["metadata"]["language_info"] == {"name": "python"}
