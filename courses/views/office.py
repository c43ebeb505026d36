"""Views for the office area."""
