"""Selectors for the nominations area."""
