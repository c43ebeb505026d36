"""Selectors for the attendance area."""
