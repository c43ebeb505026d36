"""Celery tasks of the courses app, one module per area (autodiscovered through here).

Tasks take IDs, load the objects, call one service and own the retry policy."""

from courses.tasks.assessments import *  # noqa: F403
from courses.tasks.attendance import *  # noqa: F403
from courses.tasks.enrolment import *  # noqa: F403
from courses.tasks.nominations import *  # noqa: F403
