"""Charts drawn on the server as inline SVG: pure functions from figures to markup, no
queries, no JavaScript. Every chart has a <title> and <desc> (read by screen
readers), scales to the width of its container (360-px phones included; at most 36rem
wide, so its text stays text-sized on a desktop) and is
always shown next to a table with the same figures.

Bars are horizontal so that long labels (course titles, regency names) are written
in full above their bar instead of being cut or rotated.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH = 360  # the viewBox width; the SVG itself scales to 100% of its container
# Colour-blind-safe (Okabe-Ito) colours, one per series, also told apart by legend.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")

Number = int | float | Decimal | None


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Number]


def _num(value: Number) -> float:
    return float(value) if value is not None else 0.0


def _fmt(value: Number) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.1f}"


def _legend(series: Sequence[Series], y: float) -> tuple[list[str], float]:
    parts, x = [], 0.0
    for index, one in enumerate(series):
        width = 18 + 6.5 * len(one.name)
        if x and x + width > WIDTH:
            x, y = 0.0, y + 16
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="10" height="10" fill="{}"/>'
                '<text x="{}" y="{}" font-size="11">{}</text>',
                x,
                y,
                COLOURS[index % len(COLOURS)],
                x + 14,
                y + 9,
                one.name,
            )
        )
        x += width
    return parts, y + 20


def _svg(
    *, title: str, description: str, height: float, parts: list[str], chart_id: str
) -> SafeString:
    return format_html(
        '<svg class="chart" id="{id}" role="img" viewBox="0 0 {w} {h}" width="100%"'
        ' style="max-width:36rem;display:block"'
        ' aria-labelledby="{id}-title {id}-desc" font-family="sans-serif"'
        ' xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        "{body}</svg>",
        id=chart_id,
        w=WIDTH,
        h=round(height),
        title=title,
        desc=description,
        body=mark_safe("".join(parts)),
    )


def bar_chart_svg(
    *,
    chart_id: str,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Sequence[Series],
    maximum: float | None = None,
) -> SafeString:
    """Horizontal grouped bars: for each label, one bar per series, its value
    written at its end. ``maximum`` fixes the scale (e.g. 100 for percentages);
    otherwise the largest value sets it."""
    parts, y = _legend(series, 0) if len(series) > 1 else ([], 0.0)
    largest = maximum or max(
        (_num(v) for one in series for v in one.values), default=0.0
    )
    largest = largest or 1.0
    bar, gap, room = 12, 4, WIDTH - 40  # room leaves space for the value text
    for row, label in enumerate(labels):
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="12">{}</text>', y + 12, _clip(label)
            )
        )
        y += 16
        for index, one in enumerate(series):
            value = one.values[row]
            length = room * _num(value) / largest
            parts.append(
                format_html(
                    '<rect x="0" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}: {}</title></rect>"
                    '<text x="{}" y="{}" font-size="11">{}</text>',
                    y,
                    round(length, 1),
                    bar,
                    COLOURS[index % len(COLOURS)],
                    label,
                    _fmt(value),
                    round(length + 4, 1),
                    y + 10,
                    _fmt(value),
                )
            )
            y += bar + gap
        y += 6
    if not labels:
        parts.append(format_html('<text x="0" y="{}" font-size="12">–</text>', y + 14))
        y += 20
    return _svg(
        title=title, description=description, height=y, parts=parts, chart_id=chart_id
    )


def line_chart_svg(
    *,
    chart_id: str,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Sequence[Series],
) -> SafeString:
    """Lines with a dot per point over ``labels`` (e.g. months), a zero baseline
    and the largest value marked on the axis; the value of each point is in the
    dot's <title> and in the table under the chart."""
    parts, top = _legend(series, 0)
    plot_h, left, bottom_room = 150.0, 30.0, 34.0
    peak = max((_num(v) for one in series for v in one.values), default=0.0)
    largest = peak or 1.0
    width = WIDTH - left - 10
    step = width / max(len(labels) - 1, 1)
    base = top + plot_h

    def point(i: int, value: Number) -> tuple[float, float]:
        x = left + (i * step if len(labels) > 1 else width / 2)
        return round(x, 1), round(base - plot_h * _num(value) / largest, 1)

    parts.append(
        format_html(
            '<line x1="{l}" y1="{b}" x2="{r}" y2="{b}" stroke="#666"/>'
            '<line x1="{l}" y1="{t}" x2="{l}" y2="{b}" stroke="#666"/>'
            '<text x="{tx}" y="{ty}" font-size="10" text-anchor="end">{top}</text>'
            '<text x="{tx}" y="{b}" font-size="10" text-anchor="end">0</text>',
            l=left,
            r=WIDTH - 10,
            b=base,
            t=top,
            tx=left - 3,
            ty=top + 8,
            top=_fmt(int(peak) if float(peak).is_integer() else peak),
        )
    )
    for index, one in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        points = [point(i, v) for i, v in enumerate(one.values)]
        if len(points) > 1:
            parts.append(
                format_html(
                    '<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>',
                    colour,
                    " ".join(f"{x},{y}" for x, y in points),
                )
            )
        for (x, y), label, value in zip(points, labels, one.values, strict=True):
            parts.append(
                format_html(
                    '<circle cx="{}" cy="{}" r="3" fill="{}">'
                    "<title>{} {}: {}</title></circle>",
                    x,
                    y,
                    colour,
                    one.name,
                    label,
                    _fmt(value),
                )
            )
    # At most six labels, evenly spread, so they never overlap on a phone.
    shown_count = min(len(labels), 6)
    shown = {
        round(k * (len(labels) - 1) / (shown_count - 1)) if shown_count > 1 else 0
        for k in range(shown_count)
    }
    for i, label in enumerate(labels):
        if i in shown:
            x, _y = point(i, 0)
            anchor = "middle"
            if len(labels) > 1 and i == 0:
                anchor = "start"
            elif len(labels) > 1 and i == len(labels) - 1:
                anchor = "end"
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="10" text-anchor="{}">{}</text>',
                    x,
                    base + 14,
                    anchor,
                    label,
                )
            )
    return _svg(
        title=title,
        description=description,
        height=base + bottom_room,
        parts=parts,
        chart_id=chart_id,
    )


def _clip(label: str, length: int = 52) -> str:
    """Labels longer than one line of a phone-wide chart end with an ellipsis (the
    full label is in the bar's <title> and the table)."""
    return label if len(label) <= length else label[: length - 1] + "…"
