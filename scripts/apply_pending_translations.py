"""Fill unfinished messages of translations/app_ru.ts and app_uk.ts from translations/pending/*.tsv.

Several people adding interface strings at once would all rewrite the .ts files; instead each
puts the Russian and Ukrainian text of its new strings in a TSV (context, source, ru, uk; the
three plural forms of a ``%n`` string separated by `` || ``). After
``scripts/update_translations.sh`` has collected the new sources, this script fills every
message that is still unfinished and has a row, reports sources with no row, and the update
script's lrelease step compiles the result:

    scripts/update_translations.sh   # lupdate, then this script, then lrelease

Rows whose message lupdate did not find (strings built through a helper or a context variable,
such as the QA reasons) are added as finished messages, so the TSV files stay the source of
those strings: ``scripts/update_translations.sh`` runs this script between lupdate and
lrelease. Finished translations are never overwritten.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGS = {"ru": 2, "uk": 3}  # TSV column of each language


def pending_rows() -> dict[tuple[str, str], list[str]]:
    rows: dict[tuple[str, str], list[str]] = {}
    for path in sorted((TRANSLATIONS / "pending").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for number, row in enumerate(csv.reader(fh, delimiter="\t",
                                                    quoting=csv.QUOTE_NONE), 1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) != 4:
                    sys.exit(f"{path.name}:{number}: expected 4 columns, found {len(row)}")
                rows[(row[0], row[1])] = row
    return rows


def apply(lang: str, rows: dict[tuple[str, str], list[str]]) -> tuple[int, list[str]]:
    path = TRANSLATIONS / f"app_{lang}.ts"
    tree = etree.parse(str(path))
    filled, missing, seen = 0, [], set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = (name, source)
            seen.add(key)
            if translation is None or translation.get("type") != "unfinished":
                continue
            row = rows.get(key)
            if row is None:
                missing.append(f"{name}: {source}")
                continue
            text = row[LANGS[lang]]
            if message.get("numerus") == "yes":
                forms = [form.strip() for form in text.split("||")]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    etree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    # Strings lupdate cannot see (built through a helper or a context variable) are added as
    # finished messages, so lrelease compiles them; the TSV stays their source.
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for (name, source), row in rows.items():
        if (name, source) in seen:
            continue
        context = contexts.get(name)
        if context is None:
            context = etree.SubElement(root, "context")
            etree.SubElement(context, "name").text = name
            contexts[name] = context
        message = etree.SubElement(context, "message")
        etree.SubElement(message, "source").text = source
        translation = etree.SubElement(message, "translation")
        text = row[LANGS[lang]]
        if "||" in text:
            message.set("numerus", "yes")
            for form in (f.strip() for f in text.split("||")):
                etree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        filled += 1
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    return filled, missing


def main() -> int:
    rows = pending_rows()
    status = 0
    for lang in LANGS:
        filled, problems = apply(lang, rows)
        print(f"app_{lang}.ts: {filled} messages filled")
        for problem in problems:
            print(f"  untranslated or unknown: {problem}")
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
