"""Draw the demo diagrams (flows and small tables) as PNGs with Pillow.

The demo needs images to show lesson figures and phone renditions without shipping
binaries; the font is Bitstream Vera, which ReportLab ships.
"""

import io
import textwrap
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(reportlab.__file__).parent / "fonts"
WIDTH = 1200
PRIMARY = (13, 92, 140)
LIGHT = (232, 242, 248)
INK = (20, 30, 40)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(FONT_DIR / ("VeraBd.ttf" if bold else "Vera.ttf")), size
    )


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_flow(*, title: str, steps: list[str]) -> bytes:
    """Numbered boxes joined by arrows, top to bottom."""
    box_h, gap, top = 110, 50, 120
    height = top + len(steps) * (box_h + gap) + 20
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), title, font=_font(44, bold=True), fill=PRIMARY)
    body = _font(32)
    for index, step in enumerate(steps):
        y = top + index * (box_h + gap)
        draw.rounded_rectangle(
            (60, y, WIDTH - 60, y + box_h),
            radius=18,
            fill=LIGHT,
            outline=PRIMARY,
            width=4,
        )
        draw.ellipse((85, y + 25, 145, y + 85), fill=PRIMARY)
        number = str(index + 1)
        draw.text(
            (115, y + 55), number, font=_font(30, bold=True), fill="white", anchor="mm"
        )
        lines = textwrap.wrap(step, width=52)[:2]
        draw.multiline_text(
            (175, y + box_h / 2),
            "\n".join(lines),
            font=body,
            fill=INK,
            anchor="lm",
            spacing=6,
        )
        if index < len(steps) - 1:
            x, y0, y1 = WIDTH // 2, y + box_h, y + box_h + gap
            draw.line((x, y0 + 4, x, y1 - 8), fill=PRIMARY, width=6)
            draw.polygon(
                [(x - 16, y1 - 20), (x + 16, y1 - 20), (x, y1 - 2)], fill=PRIMARY
            )
    return _png(image)


def _wrap_to_width(text: str, face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedy word wrap measured in pixels, so no cell spills into the next."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def draw_table(*, title: str, columns: list[str], rows: list[list[str]]) -> bytes:
    """A simple ruled table with a coloured header row."""
    font, bold = _font(26), _font(26, bold=True)
    col_w = (WIDTH - 120) / max(len(columns), 1)

    def wrapped(cells: list[str], face: ImageFont.FreeTypeFont) -> list[list[str]]:
        return [_wrap_to_width(str(cell), face, col_w - 24) for cell in cells]

    header = wrapped(columns, bold)
    body = [wrapped(row, font) for row in rows]
    line_h = 34
    row_heights = [max(len(c) for c in r) * line_h + 24 for r in [header, *body]]
    height = 120 + sum(row_heights) + 30
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), title, font=_font(40, bold=True), fill=PRIMARY)
    y = 120
    for row_index, (cells, row_h) in enumerate(
        zip([header, *body], row_heights, strict=True)
    ):
        fill = PRIMARY if row_index == 0 else (LIGHT if row_index % 2 else "white")
        draw.rectangle(
            (60, y, WIDTH - 60, y + row_h), fill=fill, outline=PRIMARY, width=2
        )
        for col_index, lines in enumerate(cells):
            x = 60 + col_index * col_w
            if col_index:
                draw.line((x, y, x, y + row_h), fill=PRIMARY, width=2)
            draw.multiline_text(
                (x + 12, y + 12),
                "\n".join(lines),
                font=bold if row_index == 0 else font,
                fill="white" if row_index == 0 else INK,
                spacing=8,
            )
        y += row_h
    return _png(image)


def draw_figure(spec: dict) -> bytes:
    if spec["kind"] == "flow":
        return draw_flow(title=spec["title"], steps=spec["steps"])
    if spec["kind"] == "table":
        return draw_table(
            title=spec["title"], columns=spec["columns"], rows=spec["rows"]
        )
    raise ValueError(f"unknown figure kind {spec['kind']!r}")
