"""The joined-pattern tokenizer gives exactly Pygments' own highlighting.

Checked on real code: the smallest corpus notebook of every kernel language,
plus snippets that exercise state changes, callbacks and error recovery.
"""

import csv
import json
from pathlib import Path

import pytest
from pygments import highlight
from pygments.formatters import HtmlFormatter

from nbgallery.rendering.highlight import lexer_for

CORPUS = Path(__file__).resolve().parents[5] / "shared" / "corpus"
FORMATTER = HtmlFormatter(nowrap=True)

SNIPPETS = {
    "python": (
        'x = f"{a!r:>{w}}" + rb"\\d" \n@dec\nclass A(B):\n  """doc"""\n'
        "  def f(self): return 0x1F ¤ $"
    ),
    "R": "f <- function(x, ...) { if (x %in% y) `my var` else 1e-3L }\n# comment",
    "julia": 'function f(x::Int)::Int\n  """doc"""\n  x .+ 1 # c\nend\n@time f(1)\ns = "a$(b)c"',
    "javascript": "const r = /a[/]b/g; let t = `x${y + `z`}`; // c\n</script>",
    "scala": 's"interp ${a + b} $c"; val x: List[Int] = Nil',
    "cpp": '#include <vector>\ntemplate<class T> int f() { return R"(raw)"; }',
    "sql": "SELECT a, 'it''s' FROM t WHERE b = $1; -- c",
    "bash": 'for f in *.txt; do echo "${f%.txt}" $(( 1 + 2 )); done <<EOF\nhere\nEOF',
}


def smallest_notebook_per_language() -> dict[str, str]:
    chosen: dict[str, tuple[int, str]] = {}
    with open(CORPUS / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            if row["validation"] != "valid" or row["nbformat"].startswith("3"):
                continue
            size, language = int(row["bytes"]), row["kernel_language"]
            if language not in chosen or size < chosen[language][0]:
                chosen[language] = (size, row["file"])
    return {language: file for language, (_, file) in chosen.items()}


def corpus_code(file: str) -> str:
    nb = json.loads((CORPUS / file).read_text(encoding="utf-8"))
    sources = [cell["source"] for cell in nb.get("cells", []) if cell["cell_type"] == "code"]
    return "\n".join("".join(s) if isinstance(s, list) else s for s in sources)


def pygments_own(source: str, language: str) -> str:
    lexer = lexer_for(language)
    assert lexer is not None
    return highlight(source, type(lexer)(**lexer.options), FORMATTER)


@pytest.mark.parametrize(("language", "source"), SNIPPETS.items())
def test_snippets_highlight_as_pygments_does(language, source):
    assert highlight(source, lexer_for(language), FORMATTER) == pygments_own(source, language)


def test_corpus_code_of_every_language_highlights_as_pygments_does():
    compared = 0
    for language, file in smallest_notebook_per_language().items():
        lexer = lexer_for(language)
        if lexer is None:
            continue
        source = corpus_code(file)
        assert highlight(source, lexer, FORMATTER) == pygments_own(source, language), file
        compared += 1
    assert compared >= 25
