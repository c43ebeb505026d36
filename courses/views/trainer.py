"""Views for the trainer area."""
