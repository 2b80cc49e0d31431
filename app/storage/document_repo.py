"""The structure of imported documents: original bytes, blocks, and segments per block.

Written inside ``ProjectRepository.add_document``'s transaction (``insert_structure``); read by
export (``DocumentRepository``). Returns plain dataclasses, never rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.storage.database import ProjectDatabase


@dataclass(frozen=True)
class BlockRecord:
    """A block to store: where it sits in the original, its role, its codes and meta (JSON)."""

    key: str
    kind: str
    codes: Mapping[str, Any] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentStructure:
    """What an import keeps beside the segments: the original file and its blocks."""

    format: str
    original: bytes
    blocks: Sequence[BlockRecord]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.original).hexdigest()


@dataclass(frozen=True)
class StoredFile:
    document_id: int
    name: str
    format: str
    sha256: str
    size: int


@dataclass(frozen=True)
class StoredSegment:
    id: int
    index: int
    paragraph: int
    source: str
    separator: str


@dataclass
class StoredBlock:
    id: int
    ord: int
    key: str
    kind: str
    codes: dict[str, Any]
    meta: dict[str, Any]
    segments: list[StoredSegment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.source + s.separator for s in self.segments)


def insert_structure(
    conn: sqlite3.Connection, document_id: int, structure: DocumentStructure
) -> list[int]:
    """Store the original and the blocks of a new document; returns the block ids in order."""
    insert_original(conn, document_id, structure)
    return insert_blocks(conn, document_id, structure.blocks, 0)


def insert_original(
    conn: sqlite3.Connection, document_id: int, structure: DocumentStructure
) -> None:
    """The original file of a new document (its blocks go in with ``insert_blocks``)."""
    conn.execute(
        "INSERT INTO document_files(document_id, format, sha256, size, original) "
        "VALUES (?, ?, ?, ?, ?)",
        (document_id, structure.format, structure.sha256, len(structure.original),
         structure.original),
    )


def insert_blocks(
    conn: sqlite3.Connection, document_id: int, blocks: Sequence[BlockRecord], first_ord: int,
) -> list[int]:
    """Blocks ``first_ord``, ``first_ord + 1``... of a new document; returns their ids."""
    ids = []
    for ord_, block in enumerate(blocks, start=first_ord):
        cur = conn.execute(
            "INSERT INTO blocks(document_id, ord, key, kind, codes, meta) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (document_id, ord_, block.key, block.kind,
             json.dumps(block.codes, ensure_ascii=False),
             json.dumps(block.meta, ensure_ascii=False)),
        )
        assert cur.lastrowid is not None
        ids.append(cur.lastrowid)
    return ids


class DocumentRepository:
    def __init__(self, pdb: ProjectDatabase) -> None:
        self.conn = pdb.conn

    def stored_file(self, document_id: int) -> StoredFile | None:
        row = self.conn.execute(
            "SELECT f.document_id, d.name, f.format, f.sha256, f.size FROM document_files f "
            "JOIN documents d ON d.id = f.document_id WHERE f.document_id = ?",
            (document_id,),
        ).fetchone()
        return StoredFile(*row) if row else None

    def original(self, document_id: int) -> bytes | None:
        row = self.conn.execute(
            "SELECT original FROM document_files WHERE document_id = ?", (document_id,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def files_named(self, name: str) -> list[StoredFile]:
        """Documents already imported under this file name (with their hash, if stored)."""
        rows = self.conn.execute(
            "SELECT d.id, d.name, COALESCE(f.format, ''), COALESCE(f.sha256, ''), "
            "COALESCE(f.size, 0) FROM documents d LEFT JOIN document_files f "
            "ON f.document_id = d.id WHERE d.name = ? ORDER BY d.id",
            (name,),
        ).fetchall()
        return [StoredFile(*r) for r in rows]

    def files_with_hash(self, sha256: str) -> list[StoredFile]:
        rows = self.conn.execute(
            "SELECT f.document_id, d.name, f.format, f.sha256, f.size FROM document_files f "
            "JOIN documents d ON d.id = f.document_id WHERE f.sha256 = ? ORDER BY d.id",
            (sha256,),
        ).fetchall()
        return [StoredFile(*r) for r in rows]

    def blocks(self, document_id: int) -> list[StoredBlock]:
        """The document's blocks in order, each with its segments (empty for old documents)."""
        blocks: dict[int, StoredBlock] = {}
        for bid, ord_, key, kind, codes, meta in self.conn.execute(
            "SELECT id, ord, key, kind, codes, meta FROM blocks WHERE document_id = ? "
            "ORDER BY ord",
            (document_id,),
        ):
            blocks[bid] = StoredBlock(bid, ord_, key, kind, json.loads(codes), json.loads(meta))
        for sid, idx, paragraph, source, separator, bid in self.conn.execute(
            "SELECT id, idx, paragraph, source, separator, block_id FROM segments "
            "WHERE document_id = ? ORDER BY idx",
            (document_id,),
        ):
            if bid in blocks:
                blocks[bid].segments.append(StoredSegment(sid, idx, paragraph, source, separator))
        return list(blocks.values())

    def tag_labels(self, segment_id: int) -> dict[int, str]:
        """{tag number: label} ("b", "link" ...) of the block holding a segment ({} without)."""
        row = self.conn.execute(
            "SELECT b.codes FROM segments s JOIN blocks b ON b.id = s.block_id WHERE s.id = ?",
            (segment_id,),
        ).fetchone()
        codes = json.loads(row[0]) if row else {}
        return {int(n): str(code.get("label") or "") for n, code in codes.items()
                if str(n).isdigit() and isinstance(code, dict)}

    def segments(self, document_id: int) -> list[StoredSegment]:
        return [
            StoredSegment(*r) for r in self.conn.execute(
                "SELECT id, idx, paragraph, source, separator FROM segments "
                "WHERE document_id = ? ORDER BY idx",
                (document_id,),
            )
        ]

    def cell_texts(self, document_id: int, lang: str) -> dict[int, tuple[str | None, str | None,
                                                                         str | None]]:
        """segment id -> (decision status, decision text, machine text) for one language."""
        return {
            sid: (status, dtext, mtext)
            for sid, status, dtext, mtext in self.conn.execute(
                "SELECT s.id, d.status, d.text, t.text FROM segments s "
                "LEFT JOIN decisions d ON d.segment_id = s.id AND d.lang = ? "
                "LEFT JOIN translations t ON t.segment_id = s.id AND t.lang = ? "
                "WHERE s.document_id = ?",
                (lang, lang, document_id),
            )
        }


