from nbgallery.lib.ipynb import inject_gallery_metadata, strip_gallery_metadata

OUTPUT = {"output_type": "stream", "name": "stdout", "text": "1\n"}


def notebook() -> dict:
    cell = {
        "id": "c",
        "cell_type": "code",
        "source": "print(1)",
        "metadata": {},
        "execution_count": 1,
        "outputs": [OUTPUT],
    }
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "cells": [cell],
        "metadata": {"gallery": {"uuid": "old", "link": "old", "commit": "c1"}, "k": 1},
    }


def test_strip_gallery_metadata_removes_only_the_gallery_block():
    original = notebook()

    stripped = strip_gallery_metadata(original)

    assert stripped["metadata"] == {"k": 1}
    assert stripped["cells"][0]["outputs"] == [OUTPUT]
    assert original["metadata"]["gallery"]["uuid"] == "old"


def test_inject_gallery_metadata_replaces_the_whole_block():
    original = notebook()
    gallery = {"uuid": "new", "clone": "new", "gallery_url": "http://gallery"}

    injected = inject_gallery_metadata(original, gallery)

    assert injected["metadata"] == {"gallery": gallery, "k": 1}
    assert injected["metadata"]["gallery"] is not gallery
    assert original["metadata"]["gallery"]["uuid"] == "old"
