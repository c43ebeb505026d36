"""Indonesian is the default language: every string of ours must be translated,
and the committed .mo must match the .po (a newcomer has no gettext to compile it)."""

import ast
import gettext
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def _po_entries(path: Path) -> list[tuple[str, str, bool, str | None]]:
    """(msgid, msgstr, fuzzy, msgid_plural) for each entry of a .po file; header and obsolete
    entries left out. Entries are blocks separated by blank lines."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in lines)
        parts: dict[str, str] = {}
        key = None
        for line in lines:
            if line.startswith(("msgid ", "msgstr ", "msgid_plural ", "msgstr[")):
                key, _space, literal = line.partition(" ")
                parts[key] = ast.literal_eval(literal)
            elif line.startswith('"') and key:
                parts[key] += ast.literal_eval(line)
        if parts.get("msgid"):
            msgstr = parts.get("msgstr", parts.get("msgstr[0]", ""))
            entries.append((parts["msgid"], msgstr, fuzzy, parts.get("msgid_plural")))
    return entries


def test_every_indonesian_string_is_translated_and_not_fuzzy():
    entries = _po_entries(LOCALE / "id" / "LC_MESSAGES" / "django.po")

    assert len(entries) > 50
    assert [msgid for msgid, msgstr, _fuzzy, _plural in entries if not msgstr] == []
    assert [msgid for msgid, _msgstr, fuzzy, _plural in entries if fuzzy] == []


def test_compiled_catalogue_matches_the_po_file():
    entries = _po_entries(LOCALE / "id" / "LC_MESSAGES" / "django.po")
    with (LOCALE / "id" / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        catalogue = gettext.GNUTranslations(mo)

    stale = [
        msgid
        for msgid, msgstr, _fuzzy, plural in entries
        if (
            catalogue.ngettext(msgid, plural, 1) if plural else catalogue.gettext(msgid)
        )
        != msgstr
    ]
    assert stale == [], "run `make messages` to recompile locale/id"
