"""TMX 1.4b of approved translations: one translation unit per segment with an approved
Russian and/or Ukrainian translation (English source). Other statuses are left out.

Written through translate-toolkit's ``tmxfile`` (it builds TMX 1.4 correctly); its header
names translate-toolkit as the creation tool, so the header attributes are set here:
creationtool/creationtoolversion are Review Desk's, srclang and adminlang are "en".
Each target ``tuv`` carries ``changeid`` (the reviewer) and ``changedate`` (UTC, TMX format).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import __version__
from app.core.model import SOURCE_LANGUAGE, Status
from app.storage.project_repo import ProjectRepository

_PAGE = 2000


def _tmx_date(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        when = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    except ValueError:
        return None
    return when.strftime("%Y%m%dT%H%M%SZ")


def write_tmx(repo: ProjectRepository, path: Path | str) -> int:
    """Write the approved translations of the project; returns the number of units."""
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage=SOURCE_LANGUAGE)
    header = store.document.getroot().find("header")
    header.set("creationtool", "Review Desk")
    header.set("creationtoolversion", __version__)
    header.set("srclang", SOURCE_LANGUAGE)
    header.set("adminlang", "en")
    header.set("datatype", "plaintext")
    header.set("segtype", "sentence")
    header.set("o-tmf", "Review Desk project")
    units = 0
    offset = 0
    while rows := repo.rows(offset, _PAGE):
        offset += len(rows)
        for row in rows:
            approved = [c for c in row.cells.values() if c.status == Status.APPROVED and c.text]
            if not approved:
                continue
            unit = store.addsourceunit(row.segment.source, SOURCE_LANGUAGE)
            unit.xmlelement.set("tuid", f"s{row.segment.id}")
            for cell in approved:
                unit.settarget(cell.text, cell.lang, append=True)
                tuv = unit.getlanguageNodes()[-1]
                if cell.reviewer:
                    tuv.set("changeid", cell.reviewer)
                if changed := _tmx_date(cell.decided_at):
                    tuv.set("changedate", changed)
            units += 1
    Path(path).write_bytes(bytes(store))
    return units
