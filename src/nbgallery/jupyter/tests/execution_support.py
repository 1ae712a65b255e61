"""Execution reports as the two clients send them (protocol G10), and a notebook to run."""

from __future__ import annotations

import hashlib
from typing import Any

from nbgallery.jupyter.tests.jupyter_client import post_form
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

FIRST = "import math\nprint(math.pi)"
SECOND = "total = sum(range(10))\nprint(total)"
# A cell whose MD5 differs between UTF-8 and any other encoding.
NON_ASCII = "print('héllo ünïcode ☃ 日本')"
CELLS = [
    markdown_cell("# Runs"),
    code_cell(FIRST),
    code_cell("   "),  # blank: not a cell Jupyter's reports can name
    code_cell(SECOND),
    code_cell(NON_ASCII),
]


def md5(source: str) -> str:
    """As both clients hash a cell: MD5 of the UTF-8 source, lowercase hex."""
    return hashlib.md5(source.encode(), usedforsecurity=False).hexdigest()


def report_lab(client: Any, notebook_uuid: Any, source: str, *, success="true", runtime="73"):
    """JupyterLab's shape: ``success, md5, runtime`` in whole ms, ``uuid``."""
    fields = [("success", success), ("md5", md5(source)), ("runtime", runtime)]
    return post_form(client, "/executions", [*fields, ("uuid", str(notebook_uuid))])


def report_classic(
    client: Any, notebook_uuid: Any, source: str, *, success="false", runtime="0.716"
):
    """The classic client's shape: ``runtime`` in float seconds first, ``uuid`` last."""
    fields = [("runtime", runtime), ("md5", md5(source)), ("success", success)]
    return post_form(client, "/executions", [*fields, ("uuid", str(notebook_uuid))])
