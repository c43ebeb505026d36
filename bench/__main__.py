"""``python -m bench``: set up the bench database, run every benchmark, write the report.

``python -m bench certificates monitoring`` runs only the named sections and prints
them without touching the report (for a quick look while working on one area)."""

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

# Always its own settings and database, whatever the shell (or make) exported.
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.bench"

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from bench import (  # noqa: E402
    assessments,
    certificates,
    content,
    monitoring,
    nominations,
    results,
)
from bench.harness import Section  # noqa: E402

# monitoring last: its PostgreSQL dataset keeps the server busy for a while after.
MODULES = [content, nominations, assessments, results, certificates, monitoring]
REPORT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def render(sections: list[Section]) -> str:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m bench`); rerun it to refresh these figures.",
        "",
        f"- measured: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        f"- database: {connection.vendor} ({connection.settings_dict['NAME']})",
        "- timings: Django test client in one process (no network), DEBUG off, warm caches;"
        " median and 95th percentile over the runs",
        "",
    ]
    for section in sections:
        lines += [f"## {section.title}", "", f"Target: {section.target}", ""]
        lines += [f"- {note}" for note in section.notes]
        lines += [
            "",
            "| measure | runs | median ms | p95 ms | queries | note |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for m in section.measures:
            lines.append(
                f"| {m.name} | {m.runs} | {m.median_ms:.1f} | {m.p95_ms:.1f} | "
                f"{'' if m.queries is None else m.queries} | {m.extra} |"
            )
        lines.append("")
    return "\n".join(lines)


def main(names: list[str]) -> int:
    by_name = {module.__name__.rsplit(".", 1)[1]: module for module in MODULES}
    unknown = sorted(set(names) - set(by_name))
    if unknown:
        sys.stderr.write(f"unknown sections {unknown}; known: {sorted(by_name)}\n")
        return 2
    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", verbosity=0)
    if names:
        sys.stdout.write(render([by_name[name].run() for name in names]))
        return 0
    sections = [module.run() for module in MODULES]
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(render(sections), encoding="utf-8")
    sys.stdout.write(render(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
