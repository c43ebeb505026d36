"""Selectors for the progress area."""
