"""The history of one cell (segment, language) from the audit trail, oldest first: the machine
output stored for it, and every event written for the cell (edits, approvals, rejections,
undos, comments, ignored and restored flags, words added to the project dictionary, ...).

Returns plain entries with the event's action code; the window turns codes into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.project_repo import ProjectRepository

MACHINE = "machine"  # the action code of the machine-output entry


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    who: str | None
    action: str  # an event action ("edited", "comment", "names.ignore", ...) or MACHINE
    text: str | None = None  # the text after the change, the comment or the flagged word
    detail: str | None = None  # engine and model, a flag's concept, a reason, ...


def _entry_of(event) -> HistoryEntry:
    after, before = event.after or {}, event.before or {}
    action = event.action
    if action == "comment":
        return HistoryEntry(event.at, event.who, action, after.get("comment"))
    if action.endswith(".ignore") or action.endswith(".unignore"):
        state = after or before
        return HistoryEntry(event.at, event.who, action, state.get("text"),
                            state.get("reason") or state.get("concept"))
    if action == "undo":
        return HistoryEntry(event.at, event.who, action, after.get("text"),
                            after.get("status"))
    text = after.get("text") if "text" in after else after.get("word")
    return HistoryEntry(event.at, event.who, action, text)


def cell_history(repo: ProjectRepository, segment_id: int, lang: str) -> list[HistoryEntry]:
    entries = [_entry_of(e) for e in repo.events(segment_id, lang)]
    machine = repo.machine_translation(segment_id, lang) if lang != "en" else None
    if machine is not None:
        route = " ".join(p for p in (machine.engine, machine.model) if p)
        entries.append(HistoryEntry(machine.created_at or "", None, MACHINE, machine.text,
                                    route or None))
    entries.sort(key=lambda e: e.at)
    return entries
