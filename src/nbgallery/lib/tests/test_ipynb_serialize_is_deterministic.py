import hashlib
import json

from nbgallery.lib.ipynb import content_sha256, parse_notebook, serialize

LIMIT = 16 * 1024 * 1024


def test_parse_serialize_parse_serialize_gives_identical_bytes_over_the_corpus(accepted):
    for entry in accepted:
        first = serialize(entry.nb)
        second = serialize(parse_notebook(first, LIMIT))
        assert first == second, entry.name


def test_key_order_and_split_sources_do_not_change_the_bytes():
    cell = {"id": "a", "cell_type": "markdown", "metadata": {}, "source": ["# Tï\n", "tle"]}
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"b": 1, "a": 2}, "cells": [cell]}
    reordered = dict(reversed(list({**nb, "cells": [{**cell, "source": "# Tï\ntle"}]}.items())))

    one = serialize(parse_notebook(json.dumps(nb).encode(), LIMIT))
    other = serialize(parse_notebook(json.dumps(reordered, indent=4).encode(), LIMIT))

    assert one == other
    assert one.endswith(b"}\n")
    assert "# Tï\\ntle".encode() in one  # UTF-8, not \u escapes
    assert one.startswith(b'{\n "cells": [\n  {\n   "cell_type"')


def test_content_sha256_is_the_hex_sha256_of_the_bytes():
    data = serialize({"nbformat": 4})

    assert content_sha256(data) == hashlib.sha256(data).hexdigest()
