"""Numbered schema migrations. The schema version lives in the database (``meta`` table).

Each entry is (number, function). A function receives a ``sqlite_utils.Database`` inside an open
transaction and must only move the schema forward by one step. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from app.storage.bulk_schema import migrate_0009_bulk_writes
from app.storage.documents_schema import migrate_0005_documents
from app.storage.glossary_details_schema import migrate_0008_glossary_details
from app.storage.glossary_schema import migrate_0003_glossary
from app.storage.memory_schema import migrate_0006_memory
from app.storage.mt_cache_schema import migrate_0002_mt_cache
from app.storage.mt_draft_schema import migrate_0010_mt_draft
from app.storage.names_schema import migrate_0004_names
from app.storage.qa_schema import migrate_0007_qa
from app.storage.repetitions_schema import migrate_0013_segment_source_index
from app.storage.schema_core import migrate_0001_core
from app.storage.status_index_schema import migrate_0012_status_index

Migration = Callable[[sqlite_utils.Database], None]

MIGRATIONS: list[tuple[int, Migration]] = [
    (1, migrate_0001_core),
    (2, migrate_0002_mt_cache),
    (3, migrate_0003_glossary),
    (4, migrate_0004_names),
    (5, migrate_0005_documents),
    (6, migrate_0006_memory),
    (7, migrate_0007_qa),
    (8, migrate_0008_glossary_details),
    (9, migrate_0009_bulk_writes),
    (10, migrate_0010_mt_draft),
    (12, migrate_0012_status_index),
    (13, migrate_0013_segment_source_index),
]


def latest_version() -> int:
    return max(number for number, _ in MIGRATIONS)
