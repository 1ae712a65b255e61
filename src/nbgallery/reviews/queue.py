"""The nightly review work: the automatic queue, recommended reviewers, re-verification.

Reference §5.7, with its bug §11.3 fixed: pruning removes only reviews the
job itself queued, never ones a person proposed.
"""

from __future__ import annotations

import contextlib
import datetime
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from nbgallery.notebooks.models import Notebook
from nbgallery.reviews import config
from nbgallery.reviews.models import RecommendedReviewer, Review, UserSummary
from nbgallery.reviews.rules import latest_content_revision
from nbgallery.reviews.services import propose_reviews, recompute_flags
from nbgallery.usage.models import Click

Progress = Callable[[int, int], None]
QUEUE_WINDOW = datetime.timedelta(days=90)
REPEAT_DAYS = 9  # "repeat" users came back on at least days/10 of the 90 days
FOCUSED_AT_MOST = 5  # "focused" users touched at most this many notebooks
FUNCTIONAL_WINDOW = datetime.timedelta(days=180)
TECHNICAL_MIN_AUTHOR_PCT = 40.0
KEEP_REVIEWERS = 10
SIMILAR_NEIGHBOURS = 25
USE_ACTIONS = (Click.RAN, Click.EXECUTED, Click.DOWNLOADED)
LIST_NAMES = ("most used", "most used by focused users", "most repeat users")


def reviewable_notebooks():
    notebooks = Notebook.objects.filter(deprecated=False)
    return notebooks if config.private_reviews() else notebooks.filter(public=True)


def ranked_lists(now: datetime.datetime, length: int) -> list[list[int]]:
    """The three usage lists of notebook ids, best first, ``length`` each at most."""
    used = Click.objects.filter(
        created_at__gte=now - QUEUE_WINDOW,
        action__in=USE_ACTIONS,
        user__isnull=False,
        notebook__in=reviewable_notebooks(),
    )

    def top(queryset) -> list[int]:
        rows = queryset.values("notebook").annotate(n=Count("id")).order_by("-n", "notebook")
        return [row["notebook"] for row in rows[:length]]

    focused = (
        used.values("user")
        .annotate(k=Count("notebook", distinct=True))
        .filter(k__lte=FOCUSED_AT_MOST)
        .values("user")
    )
    repeat = repeat_users(used)
    repeaters = sorted(repeat, key=lambda notebook: (-repeat[notebook], notebook))[:length]
    return [top(used), top(used.filter(user__in=focused)), repeaters]


def repeat_users(used) -> Counter:
    """{notebook id: users active on it on at least REPEAT_DAYS distinct days}.

    Only pairs with that many clicks can qualify, so the database narrows
    them with a plain count first; their days are then counted here (a date
    cast per row is slow on SQLite, where it is a Python function).
    """
    pairs = set(
        used.values("user", "notebook")
        .annotate(n=Count("id"))
        .filter(n__gte=REPEAT_DAYS)
        .values_list("user", "notebook")
        .order_by()
    )
    if not pairs:
        return Counter()
    days: dict[tuple[int, int], set] = defaultdict(set)
    users = {user for user, _ in pairs}
    notebooks = {notebook for _, notebook in pairs}
    rows = used.filter(user__in=users, notebook__in=notebooks).values_list(
        "user", "notebook", "created_at"
    )
    for user, notebook, created_at in rows.order_by().iterator(chunk_size=5000):
        if (user, notebook) in pairs:
            days[(user, notebook)].add(created_at.date())
    return Counter(notebook for (_, notebook), seen in days.items() if len(seen) >= REPEAT_DAYS)


