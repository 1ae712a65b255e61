"""Every valid notebook of the shared corpus renders, trusted and untrusted, and stays inert.

One parametrized test per notebook; the 6 MB plotly notebook is among them.
The hostile-input tests parse their HTML tag by tag; here a quick scan for
executable constructs keeps 391 notebooks fast.
"""

import csv
import re
from pathlib import Path

import nbformat
import pytest

from nbgallery.rendering.render import render_notebook

CORPUS = Path(__file__).resolve().parents[5] / "shared" / "corpus"
# A tag that runs or embeds something, an event handler, or a script URL in an attribute.
EXECUTABLE = re.compile(
    r"<(?:script|style|iframe|object|embed|svg|math|form|base|meta|link)\b"
    r"|<[a-z][^>]*\son[a-z]+\s*="
    r'|=\s*"\s*(?:javascript|vbscript|data:(?!image/(?:png|jpeg|gif|webp|svg\+xml);base64,))',
    re.IGNORECASE,
)


def valid_rows() -> list[dict[str, str]]:
    assert (CORPUS / "MANIFEST.tsv").exists(), f"The shared corpus is missing at {CORPUS}"
    with open(CORPUS / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        return [
            row for row in csv.DictReader(manifest, delimiter="\t") if row["validation"] == "valid"
        ]


@pytest.mark.filterwarnings("ignore::nbformat.validator.MissingIDFieldWarning")
@pytest.mark.parametrize("row", valid_rows(), ids=lambda row: row["file"])
def test_corpus_notebook_renders_trusted_and_untrusted(row):
    nb = nbformat.read(CORPUS / row["file"], as_version=4)
    language = row["kernel_language"]
    trusted = render_notebook(nb, trusted=True, language=language)
    untrusted = render_notebook(nb, trusted=False, language=language)
    assert trusted.startswith('<div class="nb-notebook">') and trusted.endswith("</div>")
    assert 'class="nb-outputs"' not in untrusted
    code_cells = sum(1 for cell in nb.cells if cell.cell_type == "code")
    assert untrusted.count('class="nb-cell nb-code-cell"') == code_cells
    assert not EXECUTABLE.search(trusted), EXECUTABLE.search(trusted)
