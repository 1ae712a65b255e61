from django_tasks_db.models import DBTaskResult

from nbgallery.jobs import scheduler


def test_the_scheduler_enqueues_the_plugins_task_when_it_is_due(example_plugin, db):
    enqueued = scheduler.run_due_tasks()

    assert "example_heartbeat" in enqueued
    assert DBTaskResult.objects.filter(
        task_path="nbgallery_example.tasks.record_heartbeat"
    ).exists()


def test_it_is_not_enqueued_again_within_its_period(example_plugin, db):
    scheduler.run_due_tasks()

    assert "example_heartbeat" not in scheduler.run_due_tasks()


def test_the_enqueued_task_records_its_run_in_the_plugins_table(example_plugin, db):
    from nbgallery_example.models import Heartbeat

    scheduler.run_due_tasks()
    enqueued = DBTaskResult.objects.get(task_path="nbgallery_example.tasks.record_heartbeat")

    enqueued.task.call()  # what a worker does with it

    assert Heartbeat.objects.count() == 1
