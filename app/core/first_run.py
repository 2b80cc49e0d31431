"""First run: a ready-made project on the bundled sample article, so the window is never empty."""

from __future__ import annotations

import logging
from pathlib import Path

from app.core import paths
from app.core.document_import import import_document
from app.core.resources import sample_article
from app.storage.database import building_project
from app.storage.project_repo import ProjectRepository

log = logging.getLogger(__name__)

SAMPLE_PROJECT_NAME = "Sample - Soldiers' mothers appeal.rdproj"


def sample_project_path() -> Path:
    return paths.projects_dir() / SAMPLE_PROJECT_NAME


def ensure_sample_project() -> Path:
    """The sample project, created from ``resources/samples`` if it does not exist yet.

    It is built under a temporary name and renamed when complete, so an interrupted first run
    never leaves a half-made sample behind.
    """
    target = sample_project_path()
    if target.exists():
        return target
    with building_project(target) as pdb:
        import_document(ProjectRepository(pdb), sample_article(), who=None)
    log.info("Created the sample project %s", target)
    return target
