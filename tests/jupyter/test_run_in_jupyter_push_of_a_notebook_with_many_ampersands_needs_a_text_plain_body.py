"""A notebook with 1000 "&" in its JSON only reaches Jupyter as a text/plain body.

The original gallery posts with jQuery's form content type. Tornado (6.5.8 and
later, as pinned in jupyter-constraints.txt) parses any form-typed body and
refuses more than 1000 fields with a 400, so such a push fails for notebooks
with HTML or JavaScript outputs or shell code. ``text/plain`` is just as much
a CORS "simple request" (no preflight) and is never parsed. Two corpus
notebooks are over the limit, one with 36,646 "&".
"""

from __future__ import annotations

import pytest

from tests.jupyter_support.browser_session import FORM_CONTENT_TYPE, TEXT_CONTENT_TYPE

pytestmark = pytest.mark.jupyter


def notebook_with_ampersands(count: int) -> dict:
    """A notebook whose JSON holds exactly ``count`` "&"."""
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {
                "id": "shell",
                "cell_type": "code",
                "metadata": {},
                "source": "!true &\n" * count,
                "outputs": [],
                "execution_count": None,
            }
        ],
    }


def test_a_form_body_is_refused_and_a_text_body_is_taken(browser_session, jupyter_lab):
    document = notebook_with_ampersands(1000)

    as_form = browser_session.push_notebook(
        "As form.ipynb", document, content_type=FORM_CONTENT_TYPE
    )
    as_text = browser_session.push_notebook(
        "As text.ipynb", document, content_type=TEXT_CONTENT_TYPE
    )

    assert as_form.status == 400
    assert b"Max number of fields exceeded" in as_form.body
    assert not (jupyter_lab.root_dir / "As form.ipynb").exists()
    assert as_text.status == 201, as_text.body[:500]
    assert (jupyter_lab.root_dir / "As text.ipynb").exists()


def test_below_the_limit_a_form_body_works_too(browser_session):
    reply = browser_session.push_notebook(
        "Few ampersands.ipynb", notebook_with_ampersands(999), content_type=FORM_CONTENT_TYPE
    )

    assert reply.status == 201, reply.body[:500]
