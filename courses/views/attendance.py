"""Views for the attendance area."""
