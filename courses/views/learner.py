"""Views for the learner area."""
