"""XLIFF 1.0-1.2 (also TYPO3's namespace-less ``version="1.0"`` files and SDLXLIFF): every
``<trans-unit>`` is a block, or every ``<mrk mtype="seg">`` of its ``<seg-source>`` when the
file is already segmented. Targets go back into ``<target>`` (created after the source where
missing) with ``state`` set from the reviewer's decision."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from lxml import etree

from app.core.model import Status
from app.documents import inline_codes, languages, xliff_inline
from app.documents.model import Block, DocumentFormatError, ExistingTarget, ExtractedDocument
from app.documents.target_states import SDL_CONF_FOR, block_status, xliff12_state
from app.documents.xliff_inline import CodeTable

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: A block the export has no translation for (NEW: the English) or whose translation was
#: rejected gets no target text: a CMS must not take the English, or a rejected text, as done.
UNWRITTEN = (Status.NEW, Status.REJECTED)
SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0"
_SEG = frozenset({"mrk"})


@dataclass
class Segment:
    key: str
    source: etree._Element  # <source>, or a <mrk mtype="seg"> of <seg-source>
    mid: str | None = None


@dataclass
class Unit:
    key: str
    element: etree._Element
    file_lang: str | None  # the file's target language (ru/uk) before writing, if any
    segments: list[Segment]


def translatable(element: etree._Element) -> bool:
    """``translate`` is inherited: the nearest element that says yes or no decides."""
    for el in (element, *element.iterancestors()):
        if el.get("translate") in ("yes", "no"):
            return el.get("translate") == "yes"
    return True


def split_space(text: str) -> tuple[str, str, str]:
    """(leading whitespace, the text, trailing whitespace): a unit keeps the spacing of its
    source (`` or `` stays spaced in the translation)."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core):]


class XliffTree:
    """What XLIFF 1.2 and 2.0 documents share: the parsed tree and the namespace."""

    name_attribute = "resname"

    def __init__(self, tree: etree._ElementTree, filename: str) -> None:
        self.root = tree.getroot()
        self.filename = filename
        self.ns = etree.QName(self.root).namespace

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}" if self.ns else name

    def _meta(self, unit: etree._Element) -> dict[str, object]:
        """What a reviewer sees beside the block: the unit's id, name and notes."""
        meta: dict[str, object] = {"id": unit.get("id")}
        if unit.get(self.name_attribute):
            meta[self.name_attribute] = unit.get(self.name_attribute)
        notes = [n.text.strip() for n in unit.iter(self.q("note")) if n.text
                 and n.getparent() is not None and n.getparent().tag != self.q("alt-trans")]
        if notes:
            meta["notes"] = notes
        return meta


