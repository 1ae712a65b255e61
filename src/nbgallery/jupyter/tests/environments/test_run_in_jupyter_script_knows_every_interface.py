"""The script opens each interface at the path the model gives it (Environment.INTERFACE_PATHS).

The paths live in both places (G11 lists ``user_interface``, not paths);
this test keeps them equal.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbgallery
from nbgallery.jupyter.models import Environment

SCRIPT = Path(nbgallery.__file__).parent / "static" / "nbgallery" / "run_in_jupyter.js"


def test_the_script_and_the_model_agree():
    block = re.search(r"INTERFACE_PATHS = \{(.*?)\};", SCRIPT.read_text(), re.S)
    assert block is not None
    in_script = dict(re.findall(r'(\w+): "([^"]*)"', block.group(1)))

    assert in_script == Environment.INTERFACE_PATHS
