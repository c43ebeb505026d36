"""static/css/lms.css is purged (frontend/purge.mjs): only the Bootstrap
selectors that templates, app code and the safelist use are kept.

These tests catch a template that uses a class the purged stylesheet lacks.
Fix: ``make css`` (``cd frontend && npm ci && npm run build``) rescans the
templates and keeps the new class; commit the rebuilt ``lms.css``.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSS_PATH = ROOT / "static" / "css" / "lms.css"
TEMPLATES = ROOT / "templates"

# Pages that carry their own inline <style> and do not load lms.css.
SKIPPED_TEMPLATES = {
    "cms/lesson_print.html",
    "cms/module_offline_index.html",
    "500.html",
}

# Classes that lms.css intentionally does not style:
# - box, check, glossary, t: content-block hooks, styled only by the inline CSS
#   of the print / offline pages;
# - nav-item: Bootstrap markup convention with no rule of its own (it only
#   appears in `.nav-fill .nav-item`, `.nav-tabs .nav-item.show ...`).
UNSTYLED_CLASSES = {"box", "check", "glossary", "t", "nav-item"}

MAX_BYTES = 72_000

# {# comment #}, {% tag %} and {{ variable }}.
_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_TEMPLATE_SYNTAX = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
# class="..." / class='...'; template syntax inside the value may itself
# contain quotes, so it is consumed as a whole.
_CLASS_ATTR = re.compile(
    r"""\bclass\s*=\s*(?:"((?:\{%.*?%\}|\{\{.*?\}\}|[^"])*)"|'((?:\{%.*?%\}|\{\{.*?\}\}|[^'])*)')""",
    re.S,
)


def _css() -> str:
    return CSS_PATH.read_text(encoding="utf-8")


def _has_class(css: str, name: str) -> bool:
    return re.search(r"\." + re.escape(name) + r"(?![\w-])", css) is not None


def _template_files() -> list[Path]:
    files = sorted(TEMPLATES.rglob("*.html"))
    # App templates (app/templates/...), if any app has some.
    for app_dir in sorted(ROOT.glob("*/templates")):
        if app_dir.parent.name not in {"frontend", "static", "node_modules"}:
            files.extend(sorted(app_dir.rglob("*.html")))
    return [
        f
        for f in files
        if not (
            f.is_relative_to(TEMPLATES)
            and f.relative_to(TEMPLATES).as_posix() in SKIPPED_TEMPLATES
        )
    ]


def static_class_tokens(source: str) -> set[str]:
    """Class names written literally in class="..." attributes.

    Template syntax is replaced by ``{}`` before splitting on whitespace, and
    any token containing ``{`` or ``%`` is dropped, so ``alert-{{ tag }}`` or
    ``{% if x %}active{% endif %}`` is not checked (the safelist in
    frontend/purge.mjs keeps those families).
    """
    source = _COMMENT.sub("", source)
    tokens = set()
    for match in _CLASS_ATTR.finditer(source):
        value = _TEMPLATE_SYNTAX.sub("{}", match.group(1) or match.group(2) or "")
        tokens.update(
            t for t in value.split() if "{" not in t and "%" not in t and "}" not in t
        )
    return tokens


def test_static_class_tokens_skips_template_syntax():
    src = (
        """<div class="box alert {% if v.kind == "warning" %}alert-warning{% else %}alert-info{% endif %}">"""
        """<a class='btn btn-{{ kind }} mb-0'>{# class="ignored" #}"""
        """{% srcset_image img max-{400x400,800x800} class="img-fluid rounded" %}"""
    )
    assert static_class_tokens(src) == {
        "box",
        "alert",
        "btn",
        "mb-0",
        "img-fluid",
        "rounded",
    }


def test_every_static_template_class_is_in_lms_css():
    css = _css()
    missing: dict[str, list[str]] = {}
    for path in _template_files():
        for token in static_class_tokens(path.read_text(encoding="utf-8")):
            if token in UNSTYLED_CLASSES or _has_class(css, token):
                continue
            missing.setdefault(token, []).append(path.relative_to(ROOT).as_posix())
    assert not missing, (
        "Templates use classes that static/css/lms.css does not define. Run "
        "`make css` (cd frontend && npm ci && npm run build) and commit lms.css, "
        "or add the class to UNSTYLED_CLASSES if it is intentionally unstyled:\n"
        + "\n".join(
            f"  .{token}: {', '.join(sorted(set(files)))}"
            for token, files in sorted(missing.items())
        )
    )


def test_unstyled_allowlist_is_still_needed():
    # Keep UNSTYLED_CLASSES honest: each entry is still used by a checked
    # template and still absent from lms.css.
    css = _css()
    used = set()
    for path in _template_files():
        used |= static_class_tokens(path.read_text(encoding="utf-8"))
    assert UNSTYLED_CLASSES <= used
    assert not [name for name in UNSTYLED_CLASSES if _has_class(css, name)]


def test_classes_built_at_runtime_are_kept():
    # Names that templates assemble from data, which the static scan above
    # cannot see: message alerts (base.html), callout kinds
    # (cms/blocks/callout.html), the language switch buttons.
    css = _css()
    for name in [
        "alert-info",
        "alert-success",
        "alert-warning",
        "alert-danger",
        "btn-light",
        "btn-outline-light",
        "is-invalid",
        "invalid-feedback",
        "text-bg-success",
        "progress-bar",
    ]:
        assert _has_class(css, name), name


def test_lms_css_size_banner_and_print_rules():
    raw = CSS_PATH.read_bytes()
    assert len(raw) < MAX_BYTES, (
        f"lms.css is {len(raw)} bytes; budget is under {MAX_BYTES}"
    )
    css = raw.decode("utf-8")
    assert css.startswith("/*!"), (
        "lms.css must start with the /*! Bootstrap licence banner"
    )
    assert "Bootstrap" in css[: css.index("*/")]
    assert "purgecss" not in css  # ignore markers are removed by purge.mjs
    assert "--bs-primary:" in css  # custom properties are not purged
    assert re.search(r"@media print\{[^@]*\.no-print", css)
