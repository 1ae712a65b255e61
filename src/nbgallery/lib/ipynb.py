"""Reading, checking, normalizing and writing Jupyter notebooks (``.ipynb``).

Django-free: the upload pipeline, bulk import, downloads and the execution
instrumentation call these functions with bytes and plain dicts.

Reading (:func:`parse_notebook`) checks in this order and stops at the first
failure, raising :class:`NotebookError` with a ``code`` and a message a
person can act on: ``empty``, ``too_large`` (measured on the raw upload,
before any stripping), ``not_json`` (also invalid UTF-8, NaN/Infinity,
numbers too big for a float, unpaired UTF-16 surrogate escapes: nothing a
strict JSON reader or a UTF-8 encoder would choke on later), ``not_notebook``,
``unsupported_version`` and ``invalid`` (nbformat's JSON schema).

What is repaired and what is refused. We repair only bookkeeping whose right
value is certain and carries nothing the author wrote, and report each repair
(:func:`parse_notebook_with_repairs`); anything else is refused, because
guessing would store something the author did not write:

* cell ids (nbformat 4.5 and later) that are missing, duplicated or not of
  the allowed form get fresh ids. nbformat's own ``normalize()`` does the
  same with *random* ids; we derive them from the cell's position and source
  instead, so that the same upload always gives the same bytes and the
  content-addressed store can deduplicate it (corpus: ``autoscroll``,
  ``invalid_unique_cell_id``, ``invalid_cell_id``);
* a missing ``metadata`` object (notebook or cell) becomes ``{}``, and a code
  cell without ``outputs`` / ``execution_count`` gets ``[]`` / ``null``, which
  is what "nothing recorded" means (``databricks_notebook``,
  ``test3_no_metadata``);
* nbformat 1, 2 and 3 notebooks are upgraded to v4 with ``nbformat.convert``
  (``test2``, ``test3_no_min_version``, for which nbformat itself assumes
  minor 0). nbformat's converter drops the per-cell ``language`` of v3; when
  the notebook names no kernel we keep the first code cell's language as
  ``metadata.language_info.name``.

Refused: a file without a cell list (``test3_no_worksheets``, code
``not_notebook``); a v3 worksheet without cells, a v4 file without
``nbformat_minor``, cells without ``source``, unknown cell or output types,
wrongly typed metadata, a kernelspec without ``name`` (``no_min_version``,
``test3_worksheet_with_no_cells``, ``invalid``, ``v4_5_invalid_metadata``,
``Output``, ``test_diff_different_extrakeys``, all code ``invalid``); and
nbformat 5 and later, which nbformat cannot read (``unsupported_version``).
A v4 minor version from the future (4.99) is accepted and kept: like Jupyter,
nbformat then checks it against the newest schema with unknown fields, cell
types and output types allowed.

Normal form: cell sources and multi-line output texts are single strings,
nbformat's transient fields (``metadata.trusted`` on cells,
``orig_nbformat``, ``signature``) are gone, and :func:`serialize` writes
sorted keys, so identical content always gives identical bytes.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, NoReturn

import nbformat
from nbformat.validator import better_validation_error, get_validator

Notebook = dict[str, Any]
ErrorCode = Literal[
    "empty", "not_json", "not_notebook", "too_large", "unsupported_version", "invalid"
]

MIB = 1024 * 1024
CURRENT_MAJOR: int = nbformat.current_nbformat
CURRENT_MINOR: int = nbformat.current_nbformat_minor
_TIMING = ("ExecuteTime", "execution")  # cell metadata written by running the cell
_TITLE_LOOK_ALIKES = str.maketrans(":/\\", "꞉／＼")
_CELL_ID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_MAX_PROBLEMS = 3


class NotebookError(ValueError):
    """An upload that cannot be stored, with a ``code`` for programs and a message for people.

    ``code`` is one of ``empty``, ``not_json``, ``not_notebook``, ``too_large``,
    ``unsupported_version``, ``invalid``; ``problems`` lists the individual
    schema problems (at most three) for ``invalid``.
    """

    def __init__(self, code: ErrorCode, message: str, problems: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message
        self.problems = tuple(problems)


def parse_notebook(raw: bytes, max_bytes: int) -> Notebook:
    """Parse, check, upgrade and normalize an uploaded notebook (see the module docstring).

    Returns the v4 notebook as a plain dict of JSON values.
    Raises :class:`NotebookError`.
    """
    return parse_notebook_with_repairs(raw, max_bytes)[0]


def parse_notebook_with_repairs(raw: bytes, max_bytes: int) -> tuple[Notebook, list[str]]:
    """Like :func:`parse_notebook`, and also says what was repaired or upgraded.

    The second item is a list of sentences ("Upgraded from nbformat 3 to
    4.5.", "Gave cell 2 a new id (the id was duplicated).") that the upload
    page can show as warnings; it is empty for a notebook taken as uploaded
    (apart from the normal form described in the module docstring).
    """
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        raise NotebookError("empty", "The notebook is empty: the file contains no data.")
    if len(raw) > max_bytes:
        raise NotebookError(
            "too_large",
            f"The notebook is {_mib(len(raw))} MiB, more than the {_mib(max_bytes)} MiB limit. "
            "Clear all outputs in Jupyter (Edit > Clear Outputs of All Cells), save, "
            "and upload it again.",
        )
    data = _load_json(raw)
    repairs: list[str] = []
    major = _check_notebook_shape(data)
    if major < CURRENT_MAJOR:
        nb = _upgrade(data, major, repairs)
    else:
        _check_minor(data)
        _repair(data, repairs)
        _validate(data, "")
        nb = _normalize(data)
    return nb, repairs


def strip_outputs(nb: Mapping[str, Any]) -> Notebook:
    """Remove what running the notebook produced; return a new notebook.

    Code cells get ``outputs = []`` and ``execution_count = None``; cell timing
    metadata (``ExecuteTime``, ``execution``), saved widget state
    (``metadata.widgets``) and ``metadata.gallery`` are removed. The input is
    not modified; the result shares the unchanged values (sources,
    attachments, other metadata) with it, so copy before changing those.
    """
    metadata = {k: v for k, v in nb.get("metadata", {}).items() if k not in ("widgets", "gallery")}
    cells = []
    for cell in nb.get("cells", []):
        new = dict(cell)
        # Markdown ``attachments`` stay: they are images the author pasted into
        # the text, not output, and the cell renders broken without them.
        new["metadata"] = {k: v for k, v in cell.get("metadata", {}).items() if k not in _TIMING}
        if cell.get("cell_type") == "code":
            new["outputs"] = []
            new["execution_count"] = None
        cells.append(new)
    return {**nb, "metadata": metadata, "cells": cells}


def strip_gallery_metadata(nb: Mapping[str, Any]) -> Notebook:
    """Remove only ``metadata.gallery``; return a new notebook.

    For trusted notebooks, which keep their outputs. The input is not
    modified; the cells are shared with it.
    """
    metadata = {k: v for k, v in nb.get("metadata", {}).items() if k != "gallery"}
    return {**nb, "metadata": metadata}


def inject_gallery_metadata(nb: Mapping[str, Any], gallery: Mapping[str, Any]) -> Notebook:
    """Set ``metadata.gallery`` to (a copy of) ``gallery`` for a download; return a new notebook.

    Any ``metadata.gallery`` already there is replaced as a whole, never merged.
    The input is not modified; the cells are shared with it.
    """
    metadata = {**nb.get("metadata", {}), "gallery": dict(gallery)}
    return {**nb, "metadata": metadata}


def serialize(nb: Mapping[str, Any]) -> bytes:
    """The notebook as deterministic UTF-8 JSON bytes, ready to store and hash.

    Sorted keys, one-space indent (nbformat's own layout, but with sources
    kept as single strings), no ASCII escaping and a trailing newline.
    """
    text = json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def content_sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data``: the content address of a stored notebook."""
    return hashlib.sha256(data).hexdigest()


def language(nb: Mapping[str, Any]) -> tuple[str, str | None]:
    """The notebook's kernel language and its version, if known.

    Following the original gallery: the Spark magic kernels ``spark_pyspark``
    and ``spark_sparkr`` mean python and R; otherwise ``language_info`` name
    and version, unless the kernelspec names another language; otherwise the
    kernelspec language with a version taken from its ``display_name``; then,
    like the corpus MANIFEST, the kernelspec name; else ``"unknown"``. Names are
    lower-cased, with ``python3``->``python``, ``r``->``R``, ``c#``->``csharp``,
    ``f#``->``fsharp``, ``c++*``->``cpp``. (The original hard-coded the Spark
    kernels' versions as python 2 and R 3; we report ``language_info``'s.)
    """
    metadata = _as_mapping(nb.get("metadata"))
    spec = _as_mapping(metadata.get("kernelspec"))
    info = _as_mapping(metadata.get("language_info"))
    info_version = _text_or_none(info.get("version"))
    spark = {"spark_pyspark": "python", "spark_sparkr": "R"}.get(str(spec.get("name", "")))
    if spark:
        return spark, info_version
    spec_language = _normal_language(spec.get("language"))
    info_language = _normal_language(info.get("name"))
    if info_language and spec_language in (None, info_language):
        return info_language, info_version
    if spec_language:
        found = re.search(r"\d+(?:\.\d+)*", str(spec.get("display_name", "")))
        return spec_language, found.group() if found else None
    return _normal_language(spec.get("name")) or "unknown", None


def code_cells(nb: Mapping[str, Any]) -> list[tuple[int, str, str]]:
    """``(index among all cells, md5 hex of the source, source)`` of each non-blank code cell.

    The Jupyter instrumentation reports executions by the MD5 of the UTF-8
    source string, so this must be exactly ``hashlib.md5(source.encode())``.
    """
    found = []
    for index, cell in enumerate(nb.get("cells", [])):
        source = _text(cell.get("source", ""))
        if cell.get("cell_type") == "code" and source.strip():
            digest = hashlib.md5(source.encode("utf-8"), usedforsecurity=False).hexdigest()
            found.append((index, digest, source))
    return found


def title_from_filename(name: str) -> str:
    """A notebook title from a file name, for bulk import.

    Drops ``.ipynb``, turns underscores into spaces, collapses and trims white
    space, and replaces ``:`` ``/`` ``\\`` (not allowed in titles) by the
    look-alikes ``꞉`` ``／`` ``＼``. At most 255 characters; "Untitled" if
    nothing is left.
    """
    if name.lower().endswith(".ipynb"):
        name = name[: -len(".ipynb")]
    title = " ".join(name.replace("_", " ").split())
    title = title.translate(_TITLE_LOOK_ALIKES)
    return title[:255].rstrip() or "Untitled"


def description_from_cells(nb: Mapping[str, Any]) -> str:
    """A description for bulk import: the first markdown cell with at least 20 characters of text.

    Heading marks are removed and white space collapsed; longer text is cut
    to 250 characters, ending in an ellipsis. Empty if no cell qualifies.
    """
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        lines = _text(cell.get("source", "")).splitlines()
        text = " ".join(" ".join(re.sub(r"^\s{0,3}#{1,6}(?=\s|$)", "", ln) for ln in lines).split())
        if len(text) >= 20:
            return text if len(text) <= 250 else text[:249].rstrip() + "…"
    return ""


# --- reading -----------------------------------------------------------------


def _load_json(raw: bytes) -> Any:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotebookError(
            "not_json",
            "The notebook is saved as UTF-16 text; save it as UTF-8 and upload it again.",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise NotebookError(
            "not_json",
            f"The notebook is not valid UTF-8 text (bad byte at line {line}, "
            f"byte {error.start + 1}). Save it as UTF-8 and upload it again.",
        ) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except _NonStandardNumber as error:
        if error.args[0] in ("NaN", "Infinity", "-Infinity"):
            _fail_at(text, r"-?Infinity|NaN", "contains NaN or Infinity, which JSON does not allow")
        number = r"-?\d+(?:\.\d+)?[eE][-+]?\d+"
        _fail_at(text, number, "has a number too large to store", _huge)
    except json.JSONDecodeError as error:
        raise NotebookError(
            "not_json",
            f"The notebook is not valid JSON: {error.msg} at line {error.lineno}, "
            f"column {error.colno}.",
        ) from None
    except RecursionError:
        raise NotebookError("not_json", "The notebook's JSON is nested too deeply.") from None
    except ValueError as error:  # e.g. integers longer than Python's 4300-digit limit
        raise NotebookError("not_json", f"The notebook is not valid JSON: {error}.") from None
    if re.search(r"\\u[dD][89a-fA-F]", text):
        _check_surrogates(text)
    return data


class _NonStandardNumber(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NonStandardNumber(name)


def _huge(token: str) -> bool:
    return math.isinf(float(token))


def _finite_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _NonStandardNumber(token)
    return value


def _fail_at(
    text: str, token: str, problem: str, accept: Callable[[str], bool] | None = None
) -> NoReturn:
    """Raise ``not_json`` at the first ``token`` outside JSON strings that ``accept`` takes."""
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|(' + token + ")", text, re.DOTALL):
        if match.group(1) and (accept is None or accept(match.group(1))):
            line, column = _line_column(text, match.start(1))
            raise NotebookError(
                "not_json", f"The notebook {problem} (line {line}, column {column})."
            )
    raise NotebookError("not_json", f"The notebook {problem}.")


def _check_surrogates(text: str) -> None:
    """Refuse ``\\udXXX`` escapes that do not form a pair: they cannot be written as UTF-8."""
    pending = -1  # where the escape after an unmatched high surrogate would have to start
    bad = -1
    for match in re.finditer(r"\\(?:u([0-9a-fA-F]{4})|.)", text, re.DOTALL):
        code = int(match.group(1), 16) if match.group(1) else 0
        is_high, is_low = 0xD800 <= code <= 0xDBFF, 0xDC00 <= code <= 0xDFFF
        if pending >= 0 and not (is_low and match.start() == pending):
            bad = pending - 6
        elif is_low and pending < 0:
            bad = match.start()
        if bad >= 0:
            break
        pending = match.end() if is_high else -1
    if bad < 0 and pending >= 0:
        bad = pending - 6
    if bad >= 0:
        line, column = _line_column(text, bad)
        raise NotebookError(
            "not_json",
            f"The notebook has an unpaired UTF-16 surrogate escape at line {line}, "
            f"column {column}; it cannot be stored as UTF-8 text.",
        )


def _line_column(text: str, position: int) -> tuple[int, int]:
    return text.count("\n", 0, position) + 1, position - text.rfind("\n", 0, position)


def _check_notebook_shape(data: Any) -> int:
    """Refuse JSON that is not a notebook at all; return the major version."""
    not_notebook = "The file is valid JSON but not a Jupyter notebook: "
    if not isinstance(data, dict):
        raise NotebookError("not_notebook", not_notebook + f"its top level is {_json_type(data)}.")
    if "nbformat" not in data:
        raise NotebookError("not_notebook", not_notebook + "it has no 'nbformat' version field.")
    major = data["nbformat"]
    if not isinstance(major, int) or isinstance(major, bool) or major < 1:
        raise NotebookError(
            "unsupported_version",
            f"The notebook's format version 'nbformat' must be a whole number like 4, "
            f"not {major!r}.",
        )
    if major > CURRENT_MAJOR:
        raise NotebookError(
            "unsupported_version",
            f"The notebook uses nbformat {major}, which is newer than this gallery supports "
            f"(nbformat {CURRENT_MAJOR}). Save it in the nbformat {CURRENT_MAJOR} format.",
        )
    container = "worksheets" if major in (2, 3) else "cells"
    if container not in data:
        raise NotebookError(
            "not_notebook", not_notebook + f"it has no '{container}' list holding the cells."
        )
    return major


def _check_minor(data: dict[str, Any]) -> None:
    minor = data.get("nbformat_minor")
    if not isinstance(minor, int) or isinstance(minor, bool) or minor < 0:
        found = "has none" if minor is None else f"has {minor!r}"
        raise NotebookError(
            "invalid",
            f"The notebook says nbformat {CURRENT_MAJOR} but its minor version 'nbformat_minor' "
            f"{found}; it should be a whole number such as {CURRENT_MINOR}. Open and save it "
            "in Jupyter, or fix the field, and upload it again.",
        )


def _upgrade(data: dict[str, Any], major: int, repairs: list[str]) -> Notebook:
    """Convert an nbformat 1-3 notebook to the current v4 with nbformat's converters."""
    if "metadata" not in data:
        data["metadata"] = {}
        repairs.append("Added the missing notebook metadata.")
    cell_language = _first_v3_cell_language(data)
    try:
        old = nbformat.versions[major].to_notebook_json(data, minor=data.get("nbformat_minor", 0))
        nb = nbformat.convert(old, CURRENT_MAJOR)
    except Exception as error:  # noqa: BLE001 - any converter failure means "cannot upgrade"
        if major == 3:
            _validate(data, f"This nbformat {major} notebook cannot be upgraded: ", version=(3, 0))
        raise NotebookError(
            "invalid", f"This nbformat {major} notebook cannot be upgraded: {error}"
        ) from None
    nb = json.loads(json.dumps(nb))  # NotebookNodes to plain dicts, as for v4 uploads
    taken: set[str] = set()
    for index, cell in enumerate(nb["cells"]):  # replace the converter's random ids
        cell["id"] = _fresh_id(index, cell, taken)
    if cell_language and not ({"kernelspec", "language_info"} & nb["metadata"].keys()):
        nb["metadata"]["language_info"] = {"name": cell_language}
    repairs.append(f"Upgraded from nbformat {major} to {CURRENT_MAJOR}.{CURRENT_MINOR}.")
    _validate(nb, f"After upgrading from nbformat {major}, ")
    return _normalize(nb)


def _normalize(nb: Notebook) -> Notebook:
    """nbformat's read-time normal form (``rejoin_lines``, ``strip_transient``), on plain dicts.

    nbformat's own helpers need ``NotebookNode`` attribute access, and
    converting every dict to one costs more than the schema check.
    """
    metadata = nb["metadata"]
    for key in ("orig_nbformat", "orig_nbformat_minor", "signature"):
        metadata.pop(key, None)
    # A future minor version is checked with unknown fields and cell types
    # allowed, hence the type checks on what the schema would otherwise ensure.
    for cell in nb["cells"]:
        if _is_lines(cell.get("source")):
            cell["source"] = "".join(cell["source"])
        if isinstance(cell.get("metadata"), dict):
            cell["metadata"].pop("trusted", None)  # a per-viewer flag, not content
        for bundle in _as_mapping(cell.get("attachments")).values():
            _join_bundle(bundle)
        if cell.get("cell_type") != "code":
            continue
        for output in _as_list(cell.get("outputs")):
            if not isinstance(output, dict):
                continue
            if output.get("output_type") in ("execute_result", "display_data"):
                _join_bundle(output.get("data"))
            elif output.get("output_type") and _is_lines(output.get("text")):
                output["text"] = "".join(output["text"])
    return nb


def _is_lines(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(line, str) for line in value)


def _join_bundle(bundle: Any) -> None:
    """Join the line lists of a MIME bundle, except JSON values, which are data, not lines."""
    if not isinstance(bundle, dict):
        return
    for mime, value in bundle.items():
        is_json = mime == "application/json" or (
            mime.startswith("application/") and mime.endswith("+json")
        )
        if not is_json and _is_lines(value):
            bundle[mime] = "".join(value)


def _first_v3_cell_language(data: dict[str, Any]) -> str | None:
    for sheet in _as_list(data.get("worksheets")):
        for cell in _as_list(_as_mapping(sheet).get("cells")):
            cell = _as_mapping(cell)
            if cell.get("cell_type") == "code" and isinstance(cell.get("language"), str):
                return str(cell["language"])
    return None


def _repair(data: dict[str, Any], repairs: list[str]) -> None:
    """Fill in the bookkeeping a v4 notebook lacks (see the module docstring)."""
    if "metadata" not in data:
        data["metadata"] = {}
        repairs.append("Added the missing notebook metadata.")
    cells = data["cells"] if isinstance(data["cells"], list) else []
    filled: dict[str, list[int]] = {"metadata": [], "outputs": [], "execution_count": []}
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict):
            continue
        defaults: dict[str, Any] = {"metadata": {}}
        if cell.get("cell_type") == "code":
            defaults.update(outputs=[], execution_count=None)
        for key, value in defaults.items():
            if key not in cell:
                cell[key] = value
                filled[key].append(number)
    for key, numbers in filled.items():
        if numbers:
            repairs.append(f"Added the missing '{key}' to {_cell_list(numbers)}.")
    if data["nbformat_minor"] < 5:
        return
    # Ids that stay are collected first, so that a fresh id can never take
    # the id of a later cell.
    taken: set[str] = set()
    renamed: dict[str, list[int]] = {"missing": [], "duplicated": [], "not valid": []}
    flagged: list[tuple[int, dict[str, Any], str]] = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict):
            continue
        old = cell.get("id")
        if old is None:
            flagged.append((index, cell, "missing"))
        elif not isinstance(old, str) or not _CELL_ID.match(old):
            flagged.append((index, cell, "not valid"))
        elif old in taken:
            flagged.append((index, cell, "duplicated"))
        else:
            taken.add(old)
    for index, cell, why in flagged:
        cell["id"] = _fresh_id(index, cell, taken)
        renamed[why].append(index + 1)
    for why, numbers in renamed.items():
        if numbers:
            repairs.append(f"Gave {_cell_list(numbers)} a new id (the id was {why}).")


def _fresh_id(index: int, cell: Mapping[str, Any], taken: set[str]) -> str:
    """A cell id made from the cell's position and source, not in ``taken`` (and then added)."""
    basis = f"{index}\0{cell.get('cell_type')}\0{_text(cell.get('source', ''))}"
    digest = hashlib.sha256(basis.encode("utf-8")).hexdigest()
    candidate, suffix = digest[:8], 0
    while candidate in taken:
        suffix += 1
        candidate = f"{digest[:8]}-{suffix}"
    taken.add(candidate)
    return candidate


def _validate(nb: Any, prefix: str, version: tuple[int, int] | None = None) -> None:
    """Check against nbformat's JSON schema; raise ``invalid`` with the first few problems."""
    problems: list[str] = []
    for error in _schema_errors(nb, *(version or (nb["nbformat"], nb["nbformat_minor"]))):
        if len(problems) == _MAX_PROBLEMS:
            problems.append("and more")
            break
        problems.append(_describe(error, nb))
    if not problems:
        return
    first = prefix or "The notebook does not follow the Jupyter notebook format: "
    raise NotebookError(
        "invalid",
        first + "; ".join(problems) + ". Fix this in Jupyter or a text editor and upload it again.",
        problems[:_MAX_PROBLEMS],
    )


def _schema_errors(nb: Any, major: int, minor: int) -> Iterator[Any]:
    """nbformat's schema errors, made specific with its ``better_validation_error``.

    Like ``nbformat.validator.iter_validate`` (the fast validator says whether
    there is any error, jsonschema says which), except that a notebook odd
    enough to crash ``better_validation_error`` (say, a list as ``cell_type``)
    still gets its plain jsonschema error instead of a TypeError.
    """
    if not get_validator(major, minor).iter_errors(nb):
        return
    for error in get_validator(major, minor, name="jsonschema").iter_errors(nb):
        try:
            yield better_validation_error(error, major, minor)
        except Exception:  # noqa: BLE001 - see the docstring
            yield error


# --- human-readable schema errors -----------------------------------------------

_TYPE_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _describe(error: Any, nb: Any) -> str:
    """One schema error as a phrase, e.g. "cell 3 (code), field 'source' is missing"."""
    path = list(error.relative_path)
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "required" and isinstance(instance, dict):
        # jsonschema reports each missing property as its own error.
        named = re.match(r"'(.+)' is a required property$", str(error.message))
        missing = [named.group(1)] if named else [n for n in expected if n not in instance][:1]
        return f"{_where(path + missing, nb)} is missing"
    where = _where(path, nb)
    if kind == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in names)
        return f"{where} must be {wanted}, not {_json_type(instance)}"
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = set(_as_mapping(error.schema).get("properties", {}))
        extra = sorted(name for name in instance if name not in known)
        plural = "s" if len(extra) > 1 else ""
        return f"{where} has unexpected field{plural} {_truncate(', '.join(map(repr, extra)), 80)}"
    if kind in ("oneOf", "anyOf"):
        either = _describe_alternatives(error, path, nb)
        if either:
            return either
    if kind == "enum":
        return f"{where} must be one of {', '.join(map(repr, expected))}, not {_short(instance)}"
    return f"{where}: {_truncate(str(error.message), 120)}"


def _describe_alternatives(error: Any, path: list[Any], nb: Any) -> str | None:
    """A failed ``oneOf``: a cell or output of no known type, or a value of none of the types."""
    instance = error.instance
    where = _where(path, nb)
    choices = [alt for alt in _as_list(error.validator_value) if isinstance(alt, dict)]
    names = [str(alt.get("$ref", "")).rsplit("/", 1)[-1] for alt in choices]
    names = [name for name in names if name and not name.startswith("unrecognized")]
    if not names:
        if choices and all(isinstance(alt.get("type"), str) for alt in choices):
            return f"{where} must be {' or '.join(map(_type_phrase, choices))}"
        return None
    if all(name.endswith("_cell") for name in names):
        field, label = "cell_type", "cell type"
        names = [name.removesuffix("_cell") for name in names]
    else:
        field, label = "output_type", "output type"
    if not isinstance(instance, dict):
        return f"{where} must be an object, not {_json_type(instance)}"
    if field not in instance:
        return f"{_where(path + [field], nb)} is missing"
    value = instance[field]
    if not isinstance(value, str):
        return f"{_where(path + [field], nb)} must be a string, not {_json_type(value)}"
    if value not in names:
        return f"{where} has an unknown {label} {_short(value)} (allowed: {', '.join(names)})"
    return None  # a known type that nbformat could not narrow down: its own message


def _type_phrase(schema: dict[str, Any]) -> str:
    items = _as_mapping(schema.get("items"))
    if schema["type"] == "array" and isinstance(items.get("type"), str):
        return f"a list of {_TYPE_NAMES.get(items['type'], items['type']).split(' ', 1)[-1]}s"
    return _TYPE_NAMES.get(schema["type"], schema["type"])


_CONTAINERS = {"cells": "cell", "outputs": "output", "worksheets": "worksheet"}


def _where(path: list[Any], nb: Any) -> str:
    """Where a schema error is, e.g. "cell 4 (code, starting 'x = 1'), output 1, field 'name'"."""
    parts: list[str] = []
    field = ""
    node = nb
    position = 0
    while position < len(path):
        key = path[position]
        index = path[position + 1] if position + 1 < len(path) else None
        if not field and key in _CONTAINERS and isinstance(index, int):
            items = _as_mapping(node).get(key)
            node = items[index] if isinstance(items, list) and 0 <= index < len(items) else None
            hint = _cell_hint(node) if key == "cells" else ""
            parts.append(f"{_CONTAINERS[key]} {index + 1}{hint}")
            position += 2
            continue
        field += f"[{key}]" if isinstance(key, int) else (f".{key}" if field else str(key))
        position += 1
    if field:
        parts.append(f"field '{field}'")
    return ", ".join(parts) if parts else "the notebook"


def _cell_hint(cell: Any) -> str:
    cell = _as_mapping(cell)
    kind = cell.get("cell_type")
    lines = _text(cell.get("source", "")).splitlines()
    first_line = next((line.strip() for line in lines if line.strip()), "")
    hint = [kind] if isinstance(kind, str) else []
    if first_line:
        hint.append(f"starting {_truncate(first_line, 30)!r}")
    return f" ({', '.join(hint)})" if hint else ""


# --- small helpers -----------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "".join(item for item in value if isinstance(item, str))
    return value if isinstance(value, str) else ""


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text_or_none(value: Any) -> str | None:
    return str(value) if isinstance(value, (str, int, float)) and str(value) else None


def _normal_language(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    name = value.strip().lower()
    if name.startswith("c++"):
        return "cpp"
    return {"python3": "python", "r": "R", "c#": "csharp", "f#": "fsharp"}.get(name, name)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"a string ({_truncate(value, 30)!r})"
    return f"a number ({value})"


def _short(value: Any) -> str:
    return repr(value) if isinstance(value, str) and len(value) <= 40 else _json_type(value)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell_list(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:5])) + (", …" if len(numbers) > 5 else "")
    return f"cell{'s' if len(numbers) > 1 else ''} {shown}"


def _mib(size: int) -> str:
    return f"{size / MIB:.1f}".removesuffix(".0")
