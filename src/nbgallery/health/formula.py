"""The health formulas of the original, as pure functions (reference §5.6)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from nbgallery.health.models import HEALTHY, UNHEALTHY, UNKNOWN

HEALTHY_AT = 0.625  # a notebook is healthy at or above this score...
UNHEALTHY_AT = 0.375  # ...and unhealthy at or below this one
CELL_HEALTHY_AT = 0.75  # pass rate × usage scale of a healthy cell
SMOOTHING_DAYS = 7


def health_scale(users: int, executions: float) -> float:
    """How much to trust a pass rate seen from this many users and executions (0 to 1)."""
    x = (users - 1) * 10 + max(executions, 1)
    if x < 1:
        return 0.0
    if x > 40:
        return 1.0
    return 0.75 + 0.25 * math.log(x) / math.log(40)


def cell_status(executions: int, failures: int, users: int) -> tuple[str, float | None]:
    """A code cell's status and pass rate over the window."""
    if executions <= 0:
        return UNKNOWN, None
    pass_rate = 1 - failures / executions
    healthy = pass_rate * health_scale(users, executions) >= CELL_HEALTHY_AT
    return (HEALTHY if healthy else UNHEALTHY), pass_rate


def cell_description(executions: int, users: int, pass_rate: float | None, days: int) -> str:
    if pass_rate is None:
        return f"No executions in last {days} days"
    people = f"{users} user{'' if users == 1 else 's'}"
    return f"{round(pass_rate * 100)}% pass rate ({people}) in last {days} days"


def notebook_score(
    code_cells: int, executions: int, users: int, pass_rate: float, depth: float
) -> float | None:
    """``scale(users, executions per cell) × (pass rate + NED) / 2``; None without data."""
    if code_cells <= 0 or executions <= 0:
        return None
    return health_scale(users, executions / code_cells) * (pass_rate + depth) / 2


def status_of(score: float | None) -> str:
    if score is None:
        return UNKNOWN
    if score >= HEALTHY_AT:
        return HEALTHY
    if score <= UNHEALTHY_AT:
        return UNHEALTHY
    return UNKNOWN


@dataclass(frozen=True)
class Verdict:
    status: str
    score: float | None
    description: str
    previous_score: float | None
    previous_status: str


def judge(
    raw: float | None,
    users: int,
    *,
    previous_score: float | None,
    previous_status: str,
    content_updated_at: datetime,
    now: datetime,
    days: int,
) -> Verdict:
    """The notebook's status, score and description, smoothed after a new version.

    When the formula cannot decide but the notebook was healthy or unhealthy
    before a new version less than a week old, the score slides from the old
    one towards the new (or 0.5 / 0.0) as the week passes, as the original's
    ``adjust_health_score`` does.
    """
    status = status_of(raw)
    people = f"{users} user{'' if users == 1 else 's'}"
    if status != UNKNOWN:
        label = "Healthy" if status == HEALTHY else "Unhealthy"
        description = f"{label}: {round(raw * 100)}% health score ({people}) in last {days} days"  # type: ignore[operator]
        return Verdict(status, raw, description, raw, status)
    age = now - content_updated_at
    recent = timedelta(0) <= age < timedelta(days=SMOOTHING_DAYS)
    if recent and previous_status != UNKNOWN and previous_score is not None:
        share = age / timedelta(days=SMOOTHING_DAYS)
        default = 0.5 if previous_status == HEALTHY else 0.0
        current = raw if raw is not None else default
        adjusted = share * current + (1 - share) * previous_score
        description = f"Undetermined health: but previously {previous_status}"
        return Verdict(UNKNOWN, adjusted, description, previous_score, previous_status)
    if raw is None:
        description = f"Undetermined health: not enough executions in last {days} days"
    else:
        description = (
            f"Undetermined: {round(raw * 100)}% health score ({people}) in last {days} days"
        )
    return Verdict(UNKNOWN, raw, description, previous_score, previous_status)
