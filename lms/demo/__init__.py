"""Demo data for ``seed_demo``: one module per area, each idempotent."""
