"""Tasks for the nominations area."""

__all__: list[str] = []
