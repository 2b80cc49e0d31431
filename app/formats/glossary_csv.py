"""Glossary as CSV: one row per concept, for Excel and LibreOffice.

Columns: ``id, kind, note, en, en_status, ru, ru_status, uk, uk_status`` (``id`` optional when
reading; column order free). A language cell holds all of that language's terms, one per line
(a line break inside the cell, which Excel shows as a multi-line cell); the matching ``*_status``
cell holds their statuses, one per line. An empty status means preferred for the first term and
admitted for the others.

Written as UTF-8 with a byte-order mark by default (``bom=True``): Excel opens such a file with
the right encoding and shows Cyrillic; without it Excel guesses the Windows code page and shows
mojibake. ``bom=False`` writes plain UTF-8 for scripts.

Reading takes the separator from the header line: Excel in a Russian or Ukrainian locale (and
any locale with a decimal comma) saves "CSV" with ``;`` between cells, LibreOffice may use a
tab. The header is split with ``,``, ``;`` and tab and the one that yields the glossary columns
wins (``csv.Sniffer`` guesses from character frequencies and is fooled by the line breaks and
commas inside multi-term cells, so the known header is the surer guide). A file that is not
UTF-8 is read as Windows-1251 when charset-normalizer finds that encoding (Excel's plain "CSV"
on a Russian or Ukrainian Windows), with a warning; any other encoding is refused. A row with
more cells than the header is imported and its extra cells reported in ``CsvRead.warnings``.

Formula injection: a spreadsheet treats a cell starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula. The writer prefixes such a cell with one single quote ``'``, which
spreadsheets show as text. The rule is applied after removing any leading quotes, so a cell
that already starts with quotes followed by one of those characters gets one more quote:

    writer: cell ``c`` is written as ``"'" + c`` if ``c.lstrip("'")`` starts with = + - @ \\t \\r
    reader: a cell ``"'" + c`` is read back as ``c`` under exactly the same condition

Every other cell (including ``'abc``) is left alone in both directions, so export then import
gives back exactly what was exported.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.glossary_model import (
    GLOSSARY_LANGUAGES,
    Concept,
    ConceptKind,
    GlossaryFormatError,
    Term,
    TermStatus,
)

COLUMNS = ["id", "kind", "note"] + [
    col for lang in GLOSSARY_LANGUAGES for col in (lang, f"{lang}_status")
]
REQUIRED = [c for c in COLUMNS if c != "id"]
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = (",", ";", "\t")


@dataclass
class CsvRead:
    concepts: list[Concept]
    separator: str = ","
    warnings: list[str] = field(default_factory=list)


def detect_separator(text: str) -> str:
    """The separator whose split of the first line names the most glossary columns."""
    first = text.split("\n", 1)[0]

    def known(sep: str) -> int:
        return sum(1 for h in next(csv.reader([first], delimiter=sep), [])
                   if h.strip().lower() in COLUMNS)

    return max(SEPARATORS, key=known)


def neutralise(cell: str) -> str:
    return "'" + cell if cell.lstrip("'").startswith(_TRIGGERS) else cell


def restore(cell: str) -> str:
    if cell.startswith("'") and cell.lstrip("'").startswith(_TRIGGERS):
        return cell[1:]
    return cell


def concept_row(concept: Concept) -> list[str]:
    row = [str(concept.id or ""), concept.kind.value, concept.note or ""]
    for lang in GLOSSARY_LANGUAGES:
        terms = concept.terms_in(lang)
        row += ["\n".join(t.text for t in terms), "\n".join(t.status.value for t in terms)]
    return [neutralise(cell) for cell in row]


def write_csv(concepts: Iterable[Concept], path: Path | str, *, bom: bool = True,
              left_out: Counter | None = None) -> int:
    """Write one row per concept; what the columns cannot carry (definitions, contexts and
    the other details, subject, part of speech, sources) is counted in ``left_out``."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for concept in concepts:
            writer.writerow(concept_row(concept))
            count += 1
            if left_out is not None:
                left_out.update(d.category for d in concept.details)
                left_out["subject"] += bool(concept.subject)
                for term in concept.terms:
                    left_out.update(d.category for d in term.details)
                    left_out["part of speech"] += bool(term.part_of_speech)
                    left_out["term source"] += bool(term.source)
    if left_out is not None:
        left_out += Counter()  # drop the zero counts
    return count


