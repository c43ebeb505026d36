"""Tasks for the enrolment area."""

__all__: list[str] = []
