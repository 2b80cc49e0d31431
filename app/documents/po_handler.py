"""Gettext PO and POT files: every message is one block and one segment (one entry = one
segment, as CAT tools and Weblate treat them); existing Russian/Ukrainian msgstr are imported
with their state (fuzzy = a draft to review); the reviewed text goes back into msgstr with the
fuzzy flag from the decision and ``Language:`` set.

Plurals: Russian and Ukrainian have three forms, so a message with ``msgid_plural`` becomes one
block per form the file's language needs (``Plural-Forms: nplurals=N``, 3 for ru/uk when the
file does not say): form 0 shows the singular msgid, the others the plural msgid, each with a
note saying which numbers it serves. Context (msgctxt), comments, flags and source locations
are the block's meta. printf/Python/brace placeholders are isolated tags (``placeholders``).

Read and written with translate-toolkit's ``pypo`` store, which writes an unchanged file back
byte for byte and re-wraps only the messages that change; polib re-wraps every message (it
changed both real files in the tests on an unchanged round trip).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.model import Status
from app.documents import inline_codes, languages
from app.documents.model import Block, DocumentFormatError, ExistingTarget, ExtractedDocument
from app.documents.placeholders import code_placeholders, restore_placeholders
from app.documents.target_states import block_status, po_fuzzy
from app.documents.xliff1_document import UNWRITTEN, split_space

RU_UK_PLURALS = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                 "(n%100<10 || n%100>=20) ? 1 : 2);")
FORM_NOTES = {3: ("form 1 of 3: 1, 21, 31 ...", "form 2 of 3: 2-4, 22-24 ...",
                  "form 3 of 3: 0, 5-20, 25-30 ...")}
FORMAT_FLAGS = re.compile(r"(?<!no-)\b[\w-]+-format\b")


def _store(data: bytes, filename: str):
    from translate.storage import pypo

    if not data.strip():
        raise DocumentFormatError(f"{filename} is empty: there is nothing to translate.")
    try:
        return pypo.pofile(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DocumentFormatError(
            f"{filename} is not a readable PO file ({exc}). Check it with 'msgfmt -c' and "
            "import it again.") from exc


def _entries(store) -> list:
    return [u for u in store.units if not u.isheader() and not u.isobsolete()
            and str(u.source).strip()]


def _nplurals(store, lang: str | None) -> int:
    count, _ = store.getheaderplural()
    if count and str(count).isdigit() and lang:
        return int(count)
    return 3


def _flags(unit) -> list[str]:
    return [f.strip() for line in unit.typecomments
            for f in line.lstrip("#,").strip().split(",") if f.strip()]


def _forms(unit, nplurals: int) -> list[tuple[str, str, int | None]]:
    """(key, English text, plural form) per block of one message."""
    key = unit.getid()
    if not unit.hasplural():
        return [(key, str(unit.source), None)]
    singular, plural = unit.source.strings[0], unit.source.strings[1]
    return [(f"{key}\x1f{i}", singular if i == 0 else plural, i) for i in range(nplurals)]


def _coded(text: str, flagged: bool) -> tuple[str, str, str, dict]:
    cleaned, _ = inline_codes.sanitize(text)
    lead, core, trail = split_space(cleaned)
    codes: dict = {}
    return lead, code_placeholders(core, codes, flagged), trail, codes


def _template_headers(store, lang: str) -> dict[str, str]:
    """A template (POT) turned into a translation gets what msginit would fill in: a charset,
    a revision date, a translator and a team, and its header loses the fuzzy flag."""
    from datetime import UTC, datetime

    header = store.parseheader()
    filled: dict[str, str] = {}
    if "CHARSET" in (header.get("Content-Type") or ""):
        filled["Content_Type"] = "text/plain; charset=UTF-8"
    if (header.get("PO-Revision-Date") or "").startswith("YEAR"):
        filled["PO_Revision_Date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000")
    if "FULL NAME" in (header.get("Last-Translator") or ""):
        filled["Last_Translator"] = "Review Desk"
    if (header.get("Language-Team") or "").startswith("LANGUAGE"):
        filled["Language_Team"] = {"ru": "Russian", "uk": "Ukrainian"}[lang]
    if filled and store.header() is not None:
        store.header().markfuzzy(False)
    return filled


class PoHandler:
    name = "po"
    suffixes = (".po", ".pot")
    description = "Gettext PO / POT"

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        store = _store(data, filename)
        header_lang = store.gettargetlanguage()
        lang = languages.check_target(header_lang, filename) or languages.from_filename(
            filename)
        source = store.parseheader().get("X-Source-Language")
        languages.check_source(source, filename)
        nplurals = _nplurals(store, lang)
        blocks = []
        for unit in _entries(store):
            flags = _flags(unit)
            flagged = any(FORMAT_FLAGS.search(f) for f in flags)
            targets_text = unit.target.strings if unit.hasplural() else [str(unit.target)]
            for key, english, form in _forms(unit, nplurals):
                _, text, _, codes = _coded(english, flagged)
                meta: dict[str, object] = {}
                if unit.getcontext():
                    meta["context"] = unit.getcontext()
                for name, notes in (("comments", unit.getnotes("translator")),
                                    ("notes", unit.getnotes("developer"))):
                    if notes:
                        meta[name] = notes
                if unit.getlocations():
                    meta["locations"] = unit.getlocations()
                if flags:
                    meta["flags"] = flags
                if form is not None:
                    meta["plural_form"] = form
                    meta["plural_note"] = FORM_NOTES.get(nplurals, ())[form:form + 1] or [
                        f"form {form + 1} of {nplurals}"]
                targets: tuple[ExistingTarget, ...] = ()
                existing = targets_text[form or 0] if len(targets_text) > (form or 0) else ""
                if existing and lang:
                    _, target, _ = split_space(inline_codes.sanitize(existing)[0])
                    target = code_placeholders(target, codes, flagged, target=True)
                    state = "fuzzy" if unit.isfuzzy() else "translated"
                    targets = (ExistingTarget(lang, target, state),)
                blocks.append(Block(key=key, text=text, kind="message", codes=codes, meta=meta,
                                    targets=targets, split=False))
        if not blocks:
            raise DocumentFormatError(f"{filename} has no messages to translate.")
        langs = tuple(sorted({t.lang for b in blocks for t in b.targets}))
        warnings = []
        if langs and not header_lang:
            warnings.append(f"The file has no Language header; its translations were read as "
                            f"{lang} because of the file name.")
        return ExtractedDocument("po", blocks, "en", langs, warnings)

    def write(self, data: bytes, filename: str, translations: Mapping[str, str], lang: str,
              *, statuses: Mapping[str, Status] | None = None) -> bytes:
        from translate.misc.multistring import multistring

        store = _store(data, filename)
        before = languages.check_target(store.gettargetlanguage(), filename) or \
            languages.from_filename(filename)
        nplurals = _nplurals(store, before if before == lang else None)
        statuses = statuses or {}
        for unit in _entries(store):
            flagged = any(FORMAT_FLAGS.search(f) for f in _flags(unit))
            forms = _forms(unit, nplurals)
            done = [key for key, _, _ in forms if key in translations
                    and statuses.get(key) not in UNWRITTEN]
            if any(statuses.get(key) is Status.REJECTED for key, _, _ in forms) and str(
                    unit.target):
                unit.markfuzzy(True)  # a rejected translation stays, flagged for work
            if not done:
                continue
            old = list(unit.target.strings) if unit.hasplural() else [str(unit.target)]
            if before != lang:
                old = []  # another language's msgstr is not kept beside ours
            texts = []
            for i, (key, english, _) in enumerate(forms):
                lead, _, trail, codes = _coded(english, flagged)
                if key in done:
                    text = restore_placeholders(translations[key].strip(), codes)
                    texts.append(lead + inline_codes.strip_tags(text) + trail)
                else:
                    texts.append(old[i] if i < len(old) else "")
            unit.target = multistring(texts) if unit.hasplural() else texts[0]
            status = block_status(statuses.get(k, Status.EDITED) for k in done)
            fuzzy = po_fuzzy(status) or any(not t for t in texts)
            unit.markfuzzy(fuzzy)
            if not fuzzy:
                unit.prev_msgctxt, unit.prev_msgid, unit.prev_msgid_plural = [], [], []
        headers = {"Language": lang}
        if before != lang or not store.getheaderplural()[0] or "INTEGER" in str(
                store.getheaderplural()[0]):
            headers["Plural_Forms"] = RU_UK_PLURALS
        headers.update(_template_headers(store, lang))
        store.updateheader(add=True, **headers)
        return bytes(store)
