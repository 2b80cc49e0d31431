"""XLIFF 2.0: every ``<segment>`` of a translatable ``<unit>`` is a block (``<ignorable>`` is
left alone). Targets go back into ``<target>`` (created after the source where missing), the
segment's ``state`` is set from the reviewer's decision and ``trgLang`` from the export
language."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from lxml import etree

from app.core.model import Status
from app.documents import inline_codes, languages, xliff_inline
from app.documents.model import Block, DocumentFormatError, ExistingTarget, ExtractedDocument
from app.documents.target_states import REJECTED, REJECTED_SUBSTATE, xliff2_state
from app.documents.xliff1_document import UNWRITTEN, XliffTree, split_space, translatable
from app.documents.xliff_inline import CodeTable


@dataclass
class Segment:
    key: str
    element: etree._Element  # <segment>
    source: etree._Element
    unit: etree._Element
    several: bool  # the unit has more than one segment (already segmented)


class Xliff2Document(XliffTree):
    name_attribute = "name"

    def _languages(self) -> str | None:
        languages.check_source(self.root.get("srcLang"), self.filename)
        return languages.check_target(self.root.get("trgLang"), self.filename)

    def segments(self) -> Iterator[Segment]:
        self._languages()
        seen: set[str] = set()
        for file_el in self.root.iterchildren(self.q("file")):
            for unit in file_el.iter(self.q("unit")):
                if not translatable(unit):
                    continue
                unit_key = f"{file_el.get('id') or ''}/{unit.get('id') or ''}"
                if unit_key in seen or not unit.get("id"):
                    unit_key = f"{unit_key}#{len(seen)}"
                seen.add(unit_key)
                segs = list(unit.iterchildren(self.q("segment")))
                for index, seg in enumerate(segs):
                    source = seg.find(self.q("source"))
                    if source is None:
                        continue
                    yield Segment(f"{unit_key}/{seg.get('id') or index}", seg, source, unit,
                                  len(segs) > 1)

    def read(self) -> ExtractedDocument:
        lang = self._languages() or languages.from_filename(self.filename)
        blocks: list[Block] = []
        replaced = 0
        unlabelled = 0
        for seg in self.segments():
            table = CodeTable()
            _, text, _ = split_space(table.read(seg.source))
            if not inline_codes.strip_tags(text).strip():
                continue
            targets: tuple[ExistingTarget, ...] = ()
            target = seg.element.find(self.q("target"))
            if target is not None:
                _, target_text, _ = split_space(table.read(target, reuse=True))
                if target_text and lang:
                    targets = (ExistingTarget(lang, target_text, self._state(seg.element)),)
                elif target_text:
                    unlabelled += 1
            replaced += table.replaced
            blocks.append(Block(
                key=seg.key, text=text, kind="segment", codes=table.codes,
                meta=self._meta(seg.unit), targets=targets,
                split=not seg.several and not targets,
            ))
        if not blocks:
            raise DocumentFormatError(f"{self.filename} has no text to translate (no "
                                      "translatable <unit> with a source).")
        warnings = []
        if unlabelled:
            warnings.append(f"{unlabelled} existing targets were not imported: the file does "
                            "not say which language they are in (no trgLang).")
        if replaced:
            warnings.append(f"{replaced} private-use characters in the file were replaced "
                            "by U+FFFD.")
        found = tuple(sorted({t.lang for b in blocks for t in b.targets}))
        return ExtractedDocument("xliff", blocks, "en", found, warnings)

    def _state(self, segment: etree._Element) -> str:
        if segment.get("subState") == REJECTED_SUBSTATE:
            return REJECTED
        return segment.get("state") or "initial"  # the XLIFF 2.0 default

    def write(self, translations: Mapping[str, str], lang: str,
              statuses: Mapping[str, Status] | None) -> None:
        before = self._languages() or languages.from_filename(self.filename)
        statuses = statuses or {}
        for seg in list(self.segments()):
            target = seg.element.find(self.q("target"))
            status = Status(statuses.get(seg.key, Status.EDITED))
            if status is Status.REJECTED and target is not None:
                seg.element.set("state", xliff2_state(status))
                seg.element.set("subState", REJECTED_SUBSTATE)
                continue
            if seg.key not in translations or status in UNWRITTEN:
                if target is not None and before != lang:
                    # a target in the other language, or in a language the file never named
                    seg.element.remove(target)
                    seg.element.set("state", "initial")
                continue
            if target is None:
                target = etree.Element(self.q("target"))
                target.tail = seg.source.tail
                seg.source.addnext(target)
            table = CodeTable()
            lead, _, trail = split_space(table.read(seg.source))
            xliff_inline.write(target, lead + translations[seg.key].strip() + trail, table.codes)
            seg.element.set("state", xliff2_state(status))
            if status is Status.REJECTED:
                seg.element.set("subState", REJECTED_SUBSTATE)
            elif seg.element.get("subState") == REJECTED_SUBSTATE:
                del seg.element.attrib["subState"]
        self.root.set("trgLang", lang)
