// Second half of `npm run build`: PurgeCSS over the full Sass output.
//
//   build/lms.full.css  --(PurgeCSS)-->  ../static/css/lms.css
//
// A selector survives when every class/tag/attribute in it appears as a word
// in the content files below, or matches the safelist. Root variables, reboot
// and the LMS rules (including @media print) sit between
// /*! purgecss start ignore */ markers in lms.scss and are never purged.
//
// Content scanned (any word there counts, so a class named in Python, e.g. a
// crispy FormHelper or a widget's attrs, keeps its CSS):
//   ../templates/**/*.html, ../*/templates/**/*.html,
//   ../{cms,courses,certificates,lms}/**/*.py,
//   crispy-bootstrap5's templates (found through ../.venv/bin/python).
//
// Options: --rejected writes the removed selectors to build/lms.rejected.txt.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PurgeCSS } from "purgecss";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const input = join(here, "build", "lms.full.css");
const output = join(root, "static", "css", "lms.css");
const MAX_BYTES = 72_000; // tests/lms/test_stylesheet.py checks the same limit

function fail(message) {
  console.error(`purge.mjs: ${message}`);
  process.exit(1);
}

// crispy-bootstrap5 renders form markup from its own templates, so the
// classes it emits must be kept. Ask the project's virtualenv where it is.
function crispyTemplatesDir() {
  const python = join(root, ".venv", "bin", "python");
  if (!existsSync(python)) {
    fail(
      `${python} not found. The purge step reads crispy-bootstrap5's templates ` +
        "from the project virtualenv: run `make install` (or create .venv and " +
        "`pip install -e '.[dev]'`) in the repository root first.",
    );
  }
  let pkgDir;
  try {
    pkgDir = execFileSync(
      python,
      ["-c", "import crispy_bootstrap5, os; print(os.path.dirname(crispy_bootstrap5.__file__))"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    ).trim();
  } catch (err) {
    fail(
      `could not import crispy_bootstrap5 with ${python}:\n${err.stderr || err.message}` +
        "Run `make install` in the repository root.",
    );
  }
  const templates = join(pkgDir, "templates");
  if (!existsSync(templates)) fail(`${templates} does not exist`);
  return templates;
}

// Safelist: a selector part (class name, tag name or attribute name) that
// matches one of these is kept even if no content file mentions it.
//
// Full families are kept where templates build class names from data
// (`alert-{{ message.tags }}`, `text-bg-{{ status }}`, `btn-{{ kind }}`) and for
// what upcoming pages (forms, gradebooks, dashboards, progress bars) need.
// Everything else (grid, layout, responsive variants, navigation, cards...) is
// kept when a scanned file names it literally; tests/lms/test_stylesheet.py
// fails if a template uses a class lms.css lacks, and `make css` fixes that.
// Keep in step with static/vendor/README.md ("What the purge keeps").
const standard = [
  // Alerts, buttons, badges: every colour variant and size.
  "alert", /^alert-/,
  // Not .btn-check (toggle buttons) and not .btn-close (dismissing needs
  // Bootstrap JS, which is not shipped): kept only if a template uses them.
  "btn", /^btn-(?!check|close)/,
  /^badge/,
  // Colour utilities (and the other .text-* utilities).
  /^text-/, /^text-bg-/, /^bg-/,
  "border", /^border-/,
  // Forms, except .form-range (slider) and .form-control-color (colour picker).
  /^form-(?!range|control-color)/,
  /^is-invalid/, /^invalid-feedback/, /^was-validated/,
  /^progress/,
  // Tables (gradebooks): all of them; .table-responsive but not its
  // -sm/-md/-lg/-xl variants.
  /^table(?!-responsive-)/,
  // Spacing: every margin/padding utility at the base breakpoint
  // (.m-0 ... .m-5, .m-auto, .mt-*, .mx-*, .p-*, .ps-* ...). The -md-
  // versions are kept when used.
  /^[mp][tbsexy]?-(\d|auto)$/,
  // Single classes.
  "row", "small", "lead", /^h[1-6]$/, "img-fluid", "list-unstyled",
  "text-uppercase", "min-vh-100", "mt-auto", "ms-auto",
  /^visually-hidden/,
  // Print: .d-print-none, .d-print-block ... (the LMS print rules and reboot
  // are never purged, see lms.scss).
  /^d-print-/,
  // States toggled by server code or a few lines of JS.
  "collapse", "show", "active", "disabled", "aria-current",
  // Elements in component selectors (`textarea.form-control`,
  // `.table-striped>tbody>tr`, `fieldset:disabled .btn` ...). Django's form
  // widgets render some of them from its own templates, which are not scanned.
  "textarea", "label", "fieldset", "thead", "tbody", "tr", "a", "hr",
  // LMS's own hooks (block templates, print view).
  "skip-link", /^lms-/, "lesson-body", "no-print", "print-url",
  "box", "check", "glossary", "t",
];

const crispy = crispyTemplatesDir();
const content = [
  join(root, "templates/**/*.html"),
  join(root, "*/templates/**/*.html"),
  join(root, "{cms,courses,certificates,lms}/**/*.py"),
  join(crispy, "**/*.html"),
];
// crispy layout objects that need Bootstrap's JavaScript (not shipped) or
// components lms.css does not have: TabHolder (.nav-tabs + data-bs-toggle),
// a dismissible Alert (.btn-close + data-bs-dismiss), Modal, Accordion.
// Scanning them would keep .nav-tabs and .btn-close (about 2.4 KB).
// `{{ form|crispy }}` does not use them.
const skippedContentGlobs = [
  join(crispy, "bootstrap5/layout/{alert,tab,tab-link,modal,accordion,accordion-group}.html"),
  join(crispy, "bootstrap5/{accordion,accordion-group}.html"),
];
if (!existsSync(join(root, "templates", "base.html"))) fail(`${root}/templates/base.html not found`);

if (!existsSync(input)) fail(`${input} not found; run \`npm run build\` (it runs sass first).`);

const wantRejected = process.argv.includes("--rejected");
const [result] = await new PurgeCSS().purge({
  css: [input],
  content,
  skippedContentGlobs,
  safelist: { standard },
  // Attribute selectors kept whatever the content says: Django's widgets
  // render these attributes from Python (`type="{{ widget.type }}"`), so
  // `.form-check-input[type=radio]`, `.form-control[type=file]`,
  // `.form-select[multiple]` ... would otherwise be dropped.
  dynamicAttributes: ["type", "multiple", "size", "readonly", "disabled"],
  variables: false, // keep every CSS custom property (--bs-*)
  keyframes: false, // keep every @keyframes
  fontFace: false,
  rejected: wantRejected,
});

// Whitespace that Sass's compressed style leaves and Bootstrap's own
// bootstrap.min.css does not have (about 1.2 KB):
//   `--bs-x: 1` -> `--bs-x:1` (an empty value keeps its space),
//   `none !important` -> `none!important`, `rgba(0, 0, 0, .5)` -> `rgba(0,0,0,.5)`.
// Quoted strings (font names, content: "...", url("data:...")) are left alone.
function tidy(text) {
  return text
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/ !important/g, "!important").replace(/(--[\w-]+): (?=[^;}])/g, "$1:").replace(/, /g, ","),
    )
    .join("");
}

