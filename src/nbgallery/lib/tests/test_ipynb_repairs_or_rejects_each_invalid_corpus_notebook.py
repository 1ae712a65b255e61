"""Each schema-invalid corpus file is repaired or refused, by the rule in ipynb's docstring.

The expected outcome is derived from nbformat's own diagnosis of the raw file,
not listed per file name: a file is repaired when every problem nbformat finds
is repairable bookkeeping (a missing ``metadata``, ``outputs`` or
``execution_count``, a bad or duplicated cell id) or an old format nbformat can
upgrade; it is refused as ``not_notebook`` when the cell list itself is
missing; anything else is refused as ``invalid`` with a message naming the
field nbformat complained about.
"""

from __future__ import annotations

import json
import re

from nbformat.validator import iter_validate

REPAIRABLE_FIELDS = {"metadata", "outputs", "execution_count"}


def diagnose(raw: bytes) -> list[tuple[str, str]]:
    """nbformat's problems with a file, as (kind, field) pairs."""
    data = json.loads(raw)
    major = data.get("nbformat")
    problems = []
    for error in iter_validate(data):
        required = re.match(r"'(.+)' is a required property", error.message)
        if required:
            container = list(error.relative_path)
            top_level = not container
            problems.append(("missing-top" if top_level else "missing", required.group(1)))
        elif error.validator == "pattern" and list(error.relative_path)[-1:] == ["id"]:
            problems.append(("bad-id", "id"))
        elif error.message.startswith("No schema for validating v") and major < 4:
            problems.append(("old-format", "nbformat"))
        else:
            path = [p for p in error.relative_path if isinstance(p, str)]
            problems.append(("other", path[-1] if path else ""))
    ids = [cell.get("id") for cell in data.get("cells", []) if "id" in cell]
    if len(ids) != len(set(ids)):
        problems.append(("duplicate-id", "id"))
    return problems


def expected_outcome(raw: bytes) -> tuple[str, str]:
    major = json.loads(raw).get("nbformat")
    problems = diagnose(raw)
    for kind, name in problems:
        if kind == "missing-top" and name in ("cells", "worksheets"):
            return "not_notebook", name
    for kind, name in problems:
        repairable = (
            kind in ("bad-id", "duplicate-id", "old-format")
            or (kind in ("missing", "missing-top") and name in REPAIRABLE_FIELDS)
            or (kind == "missing-top" and name == "nbformat_minor" and major < 4)
        )
        if not repairable:
            return "invalid", name
    return "repaired", ""


def test_each_invalid_corpus_file_is_repaired_or_refused_as_the_rule_says(corpus):
    invalid = [entry for entry in corpus if not entry.valid]
    assert len(invalid) == 14

    for entry in invalid:
        outcome, field = expected_outcome(entry.raw)
        if outcome == "repaired":
            assert entry.error is None, f"{entry.name}: {entry.error}"
            assert entry.repairs, entry.name
            assert next(iter_validate(entry.nb), None) is None, entry.name
        else:
            assert entry.error is not None, entry.name
            assert entry.error.code == outcome, f"{entry.name}: {entry.error}"
            assert f"'{field}" in str(entry.error) or f".{field}'" in str(entry.error), (
                f"{entry.name}: {entry.error}"
            )


def test_both_outcomes_occur_in_the_corpus(corpus):
    invalid = [entry for entry in corpus if not entry.valid]

    repaired = sorted(entry.name.rsplit("/", 1)[1] for entry in invalid if entry.nb is not None)
    refused = sorted(entry.name.rsplit("/", 1)[1] for entry in invalid if entry.error)

    assert len(repaired) == 7, repaired
    assert len(refused) == 7, refused