def _terms(lang: str, texts: str, statuses: str, line: int) -> list[Term]:
    words = [t.strip() for t in texts.splitlines()]
    marks = [s.strip().lower() for s in statuses.splitlines()] if statuses.strip() else []
    terms: list[Term] = []
    for n, text in enumerate(words):
        if not text:
            continue
        mark = marks[n] if n < len(marks) else ""
        if mark:
            try:
                status = TermStatus(mark)
            except ValueError:
                raise GlossaryFormatError(
                    f"Row {line}: '{mark}' in {lang}_status is not a status; use "
                    f"{', '.join(s.value for s in TermStatus)}."
                ) from None
        else:
            status = TermStatus.PREFERRED if not terms else TermStatus.ADMITTED
        terms.append(Term(lang=lang, text=text, status=status))
    return terms


def _decoded(path: Path) -> tuple[str, str | None]:
    """The text of a CSV: UTF-8 (with or without BOM), or Windows-1251, which Excel writes for
    "CSV (comma delimited)" on a Russian or Ukrainian Windows; anything else is refused."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding in ("cp1251", "windows_1251"):
            return data.decode("cp1251"), (
                "the file is not UTF-8; it was read as Windows-1251 (Cyrillic), the encoding "
                "Excel uses for 'CSV' on a Russian or Ukrainian Windows"
            )
        raise GlossaryFormatError(
            f"{path.name} is not UTF-8 text (byte {exc.start}). Save it as 'CSV UTF-8' and "
            "import it again."
        ) from exc


def read_csv(path: Path | str) -> CsvRead:
    """Read our CSV (with or without BOM; separated by comma, semicolon or tab); raises
    GlossaryFormatError with a plain message."""
    path = Path(path)
    text, encoding_note = _decoded(path)
    separator = detect_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    duplicated = sorted({h for h in header if header.count(h) > 1})
    if missing or unknown or duplicated:
        problems = []
        if missing:
            problems.append("missing " + ", ".join(missing))
        if unknown:
            problems.append("unexpected " + ", ".join(unknown))
        if duplicated:
            problems.append("repeated " + ", ".join(duplicated))
        raise GlossaryFormatError(
            f"{path.name} does not have the glossary columns ({'; '.join(problems)}). Expected "
            f"the header: {','.join(COLUMNS)} (id may be left out), with the cells separated "
            "by commas, semicolons or tabs."
        )
    result = CsvRead([], separator)
    if encoding_note:
        result.warnings.append(encoding_note)
    concepts = result.concepts
    seen_ids: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        extra = [c for c in row[len(header):] if c.strip()]
        if extra:
            result.warnings.append(
                f"Row {line} has {len(extra)} cell(s) more than the header; they were left "
                f"out: {', '.join(repr(c) for c in extra[:3])}"
            )
        cells = dict(zip(header, (restore(c) for c in row), strict=False))
        cid = cells.get("id", "").strip()
        if cid:
            if cid in seen_ids:
                raise GlossaryFormatError(
                    f"{path.name}: id {cid} appears twice (rows {seen_ids[cid]} and {line}). "
                    "Each concept needs its own id; clear or fix one of them."
                )
            seen_ids[cid] = line
        kind_text = cells.get("kind", "").strip().lower() or ConceptKind.OTHER.value
        try:
            kind = ConceptKind(kind_text)
        except ValueError:
            raise GlossaryFormatError(
                f"Row {line}: kind '{kind_text}' is not one of "
                f"{', '.join(k.value for k in ConceptKind)}."
            ) from None
        terms: list[Term] = []
        for lang in GLOSSARY_LANGUAGES:
            terms += _terms(lang, cells.get(lang, ""), cells.get(f"{lang}_status", ""), line)
        if not terms:
            raise GlossaryFormatError(f"Row {line} has no term in any language; fill or delete it.")
        concepts.append(Concept(
            kind=kind, terms=tuple(terms), note=cells.get("note", "").strip() or None,
            external_id=cid or None,
        ))
    return result
