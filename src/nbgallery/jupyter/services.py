"""What the Jupyter clients read and write besides notebooks: editor preferences
(protocol G2, G3), the notebooks Jupyter keeps close (G9) and cell runs (G10)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max, QuerySet
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.jupyter.models import Execution, ExecutionHistory, Preference
from nbgallery.notebooks.models import CodeCell, Notebook, Star
from nbgallery.usage.models import Click, record_click

# --- Preferences (G2, G3) -------------------------------------------------------------------

BOOLEAN_PREFERENCES = ("smart_indent", "auto_close_brackets", "easy_buttons")
INTEGER_PREFERENCES = ("indent_unit", "tab_size")
PREFERENCE_KEYS = (*BOOLEAN_PREFERENCES, *INTEGER_PREFERENCES, "lab_preferences")


def preferences_json(user: User) -> dict[str, Any]:
    """The user's preferences as the original's whole row, or its unsaved default."""
    preference = Preference.objects.filter(user=user).first() or Preference(user=user)
    return {
        "id": preference.pk,
        "user_id": user.pk,
        "smart_indent": preference.smart_indent,
        "auto_close_brackets": preference.auto_close_brackets,
        "easy_buttons": preference.easy_buttons,
        "indent_unit": preference.indent_unit,
        "tab_size": preference.tab_size,
        "created_at": preference.created_at,
        "updated_at": preference.updated_at,
        "lab_preferences": preference.lab_preferences,
    }


def save_preferences(user: User, values: Mapping[str, Any]) -> Preference:
    """Store typed preferences (keys from PREFERENCE_KEYS), making the user's row if need be."""
    unknown = set(values) - set(PREFERENCE_KEYS)
    if unknown:
        raise ValidationError(f"Not preferences: {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        preference, _created = Preference.objects.select_for_update().get_or_create(user=user)
        for name, value in values.items():
            setattr(preference, name, value)
        preference.save()
    return preference


# --- Notebook lists (G9) -------------------------------------------------------------------

RECENT_RUN_DAYS = 14


def notebook_partial(notebook: Notebook, base_url: str) -> dict[str, Any]:
    """A notebook as the original lists it to Jupyter (uuid and title are what the clients use)."""
    owner = notebook.owner
    return {
        "uuid": str(notebook.uuid),
        "title": notebook.title,
        "description": notebook.description,
        "public": notebook.public,
        "lang": notebook.lang,
        "lang_version": notebook.lang_version,
        "commit_id": notebook.commit_id,
        "content_updated_at": notebook.content_updated_at,
        "tags": [tag.name for tag in notebook.tags.all()],
        "owner": owner.username if isinstance(owner, User) else str(owner.gid),
        "creator": notebook.creator.username if notebook.creator else None,
        "updater": notebook.updater.username if notebook.updater else None,
        "url": base_url + notebook.get_absolute_url(),
    }


def with_people(notebooks: QuerySet[Notebook]) -> QuerySet[Notebook]:
    return notebooks.select_related(
        "owner_user", "owner_group", "creator", "updater"
    ).prefetch_related("tags")


def starred_notebooks(user: User, limit: int) -> list[Notebook]:
    """The notebooks the user starred and may still read, newest star first."""
    stars = (
        Star.objects.filter(user=user, notebook__in=Notebook.objects.readable_by(user))
        .order_by("-created_at", "-pk")
        .values_list("notebook_id", flat=True)[:limit]
    )
    ids = list(stars)
    found = {notebook.pk: notebook for notebook in with_people(Notebook.objects.filter(pk__in=ids))}
    return [found[pk] for pk in ids if pk in found]


def recently_executed_notebooks(user: Any, limit: int, today: date | None = None) -> list[Notebook]:
    """Readable notebooks the user ran cells of in the last 14 days, latest day first;
    deprecated ones left out, as in the original (protocol G9)."""
    if not user.is_authenticated:
        return []
    since = (today or timezone.localdate()) - timedelta(days=RECENT_RUN_DAYS)
    # Filtering before annotating keeps the maxima to this user's recent days.
    notebooks = (
        Notebook.objects.readable_by(user)
        .filter(deprecated=False)
        .filter(execution_histories__user=user, execution_histories__day__gte=since)
        .annotate(
            last_day=Max("execution_histories__day"),
            last_history=Max("execution_histories__pk"),
        )
        .order_by("-last_day", "-last_history")
    )
    return list(with_people(notebooks)[:limit])


# --- Executions (G10) -----------------------------------------------------------------------

MD5 = re.compile(r"^[0-9a-f]{32}$")
# A plain decimal number, as both clients write it; no signs, no "nan" or "inf".
RUNTIME = re.compile(r"^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
BARE_INTEGER = re.compile(r"^\d+$")
RUNTIME_MAX_CHARS = 32  # Execution.runtime_sent


class InstrumentationDisabled(Exception):
    """This site does not record cell runs (``NBGALLERY_INSTRUMENTATION``)."""


@dataclass(frozen=True)
class ExecutionReport:
    """One ``POST /executions``, checked: which cell (by md5) ran, how it went, how long."""

    md5: str
    success: bool
    runtime_sent: str
    runtime_seconds: float


def clean_execution(md5: str | None, success: bool, runtime: str | None) -> ExecutionReport:
    """Check a reported run; ValidationError says which field is wrong and why."""
    digest = (md5 or "").strip().lower()
    if not MD5.match(digest):
        raise ValidationError("md5 must be the 32 hexadecimal digits of the cell source's MD5.")
    sent = (runtime or "").strip()
    if len(sent) > RUNTIME_MAX_CHARS or not RUNTIME.match(sent) or not math.isfinite(float(sent)):
        raise ValidationError("runtime must be a number of seconds or milliseconds, 0 or more.")
    return ExecutionReport(digest, success, sent, runtime_seconds(sent))


def runtime_seconds(sent: str) -> float:
    """The runtime in seconds, whichever client sent it.

    JupyterLab sends whole milliseconds (``73``); the classic client sends
    seconds as a JavaScript float (``0.716``). The request does not say which
    client it came from (both send the same Origin and fields), so the shape
    decides: a bare integer is Lab's milliseconds, anything with a point or an
    exponent is classic seconds. A classic run of exactly whole seconds would
    be read as milliseconds; ``runtime_sent`` keeps the raw text for that case.
    """
    value = float(sent)
    return value / 1000 if BARE_INTEGER.match(sent) else value


def record_execution(
    user: User, notebook: Notebook, report: ExecutionReport, *, origin_host: str = ""
) -> Execution | None:
    """Record that ``user`` ran a cell of ``notebook`` (protocol G10).

    Today's ExecutionHistory row counts every report, as a known cell (its
    md5 is a code cell of the notebook's current content) or an unknown one.
    A known cell also gets an Execution row, and a successful run of the
    first code cell logs the click "executed notebook", tracked by the
    Jupyter server's host. Returns the Execution, or None for an unknown cell.
    """
    if not settings.NBGALLERY_INSTRUMENTATION:
        raise InstrumentationDisabled
    cell = current_code_cell(notebook, report.md5)
    with transaction.atomic():
        count_run(user, notebook, timezone.localdate(), known=cell is not None)
        if cell is None:
            return None
        execution = Execution.objects.create(
            user=user,
            notebook=notebook,
            code_cell=cell,
            success=report.success,
            runtime_sent=report.runtime_sent,
            runtime_seconds=report.runtime_seconds,
        )
        if report.success and is_first_code_cell(cell):
            record_click(user, notebook, Click.EXECUTED, tracking=origin_host)
    return execution


def current_code_cell(notebook: Notebook, md5: str) -> CodeCell | None:
    """The code cell of the notebook's current content whose source has this md5.

    Every content revision of the current content has the same cells (details
    changes record no cells at all), so the newest revision's is taken.
    """
    return (
        CodeCell.objects.filter(
            revision__notebook=notebook,
            revision__content_sha256=notebook.content_sha256,
            md5=md5,
        )
        .select_related("revision")
        .order_by("-revision__created_at", "-revision__pk", "cell_index")
        .first()
    )


def is_first_code_cell(cell: CodeCell) -> bool:
    return not CodeCell.objects.filter(
        revision=cell.revision_id, cell_index__lt=cell.cell_index
    ).exists()


def count_run(user: User, notebook: Notebook, day: date, *, known: bool) -> None:
    """Add one run to the user's history row of that day, making the row if need be.

    Two reports may race to make the row: the loser's insert fails on the
    unique constraint inside its own savepoint, and it adds to the winner's row.
    """
    field = "known_cell" if known else "unknown_cell"
    rows = ExecutionHistory.objects.filter(user=user, notebook=notebook, day=day)
    if rows.update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():
            ExecutionHistory.objects.create(user=user, notebook=notebook, day=day, **{field: 1})
    except IntegrityError:
        rows.update(**{field: F(field) + 1})
