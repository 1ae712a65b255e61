"""The packages a notebook's code imports, for search's ``package:`` filter.

Regular expressions over cell sources, not a parser: code in notebooks is
often not valid on its own (magics, shell lines, half-finished cells), and a
missed or extra name costs little here. Names are returned in lower case so
that ``package:Pandas`` and ``package:pandas`` mean the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# `import a.b as c, d` (the names after `import`) and `from a.b import c`;
# relative imports (`from . import x`, `from .a import b`) are the notebook's own code.
_PY_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#;]+)", re.MULTILINE)
_PY_FROM = re.compile(r"^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b", re.MULTILINE)
_PY_NAME = re.compile(r"^([A-Za-z_]\w*)")

# library(x), require("x"), requireNamespace('x'), suppressMessages(library(x)) ...
_R_CALL = re.compile(
    r"\b(?:library|require|requireNamespace)\s*\(\s*[\"']?([A-Za-z][A-Za-z0-9._]*)[\"']?"
)

# `using A, B.C`, `using A: f`, `import A`, `import A.B: f`
_JULIA = re.compile(r"^[ \t]*(?:using|import)[ \t]+([^\n#;]+)", re.MULTILINE)
_JULIA_NAME = re.compile(r"^([A-Za-z_][\w!]*)")


def python_packages(source: str) -> set[str]:
    found: set[str] = set()
    for match in _PY_FROM.finditer(source):
        found.add(match.group(1).split(".")[0])
    for match in _PY_IMPORT.finditer(source):
        for part in match.group(1).split(","):
            name = _PY_NAME.match(part.strip())
            if name:
                found.add(name.group(1))
    return found


def r_packages(source: str) -> set[str]:
    return {match.group(1) for match in _R_CALL.finditer(source)}


def julia_packages(source: str) -> set[str]:
    found: set[str] = set()
    for match in _JULIA.finditer(source):
        # After a colon come the imported functions, not packages.
        for part in match.group(1).split(":")[0].split(","):
            name = _JULIA_NAME.match(part.strip())
            if name and not name.group(1).startswith("."):
                found.add(name.group(1))
    return found


_BY_LANGUAGE = {"python": python_packages, "r": r_packages, "julia": julia_packages}


def imported_packages(language: str, sources: Iterable[str]) -> list[str]:
    """Sorted, lower-cased names of the packages the code cells import.

    ``language`` is the notebook's language (``python``, ``R``, ``julia``);
    for any other language every rule is tried, since a kernel we do not know
    may still speak one of them.
    """
    rule = _BY_LANGUAGE.get((language or "").lower())
    rules = [rule] if rule else list(_BY_LANGUAGE.values())
    found: set[str] = set()
    for source in sources:
        for find in rules:
            found |= find(source)
    return sorted({name.lower() for name in found})
