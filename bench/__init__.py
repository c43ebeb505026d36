"""The benchmark harness behind ``make bench``: one module per feature, one report.

Each feature module has ``TITLE`` and ``run() -> Section``. ``python -m bench`` sets up
its own database (``lms.settings.bench``), runs every module and writes
``docs/performance.md``.
"""