def top_notebooks(now: datetime.datetime) -> list[tuple[int, list[str]]]:
    """The notebooks to queue, best first, each with the lists it is on."""
    public = reviewable_notebooks().count()
    top_n = min(50, public // 20 + 1)
    length = 2 * top_n
    score: dict[int, float] = defaultdict(float)
    on_lists: dict[int, list[str]] = defaultdict(list)
    for name, ranked in zip(LIST_NAMES, ranked_lists(now, length), strict=True):
        for position, notebook_id in enumerate(ranked):
            # One point per list, and a little more for a better place on it.
            score[notebook_id] += 1 + (length - position) / (10 * length)
            on_lists[notebook_id].append(name)
    best = sorted(score, key=lambda notebook_id: (-score[notebook_id], notebook_id))[:top_n]
    return [(notebook_id, on_lists[notebook_id]) for notebook_id in best]


def recently_reviewed(notebook: Notebook, revtype: str, now: datetime.datetime) -> bool:
    revision = latest_content_revision(notebook)
    cutoff = now - datetime.timedelta(days=config.recent_days())
    return Review.objects.filter(
        Q(status__in=Review.OPEN)
        | Q(revision=revision, status__in=Review.DECIDED, decided_at__gte=cutoff),
        notebook=notebook,
        revtype=revtype,
    ).exists()


def generate_queue(progress: Progress | None = None) -> int:
    """Queue the most used notebooks for each enabled type; prune automatic ones that fell out.

    Returns how many reviews were queued. Running it again queues nothing new.
    """
    report = progress or (lambda done, total: None)
    types = list(config.review_types())
    now = timezone.now()
    chosen = top_notebooks(now) if types else []
    queued = 0
    report(0, len(chosen))
    notebooks = Notebook.objects.in_bulk([notebook_id for notebook_id, _ in chosen])
    for done, (notebook_id, lists) in enumerate(chosen, 1):
        notebook = notebooks.get(notebook_id)
        wanted = [t for t in types if notebook and not recently_reviewed(notebook, t, now)]
        if notebook is not None and wanted:
            comment = f"Automatically nominated based on usage (#{done}): {', '.join(lists)}."
            # Deleted, deprecated or emptied since the counts were taken: skip it.
            with contextlib.suppress(ValidationError):
                queued += len(propose_reviews(None, notebook, wanted, comment, automatic=True))
        report(done, len(chosen))
    keep = [notebook_id for notebook_id, _ in chosen]
    Review.objects.filter(automatic=True, status=Review.QUEUED).exclude(
        notebook_id__in=keep
    ).delete()
    return queued


def recommend_reviewers(progress: Progress | None = None) -> int:
    """Recompute the computed (not hand-added) recommended reviewers of queued reviews."""
    report = progress or (lambda done, total: None)
    reviews = list(Review.objects.filter(status=Review.QUEUED).select_related("notebook"))
    report(0, len(reviews))
    summaries = dict(UserSummary.objects.values_list("user_id", "user_rep_pct"))
    authors = dict(
        UserSummary.objects.filter(author_rep_pct__gte=TECHNICAL_MIN_AUTHOR_PCT).values_list(
            "user_id", "author_rep_pct"
        )
    )
    made = 0
    for done, review in enumerate(reviews, 1):
        if review.revtype == Review.TECHNICAL:
            scores = technical_scores(review, authors)
        elif review.revtype == Review.FUNCTIONAL:
            scores = functional_scores(review, summaries)
        else:
            scores = {}  # compliance: left to plugins and editors
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:KEEP_REVIEWERS]
        with transaction.atomic():
            RecommendedReviewer.objects.filter(review=review, manual=False).delete()
            RecommendedReviewer.objects.bulk_create(
                [RecommendedReviewer(review=review, user_id=u, score=s) for u, s in best],
                ignore_conflicts=True,  # someone an editor added by hand stays as added
            )
        made += len(best)
        report(done, len(reviews))
    return made


