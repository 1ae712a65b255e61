"""The packages dashboard: which packages notebooks import, per language (reference §2.7).

The packages are the ones search extracts when it indexes a notebook. One
grouped query counts every (language, package) pair; the lists are cut from
it here, which is cheaper than a grouped query per language on a large gallery.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from django.db.models import Count, Exists, OuterRef

from nbgallery.dashboards.figures import bars
from nbgallery.notebooks.models import Notebook
from nbgallery.search.models import SearchPackage

TOP_LANGUAGES = 8
TOP_PACKAGES = 15
# Ten labels fit under the chart without overlapping; the tables have more.
CHART_PACKAGES = 10


def packages_dashboard() -> dict[str, Any]:
    # A package is stored once per notebook, so counting rows counts notebooks.
    pairs = (
        SearchPackage.objects.order_by()
        .values_list("notebook__lang", "name")
        .annotate(n=Count("pk"))
    )
    per_language: dict[str, Counter[str]] = defaultdict(Counter)
    overall: Counter[str] = Counter()
    for lang, name, n in pairs:
        per_language[lang][name] = n
        overall[name] += n
    importing = Notebook.objects.filter(
        Exists(SearchPackage.objects.filter(notebook=OuterRef("pk")))
    )
    notebooks = dict(importing.order_by().values_list("lang").annotate(n=Count("pk")))
    languages = sorted(notebooks, key=lambda lang: (-notebooks[lang], lang))[:TOP_LANGUAGES]
    top = top_items(overall, CHART_PACKAGES)
    return {
        "headline": [
            ("Notebooks that import packages", sum(notebooks.values())),
            ("Distinct packages", len(overall)),
            ("Languages", len(notebooks)),
        ],
        "has_data": bool(overall),
        "chart": bars(
            "top-packages",
            f"The {CHART_PACKAGES} most imported packages",
            "Package",
            [name for name, _n in top],
            [("notebooks", [float(n) for _name, n in top])],
        ),
        "languages": [
            {
                "name": lang or "unknown",
                "notebooks": notebooks[lang],
                "packages": [
                    {"name": name, "n": n}
                    for name, n in top_items(per_language[lang], TOP_PACKAGES)
                ],
            }
            for lang in languages
        ],
    }


def top_items(counts: Counter[str], limit: int) -> list[tuple[str, int]]:
    """The most common first, ties by name, so the page does not reshuffle between loads."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
