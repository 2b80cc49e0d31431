"""Reads and writes the review data of one project. Returns domain objects, never raw rows.

Every change a person makes is an event in the append-only ``events`` table (who, what, when,
before, after), written in the same transaction as the change itself.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field

from app.core.model import (
    DECISION_STATUSES,
    TARGET_LANGUAGES,
    Cell,
    Document,
    Event,
    MachineTranslation,
    Row,
    Segment,
    SegmentDraft,
    Status,
)
from app.storage.bulk_write import BulkWrite, has_bulk_table
from app.storage.database import ProjectDatabase, event_time, now
from app.storage.document_repo import (
    DocumentStructure,
    ImportedTarget,
    insert_blocks,
    insert_original,
    insert_targets,
)
from app.storage.errors import ProjectError

#: Origin of a decision copied to a repetition: "repetition of segment N" (N counts from 1).
REPETITION_ORIGIN = "repetition of segment "
REPEATED_STATUSES = (Status.APPROVED, Status.EDITED)
_SEGMENT_COLS = "s.id, s.document_id, s.idx, s.paragraph, s.position, s.source"


def _segment(row: Sequence) -> Segment:
    return Segment(
        id=row[0], document_id=row[1], index=row[2], paragraph=row[3], position=row[4],
        source=row[5],
    )


@dataclass(frozen=True)
class RecordedDecision:
    """A decision and the copies it gave the undecided repetitions of its sentence."""

    cell: Cell
    copies: list[Cell] = field(default_factory=list)


class ProjectRepository:
    def __init__(self, pdb: ProjectDatabase, languages: Sequence[str] = TARGET_LANGUAGES,
                 *, repetitions: bool | None = None) -> None:
        """``repetitions``: copy approvals and edits to undecided repetitions of the same
        sentence (None: as the user's ``memory_repetitions`` setting says, read per decision)."""
        self.pdb = pdb
        self.conn: sqlite3.Connection = pdb.conn
        self.languages = tuple(languages)
        self.repetitions = repetitions
        self._has_bulk = has_bulk_table(self.conn)

    # -- documents and segments -------------------------------------------------------------

    def add_document(
        self,
        name: str,
        drafts: Sequence[SegmentDraft],
        *,
        source_path: str | None = None,
        encoding: str | None = None,
        who: str | None = None,
        structure: DocumentStructure | None = None,
        targets: Sequence[ImportedTarget] = (),
        cancel: threading.Event | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Document:
        """Append a document and its segments after the existing ones, all or nothing (with its
        original file and blocks, and translations the file already had).

        Written in short transactions (``BulkWrite``) so reviewers working in the project
        meanwhile are not held up; the document is hidden until its last segment is in, and an
        error, a cancel (``cancel`` set) or Ctrl+C takes it back out.
        """
        bulk = BulkWrite(self.pdb, "document", cancel=cancel, progress=progress)

        def start(conn: sqlite3.Connection, bulk_id: int) -> tuple[int, int]:
            # Reserve positions after every segment, including those of imports still running.
            first = conn.execute(
                "SELECT MAX(COALESCE((SELECT MAX(idx) FROM segments), -1), "
                "COALESCE((SELECT MAX(last_idx) FROM bulk_writes), -1)) + 1"
            ).fetchone()[0]
            cur = conn.execute(
                "INSERT INTO documents(name, source_path, encoding, imported_at, imported_by, "
                "segment_count) VALUES (?, ?, ?, ?, ?, ?)",
                (name, source_path, encoding, now(), who, len(drafts)),
            )
            doc_id = cur.lastrowid
            assert doc_id is not None
            conn.execute(
                "UPDATE bulk_writes SET document_id = ?, first_idx = ?, last_idx = ? "
                "WHERE id = ?", (doc_id, first, first + len(drafts) - 1, bulk_id),
            )
            if structure is not None:
                insert_original(conn, doc_id, structure)
            return doc_id, first

        block_ids: list[int] = []

        def write_blocks(conn: sqlite3.Connection, chunk: Sequence, offset: int) -> None:
            block_ids.extend(insert_blocks(conn, doc_id, chunk, offset))

        def write_segments(conn: sqlite3.Connection, chunk: Sequence, offset: int) -> None:
            conn.executemany(
                "INSERT INTO segments(document_id, idx, paragraph, position, source, block_id, "
                "separator) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (doc_id, start_idx + offset + n, d.paragraph, d.position, d.source,
                     block_ids[d.block] if d.block is not None else None, d.separator)
                    for n, d in enumerate(chunk)
                ),
            )

        def publish(conn: sqlite3.Connection) -> None:
            at = event_time(conn)
            conn.execute("UPDATE documents SET imported_at = ? WHERE id = ?", (at, doc_id))
            insert_targets(conn, doc_id, start_idx, targets, who, at)
            self._event(
                conn, who, "import", None, None, None,
                {"document_id": doc_id, "name": name, "segments": len(drafts)}, at,
            )

        with bulk.reverting():
            started = bulk.begin(start)
            assert started is not None
            doc_id, start_idx = started
            if structure is not None:
                bulk.write(structure.blocks, write_blocks, report=False)
            bulk.write(drafts, write_segments)
            bulk.finish(publish)
        return self.document(doc_id)

    def document(self, doc_id: int) -> Document:
        row = self.conn.execute(
            "SELECT id, name, source_path, encoding, imported_at, imported_by, segment_count "
            "FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        return Document(*row)

    def documents(self) -> list[Document]:
        rows = self.conn.execute(
            "SELECT id, name, source_path, encoding, imported_at, imported_by, segment_count "
            f"FROM documents WHERE {self._visible('id')} ORDER BY id"
        ).fetchall()
        return [Document(*r) for r in rows]

    def _visible(self, column: str = "s.document_id") -> str:
        """SQL condition: the document is not one still being imported (``BulkWrite``)."""
        if not self._has_bulk:
            return "1"
        hidden = self.conn.execute(
            "SELECT 1 FROM bulk_writes WHERE document_id IS NOT NULL LIMIT 1"
        ).fetchone()
        if hidden is None:
            return "1"
        return (f"{column} NOT IN (SELECT document_id FROM bulk_writes "
                "WHERE document_id IS NOT NULL)")

    def segment_count(self) -> int:
        return self.conn.execute(
            f"SELECT COUNT(*) FROM segments s WHERE {self._visible()}"
        ).fetchone()[0]

    def segments(self, offset: int = 0, limit: int = -1) -> list[Segment]:
        rows = self.conn.execute(
            f"SELECT {_SEGMENT_COLS} FROM segments s WHERE {self._visible()} "
            "ORDER BY s.idx LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [_segment(r) for r in rows]

    def segment(self, segment_id: int) -> Segment:
        row = self.conn.execute(
            f"SELECT {_SEGMENT_COLS} FROM segments s WHERE s.id = ?", (segment_id,)
        ).fetchone()
        if row is None:
            raise KeyError(segment_id)
        return _segment(row)

    # -- the grid ------------------------------------------------------------------------------

    def rows(self, offset: int = 0, limit: int = -1) -> list[Row]:
        """Segments in order with their cells for every target language."""
        segments = self.segments(offset, limit)
        if not segments:
            return []
        return self._with_cells(segments)

    def rows_for(self, segment_ids: Sequence[int]) -> list[Row]:
        """The rows of these segments, in project order (a filtered grid's page)."""
        rows = self.conn.execute(
            f"SELECT {_SEGMENT_COLS} FROM segments s WHERE s.id IN "
            "(SELECT value FROM json_each(?)) ORDER BY s.idx",
            (json.dumps(list(segment_ids)),),
        ).fetchall()
        return self._with_cells([_segment(r) for r in rows], filtered=True)

    def segment_positions(self) -> dict[int, int]:
        """{segment id: position in the project} for every segment (to order a filter)."""
        return dict(self.conn.execute("SELECT id, idx FROM segments"))

    def _with_cells(self, segments: list[Segment], filtered: bool = False) -> list[Row]:
        if not segments:
            return []
        cells = self._cells_between(segments[0].index, segments[-1].index,
                                    [s.id for s in segments] if filtered else None)
        return [
            Row(s, {lang: cells.get((s.id, lang)) or _empty(s.id, lang) for lang in self.languages})
            for s in segments
        ]

    def cell(self, segment_id: int, lang: str) -> Cell:
        seg = self.segment(segment_id)
        return self._cells_between(seg.index, seg.index).get((segment_id, lang)) or _empty(
            segment_id, lang
        )

    def _cells_between(self, first_idx: int, last_idx: int,
                       segment_ids: Sequence[int] | None = None) -> dict[tuple[int, str], Cell]:
        result: dict[tuple[int, str], Cell] = {}
        query = """
            SELECT s.id, l.lang, d.status, d.text, t.text, d.reviewer, d.decided_at, c.text, t.draft
                , CASE WHEN t.engine = 'memory' THEN t.model END
            FROM segments s
            CROSS JOIN (SELECT value AS lang FROM json_each(?)) l
            LEFT JOIN decisions d ON d.segment_id = s.id AND d.lang = l.lang
            LEFT JOIN translations t ON t.segment_id = s.id AND t.lang = l.lang
            LEFT JOIN comments c ON c.segment_id = s.id AND c.lang = l.lang
            WHERE s.idx BETWEEN ? AND ?
        """
        args: tuple = (json.dumps(self.languages), first_idx, last_idx)
        if segment_ids is not None:  # a filtered page: these segments only
            query = query.replace("s.idx BETWEEN ? AND ?",
                                  "s.id IN (SELECT value FROM json_each(?))")
            args = (json.dumps(self.languages), json.dumps(list(segment_ids)))
        for (sid, lang, status, dtext, mtext, reviewer, at, comment, draft,
             origin) in self.conn.execute(query, args):
            if status is None and mtext is None and comment is None:
                continue
            result[(sid, lang)] = Cell(
                segment_id=sid,
                lang=lang,
                status=Status(status) if status else (
                    Status.TRANSLATED if mtext is not None else Status.NEW
                ),
                text=dtext if status else mtext,
                machine_text=mtext,
                reviewer=reviewer,
                decided_at=at,
                comment=comment,
                machine_draft=bool(draft),
                machine_origin=origin,
            )
        return result

    def status_counts(self) -> dict:
        """{"segments": N, "ru": {"new": n, "translated": n, ...}, "uk": {...}}."""
        total = self.segment_count()
        counts: dict = {"segments": total}
        for lang in self.languages:
            per = {status.value: 0 for status in Status}
            for status, n in self.conn.execute(
                "SELECT d.status, COUNT(*) FROM decisions d WHERE d.lang = ? GROUP BY d.status",
                (lang,),
            ):
                per[status] += n
            (machine_only,) = self.conn.execute(
                "SELECT COUNT(*) FROM translations t WHERE t.lang = ? AND NOT EXISTS "
                "(SELECT 1 FROM decisions d WHERE d.segment_id = t.segment_id AND d.lang = ?)",
                (lang, lang),
            ).fetchone()
            per[Status.TRANSLATED.value] += machine_only
            per[Status.NEW.value] = total - sum(per.values())
            counts[lang] = per
        return counts

    # -- machine output ------------------------------------------------------------------------

    def set_machine_translations(
        self, lang: str, items: Iterable[tuple[int, str, list[dict], str | None]],
        *, engine: str, model: str, draft: bool = False,
    ) -> None:
        """Store machine output (segment id, text, alternatives, pivot) beside any human text;
        ``draft`` marks a quick first pass that a refinement will replace.

        Never touches ``decisions``: a reviewer's edit or decision always wins.
        """
        at = now()
        with self.pdb.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO translations(segment_id, lang, text, alternatives, "
                "engine, model, pivot, created_at, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (sid, lang, text, json.dumps(alts, ensure_ascii=False), engine, model,
                     pivot, at, int(draft))
                    for sid, text, alts, pivot in items
                ),
            )

    def machine_translation(self, segment_id: int, lang: str) -> MachineTranslation | None:
        """The machine output stored for a cell with its route (None: not translated yet)."""
        row = self.conn.execute(
            "SELECT text, alternatives, engine, model, pivot, created_at, draft FROM translations "
            "WHERE segment_id = ? AND lang = ?",
            (segment_id, lang),
        ).fetchone()
        if row is None:
            return None
        text, alternatives, engine, model, pivot, created_at, draft = row
        return MachineTranslation(
            segment_id, lang, text, json.loads(alternatives) if alternatives else [],
            engine, model, pivot or None, created_at, bool(draft),
        )

    def segment_ids(self) -> list[int]:
        """Every segment id in document order (cheap: no text)."""
        return [sid for (sid,) in self.conn.execute(
            f"SELECT s.id FROM segments s WHERE {self._visible()} ORDER BY s.idx"
        )]

    def segments_by_ids(self, ids: Sequence[int]) -> list[Segment]:
        """The segments with these ids, in the order given (unknown ids are left out)."""
        if not ids:
            return []
        rows = self.conn.execute(
            f"SELECT {_SEGMENT_COLS} FROM segments s WHERE s.id IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        ).fetchall()
        by_id = {segment.id: segment for segment in map(_segment, rows)}
        return [by_id[i] for i in ids if i in by_id]

    def ids_without_machine_text(self, ids: Sequence[int], lang: str) -> list[int]:
        """Those of ``ids`` that have no machine output in ``lang`` yet (order kept)."""
        have = {
            sid for (sid,) in self.conn.execute(
                "SELECT segment_id FROM translations WHERE lang = ? AND segment_id IN "
                "(SELECT value FROM json_each(?))",
                (lang, json.dumps(list(ids))),
            )
        }
        return [i for i in ids if i not in have]

    def ids_with_machine_engine(self, ids: Sequence[int], lang: str, engine: str) -> list[int]:
        """Those of ``ids`` whose machine text in ``lang`` came from ``engine``."""
        return [
            sid for (sid,) in self.conn.execute(
                "SELECT segment_id FROM translations WHERE lang = ? AND engine = ? AND "
                "segment_id IN (SELECT value FROM json_each(?))",
                (lang, engine, json.dumps(list(ids))),
            )
        ]

    def draft_segment_ids(self, languages: Sequence[str]) -> list[int]:
        """Segments, in document order, with a draft nobody has reviewed in any of
        ``languages``: what a refinement pass has left to do."""
        return [
            sid for (sid,) in self.conn.execute(
                "SELECT DISTINCT s.id FROM segments s JOIN translations t ON t.segment_id = s.id "
                "WHERE t.draft = 1 AND t.lang IN (SELECT value FROM json_each(?)) AND NOT EXISTS "
                "(SELECT 1 FROM decisions d WHERE d.segment_id = s.id AND d.lang = t.lang) "
                "ORDER BY s.idx",
                (json.dumps(list(languages)),),
            )
        ]

    def refinable_ids(self, ids: Sequence[int], lang: str) -> list[int]:
        """Those of ``ids`` holding a draft in ``lang`` that no reviewer has touched."""
        return [
            sid for (sid,) in self.conn.execute(
                "SELECT t.segment_id FROM translations t WHERE t.lang = ? AND t.draft = 1 "
                "AND t.segment_id IN (SELECT value FROM json_each(?)) AND NOT EXISTS "
                "(SELECT 1 FROM decisions d WHERE d.segment_id = t.segment_id "
                "AND d.lang = t.lang)",
                (lang, json.dumps(list(ids))),
            )
        ]

    def refine_machine_translations(
        self, lang: str, items: Iterable[tuple[int, str, list[dict], str | None]],
        *, engine: str, model: str,
    ) -> list[int]:
        """Replace drafts by refined output, only in cells still holding an untouched draft
        (checked inside the write, so a decision recorded meanwhile wins); the ids replaced."""
        at = now()
        replaced = []
        with self.pdb.transaction() as conn:
            for sid, text, alts, pivot in items:
                cur = conn.execute(
                    "UPDATE translations SET text = ?, alternatives = ?, engine = ?, model = ?, "
                    "pivot = ?, created_at = ?, draft = 0 WHERE segment_id = ? AND lang = ? "
                    "AND draft = 1 AND NOT EXISTS (SELECT 1 FROM decisions d "
                    "WHERE d.segment_id = ? AND d.lang = ?)",
                    (text, json.dumps(alts, ensure_ascii=False), engine, model, pivot, at,
                     sid, lang, sid, lang),
                )
                if cur.rowcount:
                    replaced.append(sid)
        return replaced

    def machine_alternatives(self, segment_id: int, lang: str) -> list[dict]:
        row = self.conn.execute(
            "SELECT alternatives FROM translations WHERE segment_id = ? AND lang = ?",
            (segment_id, lang),
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else []

    # -- decisions -----------------------------------------------------------------------------

    def decide(
        self, segment_id: int, lang: str, status: Status, text: str | None, reviewer: str,
        *, origin: str | None = None,
    ) -> Cell:
        """Record a reviewer's decision (edited, approved, rejected) and its audit event;
        ``origin`` (e.g. "memory 87%": where an inserted text came from) goes into the event.
        Repetitions of the sentence get their copies too (``record_decision``)."""
        return self.record_decision(segment_id, lang, status, text, reviewer, origin=origin).cell

    def record_decision(
        self, segment_id: int, lang: str, status: Status, text: str | None, reviewer: str,
        *, origin: str | None = None,
    ) -> RecordedDecision:
        """``decide``, returning also the repetitions that received a copy: every other
        segment with the same source whose cell has no decision gets the same approval or
        edit, in the same transaction, each with its own event whose ``after.origin`` is
        "repetition of segment N" (``app.memory.repetitions.undo_with_repetitions`` takes the
        group back). Only when ``repetitions`` (or the user's setting) says so."""
        if status not in DECISION_STATUSES:
            raise ValueError(f"{status} is not a reviewer decision")
        follow = self._follows_repetitions() and status in REPEATED_STATUSES
        with self.pdb.transaction() as conn:  # read "before" inside: no writer can slip between
            at = event_time(conn)
            before = self.cell(segment_id, lang)
            if text is None:
                text = before.text
            conn.execute(
                "INSERT OR REPLACE INTO decisions(segment_id, lang, status, text, reviewer, "
                "decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                (segment_id, lang, status.value, text, reviewer, at),
            )
            self._event(
                conn, reviewer, status.value, segment_id, lang, _state(before),
                {"status": status.value, "text": text, **({"origin": origin} if origin else {})},
                at,
            )
            copied = self._copy_to_repetitions(conn, segment_id, lang, status, text, reviewer,
                                               at) if follow and text and text.strip() else []
        return RecordedDecision(self.cell(segment_id, lang),
                                [self.cell(other, lang) for other in copied])

    def _follows_repetitions(self) -> bool:
        if self.repetitions is not None:
            return self.repetitions
        from app.core.settings import Settings

        return bool(Settings().get("memory_repetitions"))

    def _copy_to_repetitions(self, conn: sqlite3.Connection, segment_id: int, lang: str,
                             status: Status, text: str, reviewer: str, at: str) -> list[int]:
        segment = self.segment(segment_id)
        others = [sid for (sid,) in conn.execute(
            f"SELECT s.id FROM segments s WHERE s.source = ? AND s.id != ? AND {self._visible()} "
            "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.segment_id = s.id "
            "AND d.lang = ?) ORDER BY s.idx", (segment.source, segment_id, lang))]
        after = {"status": status.value, "text": text,
                 "origin": f"{REPETITION_ORIGIN}{segment.index + 1}"}
        for other in others:
            before = self.cell(other, lang)
            conn.execute(
                "INSERT INTO decisions(segment_id, lang, status, text, reviewer, decided_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (other, lang, status.value, text, reviewer, at))
            self._event(conn, reviewer, status.value, other, lang, _state(before), after, at)
        return others

    def set_comment(self, segment_id: int, lang: str, text: str, author: str) -> Cell:
        with self.pdb.transaction() as conn:
            at = event_time(conn)
            before = self.cell(segment_id, lang)
            if text.strip():
                conn.execute(
                    "INSERT OR REPLACE INTO comments(segment_id, lang, text, author, at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (segment_id, lang, text, author, at),
                )
            else:
                conn.execute(
                    "DELETE FROM comments WHERE segment_id = ? AND lang = ?", (segment_id, lang)
                )
            self._event(
                conn, author, "comment", segment_id, lang, {"comment": before.comment},
                {"comment": text if text.strip() else None}, at,
            )
        return self.cell(segment_id, lang)

    def last_undoable(self, reviewer: str) -> tuple | None:
        """(event id, segment id, lang, before JSON, after JSON) of the decision the next
        ``undo_last_decision`` takes back; None if nothing."""
        return self.conn.execute(
            """
            SELECT e.id, e.segment_id, e.lang, e.before, e.after FROM events e
            WHERE e.who = ? AND e.action IN ('edited', 'approved', 'rejected')
              -- an undo always comes after what it undoes: scan only the newer events
              AND NOT EXISTS (SELECT 1 FROM events u WHERE u.id > e.id AND u.undoes = e.id)
            ORDER BY e.id DESC LIMIT 1
            """,
            (reviewer,),
        ).fetchone()

    def undo_last_decision(self, reviewer: str) -> Cell | None:
        """Undo this reviewer's most recent decision that is not undone yet; None if nothing.

        The lookup and the "someone changed this cell after you" check run inside the write
        transaction, so no other reviewer's decision can land between the check and the undo.
        """
        with self.pdb.transaction() as conn:
            row = self.last_undoable(reviewer)
            if row is None:
                return None
            event_id, sid, lang, before_json, after_json = row
            later = conn.execute(
                "SELECT who, at FROM events WHERE id > ? AND segment_id = ? AND lang = ? "
                "AND action IN ('edited', 'approved', 'rejected', 'undo') "
                "AND COALESCE(who, '') != ? ORDER BY id DESC LIMIT 1",
                (event_id, sid, lang, reviewer),
            ).fetchone()
            if later is not None:
                raise UndoConflict(
                    f"Not undone: {later[0] or 'someone else'} changed this cell after your "
                    f"decision (at {later[1]}). Edit the cell instead."
                )
            before = json.loads(before_json) if before_json else None
            at = event_time(conn)
            if before and before.get("status") in {s.value for s in DECISION_STATUSES}:
                conn.execute(
                    "INSERT OR REPLACE INTO decisions(segment_id, lang, status, text, reviewer, "
                    "decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (sid, lang, before["status"], before.get("text"), before.get("reviewer"),
                     before.get("decided_at")),
                )
            else:
                conn.execute(
                    "DELETE FROM decisions WHERE segment_id = ? AND lang = ?", (sid, lang)
                )
            self._event(
                conn, reviewer, "undo", sid, lang, json.loads(after_json), before, at,
                undoes=event_id,
            )
        return self.cell(sid, lang)

    # -- audit trail ---------------------------------------------------------------------------

    def events(self, segment_id: int | None = None, lang: str | None = None) -> list[Event]:
        query = "SELECT id, at, who, action, segment_id, lang, before, after FROM events"
        args: list = []
        if segment_id is not None:
            query += " WHERE segment_id = ?" + (" AND lang = ?" if lang else "")
            args = [segment_id] + ([lang] if lang else [])
        rows = self.conn.execute(query + " ORDER BY id", args).fetchall()
        return [
            Event(r[0], r[1], r[2], r[3], r[4], r[5],
                  json.loads(r[6]) if r[6] else None, json.loads(r[7]) if r[7] else None)
            for r in rows
        ]

    @staticmethod
    def _event(
        conn: sqlite3.Connection, who: str | None, action: str, segment_id: int | None,
        lang: str | None, before: dict | None, after: dict | None, at: str,
        undoes: int | None = None,
    ) -> None:
        conn.execute(
            "INSERT INTO events(at, who, action, segment_id, lang, before, after, undoes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, who, action, segment_id, lang,
             json.dumps(before, ensure_ascii=False) if before is not None else None,
             json.dumps(after, ensure_ascii=False) if after is not None else None, undoes),
        )


class UndoConflict(ProjectError):
    """Undoing would overwrite a later change made by another reviewer."""


def _empty(segment_id: int, lang: str) -> Cell:
    return Cell(segment_id=segment_id, lang=lang, status=Status.NEW, text=None, machine_text=None)


def _state(cell: Cell) -> dict:
    state = asdict(cell)
    state["status"] = cell.status.value
    for key in ("segment_id", "lang", "machine_text", "comment", "machine_draft"):
        state.pop(key)
    return state
