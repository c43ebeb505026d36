"""Infrastructure tasks."""

import socket

from celery import shared_task
from django.db import connection


@shared_task
def worker_ping(*, token: str) -> dict[str, str]:
    """Answer from a worker with its host and database, proving a real round trip.

    Used by the operations checks and by the test that runs a real worker: the reply
    carries the database the worker reached so the test can see it is the same one.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {
        "token": token,
        "hostname": socket.gethostname(),
        "database": str(connection.settings_dict["NAME"]),
    }
