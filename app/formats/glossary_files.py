"""Glossary files by format: read any supported file, write the glossary in a chosen format.

Formats: ``tbx`` (TBX v3 TBX-Basic), ``tbx2`` (TBX v2 / MARTIF, for OmegaT and translate-toolkit;
both TBX versions are read from ``.tbx``), ``csv`` (ours), ``json`` (ours).
Reading picks the format from the extension (.tbx, .xml, .csv, .json) and otherwise from the
first bytes of the file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.collector import gc_paused
from app.core.glossary_model import Concept, GlossaryFormatError
from app.formats.glossary_merge import MergeReport, apply_merge, plan_merge
from app.storage.glossary_repo import GlossaryRepository

GLOSSARY_FORMATS = ("tbx", "tbx2", "csv", "json")
_EXTENSIONS = {".tbx": "tbx", ".xml": "tbx", ".tbxm": "tbx", ".csv": "csv", ".json": "json"}


@dataclass
class GlossaryFile:
    format: str
    concepts: list[Concept]
    skipped_languages: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    not_kept: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def detect_format(path: Path) -> str:
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    with path.open("rb") as fh:
        head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<", b"\xff\xfe", b"\xfe\xff")):
        return "tbx"
    if head.startswith((b"{", b"[")):
        return "json"
    return "csv"


def read_glossary_file(path: Path | str) -> GlossaryFile:
    path = Path(path)
    if not path.is_file():
        raise GlossaryFormatError(f"{path} does not exist or is not a file.")
    fmt = detect_format(path)
    if fmt == "tbx":
        from app.formats.tbx_reader import read_tbx

        tbx = read_tbx(path)
        return GlossaryFile(tbx.version, tbx.concepts, tbx.skipped_languages, dict(tbx.kept),
                            dict(tbx.not_kept))
    if fmt == "json":
        from app.formats.glossary_json import read_json

        return GlossaryFile("JSON", read_json(path))
    from app.formats.glossary_csv import read_csv

    read = read_csv(path)
    separator = {",": "comma", ";": "semicolon", "\t": "tab"}[read.separator]
    return GlossaryFile(f"CSV, {separator}-separated", read.concepts, warnings=read.warnings)


def import_glossary_file(
    repo: GlossaryRepository, path: Path | str, *, who: str | None, dry_run: bool = False,
    on_conflict: str = "refuse",
) -> MergeReport:
    """Parse, plan the merge, and (unless dry_run) apply it in one transaction.

    ``on_conflict``: ``refuse`` leaves a concept with two preferred terms of one language out;
    ``demote`` imports it with the later ones admitted (see ``plan_merge``).
    """
    path = Path(path)
    with gc_paused():  # about a fifth of a 50,000-concept import
        parsed = read_glossary_file(path)
        report = plan_merge(repo, parsed.concepts, source=f"{path.name} ({parsed.format})",
                            on_conflict=on_conflict)
        report.skipped_languages = parsed.skipped_languages
        report.kept, report.not_kept = parsed.kept, parsed.not_kept
        report.warnings = parsed.warnings
        if not dry_run:
            apply_merge(repo, report, who)
    return report


def merge_glossaries(
    source: GlossaryRepository, target: GlossaryRepository, *, who: str | None,
    dry_run: bool = False, label: str = "glossary",
) -> MergeReport:
    """Merge every concept of one glossary (e.g. the user glossary) into another."""
    with gc_paused():
        report = plan_merge(target, list(source.iter_concepts()), source=label)
        if not dry_run:
            apply_merge(target, report, who)
    return report


def export_glossary(
    repo: GlossaryRepository, fmt: str, path: Path | str, *, bom: bool = True,
    left_out: Counter | None = None,
) -> int:
    """Write the whole glossary; returns the number of concepts written. A CSV gets a
    byte-order mark unless ``bom=False`` (Excel needs it to show Cyrillic); what its columns
    cannot carry is counted in ``left_out`` by category (TBX and JSON carry everything)."""
    with gc_paused():
        return _export(repo, fmt, path, bom, left_out)


def _export(repo: GlossaryRepository, fmt: str, path: Path | str, bom: bool,
            left_out: Counter | None) -> int:
    if fmt in ("tbx", "tbx2"):
        from app.formats.tbx_writer import write_tbx

        return write_tbx(repo.iter_concepts(), path, version=3 if fmt == "tbx" else 2)
    if fmt == "csv":
        from app.formats.glossary_csv import write_csv

        return write_csv(repo.iter_concepts(), path, bom=bom, left_out=left_out)
    if fmt == "json":
        from app.formats.glossary_json import write_json

        return write_json(repo.iter_concepts(), path)
    raise GlossaryFormatError(
        f"Unknown glossary format '{fmt}'; use {', '.join(GLOSSARY_FORMATS)}."
    )
