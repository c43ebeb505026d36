"""Selectors for the enrolment area."""
