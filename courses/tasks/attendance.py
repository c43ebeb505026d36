"""Tasks for the attendance area."""

__all__: list[str] = []
