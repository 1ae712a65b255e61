"""Setting a notebook's flags: deprecated, verified, unapproved."""

from __future__ import annotations

from nbgallery.notebooks.models import Notebook
from nbgallery.search.indexing import index_on_commit

FLAGS = ("deprecated", "verified", "unapproved")


def set_flags(notebook: Notebook, **flags: bool) -> None:
    """Set some of ``FLAGS`` on the notebook.

    ``update()``, not ``save()``: a flag is not an edit of the notebook, so
    its "last updated" time (and its place in listings) stays. Search
    re-indexes it after commit, since it filters on the flags.
    """
    unknown = set(flags) - set(FLAGS)
    if unknown:
        raise ValueError(f"Not a notebook flag: {', '.join(sorted(unknown))}")
    Notebook.objects.filter(pk=notebook.pk).update(**flags)
    for name, value in flags.items():
        setattr(notebook, name, value)
    index_on_commit(notebook.pk)
