"""Import a file into a fresh project, translate it, approve it, export it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.core.document_import import import_document
from app.core.model import Status
from app.documents.export import export_document
from app.storage.database import open_project
from app.storage.document_repo import DocumentRepository
from app.storage.project_repo import ProjectRepository

DATA = Path(__file__).parent / "data"
INSTALL_HINT = "install LibreOffice Writer: apt-get install libreoffice-writer-nogui"


def import_into_project(tmp_path: Path, source: Path) -> Path:
    project = tmp_path / f"{source.stem}.rdproj"
    with open_project(project, create=True) as pdb:
        import_document(ProjectRepository(pdb), source, "tester")
    return project


def export(project: Path, lang: str = "ru", **options):
    with open_project(project) as pdb:
        document = ProjectRepository(pdb).documents()[0]
        return export_document(pdb, document.id, document.name, lang, **options)


def translate_and_approve(project: Path, engine, lang: str = "ru") -> dict[int, str]:
    """Machine-translate every segment, approve every cell; segment id -> approved text."""
    from app.mt.translation_service import translate_project

    with open_project(project) as pdb:
        repo = ProjectRepository(pdb, (lang,))
        summary = translate_project(repo, engine, [lang])
        assert summary.failed == 0, summary.errors
        approved = {}
        for row in repo.rows():
            cell = row.cells[lang]
            assert cell.text, row.segment.source
            repo.decide(row.segment.id, lang, Status.APPROVED, None, "tester")
            approved[row.segment.id] = cell.text
        return approved


def stored_blocks(project: Path):
    with open_project(project) as pdb:
        document = ProjectRepository(pdb).documents()[0]
        return DocumentRepository(pdb).blocks(document.id)


def convert_to_pdf(soffice: str, files: list[Path], outdir: Path) -> list[Path]:
    """Convert with LibreOffice headless; returns the PDFs that were written."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), *map(str, files)],
        check=True, capture_output=True, timeout=180,
    )
    return [outdir / f"{f.stem}.pdf" for f in files]