def technical_scores(review: Review, authors: dict[int, float]) -> dict[int, float]:
    """Authors at the 40th percentile or above who know this kind of code (reference §5.7).

    score = min(the candidate's notebooks among this one's 25 most similar, 10)
    + package_score, where package_score = Σ over this notebook's packages of
    rarity × min(the candidate's notebooks importing it, 5) / Σ rarity, and
    rarity = max(1 − notebooks importing it / the most imported package's
    count, in this language, 0.0001). Candidates scoring 0 are left out.
    """
    notebook = review.notebook
    candidates = [user_id for user_id in authors if user_id != notebook.creator_id]
    if not candidates:
        return {}
    scores: dict[int, float] = defaultdict(float)
    similar_model = optional_model("recommendations", "SimilarNotebook")
    if similar_model is not None:
        similar = similar_model.objects.filter(notebook=notebook).order_by("-score")
        neighbours = list(similar.values_list("other_id", flat=True)[:SIMILAR_NEIGHBOURS])
        by_author = (
            Notebook.objects.filter(pk__in=neighbours, creator__in=candidates)
            .values("creator")
            .annotate(n=Count("id"))
            .order_by()
        )
        for row in by_author:
            scores[row["creator"]] += min(row["n"], 10)
    for user_id, value in package_scores(notebook, candidates).items():
        scores[user_id] += value
    return {user_id: score for user_id, score in scores.items() if score > 0}


def package_scores(notebook: Notebook, candidates: list[int]) -> dict[int, float]:
    package_model = optional_model("search", "SearchPackage")
    if package_model is None:
        return {}
    packages = list(package_model.objects.filter(notebook=notebook).values_list("name", flat=True))
    if not packages:
        return {}
    in_language = package_model.objects.filter(notebook__lang=notebook.lang)
    counts = dict(
        in_language.values("name").annotate(n=Count("notebook")).values_list("name", "n").order_by()
    )
    most = max(counts.values(), default=1) or 1
    rarity = {name: max(1 - counts.get(name, 0) / most, 0.0001) for name in packages}
    total = sum(rarity.values())
    uses = (
        package_model.objects.filter(name__in=packages, notebook__creator__in=candidates)
        .exclude(notebook=notebook)
        .values("notebook__creator", "name")
        .annotate(n=Count("notebook"))
        .order_by()
    )
    scores: dict[int, float] = defaultdict(float)
    for row in uses:
        scores[row["notebook__creator"]] += rarity[row["name"]] * min(row["n"], 5) / total
    return scores


def optional_model(label: str, name: str) -> Any:
    """Another app's model, or None where that app is not installed."""
    try:
        return apps.get_model(label, name)
    except LookupError:
        return None


def functional_scores(review: Review, summaries: dict[int, float]) -> dict[int, float]:
    """The notebook's heaviest users: (uses / most uses + user percentile / 100) / 2."""
    notebook = review.notebook
    clicks = Click.objects.filter(
        notebook=notebook,
        action__in=USE_ACTIONS,
        user__isnull=False,
        created_at__gte=timezone.now() - FUNCTIONAL_WINDOW,
    )
    if notebook.creator_id is not None:
        clicks = clicks.exclude(user_id=notebook.creator_id)
    uses = dict(clicks.values("user").annotate(n=Count("id")).values_list("user", "n").order_by())
    most = max(uses.values(), default=0)
    if not most:
        return {}
    return {u: (n / most + summaries.get(u, 0.0) / 100) / 2 for u, n in uses.items()}


def reverify(progress: Progress | None = None) -> int:
    """Recompute the flags of every reviewed or verified notebook (approvals age out)."""
    report = progress or (lambda done, total: None)
    ids = set(Review.objects.values_list("notebook_id", flat=True).distinct())
    ids |= set(Notebook.objects.filter(verified=True).values_list("pk", flat=True))
    notebooks = Notebook.objects.filter(pk__in=ids).order_by("pk")
    total = notebooks.count()
    for done, notebook in enumerate(notebooks.iterator(), 1):
        recompute_flags(notebook)
        report(done, total)
    return total
