"""A notebook title with "/" and non-ASCII arrives in Jupyter under exactly that name.

The gallery page names the file ``title[0:220] + ".ipynb"`` with "/" replaced
by U+2215 "∕" (protocol §5.1 step 3) and URL-encodes it; Jupyter must store
it under that name, not in a folder and not with mangled characters.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.jupyter


def run_in_jupyter_name(title: str) -> str:
    return title[:220].replace("/", "\u2215") + ".ipynb"


def test_the_file_keeps_the_division_slash_and_the_accents(browser_session, jupyter_lab):
    name = run_in_jupyter_name("Q3/Q4 Umsätze – café ☕ 東京")
    assert name == "Q3\u2215Q4 Umsätze – café ☕ 東京.ipynb"
    document = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}

    assert browser_session.get_contents(name).status == 404
    created = browser_session.push_notebook(name, document)

    assert created.status == 201, created.body[:500]
    assert created.json()["name"] == name
    assert (jupyter_lab.root_dir / name).is_file()
    assert not (jupyter_lab.root_dir / "Q3").exists()  # no folder made from the "/"
    read_back = browser_session.get_contents(name)
    assert read_back.status == 200 and read_back.json()["path"] == name
