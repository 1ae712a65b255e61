"""Start-up check: the notebook page needs MathJax among the static files."""

from __future__ import annotations

from typing import Any

from django.contrib.staticfiles import finders
from django.core import checks

MATHJAX = "mathjax/MathJax.js"


@checks.register(checks.Tags.staticfiles)
def mathjax_is_served(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    if finders.find(MATHJAX):
        return []
    return [
        checks.Warning(
            f"{MATHJAX} is not among the static files: notebooks will show math as TeX.",
            hint="Install jupyter-server-mathjax (a dependency of nbgallery).",
            id="rendering.W001",
        )
    ]