const css = tidy(result.css);
if (!css.startsWith("/*!")) fail("purged CSS lost the /*! Bootstrap banner */; not writing it.");
if (css.includes("purgecss start ignore") || css.includes("purgecss end ignore")) {
  fail("an ignore marker was left in the output; check the markers in lms.scss.");
}

const before = readFileSync(input).length;
const after = Buffer.byteLength(css);
if (wantRejected) {
  const list = join(here, "build", "lms.rejected.txt");
  writeFileSync(list, [...result.rejected].sort().join("\n") + "\n");
  console.log(`purge.mjs: ${result.rejected.length} removed selectors listed in ${list}`);
}
if (after >= MAX_BYTES) {
  const over = join(here, "build", "lms.over-budget.css");
  writeFileSync(over, css);
  fail(
    `purged CSS is ${after} bytes; the budget is under ${MAX_BYTES}. ` +
      `${output} was left unchanged (result in ${over}). Narrow the safelist above.`,
  );
}

// Write next to the target and rename, so a failed build never leaves a
// half-written lms.css behind.
mkdirSync(dirname(output), { recursive: true });
const tmp = `${output}.tmp`;
writeFileSync(tmp, css);
renameSync(tmp, output);
console.log(`purge.mjs: ${before} -> ${after} bytes -> ${output}`);
