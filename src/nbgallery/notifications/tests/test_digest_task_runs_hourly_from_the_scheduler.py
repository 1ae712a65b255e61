from datetime import timedelta

from nbgallery.jobs import scheduler
from nbgallery.notifications.tasks import send_daily_digests


def test_the_digest_task_is_a_periodic_task_checked_every_hour():
    [periodic] = [task for task in scheduler.periodic_tasks() if task.name == "send_daily_digests"]

    assert periodic.every == timedelta(hours=1)
    assert periodic.task is send_daily_digests


def test_the_task_runs_without_subscribers(db):
    send_daily_digests.call()