@dataclass(frozen=True)
class ImportedTarget:
    """A translation the imported file already carried (XLIFF target, PO msgstr)."""

    draft: int  # index of the segment in the imported document's drafts
    lang: str
    text: str
    status: str  # a core Status value: translated, edited, approved, rejected


def insert_targets(
    conn: sqlite3.Connection, document_id: int, first_idx: int,
    targets: Sequence[ImportedTarget], who: str | None, at: str,
) -> None:
    """Store a file's own translations beside the new segments: as machine-like text to review
    (``translations``, engine "file"), and as the reviewer's decision when the file says the
    text was reviewed. Only new segments are touched, so no reviewer's text is overwritten."""
    if not targets:
        return
    ids = dict(conn.execute(
        "SELECT idx, id FROM segments WHERE document_id = ?", (document_id,)
    ).fetchall())
    for target in targets:
        sid = ids[first_idx + target.draft]
        conn.execute(
            "INSERT OR REPLACE INTO translations(segment_id, lang, text, alternatives, engine, "
            "model, pivot, created_at) VALUES (?, ?, ?, '[]', 'file', ?, NULL, ?)",
            (sid, target.lang, target.text, "imported", at),
        )
        if target.status in ("edited", "approved", "rejected"):
            conn.execute(
                "INSERT OR REPLACE INTO decisions(segment_id, lang, status, text, reviewer, "
                "decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                (sid, target.lang, target.status, target.text, who, at),
            )
            conn.execute(
                "INSERT INTO events(at, who, action, segment_id, lang, before, after) "
                "VALUES (?, ?, ?, ?, ?, NULL, ?)",
                (at, who, "imported-target", sid, target.lang,
                 json.dumps({"status": target.status, "text": target.text}, ensure_ascii=False)),
            )
