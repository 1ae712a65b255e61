"""On PostgreSQL a running job sorts with NBGALLERY_JOB_WORK_MEM; requests keep the default."""

import pytest
from django.db import connection

from nbgallery.jobs.runner import room_to_sort


def work_mem() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW work_mem")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_a_job_gets_its_work_mem_and_the_connection_gets_it_back(settings):
    settings.NBGALLERY_JOB_WORK_MEM = "96MB"
    ran = []
    if connection.vendor != "postgresql":
        with room_to_sort():
            ran.append(True)
        assert ran == [True]
        return
    before = work_mem()
    with room_to_sort():
        ran.append(work_mem())
    assert ran == ["96MB"]
    assert work_mem() == before != "96MB"
