from datetime import timedelta

from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from nbgallery.hookspecs import PeriodicTask
from nbgallery.jobs import scheduler
from nbgallery.jobs.tasks import prune_task_results

DAILY = PeriodicTask("prune_task_results", timedelta(days=1), prune_task_results)


def test_only_the_first_of_several_workers_claims_a_due_task(db):
    now = timezone.now()

    claims = [scheduler.claim(DAILY, now) for _worker in range(3)]

    assert claims == [True, False, False]


def test_a_task_is_claimed_again_once_its_period_has_passed(db):
    now = timezone.now()
    scheduler.claim(DAILY, now)

    assert scheduler.claim(DAILY, now + timedelta(hours=23)) is False
    assert scheduler.claim(DAILY, now + timedelta(days=1)) is True


def test_due_tasks_are_enqueued_for_the_worker(db):
    now = timezone.now()

    first = scheduler.run_due_tasks(now)
    again = scheduler.run_due_tasks(now + timedelta(minutes=5))

    assert "prune_task_results" in first
    assert "prune_task_results" not in again
    queued = DBTaskResult.objects.filter(task_path="nbgallery.jobs.tasks.prune_task_results")
    assert queued.count() == 1