class Xliff1Document(XliffTree):

    def _file_langs(self) -> list[tuple[etree._Element, str | None]]:
        found = []
        for file_el in self.root.iterchildren(self.q("file")):
            languages.check_source(file_el.get("source-language"), self.filename)
            lang = languages.check_target(file_el.get("target-language"), self.filename)
            found.append((file_el, lang))
        if not found:
            raise DocumentFormatError(f"{self.filename} has no <file> element: it is not a "
                                      "complete XLIFF file.")
        return found

    def units(self) -> Iterator[Unit]:
        seen: set[str] = set()
        for index, (file_el, lang) in enumerate(self._file_langs()):
            for unit in file_el.iter(self.q("trans-unit")):
                if not translatable(unit):
                    continue
                key = f"{index}:{unit.get('id') or ''}"
                if key in seen or not unit.get("id"):
                    key = f"{key}#{len(seen)}"
                seen.add(key)
                yield Unit(key, unit, lang, self._segments(key, unit))

    def _segments(self, key: str, unit: etree._Element) -> list[Segment]:
        seg_source = unit.find(self.q("seg-source"))
        if seg_source is not None:
            marks = [m for m in seg_source.iter(self.q("mrk")) if m.get("mtype") == "seg"]
            if marks:
                return [Segment(f"{key}|{m.get('mid')}", m, m.get("mid")) for m in marks]
        source = unit.find(self.q("source"))
        return [Segment(key, source)] if source is not None else []

    # -- reading ----------------------------------------------------------------------------

    def read(self) -> ExtractedDocument:
        blocks: list[Block] = []
        warnings: list[str] = []
        replaced = 0
        guessed = languages.from_filename(self.filename)
        unlabelled_targets = 0
        langs: set[str] = set()
        for unit in self.units():
            lang = unit.file_lang or guessed
            for segment in unit.segments:
                table = CodeTable()
                _, text, _ = split_space(table.read(segment.source, skip=_SEG))
                if not inline_codes.strip_tags(text).strip():
                    continue
                targets: tuple[ExistingTarget, ...] = ()
                target = self._target_of(unit, segment)
                if target is not None:
                    _, target_text, _ = split_space(table.read(target, reuse=True, skip=_SEG))
                    if target_text and lang:
                        state = self._sdl_seg(unit, segment).get("conf") or self._state(unit)
                        targets = (ExistingTarget(lang, target_text, state),)
                        langs.add(lang)
                    elif target_text:
                        unlabelled_targets += 1
                replaced += table.replaced
                blocks.append(Block(
                    key=segment.key, text=text, kind="segment" if segment.mid else "unit",
                    codes=table.codes, meta=self._meta(unit.element), targets=targets,
                    split=segment.mid is None and not targets,
                ))
        if not blocks:
            raise DocumentFormatError(f"{self.filename} has no text to translate (no "
                                      "translatable <trans-unit> with a source).")
        if unlabelled_targets:
            warnings.append(
                f"{unlabelled_targets} existing targets were not imported: the file does not "
                "say which language they are in (no target-language).")
        elif langs and not any(lang for _, lang in self._file_langs()):
            warnings.append(f"The file gives no target language; its targets were read as "
                            f"{guessed} because of the file name.")
        if replaced:
            warnings.append(f"{replaced} private-use characters in the file were replaced "
                            "by U+FFFD.")
        return ExtractedDocument("xliff", blocks, "en", tuple(sorted(langs)), warnings)

    def _target_of(self, unit: Unit, segment: Segment) -> etree._Element | None:
        target = unit.element.find(self.q("target"))
        if target is None or segment.mid is None:
            return target
        for mark in target.iter(self.q("mrk")):
            if mark.get("mtype") == "seg" and mark.get("mid") == segment.mid:
                return mark
        return None

    def _sdl_seg(self, unit: Unit, segment: Segment) -> etree._Element | dict:
        """SDL Trados keeps each segment's confirmation in ``sdl:seg-defs/sdl:seg``."""
        if segment.mid is None:
            return {}
        for seg in unit.element.iter(f"{{{SDL_NS}}}seg"):
            if seg.get("id") == segment.mid:
                return seg
        return {}

    def _state(self, unit: Unit) -> str:
        target = unit.element.find(self.q("target"))
        state = target.get("state") if target is not None else None
        if state:
            return state
        return "approved" if unit.element.get("approved") == "yes" else "translated"

    # -- writing ----------------------------------------------------------------------------

    def write(self, translations: Mapping[str, str], lang: str,
              statuses: Mapping[str, Status] | None) -> None:
        units = list(self.units())
        guessed = languages.from_filename(self.filename)
        for file_el, _ in self._file_langs():
            file_el.set("target-language", lang)
        statuses = statuses or {}
        for unit in units:
            done = [s for s in unit.segments if s.key in translations
                    and statuses.get(s.key) not in UNWRITTEN]
            rejected = [s for s in unit.segments if statuses.get(s.key) is Status.REJECTED]
            if rejected and not done and unit.element.find(self.q("target")) is not None:
                unit.element.find(self.q("target")).set("state", xliff12_state(Status.REJECTED))
                continue
            if not done:
                stale = unit.element.find(self.q("target"))
                if stale is not None and (unit.file_lang or guessed) != lang:
                    # a target in the other language, or in a language the file never named
                    unit.element.remove(stale)
                continue
            target = self._writable_target(unit, lang)
            for segment in done:
                table = CodeTable()
                lead, _, trail = split_space(table.read(segment.source, skip=_SEG))
                place = target if segment.mid is None else self._mark(target, segment.mid)
                xliff_inline.write(place, lead + translations[segment.key].strip() + trail,
                                   table.codes)
            for segment in done:
                sdl = self._sdl_seg(unit, segment)
                if isinstance(sdl, etree._Element):
                    sdl.set("conf", SDL_CONF_FOR[Status(statuses.get(segment.key,
                                                                     Status.EDITED))])
            status = block_status(statuses.get(s.key, Status.EDITED) for s in done)
            target.set("state", xliff12_state(status))
            if status is Status.APPROVED:
                unit.element.set("approved", "yes")
            elif unit.element.get("approved") is not None:
                unit.element.set("approved", "no")

    def _writable_target(self, unit: Unit, lang: str) -> etree._Element:
        target = unit.element.find(self.q("target"))
        segmented = unit.segments[0].mid is not None
        if target is None:
            source = unit.element.find(self.q("source"))
            anchor = unit.element.find(self.q("seg-source"))
            anchor = anchor if anchor is not None else source
            target = etree.Element(self.q("target"))
            target.tail = anchor.tail
            anchor.addnext(target)
            if source is not None and source.get(XML_LANG):
                target.set(XML_LANG, lang)
        if target.get(XML_LANG) is not None:
            target.set(XML_LANG, lang)
        if segmented:
            # The target takes the seg-source's structure (SDL Trados may leave a code outside
            # the target's mrk that the seg-source has inside it); segments not translated now
            # keep the target text they had, or stay empty.
            kept = {m.get("mid"): m for m in target.iter(self.q("mrk")) if m.get("mtype") == "seg"}
            for child in list(target):
                target.remove(child)
            copied = copy.deepcopy(unit.element.find(self.q("seg-source")))
            target.text = copied.text
            for child in copied:
                target.append(child)
            for mark in list(target.iter(self.q("mrk"))):
                if mark.get("mtype") != "seg":
                    continue
                old = kept.get(mark.get("mid"))
                if old is not None:
                    old.tail = mark.tail
                    mark.getparent().replace(mark, old)
                else:  # not translated yet: empty, never the English
                    mark.text = None
                    for child in list(mark):
                        mark.remove(child)
        return target

    def _mark(self, target: etree._Element, mid: str | None) -> etree._Element | None:
        for mark in target.iter(self.q("mrk")):
            if mark.get("mtype") == "seg" and mark.get("mid") == mid:
                return mark
        return None
